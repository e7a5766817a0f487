// A payload encoded as a QR module grid with ZXing's writer, and drawn at a whole number of pixels per module.
#pragma once

#include <string>

#include <opencv2/core.hpp>

namespace samples {

struct Symbol {
    cv::Mat1b dark;   // modules x modules, 255 where the module is dark
    int modules = 0;  // 17 + 4 * version
    char ec_level = 'M';
    int version() const { return (modules - 17) / 4; }
};

// ec_level is one of L, M, Q, H. The symbol has no quiet zone: the card decides what surrounds it.
Symbol encode_symbol(const std::string& text, char ec_level, bool utf8);

// How standee designers draw modules: plain squares, joined rounded blobs ("liquid"), or dots; the last
// two with rounded finder patterns, as several wallets and banks print them.
enum class ModuleStyle { Square, Rounded, Dots };

// Paints the dark modules into img at origin, module_px pixels per module; light modules stay as they are.
void draw_symbol(cv::Mat& img, const Symbol& symbol, cv::Point origin, int module_px, const cv::Scalar& ink,
                 ModuleStyle style = ModuleStyle::Square);

}  // namespace samples
