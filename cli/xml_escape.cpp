#include "xml_escape.h"

#include "utf8.h"

namespace qrdiag::cli {

std::string xml_escape(std::string_view text)
{
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = decode_utf8(text, i);
        if (!c) {
            out += kReplacement;
            ++i;
            continue;
        }
        const char32_t code = c->code;
        switch (code) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
            // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
            if ((code < 0x20 && code != 0x9 && code != 0xA && code != 0xD) || code == 0xFFFE || code == 0xFFFF)
                out += kReplacement;
            else
                out.append(text.substr(i, c->length));
        }
        i += c->length;
    }
    return out;
}

}  // namespace qrdiag::cli
