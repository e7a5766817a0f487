// The VietQR (NAPAS 247) profile on top of the EMV rules: template 38, bank BIN, service code, VND / VN.
#pragma once

#include <string_view>
#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"

namespace qrdiag::schemes {

inline constexpr std::string_view kServiceToAccount = "QRIBFTTA";
inline constexpr std::string_view kServiceToCard = "QRIBFTTC";

// `found_so_far` lets the profile stay quiet about fields the generic rules already blamed; when the top
// level could not be read to its end or in step (`structure_intact` false) an absent template 38 or 52
// proves nothing.
std::vector<emv::Problem> check_vietqr(const std::vector<emv::DataObject>& top,
                                       const std::vector<emv::Problem>& found_so_far, bool structure_intact);

// Currency 704 and country VN, which every Vietnamese scheme expects; rule ids "<scheme>.currency"...
void check_vietnamese_currency_and_country(const std::vector<emv::DataObject>& top, std::string_view scheme,
                                           const std::vector<emv::Problem>& found_so_far,
                                           std::vector<emv::Problem>& out);

}  // namespace qrdiag::schemes
