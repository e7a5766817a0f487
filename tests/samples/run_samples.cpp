// qrdiag_sample_runner: diagnoses every image of samples/manifest.csv, compares the first cause named with
// the expected one, prints per-class accuracy and what each class was confused with, and fails when a
// class falls below its floor in tests/samples/floors.csv.
//
//   qrdiag_sample_runner --manifest samples/manifest.csv --floors tests/samples/floors.csv
//       [--classes payload_,clean] [--jobs 2] [--cli build/cli/qrdiag] [--misses 5]
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "csv.h"
#include "diagnose_sample.h"
#include "qrdiag/report.h"

namespace fs = std::filesystem;
using namespace sample_tests;

namespace {

struct Settings {
    std::string manifest, floors, cli;
    std::vector<std::string> classes;  // prefixes; empty = all
    unsigned jobs = 2;
    int misses = 5;
};

struct Result {
    CsvRow row;
    Outcome got;
    bool correct = false;
};

// Right when the first cause is the expected one with the expected severity (a marginal code must warn,
// an unreadable one fail); "pass" must be a pass verdict.
bool is_correct(const CsvRow& row, const Outcome& got)
{
    if (got.cause != row.at("expected_cause")) return false;
    const auto severity = row.find("severity");
    return severity == row.end() || severity->second.empty() || severity->second == got.severity;
}

bool selected(const Settings& s, const std::string& cls)
{
    return s.classes.empty() || std::any_of(s.classes.begin(), s.classes.end(),
                                            [&](const std::string& p) { return cls.rfind(p, 0) == 0; });
}

Settings parse_args(int argc, char** argv)
{
    Settings s;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
            return argv[++i];
        };
        if (a == "--manifest") s.manifest = next();
        else if (a == "--floors") s.floors = next();
        else if (a == "--cli") s.cli = next();
        else if (a == "--jobs") s.jobs = static_cast<unsigned>(std::max(1, std::stoi(next())));
        else if (a == "--misses") s.misses = std::stoi(next());
        else if (a == "--classes") {
            std::stringstream list(next());
            for (std::string c; std::getline(list, c, ',');) s.classes.push_back(c);
        } else throw std::runtime_error("unknown argument " + a);
    }
    if (s.manifest.empty()) throw std::runtime_error("--manifest is required");
    return s;
}

void print_report(const std::vector<Result>& results, const std::map<std::string, double>& floors, int misses,
                  bool& below_floor)
{
    std::map<std::string, std::vector<const Result*>> by_class;
    for (const Result& r : results) by_class[r.row.at("class")].push_back(&r);
    std::printf("%-24s %6s %8s %9s %7s\n", "class", "images", "correct", "accuracy", "floor");
    int total = 0, right = 0;
    for (const auto& [cls, rs] : by_class) {
        const int n = static_cast<int>(rs.size());
        const int ok = static_cast<int>(std::count_if(rs.begin(), rs.end(), [](const Result* r) { return r->correct; }));
        const auto f = floors.find(cls);
        const double floor = f == floors.end() ? 0.0 : f->second;
        const double accuracy = double(ok) / n;
        const bool below = accuracy + 1e-9 < floor;
        below_floor |= below;
        std::printf("%-24s %6d %8d %8.1f%% %7.2f%s\n", cls.c_str(), n, ok, 100 * accuracy, floor, below ? "  BELOW FLOOR" : "");
        total += n;
        right += ok;
    }
    std::printf("%-24s %6d %8d %8.1f%%\n\n", "overall", total, right, total ? 100.0 * right / total : 0.0);

    std::printf("first cause named (class, expected -> got x count):\n");
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> confusion;
    for (const Result& r : results)
        ++confusion[{r.row.at("class"), r.row.at("expected_cause") + "/" + r.row.at("severity")}][r.got.cause + "/" + r.got.severity];
    for (const auto& [key, named] : confusion) {
        std::printf("  %-22s %-26s ->", key.first.c_str(), key.second.c_str());
        for (const auto& [what, count] : named) std::printf(" %s x%d", what.c_str(), count);
        std::printf("\n");
    }
    if (misses <= 0) return;
    std::printf("\nmisses (up to %d per class):\n", misses);
    for (const auto& [cls, rs] : by_class) {
        int shown = 0;
        for (const Result* r : rs)
            if (!r->correct && shown++ < misses)
                std::printf("  %s: expected %s/%s, got %s/%s\n", r->row.at("file").c_str(), r->row.at("expected_cause").c_str(),
                            r->row.at("severity").c_str(), r->got.cause.c_str(), r->got.severity.c_str());
    }
}

}  // namespace

int main(int argc, char** argv)
{
    try {
        const Settings s = parse_args(argc, argv);
        const fs::path base = fs::path(s.manifest).parent_path();
        std::vector<Result> results;
        for (CsvRow& row : read_csv(s.manifest)) {
            if (!selected(s, row.at("class"))) continue;
            // A broken manifest must fail loudly, not count as a wrong diagnosis.
            const std::string& expected = row.at("expected_cause");
            if (expected != "pass" && !qrdiag::cause_from_string(expected))
                throw std::runtime_error(row.at("file") + ": unknown expected_cause " + expected);
            if (!fs::exists(base / row.at("file"))) throw std::runtime_error("missing image " + row.at("file"));
            results.push_back({std::move(row), {}, false});
        }
        std::map<std::string, double> floors;
        if (!s.floors.empty())
            for (const CsvRow& row : read_csv(s.floors)) floors[row.at("class")] = std::stod(row.at("min_accuracy"));

        std::atomic<std::size_t> next{0};
        std::mutex error_lock;
        std::string first_error;
        auto work = [&] {
            for (std::size_t i; (i = next++) < results.size();) {
                Result& r = results[i];
                try {
                    const fs::path image = base / r.row.at("file");
                    r.got = s.cli.empty() ? diagnose_with_library(image, r.row.at("options"), base)
                                          : diagnose_with_cli(s.cli, image, r.row.at("options"), base);
                } catch (const std::exception& e) {
                    std::lock_guard lock(error_lock);
                    if (first_error.empty()) first_error = r.row.at("file") + ": " + e.what();
                }
                r.correct = is_correct(r.row, r.got);
            }
        };
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < s.jobs; ++t) workers.emplace_back(work);
        for (auto& w : workers) w.join();
        if (!first_error.empty()) throw std::runtime_error(first_error);

        bool below_floor = false;
        print_report(results, floors, s.misses, below_floor);
        if (below_floor) std::printf("\nFAILED: a class is below its floor in %s\n", s.floors.c_str());
        return below_floor ? 1 : 0;
    } catch (const std::exception& e) {
        std::cerr << "qrdiag_sample_runner: " << e.what() << "\n";
        return 2;
    }
}
