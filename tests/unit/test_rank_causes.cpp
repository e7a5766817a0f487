#include <doctest/doctest.h>

#include "qrdiag/report.h"

using namespace qrdiag;

namespace {
Finding finding(CauseId cause, Severity severity, double weight, std::string rule)
{
    Finding f;
    f.cause = cause;
    f.severity = severity;
    f.weight = weight;
    f.rule = std::move(rule);
    f.summary.en = f.rule;
    return f;
}
}  // namespace

TEST_CASE("rank_causes puts failing causes before warnings and strong evidence first")
{
    auto causes = rank_causes({
        finding(CauseId::QuietZone, Severity::Warn, 0.9, "qz.narrow"),
        finding(CauseId::BlurDamage, Severity::Fail, 0.4, "blur.wide"),
        finding(CauseId::MalformedPayload, Severity::Fail, 0.8, "emv.crc"),
        finding(CauseId::MalformedPayload, Severity::Warn, 1.0, "emv.lowercase"),
        finding(CauseId::Expired, Severity::Info, 1.0, "expiry.unknown"),
    });
    REQUIRE(causes.size() == 3);
    CHECK(causes[0].id == CauseId::MalformedPayload);
    CHECK(causes[0].summary.en == "emv.crc");
    CHECK(causes[0].findings.size() == 2);
    CHECK(causes[1].id == CauseId::BlurDamage);
    CHECK(causes[2].id == CauseId::QuietZone);
    CHECK(causes[2].severity == Severity::Warn);
    CHECK(verdict_of(causes) == Verdict::Fail);
    CHECK(verdict_of({}) == Verdict::Pass);
}

TEST_CASE("cause ids round-trip through their contract names")
{
    for (auto id : {CauseId::BlurDamage, CauseId::QuietZone, CauseId::DistanceScale, CauseId::Expired,
                    CauseId::MalformedPayload, CauseId::WrongAccount, CauseId::NoCodeFound,
                    CauseId::UnreadableInput})
        CHECK(cause_from_string(to_string(id)) == id);
    CHECK(to_string(CauseId::DistanceScale) == "distance_scale");
    CHECK_FALSE(cause_from_string("bogus"));
}
