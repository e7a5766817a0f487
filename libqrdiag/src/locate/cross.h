// The z component of the cross product of two image-plane vectors: positive when b lies clockwise of a
// (image y points down). Both finder searches use its sign to tell a symbol's top-right finder from its
// bottom-left one.
#pragma once

#include <opencv2/core/types.hpp>

namespace qrdiag {

inline float cross(cv::Point2f a, cv::Point2f b) { return a.x * b.y - a.y * b.x; }

}  // namespace qrdiag
