// Reading image files safely: size limits checked from the header before any pixel is decoded.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include <opencv2/core.hpp>

#include "qrdiag/payload.h"  // Loaded<T>

namespace qrdiag {

struct LoadedImage {
    cv::Mat bgr;                // 8-bit, 3 channels
    std::optional<double> dpi;  // from file metadata, when it says
};

// Errors are one line, name no raw bytes of the file, and never throw.
Loaded<LoadedImage> load_image_file(const std::filesystem::path& path, std::uint64_t max_pixels);

}  // namespace qrdiag
