// The generic EMV merchant-presented-mode rules: 00 first, mandatory objects, and each value's format.
#pragma once

#include <string_view>
#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"

namespace qrdiag::emv {

struct EmvContext {
    bool structure_intact = true;  // the whole top level was read (else absent objects prove nothing)
    // VietQR and VNPAY-QR codes from bank apps routinely leave out 52, 59 and 60 (payment-qr.md).
    bool merchant_fields_optional = false;
};

std::vector<Problem> check_emv_rules(const std::vector<DataObject>& top, const EmvContext& context);

// ISO 4217 numeric code known to be in use.
bool is_known_currency(std::string_view numeric_code);

// EMV amount syntax (54, 56): digits with at most one '.', no sign, no separators.
bool is_amount(std::string_view value);

}  // namespace qrdiag::emv
