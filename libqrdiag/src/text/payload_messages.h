// The payload rules as data: cause, severity, weight and the words of each finding (English, Vietnamese).
#pragma once

#include <span>
#include <string_view>

#include "emv/problem.h"
#include "qrdiag/report.h"

namespace qrdiag::text {

struct PayloadRule {
    std::string_view id;
    CauseId cause;
    Severity severity;
    // How strongly a finding points at its cause. Breakage that stops every app outranks an account
    // that may be wrong, which outranks an expiry: a payer never gets as far as the account or the
    // expiry when the payload cannot be read.
    double weight;
    // Templates: {field} {path} {offset} {found} {expected} {detail}.
    std::string_view summary_en, summary_vi;
    std::string_view fix_en, fix_vi;
};

std::span<const PayloadRule> payload_rules();
const PayloadRule* find_payload_rule(std::string_view id);

// Words a problem as a finding. Found and expected values are made safe to print (control characters
// escaped, long values shortened).
Finding describe(const emv::Problem& problem);

// An input value made safe to show: control and non-UTF-8 bytes escaped as \xNN, at most max_chars.
std::string printable(std::string_view value, std::size_t max_chars = 48);

}  // namespace qrdiag::text
