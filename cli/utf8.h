// Decoding UTF-8 one character at a time, strictly, for the escaping functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace qrdiag::cli {

struct DecodedChar {
    char32_t code = 0;
    std::size_t length = 0;  // bytes
};

// The character starting at byte `i`; nullopt when the bytes there are not valid UTF-8 (overlongs,
// surrogates, above U+10FFFF and cut-off sequences included).
std::optional<DecodedChar> decode_utf8(std::string_view text, std::size_t i);

}  // namespace qrdiag::cli
