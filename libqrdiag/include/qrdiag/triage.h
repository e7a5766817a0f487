// The reply a support agent pastes back to a customer who reported "QR invalid".
#pragma once

#include <string>

#include "qrdiag/diagnose.h"

namespace qrdiag {

// Who has to act on a cause: the person paying, or the merchant who made or printed the code.
enum class Actor { Payer, Merchant };
Actor who_acts(CauseId cause);

struct TriageOptions {
    Lang lang = Lang::En;
    std::string annotated_image;  // path of an annotated picture to cite as evidence, if one was written
};

// Recap of what was found, a short apology, the cause in plain words, the fix addressed to whoever must
// act, and the evidence (field and value, measure, or picture). Plain text, ready to paste.
std::string compose_reply(const Diagnosis& diagnosis, const TriageOptions& options = {});

// When every check passes, the code is fine: what the payer should check on their phone.
const Text& payer_side_hint();

}  // namespace qrdiag
