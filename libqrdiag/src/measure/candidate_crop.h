// A candidate cut out of the photo with a margin around it and, when its modules are large, resampled
// so that a module is at most kWorkModulePx wide. Measures in modules and repairs then cost the same on
// a 12-megapixel photo as on a screenshot, and a misjudged giant candidate cannot make them slow.
#pragma once

#include "locate/candidates.h"

#include <opencv2/core.hpp>

namespace qrdiag {

// Enough pixels per module to measure a blur of a third of a module and to decode after a repair;
// beyond it, more pixels only cost time.
inline constexpr double kWorkModulePx = 8;

struct CandidateCrop {
    cv::Mat image;        // empty when the candidate lies wholly outside the photo
    Candidate candidate;  // outline, finders and module size in crop pixels
    cv::Point2f offset;   // input pixel = crop pixel / scale + offset
    double scale = 1;     // crop pixels per input pixel, at most 1

    cv::Point2f to_input(cv::Point2f p) const { return p / static_cast<float>(scale) + offset; }
};

// Where the margin leaves the photo: cut it off (measures must not see invented pixels) or repeat the
// edge pixels (a repair paints there and a decoder needs the room).
enum class BeyondFrame { Cut, Replicate };

CandidateCrop crop_candidate(const cv::Mat& gray, const Candidate& c, double margin_modules, BeyondFrame beyond);

}  // namespace qrdiag
