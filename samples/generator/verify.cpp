#include "verify.h"

#include <ZXing/ReadBarcode.h>
#include <opencv2/imgproc.hpp>

namespace samples {

std::vector<std::string> zxing_texts(const cv::Mat3b& image)
{
    cv::Mat1b gray;
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, static_cast<int>(gray.step));
    std::vector<std::string> texts;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode)))
        if (r.isValid()) texts.push_back(r.text());
    return texts;
}

}  // namespace samples
