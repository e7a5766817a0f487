// PNG with crisp whole-pixel modules and its print resolution in a pHYs chunk, so printing at 100%
// gives the intended size.
#include "render/symbol.h"
#include "save/save_png.h"

namespace qrdiag {

std::string write_png(const Symbol& symbol, int module_pixels, double dpi, const std::filesystem::path& out)
{
    const int side = (symbol.size + 2 * kQuietZoneModules) * module_pixels;
    cv::Mat image(side, side, CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < symbol.size; ++y)
        for (int x = 0; x < symbol.size; ++x)
            if (symbol.at(x, y))
                image(cv::Rect((x + kQuietZoneModules) * module_pixels, (y + kQuietZoneModules) * module_pixels,
                               module_pixels, module_pixels)) = 0;
    return save_png(image, out, dpi) ? std::string() : "cannot write " + out.string();
}

}  // namespace qrdiag
