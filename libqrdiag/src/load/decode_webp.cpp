// WebP with libwebp: decoded into our buffer as RGB (RGBA when the file has alpha), then turned to grey.
// The decoder's own YUV output is not used: its luma is in video range (16..235), not a photo's grey.
#include "load/decode_gray.h"

#include <webp/decode.h>

namespace qrdiag {

Loaded<cv::Mat> decode_webp_gray(std::string_view bytes, const ImageHeader& header)
{
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    WebPBitstreamFeatures features;
    if (WebPGetFeatures(data, bytes.size(), &features) != VP8_STATUS_OK)
        return {std::nullopt, corrupt_pixels_error(header.format)};
    if (features.has_animation) return {std::nullopt, "animated WebP is not supported: send a still picture"};
    if (static_cast<std::uint32_t>(features.width) != header.width || static_cast<std::uint32_t>(features.height) != header.height)
        return {std::nullopt, size_mismatch_error(header.format)};
    cv::Mat pixels(features.height, features.width, features.has_alpha ? CV_8UC4 : CV_8UC3);
    const std::size_t size = pixels.total() * pixels.elemSize();
    const int stride = static_cast<int>(pixels.step);
    const std::uint8_t* decoded = features.has_alpha ? WebPDecodeRGBAInto(data, bytes.size(), pixels.data, size, stride)
                                                     : WebPDecodeRGBInto(data, bytes.size(), pixels.data, size, stride);
    if (!decoded) return {std::nullopt, corrupt_pixels_error(header.format)};
    cv::Mat gray(pixels.size(), CV_8UC1);
    gray_on_white(pixels, gray);
    return {gray, {}};
}

}  // namespace qrdiag
