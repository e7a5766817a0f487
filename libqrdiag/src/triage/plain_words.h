// Each cause told to a customer: what went wrong in everyday words, and what to do, addressed to the
// person who must act (docs/causes.md). Internal to the triage reply.
#pragma once

#include "qrdiag/report.h"

namespace qrdiag {

struct PlainWords {
    Text what_happened;  // completes "What went wrong: ..."
    Text for_payer;      // what the person paying can do; may be empty
    Text for_merchant;   // what the merchant must do; may be empty
};

const PlainWords& plain_words(CauseId cause);
// A cause told by what its first finding found, where that changes what the customer should hear (a
// barcode of another kind is no missing code; a light-on-dark print is no missing margin).
const PlainWords& plain_words(const Cause& cause);

}  // namespace qrdiag
