// Reading image files safely: the format sniffed from the bytes, the size checked against a pixel
// budget from the header before any pixel is decoded, truncated files refused, decoder noise contained,
// pixels decoded straight to grey and turned upright by their EXIF orientation.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include <opencv2/core.hpp>

#include "qrdiag/payload.h"  // Loaded<T>

namespace qrdiag {

struct LoadedImage {
    cv::Mat gray;               // 8-bit, 1 channel
    std::optional<double> dpi;  // from file metadata, when it says
};

// Errors are one line, name no raw bytes of the file, and never throw. Refused: missing files,
// directories, empty files, anything that is not PNG/JPEG/BMP/TIFF/WebP by its magic bytes (GIF, text,
// PDF, HEIC are named), images above `max_pixels` (from the header, before decoding), images smaller
// than a QR code can be, and truncated files: a cut-off photo decodes to a partly grey picture whose
// missing part would be misread as damage, so we ask for the whole file instead of guessing.
Loaded<LoadedImage> load_image_file(const std::filesystem::path& path, std::uint64_t max_pixels);

}  // namespace qrdiag
