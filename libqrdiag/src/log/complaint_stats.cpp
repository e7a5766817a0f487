// Counting the log over a period.
#include <nlohmann/json.hpp>

#include <fstream>

#include "qrdiag/complaint_log.h"

namespace qrdiag {

Loaded<ComplaintStats> read_complaint_stats(const std::filesystem::path& log, std::optional<TimePoint> since)
{
    std::ifstream in(log);
    if (!in) return {std::nullopt, "cannot open the log"};
    ComplaintStats stats;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("time") || !j["time"].is_string()) {
            ++stats.unreadable_lines;
            continue;
        }
        const auto time = parse_time(j["time"].get<std::string>());
        if (!time) {
            ++stats.unreadable_lines;
            continue;
        }
        if (since && *time.value < *since) continue;
        ++stats.records;
        if (!stats.first || *time.value < *stats.first) stats.first = *time.value;
        if (!stats.last || *time.value > *stats.last) stats.last = *time.value;
        const auto text = [&](const char* key) {
            return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
        };
        ++stats.verdicts[text("verdict")];
        const std::string day = format_time(*time.value).substr(0, 10);  // "YYYY-MM-DD" of the UTC time
        ++stats.days[day];
        if (j.contains("causes") && j["causes"].is_array())
            for (const auto& cause : j["causes"])
                if (cause.is_string()) {
                    ++stats.causes[cause.get<std::string>()];
                    ++stats.causes_by_day[day][cause.get<std::string>()];
                }
        if (const std::string scheme = text("scheme"); !scheme.empty()) ++stats.schemes[scheme];
        if (const std::string bin = text("bank_bin"); !bin.empty()) {
            const std::string name = text("bank_name");
            ++stats.banks[name.empty() ? bin : bin + " " + name];
        }
    }
    return {stats, {}};
}

}  // namespace qrdiag
