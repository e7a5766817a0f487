// ANSI colour for output on a terminal, and nothing otherwise.
#pragma once

#include <string>
#include <string_view>

#include "qrdiag/report.h"

namespace qrdiag::cli {

enum class Style { Bold, Dim, Good, Warn, Bad };

// `text` wrapped in the style's escape sequence when `color`, else unchanged.
std::string paint(std::string_view text, Style style, bool color);
Style style_of(Verdict verdict);
Style style_of(Severity severity);

}  // namespace qrdiag::cli
