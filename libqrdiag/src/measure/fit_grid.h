// Choosing the module count of a located symbol: the one whose fixed patterns (finders, timing) line up.
#pragma once

#include "measure/symbol_sampling.h"

namespace qrdiag {

struct GridFit {
    SymbolSampling sampling;  // coarse (a few pixels per module): enough to count modules, not to measure
    double agreement = 0;  // share of fixed-pattern modules that match (fixed_pattern_agreement)
    double busyness = 0;   // share of neighbouring modules that differ (module_busyness)
    cv::Mat cells;         // the modules, 1 = dark, as binarised for `agreement`
};

// How modules are told dark from light. A faded print spans so little grey that light falling unevenly
// across it (a shadow's edge) moves its paper more than its print does: there, where the symbol's one
// midpoint does not line the fixed patterns up, each cell is compared with the cells around it. Only for
// faded print: on a torn or stained code the same comparison lines up what is left of its fixed patterns
// better than the damage should allow.
enum class CellLevels { SymbolMidpoint, OrNeighbours };

// Samples the quad at `modules_hint` first; when its fixed patterns do not line up, tries the
// neighbouring versions (±1..±3) and keeps the best.
GridFit fit_grid(const cv::Mat& gray, const Quad& corners, int modules_hint, CellLevels levels = CellLevels::SymbolMidpoint);

// Share of horizontally or vertically neighbouring modules of a binarised grid that differ. A symbol's
// data are masked to look random (ISO/IEC 18004 §7.8), so about half differ; a grid laid over flat paper
// or a plain poster, with only its finders real, comes out near 0.1. With `counted` (same size, non-zero
// where a cell counts), only pairs of counted cells are compared.
double module_busyness(const cv::Mat& grid, const cv::Mat& counted = cv::Mat());

// Modules dark (1) or light (0) by the midpoint between the symbol's darkest and lightest cells.
cv::Mat binarise_cells(const SymbolSampling& s);

}  // namespace qrdiag
