#include "utf8.h"

#include <cstdint>

namespace qrdiag::cli {

std::optional<DecodedChar> decode_utf8(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    const std::uint8_t lead = byte(i);
    if (lead < 0x80) return DecodedChar{lead, 1};
    std::size_t length = 0;
    char32_t code = 0, min = 0;
    if ((lead & 0xE0) == 0xC0) length = 2, code = lead & 0x1F, min = 0x80;
    else if ((lead & 0xF0) == 0xE0) length = 3, code = lead & 0x0F, min = 0x800;
    else if ((lead & 0xF8) == 0xF0) length = 4, code = lead & 0x07, min = 0x10000;
    else return std::nullopt;
    if (i + length > s.size()) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return std::nullopt;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return std::nullopt;
    return DecodedChar{code, length};
}

}  // namespace qrdiag::cli
