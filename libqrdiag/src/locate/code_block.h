// The block of modules around a finder pattern: where a texture region is a whole card or poster (the
// code's finders give a module size far too small for the region to be one symbol), the code is the
// dark module texture connected to its finder.
#pragma once

#include <optional>

#include <opencv2/core.hpp>

namespace qrdiag {

// The rotated box, in `gray`'s pixels, of the module texture inside `area` connected to the finder at
// `finder` with modules of `module_px`; none when the finder's core is not dark there.
std::optional<cv::RotatedRect> code_block_at_finder(const cv::Mat& gray, const cv::Rect& area, cv::Point2f finder, double module_px);

}  // namespace qrdiag
