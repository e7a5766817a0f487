#include <doctest/doctest.h>

#include "qrdiag/payload.h"

using namespace qrdiag;
using namespace std::chrono;

TEST_CASE("parse_time reads ISO 8601 with an offset")
{
    const auto t = parse_time("2026-11-22T09:00:00+07:00");
    REQUIRE(t);
    CHECK(format_time(*t.value) == "2026-11-22T02:00:00Z");
    CHECK(format_time(*parse_time("2026-11-22T02:00:00Z").value) == "2026-11-22T02:00:00Z");
    CHECK(format_time(*parse_time("2026-11-22 09:30+0700").value) == "2026-11-22T02:30:00Z");
    CHECK(format_time(*parse_time("2026-11-22T02:00:00.250Z").value) == "2026-11-22T02:00:00Z");
    CHECK(format_time(*parse_time("2026-11-22").value) == "2026-11-22T00:00:00Z");
    CHECK(parse_time("2026-11-22T09:00:00").error.find("offset") != std::string::npos);
    CHECK_FALSE(parse_time("2026-02-30T09:00:00Z"));
    CHECK_FALSE(parse_time("yesterday"));
    CHECK_FALSE(parse_time("2026-11-22T25:00:00Z"));
}

TEST_CASE("parse_duration reads s, m, h, d and combinations")
{
    CHECK(parse_duration("90s").value == seconds{90});
    CHECK(parse_duration("15m").value == minutes{15});
    CHECK(parse_duration("2h").value == hours{2});
    CHECK(parse_duration("1d").value == hours{24});
    CHECK(parse_duration("1h30m").value == minutes{90});
    CHECK(parse_duration("600").value == seconds{600});
    CHECK_FALSE(parse_duration(""));
    CHECK_FALSE(parse_duration("15x"));
    CHECK_FALSE(parse_duration("1h30"));
    CHECK_FALSE(parse_duration("99999999999999999999d"));
}
