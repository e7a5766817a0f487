#include "complaint_logger.h"

#include <fmt/format.h>

#include "console.h"
#include "qrdiag/complaint_log.h"

namespace qrdiag::cli {

ComplaintLogger::ComplaintLogger(std::string path, std::optional<TimePoint> now) : path_(std::move(path)), now_(now) {}

void ComplaintLogger::record(const Diagnosis& d, std::optional<std::string_view> payload_text)
{
    if (path_.empty() || failed_) return;
    const TimePoint time = now_ ? *now_ : std::chrono::floor<std::chrono::seconds>(Clock::now());
    const ComplaintRecord record = payload_text
                                       ? make_complaint_record(d, "payload", sha256_hex(*payload_text), time)
                                       : make_complaint_record(d, "image", sha256_file_hex(d.input), time);
    if (const std::string error = append_complaint(path_, record); !error.empty()) {
        print_error(fmt::format("{}: {}", path_, error));
        failed_ = true;
    }
}

}  // namespace qrdiag::cli
