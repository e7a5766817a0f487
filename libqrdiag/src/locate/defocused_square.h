// A code defocused so far that nothing of its finders is left: what remains is a square of mottled grey,
// darker than the paper round it, with no sharp edge anywhere in it. Found as a stable dark region of the
// photo smoothed to the scale of a few modules, then checked for each part of that signature.
#pragma once

#include <vector>

#include <opencv2/core.hpp>

namespace qrdiag {

struct DefocusedSquare {
    cv::RotatedRect box;     // in the input image's pixels
    double blur_px = 0;      // Gaussian-equivalent blur of its steepest edges, in the input's pixels
    double paper_step = 0;   // how much lighter the ring round it is than the square, grey levels
};

// The squares of `gray` that show the signature, most set apart from their surround first.
std::vector<DefocusedSquare> defocused_squares(const cv::Mat& gray);

}  // namespace qrdiag
