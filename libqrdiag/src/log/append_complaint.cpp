// Appending to the log so that concurrent runs never corrupt it.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "qrdiag/complaint_log.h"

namespace qrdiag {

std::string append_complaint(const std::filesystem::path& log, const ComplaintRecord& record)
{
    const std::string line = to_json_line(record);
    const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return std::string("cannot open the log: ") + std::strerror(errno);
    // One write() of the whole line: with O_APPEND the kernel moves to the end and writes atomically
    // with respect to other appenders, so lines never interleave. Retried only if interrupted before
    // anything was written; a short write (disk full) is reported, not patched with a second write.
    ssize_t written;
    do written = ::write(fd, line.data(), line.size());
    while (written < 0 && errno == EINTR);
    const int write_errno = errno;
    ::close(fd);
    if (written < 0) return std::string("cannot write the log: ") + std::strerror(write_errno);
    if (static_cast<std::size_t>(written) != line.size()) return "cannot write the log: disk full?";
    return {};
}

}  // namespace qrdiag
