// The terminal the command talks to: whether stdout/stderr are terminals, colour, and the command's own
// error stream (kept apart from the decoders' stderr chatter).
#pragma once

#include <cstdio>
#include <string_view>

namespace qrdiag::cli {

struct Console {
    bool stdout_is_terminal = false;
    bool stderr_is_terminal = false;
    bool color = false;        // ANSI colour on stdout: a terminal, no NO_COLOR, no --no-color
    std::FILE* err = stderr;   // our messages; the process's fd 2 may be silenced
};

// Set up once at start. libpng and libjpeg (inside OpenCV) print warnings such as "Premature end of
// JPEG file" straight to fd 2; unless QRDIAG_DEBUG is set we keep our own copy of stderr for our messages
// and send fd 2 to /dev/null, so nothing a decoder says about an input reaches the terminal.
void init_console();
Console& console();
void disable_color();

// One line on our stderr: "qrdiag: <message>", escaped for the terminal.
void print_error(std::string_view message);

}  // namespace qrdiag::cli
