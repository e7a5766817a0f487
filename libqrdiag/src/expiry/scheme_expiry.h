// Expiry times that some national schemes write into the payload itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"
#include "qrdiag/payload.h"

namespace qrdiag::expiry {

struct SchemeExpiry {
    std::optional<TimePoint> at;
    std::string source;     // "scheme field 26.04 (PayNow)"
    std::string source_vi;  // "trường 26.04 của PayNow"
};

// PayNow 26.04 (YYYYMMDD, end of that day in Singapore, or YYYYMMDDHHMMSS), LAO QR sub-ID 02 of its merchant
// template (Unix time in ms or s), KHQR 99.01 (Unix time in ms). A field that is there but unreadable is a problem.
SchemeExpiry expiry_from_scheme(const std::vector<emv::DataObject>& top, std::vector<emv::Problem>& problems);

}  // namespace qrdiag::expiry
