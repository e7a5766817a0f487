// Checks of the CRC data object (63): present, last, 4 upper-case hex digits, matching the payload.
#pragma once

#include <string_view>
#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"

namespace qrdiag::emv {

// `payload` starts at the payload's first data object, at byte `base` of the whole text. Structural
// problems the top-level parse reported about the CRC's neighbourhood are replaced by sharper ones.
std::vector<Problem> check_crc(std::string_view payload, std::size_t base, ParsedLevel& top);

}  // namespace qrdiag::emv
