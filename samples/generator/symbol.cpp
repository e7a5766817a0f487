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

namespace {

bool in_finder(const Symbol& s, int x, int y)
{
    const int far = s.modules - 7;
    return (x < 7 && y < 7) || (x >= far && y < 7) || (x < 7 && y >= far);
}

// A finder pattern with rounded corners: 7-module ring, 3-module eye.
void rounded_finder(cv::Mat& img, cv::Point tl, int u, const cv::Scalar& ink, const cv::Scalar& paper)
{
    auto rounded = [&](cv::Rect r, int radius, const cv::Scalar& c) {
        cv::rectangle(img, cv::Rect(r.x + radius, r.y, r.width - 2 * radius, r.height), c, cv::FILLED, cv::LINE_AA);
        cv::rectangle(img, cv::Rect(r.x, r.y + radius, r.width, r.height - 2 * radius), c, cv::FILLED, cv::LINE_AA);
        for (cv::Point p : {cv::Point(r.x + radius, r.y + radius), cv::Point(r.br().x - radius - 1, r.y + radius),
                            cv::Point(r.x + radius, r.br().y - radius - 1), cv::Point(r.br().x - radius - 1, r.br().y - radius - 1)})
            cv::circle(img, p, radius, c, cv::FILLED, cv::LINE_AA);
    };
    rounded({tl.x, tl.y, 7 * u, 7 * u}, 2 * u, ink);
    rounded({tl.x + u, tl.y + u, 5 * u, 5 * u}, 3 * u / 2, paper);
    rounded({tl.x + 2 * u, tl.y + 2 * u, 3 * u, 3 * u}, u, ink);
}

}  // namespace

void draw_symbol(cv::Mat& img, const Symbol& symbol, cv::Point origin, int module_px, const cv::Scalar& ink,
                 ModuleStyle style)
{
    const int u = module_px;
    if (style == ModuleStyle::Square || u < 4) {  // below 4 px a rounded module is a square anyway
        for (int y = 0; y < symbol.modules; ++y)
            for (int x = 0; x < symbol.modules; ++x)
                if (symbol.dark(y, x)) cv::rectangle(img, cv::Rect(origin.x + x * u, origin.y + y * u, u, u), ink, cv::FILLED);
        return;
    }
    const cv::Scalar paper = img.at<cv::Vec3b>(origin.y + 7 * u, origin.x + 7 * u);  // the separator's colour
    for (int y = 0; y < symbol.modules; ++y)
        for (int x = 0; x < symbol.modules; ++x) {
            if (!symbol.dark(y, x) || in_finder(symbol, x, y)) continue;
            const cv::Point c(origin.x + x * u + u / 2, origin.y + y * u + u / 2);
            if (style == ModuleStyle::Dots) {
                cv::circle(img, c, u * 9 / 20, ink, cv::FILLED, cv::LINE_AA);
                continue;
            }
            cv::circle(img, c, u / 2, ink, cv::FILLED, cv::LINE_AA);
            if (x + 1 < symbol.modules && symbol.dark(y, x + 1)) cv::rectangle(img, cv::Rect(c.x, c.y - u / 2, u, u), ink, cv::FILLED);
            if (y + 1 < symbol.modules && symbol.dark(y + 1, x)) cv::rectangle(img, cv::Rect(c.x - u / 2, c.y, u, u), ink, cv::FILLED);
        }
    const int far = (symbol.modules - 7) * u;
    for (cv::Point tl : {cv::Point(0, 0), cv::Point(far, 0), cv::Point(0, far)})
        rounded_finder(img, origin + tl, u, ink, paper);
}

}  // namespace samples
