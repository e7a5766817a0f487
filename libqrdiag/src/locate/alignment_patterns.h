// Alignment patterns (the 5×5 squares of versions 2 and up: a dark ring, a light ring, a dark module in
// the middle), found without a decoder. Where the frame cuts off all three finder patterns of a close-up,
// an alignment pattern is what still says "QR code", and gives the module size.
#pragma once

#include <vector>

#include <opencv2/core.hpp>

namespace qrdiag {

struct AlignmentPattern {
    cv::Point2f centre;
    double module_px = 0;
};

// Searches `area` of `gray` (big areas are searched downscaled); returns patterns in `gray`'s pixels.
std::vector<AlignmentPattern> find_alignment_patterns(const cv::Mat& gray, const cv::Rect& area);

}  // namespace qrdiag
