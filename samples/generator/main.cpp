// qrdiag_make_samples: writes the labelled sample images and samples/manifest.csv, reproducibly.
//   qrdiag_make_samples samples/            the committed set (<=1600 px, JPEG photos, PNG renders)
//   qrdiag_make_samples --bench OUTDIR      phone-resolution images (up to 4000x3000) for bench/, not committed
//   --only CLASS                            regenerate one class (the manifest then lists only that class)
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>

#include "manifest.h"
#include "payloads.h"
#include "recipes.h"

namespace fs = std::filesystem;
using namespace samples;

namespace {

struct Job {
    std::string cls;
    int index;
};

// Our own files only (NNN-description.jpg/png), so stale images from an older recipe do not linger.
void clear_class_dir(const fs::path& dir)
{
    static const std::regex ours(R"(\d{3}-[a-z0-9-]*\.(jpg|png))");
    if (!fs::exists(dir)) return;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && std::regex_match(entry.path().filename().string(), ours)) fs::remove(entry.path());
}

int usage()
{
    std::cerr << "usage: qrdiag_make_samples [--bench] [--only CLASS] OUTDIR\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    bool bench = false;
    std::string only, outdir;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--bench") bench = true;
        else if (a == "--only" && i + 1 < argc) only = argv[++i];
        else if (!a.empty() && a[0] == '-') return usage();
        else outdir = a;
    }
    if (outdir.empty()) return usage();

    try {
        const auto start = std::chrono::steady_clock::now();
        const PayloadMaker payloads(load_banks(QRDIAG_SOURCE_DIR "/libqrdiag/data/banks.csv"));
        const Context ctx{payloads, bench};
        std::vector<Job> jobs;
        for (const ClassPlan& plan : sample_plan(bench)) {
            if (!only.empty() && plan.cls != only) continue;
            for (int i = 0; i < plan.count; ++i) jobs.push_back({plan.cls, i});
        }
        if (jobs.empty()) {
            std::cerr << "qrdiag_make_samples: no such class: " << only << "\n";
            return 2;
        }

        const fs::path root(outdir);
        for (const Job& job : jobs) {
            fs::create_directories(root / "images" / job.cls);
            if (job.index == 0) clear_class_dir(root / "images" / job.cls);
        }

        // Images are independent and seeded by name, so the order the workers take them in does not matter.
        // Each is written as soon as it is made: a 12 MP bench set does not fit in memory at once.
        cv::setNumThreads(1);
        std::vector<ManifestRow> rows(jobs.size());
        std::vector<char> confirmed(jobs.size(), 0);
        std::vector<std::string> orders(jobs.size());
        std::atomic<std::size_t> next{0};
        auto work = [&] {
            for (std::size_t j; (j = next++) < jobs.size();) {
                const Sample s = make_sample(jobs[j].cls, jobs[j].index, ctx);
                char name[16];
                std::snprintf(name, sizeof name, "%03d-", jobs[j].index + 1);
                const std::string file = std::string(name) + (s.description.empty() ? "sample" : s.description) + "." + s.photo.ext;
                std::ofstream(root / "images" / s.cls / file, std::ios::binary)
                    .write(reinterpret_cast<const char*>(s.photo.bytes.data()), static_cast<std::streamsize>(s.photo.bytes.size()));
                rows[j] = {"images/" + s.cls + "/" + file, s.expected_cause, s.severity, s.cls, s.payload, s.options,
                           s.photo.image.cols, s.photo.image.rows, s.module_px, s.notes};
                confirmed[j] = s.verified;
                if (!s.order_reference.empty()) orders[j] = s.order_reference + "," + s.order_expires_at + "\n";
            }
        };
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t) workers.emplace_back(work);
        for (auto& w : workers) w.join();

        write_manifest(root / "manifest.csv", rows);
        std::ofstream order_export(root / kOrdersFile, std::ios::binary);
        order_export << "reference,expires_at\n";
        for (const std::string& row : orders) order_export << row;

        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cout << "wrote " << rows.size() << " images and " << (root / "manifest.csv").string() << " in "
                  << static_cast<int>(secs * 10) / 10.0 << " s\n";
        std::map<std::string, std::pair<int, int>> per_class;  // class -> (confirmed, total)
        for (std::size_t j = 0; j < jobs.size(); ++j) {
            per_class[jobs[j].cls].first += confirmed[j];
            ++per_class[jobs[j].cls].second;
        }
        for (const auto& [cls, counts] : per_class)
            std::cout << "  " << cls << ": " << counts.second << " images, label confirmed by ZXing on " << counts.first << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "qrdiag_make_samples: " << e.what() << "\n";
        return 1;
    }
}
