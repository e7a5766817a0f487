// --log: one record per diagnosis appended to the complaint log.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "qrdiag/diagnose.h"

namespace qrdiag::cli {

class ComplaintLogger {
public:
    // An empty path logs nothing. The records' time is `now` when given (--now), else the clock.
    ComplaintLogger(std::string path, std::optional<TimePoint> now);
    // The input is hashed: the payload text when given, else the file named by diagnosis.input. A
    // failure is said once on stderr; later records are skipped.
    void record(const Diagnosis& diagnosis, std::optional<std::string_view> payload_text);
    bool failed() const { return failed_; }

private:
    std::string path_;
    std::optional<TimePoint> now_;
    bool failed_ = false;
};

}  // namespace qrdiag::cli
