// The entry points: diagnose an image file, an image in memory, or a payload string.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qrdiag/image.h"
#include "qrdiag/payload.h"
#include "qrdiag/report.h"

namespace qrdiag {

// Images larger than this are refused before decoding (a 50000x50000 image would need 2.5 GB).
inline constexpr std::uint64_t kDefaultMaxPixels = 100'000'000;

struct CheckOptions {
    PayloadOptions payload;
    std::optional<double> dpi;            // overrides file metadata; enables physical sizes
    std::optional<double> distance_cm;    // where customers stand, for a standee check
    std::string annotate_path;            // write an annotated PNG here when not empty
    std::uint64_t max_pixels = kDefaultMaxPixels;
};

// Measures of one located symbol, in module units where that makes them comparable across photos.
struct SymbolMeasures {
    double module_px = 0;                       // image pixels per module
    std::array<double, 4> quiet_zone_modules{}; // light margin: top, right, bottom, left
    double symbol_contrast = 0;                 // 0..1, brightest minus darkest reflectance
    double modulation = 0;                      // 0..1, worst-case separation of modules from threshold
    double blur_modules = 0;                    // edge spread (10-90%) in modules
    double damage_ratio = 0;                    // share of modules that disagree with the ideal symbol
    double unused_ec = -1;                      // 0..1 of the error-correction budget left; <0 unknown
    int fixed_pattern_damage = -1;              // wrong modules in finders/separators/timing; <0 unknown
    char grade = '?';                           // uncalibrated ISO/IEC 15415-style grade A..F
    std::optional<double> module_mm;            // with a known DPI
    std::optional<double> max_distance_cm;      // with a known DPI: how far away phones can read it
};

// A QR code found in the image: decoded, or located but unreadable.
struct CodeReport {
    std::string text;                    // decoded content; empty when not decoded
    bool decoded = false;
    std::array<Point, 4> corners{};      // clockwise from top-left of the symbol
    std::string decoder;                 // "zxing", "wechat", ...
    std::string repair;                  // the virtual repair that made it decode, if any
    int version = 0;                     // QR version when known
    std::string ec_level;                // "L", "M", "Q", "H" when known
    std::optional<SymbolMeasures> measures;
    std::optional<PayloadReport> payload;  // for decoded codes
};

struct Diagnosis {
    std::string input;                  // file path, or "-" / the payload for text input
    Verdict verdict = Verdict::Pass;
    std::vector<CodeReport> codes;
    std::vector<Cause> causes;          // most likely first
    std::vector<Finding> notes;         // info findings: stated, not blamed
    std::string error;                  // for Verdict::Error: one line, no raw input bytes
    int width = 0, height = 0;          // image size in pixels
};

Diagnosis diagnose_payload(std::string_view text, const CheckOptions& options = {});
Diagnosis diagnose_image(const ImageView& image, const CheckOptions& options = {});
// Reads the file safely (size limits, format sniffing) then diagnoses it. Never throws.
Diagnosis diagnose_file(const std::filesystem::path& path, const CheckOptions& options = {});

// Threads the image library may use inside one diagnosis (OpenCV's pool; 0 = its default). A batch that
// already runs one diagnosis per core sets 1, so the pools do not compete with the batch's workers.
void set_threads_per_diagnosis(int threads);

// The report as the JSON object of the CLI contract (one jsonl line).
std::string to_json(const Diagnosis& diagnosis, Lang lang = Lang::En);

}  // namespace qrdiag
