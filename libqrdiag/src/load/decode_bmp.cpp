// BMP with stb_image: uncompressed and bit-field BMPs of any depth, palettes included. It prints nothing
// and keeps its reason for a failure in a global, which we do not read (batches decode in parallel).
#include "load/decode_gray.h"

#include <memory>

#include <stb_image.h>

namespace qrdiag {

namespace {
constexpr std::size_t kCompressionField = 30;  // BITMAPINFOHEADER biCompression
constexpr std::uint32_t kRle8 = 1, kRle4 = 2;
}  // namespace

Loaded<cv::Mat> decode_bmp_gray(std::string_view bytes, const ImageHeader& header)
{
    int width = 0, height = 0, channels = 0;
    // 0: keep the file's channels (1 to 4), turned to grey below like every other format's.
    const std::unique_ptr<stbi_uc, decltype(&stbi_image_free)> pixels(
        stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()), &width,
                              &height, &channels, 0),
        &stbi_image_free);
    if (!pixels) {
        const auto compression = read_le(bytes, kCompressionField, 4);
        if (compression && (*compression == kRle8 || *compression == kRle4))
            return {std::nullopt, "run-length compressed BMP is not supported: save the picture as PNG"};
        return {std::nullopt, corrupt_pixels_error(header.format)};
    }
    if (static_cast<std::uint32_t>(width) != header.width || static_cast<std::uint32_t>(height) != header.height)
        return {std::nullopt, size_mismatch_error(header.format)};
    cv::Mat gray(height, width, CV_8UC1);
    gray_on_white(cv::Mat(height, width, CV_8UC(channels), pixels.get()), gray);
    return {gray, {}};
}

}  // namespace qrdiag
