// Finder patterns too blurred to binarise still show as the three darkest blobs of a symbol: at a scale
// of a few modules, each 7×7 finder (two thirds dark, solid 3×3 core) is darker than any stretch of
// data (half dark). Three such blobs at the corners of a right isosceles triangle are a QR symbol.
#pragma once

#include <array>
#include <optional>

#include <opencv2/core.hpp>

#include "locate/payment_symbol.h"

namespace qrdiag {

struct BlurredFinders {
    cv::Point2f top_left, top_right, bottom_left;  // in the input image's pixels
    double module_px = 0;
    int modules = 0;
};

// Looks inside `region` (a texture region of the grey image) only.
std::optional<BlurredFinders> find_blurred_finders(const cv::Mat& gray, const cv::RotatedRect& region);

}  // namespace qrdiag
