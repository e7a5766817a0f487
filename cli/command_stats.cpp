// qrdiag stats LOG.jsonl [--since TIME]: which causes, banks and schemes customers report, over a period.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <vector>

#include "commands.h"
#include "console.h"
#include "escape.h"
#include "qrdiag/complaint_log.h"

namespace qrdiag::cli {
namespace {

constexpr const char* kExamples = R"(Examples:
  qrdiag stats complaints.jsonl                              everything in the log
  qrdiag stats complaints.jsonl --since 7d                   the last seven days
  qrdiag stats complaints.jsonl --since 2026-11-01 --lang vi
  qrdiag stats complaints.jsonl --format json                for a dashboard

--since takes a time (ISO 8601) or a duration back from now (90m, 12h, 7d).
Exit status: 0 counted, 2 bad options or an unreadable log.)";

using Counts = std::map<std::string, std::size_t>;

// Rows per section in text: the long tail (dozens of banks) is in the json output.
constexpr std::size_t kTopRows = 10;

// Most frequent first, then by name for a stable order.
std::vector<std::pair<std::string, std::size_t>> by_count(const Counts& counts)
{
    std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return sorted;
}

std::string format_text(const ComplaintStats& s, Lang lang)
{
    const bool vi = lang == Lang::Vi;
    std::string out;
    if (s.records == 0) return vi ? "Không có khiếu nại nào trong khoảng thời gian này.\n" : "No complaints in this period.\n";
    out += fmt::format(fmt::runtime(vi ? "{} khiếu nại, từ {} đến {}\n" : "{} complaints, {} to {}\n"), s.records,
                       format_time(*s.first), format_time(*s.last));
    const auto section = [&](std::string_view title, const Counts& counts) {
        if (counts.empty()) return;
        out += fmt::format("\n{}\n", title);
        const auto sorted = by_count(counts);
        for (std::size_t i = 0; i < sorted.size() && i < kTopRows; ++i)
            out += fmt::format("  {:<32} {:>6}  {:>3.0f}%\n", escape_for_terminal(sorted[i].first, 32), sorted[i].second,
                               100.0 * static_cast<double>(sorted[i].second) / static_cast<double>(s.records));
        if (sorted.size() > kTopRows)
            out += fmt::format(fmt::runtime(vi ? "  … và {} mục khác\n" : "  … and {} more\n"), sorted.size() - kTopRows);
    };
    section(vi ? "Nguyên nhân" : "Causes", s.causes);
    section(vi ? "Kết luận" : "Verdicts", s.verdicts);
    section(vi ? "Ngân hàng" : "Banks", s.banks);
    section(vi ? "Loại mã" : "Schemes", s.schemes);
    if (s.days.size() > 1) {  // a trend only means something over several days
        out += fmt::format("\n{}\n", vi ? "Theo ngày (nguyên nhân hàng đầu)" : "By day (leading cause)");
        for (const auto& [day, count] : s.days) {
            const auto causes = s.causes_by_day.find(day);
            const std::string lead = causes == s.causes_by_day.end() ? "-" : by_count(causes->second).front().first;
            out += fmt::format("  {}  {:>6}  {}\n", day, count, escape_for_terminal(lead, 32));
        }
    }
    if (s.unreadable_lines)
        out += fmt::format(fmt::runtime(vi ? "\n({} dòng không đọc được đã bỏ qua)\n" : "\n({} unreadable lines skipped)\n"),
                           s.unreadable_lines);
    return out;
}

nlohmann::json format_json(const ComplaintStats& s, const std::optional<TimePoint>& since)
{
    const auto counts = [](const Counts& c) {
        nlohmann::json j = nlohmann::json::object();
        for (const auto& [name, count] : c) j[name] = count;
        return j;
    };
    nlohmann::json j{{"records", s.records},          {"unreadable_lines", s.unreadable_lines},
                     {"causes", counts(s.causes)},    {"verdicts", counts(s.verdicts)},
                     {"banks", counts(s.banks)},      {"schemes", counts(s.schemes)},
                     {"days", counts(s.days)}};
    if (since) j["since"] = format_time(*since);
    if (s.first) j["first"] = format_time(*s.first);
    if (s.last) j["last"] = format_time(*s.last);
    return j;
}

class StatsCommand : public Command {
public:
    explicit StatsCommand(CLI::App& app)
    {
        command_ = app.add_subcommand("stats", "Count the causes, banks and schemes in a complaint log");
        command_->add_option("LOG", log_, "A log written with --log")->required();
        command_->add_option("--since", since_, "Only records from this time on (ISO 8601), or this long ago (7d)");
        command_->add_option("--now", now_, "The time --since counts back from, instead of the clock");
        command_->add_option("--format", format_, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
        command_->add_option("--lang", lang_, "en or vi")->check(CLI::IsMember({"en", "vi"}))->capture_default_str();
        command_->footer(kExamples);
    }

    bool parsed() const override { return command_->parsed(); }

    int run() override
    {
        auto since = since_time();
        if (!since) {
            print_error(since.error);
            return kExitUsage;
        }
        auto stats = read_complaint_stats(log_, *since.value);
        if (!stats) {
            print_error(fmt::format("{}: {}", log_, stats.error));
            return kExitUsage;
        }
        if (format_ == "json") std::cout << format_json(*stats.value, *since.value).dump(2) << '\n';
        else std::cout << format_text(*stats.value, lang_ == "vi" ? Lang::Vi : Lang::En);
        return 0;
    }

private:
    // --since as a time, or as a duration counted back from --now or the clock.
    Loaded<std::optional<TimePoint>> since_time() const
    {
        if (since_.empty()) return {std::optional<TimePoint>{}, {}};
        if (auto time = parse_time(since_)) return {std::optional<TimePoint>{*time.value}, {}};
        auto ago = parse_duration(since_);
        if (!ago) return {std::nullopt, "--since: expected a time (2026-11-01T00:00:00+07:00) or a duration (7d)"};
        TimePoint now = std::chrono::floor<std::chrono::seconds>(Clock::now());
        if (!now_.empty()) {
            auto given = parse_time(now_);
            if (!given) return {std::nullopt, "--now: " + given.error};
            now = *given.value;
        }
        return {std::optional<TimePoint>{now - *ago.value}, {}};
    }

    CLI::App* command_ = nullptr;
    std::string log_, since_, now_;
    std::string format_ = "text", lang_ = "en";
};

}  // namespace

std::unique_ptr<Command> make_stats_command(CLI::App& app) { return std::make_unique<StatsCommand>(app); }

}  // namespace qrdiag::cli
