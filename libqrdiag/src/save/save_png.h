// Writing PNG files with libpng, for the reprinted code and the annotated picture.
#pragma once

#include <filesystem>
#include <optional>

#include <opencv2/core.hpp>

namespace qrdiag {

// `image` is 8-bit grey or BGR. `dpi`, when given, goes into a pHYs chunk so that printing at 100%
// gives the intended size. False when the file cannot be created or written (nothing is printed).
bool save_png(const cv::Mat& image, const std::filesystem::path& out, std::optional<double> dpi = std::nullopt);

}  // namespace qrdiag
