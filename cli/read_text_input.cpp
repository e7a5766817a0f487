#include "read_text_input.h"

#include <iterator>
#include <string_view>

namespace qrdiag::cli {

Loaded<std::string> read_text_input(const std::string& argument, std::istream& in)
{
    if (argument != "-") return {argument, {}};
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxPayloadBytes) return {std::nullopt, "stdin: more than 16 MiB of input, not a QR payload"};
    }
    if (in.bad()) return {std::nullopt, "stdin: read error"};
    // A byte-order mark is how some editors (Windows Notepad) start a UTF-8 file, not part of what the
    // code holds; the line ending is the pipe's.
    constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
    if (text.starts_with(kByteOrderMark)) text.erase(0, kByteOrderMark.size());
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (!text.empty() && text.back() == '\r') text.pop_back();
    return {std::move(text), {}};
}

}  // namespace qrdiag::cli
