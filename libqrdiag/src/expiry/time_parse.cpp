// Times and durations as users type them: ISO 8601 with an offset, "15m", "1h30m".
#include <cstdio>

#include "qrdiag/payload.h"

namespace qrdiag {
namespace {

constexpr long long kMaxDurationSeconds = 10LL * 365 * 24 * 3600;  // ten years: anything longer is a typo

bool read_number(std::string_view text, std::size_t& pos, std::size_t digits, int& out)
{
    if (pos + digits > text.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    pos += digits;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c)
{
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}

}  // namespace

Loaded<TimePoint> parse_time(std::string_view text)
{
    using namespace std::chrono;
    const std::string shown(text.substr(0, 40));
    const auto fail = [&](std::string why) { return Loaded<TimePoint>{std::nullopt, "time '" + shown + "': " + why}; };
    std::size_t pos = 0;
    int y = 0, mo = 0, d = 0;
    if (!read_number(text, pos, 4, y) || !expect(text, pos, '-') || !read_number(text, pos, 2, mo) ||
        !expect(text, pos, '-') || !read_number(text, pos, 2, d))
        return fail("expected ISO 8601, e.g. 2026-11-22T09:00:00+07:00");
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!date.ok()) return fail("no such date");
    if (pos == text.size()) return {TimePoint{sys_days{date}}, ""};
    if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ') return fail("expected 'T' after the date");
    ++pos;
    int h = 0, mi = 0, s = 0;
    if (!read_number(text, pos, 2, h) || !expect(text, pos, ':') || !read_number(text, pos, 2, mi))
        return fail("expected the time as HH:MM[:SS]");
    if (pos < text.size() && text[pos] == ':' && !(++pos, read_number(text, pos, 2, s)))
        return fail("expected seconds as 2 digits");
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {  // fractions of a second are dropped
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    }
    if (h > 23 || mi > 59 || s > 60) return fail("no such time of day");
    int offset_minutes = 0;
    if (pos == text.size()) return fail("needs an offset such as +07:00 or Z, so the time is not ambiguous");
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        const int sign = text[pos] == '-' ? -1 : 1;
        ++pos;
        int oh = 0, om = 0;
        if (!read_number(text, pos, 2, oh)) return fail("offset must be +HH:MM");
        if (pos < text.size()) {
            expect(text, pos, ':');
            if (!read_number(text, pos, 2, om)) return fail("offset must be +HH:MM");
        }
        if (oh > 14 || om > 59) return fail("no such offset");
        offset_minutes = sign * (oh * 60 + om);
    } else {
        return fail("unexpected text after the time");
    }
    if (pos != text.size()) return fail("unexpected text after the offset");
    const TimePoint local = sys_days{date} + hours{h} + minutes{mi} + seconds{s};
    return {local - minutes{offset_minutes}, ""};
}

Loaded<std::chrono::seconds> parse_duration(std::string_view text)
{
    const std::string shown(text.substr(0, 40));
    const auto fail = [&](std::string why) {
        return Loaded<std::chrono::seconds>{std::nullopt, "duration '" + shown + "': " + why};
    };
    if (text.empty()) return fail("empty; expected e.g. 90s, 15m, 2h, 1d, 1h30m");
    long long total = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        long long number = 0;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && number <= kMaxDurationSeconds)
            number = number * 10 + (text[pos++] - '0');
        if (pos == start) return fail("expected a number, e.g. 90s, 15m, 2h, 1d, 1h30m");
        long long unit = 1;
        if (pos < text.size()) {
            switch (text[pos++]) {
            case 's': unit = 1; break;
            case 'm': unit = 60; break;
            case 'h': unit = 3600; break;
            case 'd': unit = 86400; break;
            default: return fail("units are s, m, h, d");
            }
        } else if (start != 0) {
            return fail("a number without a unit must stand alone");
        }
        total += number * unit;
        if (total > kMaxDurationSeconds) return fail("longer than ten years");
    }
    return {std::chrono::seconds{total}, ""};
}

std::string format_time(TimePoint t)
{
    using namespace std::chrono;
    const sys_days day_point = floor<days>(t);
    const year_month_day date{day_point};
    const hh_mm_ss<seconds> time{t - day_point};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buffer;
}

}  // namespace qrdiag
