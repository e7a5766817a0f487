// Resizing by a factor without ever asking OpenCV for an empty image: a long thin picture (say 4000×21)
// shrunk to a fixed longest side would otherwise round its short side to 0 and make cv::resize throw.
#pragma once

#include <opencv2/core.hpp>

namespace qrdiag {

cv::Mat scaled(const cv::Mat& image, double factor, int interpolation);

// A search copy: `gray` shrunk (area-averaged) so its longest side is at most `longest_side`, and the
// factor back to it (input pixel = search pixel × scale; 1 and `gray` itself when already small enough).
struct SearchCopy {
    cv::Mat image;
    double scale = 1.0;
};
SearchCopy shrunk_for_search(const cv::Mat& gray, int longest_side);

}  // namespace qrdiag
