// A symbol's outline grown outwards, for masks of the symbol, its quiet-zone ring and drawings of both.
#pragma once

#include <vector>

#include <opencv2/core.hpp>

#include "decode/decode_qr.h"  // Quad

namespace qrdiag {

// The quadrilateral moved outwards by grow_px along each corner's diagonal (grow_px · √2 from the centre),
// so that each side moves out by about grow_px; rounded to whole pixels for OpenCV's polygon functions.
std::vector<cv::Point> grown_outline(const Quad& q, double grow_px);

// The pixels of `bounds` inside the convex outline `poly` (image coordinates), 255 inside.
cv::Mat outline_mask(const std::vector<cv::Point>& poly, const cv::Rect& bounds);

}  // namespace qrdiag
