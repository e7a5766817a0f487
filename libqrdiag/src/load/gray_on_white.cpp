// Colour and transparency to grey. The weights are OpenCV's (ITU-R BT.601 luma), so a colour PNG gives
// the same grey as it did when images were decoded to BGR and converted.
#include "load/decode_gray.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace qrdiag {

namespace {

constexpr int kOpaque = 255;

// Over a white background: straight alpha weighs the colour by its opacity; premultiplied colour
// already carries that weight.
std::uint8_t composite_on_white(int value, int alpha, Alpha kind)
{
    if (kind == Alpha::Premultiplied) return static_cast<std::uint8_t>(std::min(kOpaque, value + kOpaque - alpha));
    return static_cast<std::uint8_t>((value * alpha + kOpaque * (kOpaque - alpha) + kOpaque / 2) / kOpaque);
}

}  // namespace

void gray_on_white(const cv::Mat& pixels, cv::Mat gray, Alpha alpha)
{
    CV_Assert(pixels.depth() == CV_8U && pixels.size() == gray.size() && gray.type() == CV_8UC1);
    const int channels = pixels.channels();
    if (channels == 1) {
        pixels.copyTo(gray);
        return;
    }
    if (channels == 3) {
        cv::cvtColor(pixels, gray, cv::COLOR_RGB2GRAY);
        return;
    }
    CV_Assert(channels == 2 || channels == 4);
    if (channels == 4) cv::cvtColor(pixels, gray, cv::COLOR_RGBA2GRAY);
    for (int y = 0; y < pixels.rows; ++y) {
        const std::uint8_t* in = pixels.ptr<std::uint8_t>(y);
        std::uint8_t* out = gray.ptr<std::uint8_t>(y);
        for (int x = 0; x < pixels.cols; ++x, in += channels) {
            const int a = in[channels - 1];
            const int value = channels == 2 ? in[0] : out[x];
            out[x] = a == kOpaque ? static_cast<std::uint8_t>(value) : composite_on_white(value, a, alpha);
        }
    }
}

}  // namespace qrdiag
