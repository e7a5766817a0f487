#include "style.h"

namespace qrdiag::cli {

std::string paint(std::string_view text, Style style, bool color)
{
    if (!color) return std::string(text);
    std::string_view code;
    switch (style) {
    case Style::Bold: code = "\x1b[1m"; break;
    case Style::Dim: code = "\x1b[2m"; break;
    case Style::Good: code = "\x1b[1;32m"; break;
    case Style::Warn: code = "\x1b[1;33m"; break;
    case Style::Bad: code = "\x1b[1;31m"; break;
    }
    return std::string(code) + std::string(text) + "\x1b[0m";
}

Style style_of(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return Style::Good;
    case Verdict::Warn: return Style::Warn;
    case Verdict::Fail:
    case Verdict::Error: return Style::Bad;
    }
    return Style::Bold;
}

Style style_of(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Style::Dim;
    case Severity::Warn: return Style::Warn;
    case Severity::Fail: return Style::Bad;
    }
    return Style::Bold;
}

}  // namespace qrdiag::cli
