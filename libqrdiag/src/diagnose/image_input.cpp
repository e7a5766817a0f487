#include "diagnose/image_input.h"

#include <opencv2/imgproc.hpp>

namespace qrdiag {

Loaded<cv::Mat> gray_from_view(const ImageView& image)
{
    if (!image.data || image.width <= 0 || image.height <= 0) return {std::nullopt, "empty image"};
    int channels = 1, code = -1;
    switch (image.format) {
    case PixelFormat::Gray: break;
    case PixelFormat::RGB: channels = 3, code = cv::COLOR_RGB2GRAY; break;
    case PixelFormat::BGR: channels = 3, code = cv::COLOR_BGR2GRAY; break;
    case PixelFormat::RGBA: channels = 4, code = cv::COLOR_RGBA2GRAY; break;
    case PixelFormat::BGRA: channels = 4, code = cv::COLOR_BGRA2GRAY; break;
    }
    const std::ptrdiff_t packed = static_cast<std::ptrdiff_t>(image.width) * channels;
    const std::ptrdiff_t stride = image.row_stride == 0 ? packed : image.row_stride;
    if (stride < packed) return {std::nullopt, "row stride smaller than a row"};
    const cv::Mat view(image.height, image.width, CV_8UC(channels), const_cast<std::uint8_t*>(image.data),
                       static_cast<std::size_t>(stride));
    cv::Mat gray;
    if (code < 0)
        gray = view.clone();
    else
        cv::cvtColor(view, gray, code);
    return {gray, {}};
}

Finding unreadable_input_finding(const std::string& error)
{
    Finding f;
    f.cause = CauseId::UnreadableInput;
    f.rule = "input.unreadable";
    f.summary = {"Cannot read the image: " + error + ".", "Không đọc được ảnh: " + error + "."};
    f.fix = {"Send the original photo or file (PNG or JPEG) again.", "Hãy gửi lại ảnh hoặc tệp gốc (PNG hoặc JPEG)."};
    return f;
}

}  // namespace qrdiag
