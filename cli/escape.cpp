#include "escape.h"

#include <fmt/format.h>

#include "utf8.h"

#include <cstdint>

namespace qrdiag::cli {
namespace {

// Characters that change how a terminal shows what follows: direction embeddings, overrides and
// isolates (the "Trojan Source" characters, CVE-2021-42574).
bool is_direction_control(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

// Characters a terminal shows as nothing at all: zero-width spaces and joiners, word joiners and
// invisible operators, the byte-order mark. "Found ‹nothing› before the payload" helps no one.
bool is_invisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

void append_escaped(std::string& out, std::string_view text, std::size_t max_chars)
{
    std::size_t shown = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (shown >= max_chars) {
            out += fmt::format("… ({} more bytes)", text.size() - i);
            return;
        }
        const auto c = decode_utf8(text, i);
        if (!c) {
            out += fmt::format("\\x{:02x}", static_cast<std::uint8_t>(text[i]));
            ++i;
        } else {
            const char32_t code = c->code;
            if (code == '\n') out += "\\n";
            else if (code == '\r') out += "\\r";
            else if (code == '\t') out += "\\t";
            else if (code < 0x20 || code == 0x7F) out += fmt::format("\\x{:02x}", static_cast<unsigned>(code));
            else if ((code >= 0x80 && code <= 0x9F) || is_direction_control(code) || is_invisible(code))
                out += fmt::format("\\u{{{:04x}}}", static_cast<unsigned>(code));
            else out.append(text.substr(i, c->length));
            i += c->length;
        }
        ++shown;
    }
}

}  // namespace

std::string escape_for_terminal(std::string_view text, std::size_t max_chars)
{
    std::string out;
    out.reserve(text.size());
    append_escaped(out, text, max_chars);
    return out;
}

std::string escape_for_terminal(std::string_view text)
{
    return escape_for_terminal(text, std::string_view::npos);
}

}  // namespace qrdiag::cli
