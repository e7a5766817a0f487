// A clean, printable QR code for a payload: the standard 4-module quiet zone, sized for print.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "qrdiag/payload.h"  // Loaded<T>

namespace qrdiag {

// Without --size or --distance: a code 4 cm wide reads from about 40 cm by the one-tenth rule of thumb
// (docs/image-diagnosis.md), comfortably beyond the 5-15 cm at which phones read best.
inline constexpr double kDefaultPrintWidthCm = 4.0;

struct RenderOptions {
    std::optional<double> width_cm;     // printed width including the quiet zone
    std::optional<double> distance_cm;  // when no width: wide enough to read from here (width >= distance/10)
    double dpi = 300;                   // PNG: pixels per inch of print (written into the file's pHYs)
    char ec_level = 'M';                // 'M' (15% of codewords) or 'Q' (25%)
};

struct RenderedCode {
    int modules = 0;        // per side, without the quiet zone
    int quiet_zone = 0;     // modules of light margin on each side
    int module_pixels = 0;  // PNG only
    int width_pixels = 0;   // PNG only
    double width_cm = 0;    // the printed width as written, quiet zone included
    double module_mm = 0;
    char ec_level = 'M';
};

// Writes a PNG or SVG (by the extension of `out`). Errors: unknown extension, payload too long for a QR
// code, a size too small to give each module at least one pixel, or the file cannot be written.
Loaded<RenderedCode> render_code(std::string_view payload, const std::filesystem::path& out,
                                 const RenderOptions& options = {});

}  // namespace qrdiag
