// Resizing by a factor without ever asking OpenCV for an empty image: a long thin picture (say 4000×21)
// shrunk to a fixed longest side would otherwise round its short side to 0 and make cv::resize throw.
#pragma once

#include <opencv2/core.hpp>

namespace qrdiag {

cv::Mat scaled(const cv::Mat& image, double factor, int interpolation);

}  // namespace qrdiag
