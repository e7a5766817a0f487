// Whether a code has expired: static or dynamic, and its expiry from the scheme, an order export, or
// issue time + validity period. Unknown expiry is stated, never guessed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"
#include "qrdiag/payload.h"

namespace qrdiag::expiry {

struct ExpiryOutcome {
    std::optional<TimePoint> expires_at;
    std::string source;
    std::string source_vi;
    std::vector<emv::Problem> problems;  // expiry.* findings, and unreadable scheme expiry fields
};

ExpiryOutcome check_expiry(const std::vector<emv::DataObject>& top, std::optional<bool> dynamic,
                           const PayloadOptions& options);

}  // namespace qrdiag::expiry
