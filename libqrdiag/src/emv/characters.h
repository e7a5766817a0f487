// Character classes the payload rules share.
#pragma once

#include <algorithm>
#include <string_view>

namespace qrdiag::emv {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Non-empty and digits only (EMV format "N").
inline bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

}  // namespace qrdiag::emv
