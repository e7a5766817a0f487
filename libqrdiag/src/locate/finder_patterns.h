// Finder patterns (the three 7×7 corner squares) found without a decoder, over several binarisations, so
// that codes no decoder locates — blurred, damaged, or pressed against dark artwork — are still found.
#pragma once

#include <vector>

#include <opencv2/core.hpp>

namespace qrdiag {

struct FinderPattern {
    cv::Point2f centre;
    double module_px = 0;        // from the light ring and the dark core: (√area₅ₓ₅ + √area₃ₓ₃) / 8
    bool outer_ring_free = true; // the dark 7×7 ring is its own shape, not merged into a dark surround
};

// The plain search's local-threshold maps of the (downscaled) photo, kept for a later scratched-finder
// search so that it need not shrink and threshold the photo again.
struct FinderThresholdMaps {
    std::vector<cv::Mat> dark;  // 255 = dark, one map per window size
    double scale = 1;           // photo pixels per map pixel
};

// Searches `gray` (any size; big photos are searched downscaled) and returns patterns in its pixels.
// With `keep`, its local-threshold maps are handed over for find_scratched_finder_patterns.
std::vector<FinderPattern> find_finder_patterns(const cv::Mat& gray, FinderThresholdMaps* keep = nullptr);

// The same search on the photo with its contrast stretched locally: finders of faded print, a tenth of
// the paper's brightness apart, that no plain threshold separates from noise and blur.
std::vector<FinderPattern> find_faint_finder_patterns(const cv::Mat& gray);

// The same search with thin light lines across the dark print bridged (a morphological closing): finders
// of a scratched code, whose rings a scratch cuts open or whose core it splits. Only finders whose
// one-module light ring is wider than the bridge survive it, so only codes of several pixels a module.
// Searches the maps the plain search kept.
std::vector<FinderPattern> find_scratched_finder_patterns(const FinderThresholdMaps& maps);

// The patterns of `found` that are no sighting of any of `seen` (the place test the searches merge by).
std::vector<FinderPattern> not_seen_in(const std::vector<FinderPattern>& found, const std::vector<FinderPattern>& seen);

}  // namespace qrdiag
