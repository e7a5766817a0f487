#include "symbol.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <opencv2/imgproc.hpp>

namespace samples {

Symbol encode_symbol(const std::string& text, char ec_level, bool utf8)
{
    // zxing-cpp's writer takes the EC level as 0..8: 0-2 L, 3-4 M, 5-6 Q, 7-8 H (checked by decoding).
    const int level = ec_level == 'L' ? 1 : ec_level == 'M' ? 4 : ec_level == 'Q' ? 6 : 8;
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(0).setEccLevel(level);
    if (utf8) writer.setEncoding(ZXing::CharacterSet::UTF8);
    const ZXing::BitMatrix bits = writer.encode(text, 0, 0);
    Symbol s;
    s.modules = bits.width();
    s.ec_level = ec_level;
    s.dark = cv::Mat1b(s.modules, s.modules, uchar(0));
    for (int y = 0; y < s.modules; ++y)
        for (int x = 0; x < s.modules; ++x)
            if (bits.get(x, y)) s.dark(y, x) = 255;
    return s;
}

void draw_symbol(cv::Mat& img, const Symbol& symbol, cv::Point origin, int module_px, const cv::Scalar& ink)
{
    for (int y = 0; y < symbol.modules; ++y)
        for (int x = 0; x < symbol.modules; ++x)
            if (symbol.dark(y, x))
                cv::rectangle(img, cv::Rect(origin.x + x * module_px, origin.y + y * module_px, module_px, module_px),
                              ink, cv::FILLED);
}

}  // namespace samples
