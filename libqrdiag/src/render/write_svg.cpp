// SVG: one path of dark runs on a white square, in module units, sized in millimetres for print.
#include <fmt/format.h>

#include <fstream>

#include "render/symbol.h"

namespace qrdiag {

std::string write_svg(const Symbol& symbol, double width_mm, const std::filesystem::path& out)
{
    const int side = symbol.size + 2 * kQuietZoneModules;
    std::string path;
    for (int y = 0; y < symbol.size; ++y) {
        for (int x = 0; x < symbol.size;) {
            if (!symbol.at(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < symbol.size && symbol.at(x + run, y)) ++run;
            path += fmt::format("M{} {}h{}v1h-{}z", x + kQuietZoneModules, y + kQuietZoneModules, run, run);
            x += run;
        }
    }
    std::ofstream file(out);
    file << fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.2f}mm\" height=\"{0:.2f}mm\" viewBox=\"0 0 {1} {1}\" "
        "shape-rendering=\"crispEdges\">\n"
        "<rect width=\"{1}\" height=\"{1}\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"{2}\"/>\n</svg>\n",
        width_mm, side, path);
    return file ? std::string() : "cannot write " + out.string();
}

}  // namespace qrdiag
