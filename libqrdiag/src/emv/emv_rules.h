// The generic EMV merchant-presented-mode rules: 00 first, mandatory objects, and each value's format.
#pragma once

#include <string_view>
#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"

namespace qrdiag::emv {

struct EmvContext {
    // The whole top level was read, in step (no guessed length, empty or repeated object); else absent
    // objects prove nothing.
    bool structure_intact = true;
    // A VietQR or VNPAY-QR code (schemes/detect_scheme). Their bank apps routinely leave out 52, 59 and 60
    // (payment-qr.md), so those are not noted; and their profiles are built on EMV version 01, so another
    // Payload Format Indicator there is an error, where abroad it is only a warning.
    bool vietnamese_scheme = false;
};

std::vector<Problem> check_emv_rules(const std::vector<DataObject>& top, const EmvContext& context);

// ISO 4217 numeric code known to be in use.
bool is_known_currency(std::string_view numeric_code);

// EMV amount syntax (54, 56): digits with at most one '.', no sign, no separators.
bool is_amount(std::string_view value);

}  // namespace qrdiag::emv
