#include "qrdiag/report.h"

#include <array>

namespace qrdiag {
namespace {
constexpr std::array<std::pair<CauseId, std::string_view>, 8> kCauseIds{{
    {CauseId::BlurDamage, "blur_damage"},
    {CauseId::QuietZone, "quiet_zone"},
    {CauseId::DistanceScale, "distance_scale"},
    {CauseId::Expired, "expired"},
    {CauseId::MalformedPayload, "malformed_payload"},
    {CauseId::WrongAccount, "wrong_account"},
    {CauseId::NoCodeFound, "no_code_found"},
    {CauseId::UnreadableInput, "unreadable_input"},
}};
}  // namespace

std::string_view to_string(CauseId id)
{
    for (const auto& [cause, name] : kCauseIds)
        if (cause == id) return name;
    return "unknown";
}

std::optional<CauseId> cause_from_string(std::string_view id)
{
    for (const auto& [cause, name] : kCauseIds)
        if (name == id) return cause;
    return std::nullopt;
}

std::string_view to_string(Severity severity)
{
    switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warn: return "warn";
    case Severity::Fail: return "fail";
    }
    return "info";
}

std::string_view to_string(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return "pass";
    case Verdict::Warn: return "warn";
    case Verdict::Fail: return "fail";
    case Verdict::Error: return "error";
    }
    return "error";
}

}  // namespace qrdiag
