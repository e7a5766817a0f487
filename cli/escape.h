// Making text from an input safe to print on a terminal.
#pragma once

#include <string>
#include <string_view>

namespace qrdiag::cli {

// Control characters (C0, DEL, C1, ESC), Unicode direction overrides and invalid UTF-8 become visible
// escapes (\n, \x1b, \u{202e}); everything else passes through. Use on every string that came from an
// input (paths, payload text, field values) before it reaches a terminal.
std::string escape_for_terminal(std::string_view text);

// The same, cut to at most `max_chars` characters of output with a note of how much was left out, so a
// payload of megabytes does not flood the terminal.
std::string escape_for_terminal(std::string_view text, std::size_t max_chars);

}  // namespace qrdiag::cli
