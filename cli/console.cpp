#include "console.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "escape.h"

namespace qrdiag::cli {
namespace {
Console the_console;
}

void init_console()
{
    the_console.stdout_is_terminal = isatty(STDOUT_FILENO) == 1;
    the_console.stderr_is_terminal = isatty(STDERR_FILENO) == 1;
    const char* no_color = std::getenv("NO_COLOR");  // https://no-color.org: any non-empty value
    the_console.color = the_console.stdout_is_terminal && !(no_color && *no_color);
    if (std::getenv("QRDIAG_DEBUG")) return;
    const int own = dup(STDERR_FILENO);
    const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (own < 0 || null < 0) return;
    std::FILE* stream = fdopen(own, "w");
    if (!stream) return;
    std::setvbuf(stream, nullptr, _IOLBF, 0);
    fcntl(own, F_SETFD, FD_CLOEXEC);
    dup2(null, STDERR_FILENO);
    close(null);
    the_console.err = stream;
}

Console& console() { return the_console; }

void disable_color() { the_console.color = false; }

void print_error(std::string_view message)
{
    const std::string line = escape_for_terminal(message);
    // On a terminal a progress bar may be on the current line: clear it first, it is redrawn after.
    std::fprintf(the_console.err, "%sqrdiag: %s\n", the_console.stderr_is_terminal ? "\r\x1b[2K" : "", line.c_str());
    std::fflush(the_console.err);
}

}  // namespace qrdiag::cli
