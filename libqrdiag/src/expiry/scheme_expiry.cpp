#include "expiry/scheme_expiry.h"

#include "emv/characters.h"
#include "schemes/detect_scheme.h"

namespace qrdiag::expiry {
namespace {

using namespace std::chrono;

// Singapore Standard Time (UTC+8): PayNow expiry dates are local dates (SGQR / PayNow QR specification;
// generators such as ThunderQuote PaynowQR write YYYYMMDD).
constexpr hours kSingaporeOffset{8};
constexpr std::string_view kPayNowGuid = "SG.PAYNOW";
// LAO QR application id and expiry sub-ID as written by public generators (Khamphay/pmoney_qr gen_qr.dart:
// AID A005266284662577, sub-ID 02 = milliseconds since the Unix epoch).
constexpr std::string_view kLaoQrGuid = "A005266284662577";
constexpr std::size_t kEpochMillisDigits = 13, kEpochSecondsDigits = 10;

int number(std::string_view s) { return std::stoi(std::string(s)); }

std::optional<TimePoint> paynow_time(std::string_view v)
{
    if (!emv::all_digits(v) || (v.size() != 8 && v.size() != 14)) return std::nullopt;
    const year_month_day date{year{number(v.substr(0, 4))}, month{static_cast<unsigned>(number(v.substr(4, 2)))},
                              day{static_cast<unsigned>(number(v.substr(6, 2)))}};
    if (!date.ok()) return std::nullopt;
    if (v.size() == 8) return TimePoint{sys_days{date} + days{1} - kSingaporeOffset};  // valid through that day
    const int h = number(v.substr(8, 2)), m = number(v.substr(10, 2)), s = number(v.substr(12, 2));
    if (h > 23 || m > 59 || s > 59) return std::nullopt;
    return TimePoint{sys_days{date} + hours{h} + minutes{m} + seconds{s} - kSingaporeOffset};
}

std::optional<TimePoint> epoch_time(std::string_view v)
{
    if (!emv::all_digits(v)) return std::nullopt;
    if (v.size() == kEpochMillisDigits) return TimePoint{seconds{std::stoll(std::string(v)) / 1000}};
    if (v.size() == kEpochSecondsDigits) return TimePoint{seconds{std::stoll(std::string(v))}};
    return std::nullopt;
}

}  // namespace

SchemeExpiry expiry_from_scheme(const std::vector<emv::DataObject>& top, std::vector<emv::Problem>& problems)
{
    for (const emv::DataObject& o : top) {
        if (!o.is_template) continue;
        const std::string guid = schemes::template_guid(o);
        if (guid == kPayNowGuid) {
            if (const emv::DataObject* field = o.child("04")) {
                if (auto at = paynow_time(field->value))
                    return {at, "scheme field " + field->path + " (PayNow)", "trường " + field->path + " của PayNow"};
                problems.push_back({"scheme.expiry_format", field->path, field->value_offset, std::string(field->value),
                                    "YYYYMMDD", ""});
            }
        } else if (guid.rfind(kLaoQrGuid, 0) == 0) {
            // Sub-ID 02 also carries a short payment type in some generators; only a timestamp is an expiry.
            if (const emv::DataObject* field = o.child("02"))
                if (auto at = epoch_time(field->value))
                    return {at, "scheme field " + field->path + " (LAO QR)", "trường " + field->path + " của LAO QR"};
        } else if (o.tag == "99") {
            if (const emv::DataObject* field = o.child("01"); field && o.child("00")) {
                if (auto at = epoch_time(field->value)) return {at, "scheme field 99.01 (KHQR)", "trường 99.01 của KHQR"};
                problems.push_back({"scheme.expiry_format", field->path, field->value_offset, std::string(field->value),
                                    "Unix ms, 13 digits", ""});
            }
        }
    }
    return {};
}

}  // namespace qrdiag::expiry
