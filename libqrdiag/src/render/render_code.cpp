// Sizing the code for print and writing it in the format the file name asks for.
#include <fmt/format.h>

#include <cmath>

#include "qrdiag/render.h"
#include "render/symbol.h"

namespace qrdiag {

namespace {

constexpr double kCmPerInch = 2.54;
// Rule of thumb: a code should be at least a tenth of the scanning distance wide (docs/image-diagnosis.md).
constexpr double kDistancePerWidth = 10.0;

}  // namespace

Loaded<RenderedCode> render_code(std::string_view payload, const std::filesystem::path& out, const RenderOptions& options)
{
    std::string ext = out.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".png" && ext != ".svg") return {std::nullopt, "the output must end in .png or .svg"};
    if (!(options.dpi > 0)) return {std::nullopt, "the resolution must be positive"};

    auto symbol = encode_symbol(payload, options.ec_level);
    if (!symbol) return {std::nullopt, symbol.error};
    const int side_modules = symbol.value->size + 2 * kQuietZoneModules;

    // A requested width is met as closely as whole pixels allow; a width derived from the distance is a
    // minimum, so it is rounded up.
    const bool is_minimum = !options.width_cm && options.distance_cm;
    double width_cm = options.width_cm ? *options.width_cm
                      : options.distance_cm ? *options.distance_cm / kDistancePerWidth * side_modules / symbol.value->size
                                            : kDefaultPrintWidthCm;
    if (!(width_cm > 0)) return {std::nullopt, "the size must be positive"};

    RenderedCode r;
    r.modules = symbol.value->size;
    r.quiet_zone = kQuietZoneModules;
    r.ec_level = options.ec_level;
    std::string error;
    if (ext == ".png") {
        const double pixels_per_module = width_cm / kCmPerInch * options.dpi / side_modules;
        r.module_pixels = static_cast<int>(is_minimum ? std::ceil(pixels_per_module) : std::lround(pixels_per_module));
        if (r.module_pixels < 1)
            return {std::nullopt, fmt::format("{:.2f} cm at {} dpi is less than one pixel per module ({} modules with "
                                              "the quiet zone): raise --size or --dpi", width_cm, options.dpi, side_modules)};
        r.width_pixels = r.module_pixels * side_modules;
        width_cm = r.width_pixels / options.dpi * kCmPerInch;
        error = write_png(*symbol.value, r.module_pixels, options.dpi, out);
    } else {
        error = write_svg(*symbol.value, width_cm * 10, out);
    }
    if (!error.empty()) return {std::nullopt, error};
    r.width_cm = width_cm;
    r.module_mm = width_cm * 10 / side_modules;
    return {r, {}};
}

}  // namespace qrdiag
