// Choosing the module count of a located symbol: the one whose fixed patterns (finders, timing) line up.
#pragma once

#include "measure/symbol_sampling.h"

namespace qrdiag {

struct GridFit {
    SymbolSampling sampling;  // coarse (a few pixels per module): enough to count modules, not to measure
    double agreement = 0;  // share of fixed-pattern modules that match (fixed_pattern_agreement)
    double busyness = 0;   // share of neighbouring modules that differ (module_busyness)
};

// Samples the quad at `modules_hint` first; when its fixed patterns do not line up, tries the
// neighbouring versions (±1..±3) and keeps the best.
GridFit fit_grid(const cv::Mat& gray, const Quad& corners, int modules_hint);

// Share of horizontally or vertically neighbouring modules of a binarised grid that differ. A symbol's
// data are masked to look random (ISO/IEC 18004 §7.8), so about half differ; a grid laid over flat paper
// or a plain poster, with only its finders real, comes out near 0.1. With `counted` (same size, non-zero
// where a cell counts), only pairs of counted cells are compared.
double module_busyness(const cv::Mat& grid, const cv::Mat& counted = cv::Mat());

// Modules dark (1) or light (0) by the midpoint between the symbol's darkest and lightest cells.
cv::Mat binarise_cells(const SymbolSampling& s);

}  // namespace qrdiag
