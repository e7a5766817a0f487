// First version: existence and pixel budget via OpenCV. The hardening work replaces the checks with
// header sniffing (format by magic bytes, dimensions before decode, DPI from metadata).
#include "load/load_image.h"

#include <opencv2/imgcodecs.hpp>

#include <system_error>

namespace qrdiag {

Loaded<LoadedImage> load_image_file(const std::filesystem::path& path, std::uint64_t max_pixels)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return {std::nullopt, "no such file"};
    if (std::filesystem::is_directory(path, ec)) return {std::nullopt, "is a directory"};
    cv::Mat bgr;
    try {
        bgr = cv::imread(path.string(), cv::IMREAD_COLOR);
    } catch (const cv::Exception&) {
        return {std::nullopt, "not a readable image"};
    }
    if (bgr.empty()) return {std::nullopt, "not a readable image"};
    if (static_cast<std::uint64_t>(bgr.total()) > max_pixels) return {std::nullopt, "image too large"};
    return {LoadedImage{bgr, std::nullopt}, {}};
}

}  // namespace qrdiag
