// Reading a payload given on the command line or as "-" on stdin.
#pragma once

#include <istream>
#include <string>

#include "qrdiag/payload.h"

namespace qrdiag::cli {

// Far beyond the largest QR code (7089 digits), small enough to never exhaust memory: anything bigger
// is refused as input rather than diagnosed.
inline constexpr std::size_t kMaxPayloadBytes = 16u << 20;

// "-": the whole of `in` with one trailing newline (LF or CRLF) removed; otherwise the argument itself.
Loaded<std::string> read_text_input(const std::string& argument, std::istream& in);

}  // namespace qrdiag::cli
