#include "summary.h"

#include <fmt/format.h>

#include <set>

#include "style.h"

namespace qrdiag::cli {

void Summary::add(const Diagnosis& d)
{
    ++inputs;
    switch (d.verdict) {
    case Verdict::Pass: ++pass; break;
    case Verdict::Warn: ++warn; break;
    case Verdict::Fail: ++fail; break;
    case Verdict::Error: ++error; break;
    }
    std::set<CauseId> seen;
    for (const Cause& c : d.causes)
        if (seen.insert(c.id).second) ++causes[std::string(to_string(c.id))];
}

Verdict Summary::worst() const
{
    if (error) return Verdict::Error;
    if (fail) return Verdict::Fail;
    if (warn) return Verdict::Warn;
    return Verdict::Pass;
}

nlohmann::json to_json(const Summary& s)
{
    nlohmann::json causes = nlohmann::json::object();
    for (const auto& [id, count] : s.causes) causes[id] = count;
    return {{"inputs", s.inputs}, {"pass", s.pass}, {"warn", s.warn}, {"fail", s.fail},
            {"error", s.error},   {"causes", causes}};
}

std::string format_summary_table(const Summary& s, Lang lang, bool color)
{
    const bool vi = lang == Lang::Vi;
    std::string out = fmt::format("{}\n", paint(vi ? "Tổng kết" : "Summary", Style::Bold, color));
    const auto row = [&](std::string_view label, std::size_t count, Style style) {
        out += fmt::format("  {:<16} {}\n", label, count ? paint(std::to_string(count), style, color) : "0");
    };
    row(vi ? "đầu vào" : "inputs", s.inputs, Style::Bold);
    row(vi ? "đạt" : "pass", s.pass, Style::Good);
    row(vi ? "cảnh báo" : "warn", s.warn, Style::Warn);
    row(vi ? "lỗi mã" : "fail", s.fail, Style::Bad);
    row(vi ? "không đọc được" : "error", s.error, Style::Bad);
    if (!s.causes.empty()) {
        out += fmt::format("{}\n", paint(vi ? "Nguyên nhân" : "Causes", Style::Bold, color));
        for (const auto& [id, count] : s.causes) out += fmt::format("  {:<18} {}\n", id, count);
    }
    return out;
}

int exit_status(const Summary& s, Verdict fail_from)
{
    if (s.error) return 2;
    if (s.fail || (fail_from == Verdict::Warn && s.warn)) return 1;
    return 0;
}

}  // namespace qrdiag::cli
