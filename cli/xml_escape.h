// Text safe inside XML 1.0 character data and attribute values.
#pragma once

#include <string>
#include <string_view>

namespace qrdiag::cli {

// Escapes & < > " ' and replaces what XML 1.0 cannot hold at all (control characters other than tab,
// newline and carriage return; invalid UTF-8) with U+FFFD, so the document always parses.
std::string xml_escape(std::string_view text);

}  // namespace qrdiag::cli
