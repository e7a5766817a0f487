// Measures of a decoded symbol against its ideal grid: contrast, blur, damage, quiet zone, grade.
#pragma once

#include "measure/symbol_sampling.h"
#include "qrdiag/diagnose.h"

#include <array>

namespace qrdiag {

// Grey levels of the symbol's own modules, which every other measure is relative to.
struct ModuleLevels {
    double dark = 0;       // median of dark modules
    double light = 255;    // median of light modules
    double threshold() const { return (dark + light) / 2; }
};

struct EdgeSpread {
    double along_rows = 0;     // 10–90% rise of edges met walking along a row, in modules
    double along_columns = 0;  // the same for columns
    int edges = 0;             // how many isolated edges were measured
    double overall() const { return (along_rows + along_columns) / 2; }
};

struct QuietZone {
    std::array<double, 4> modules{};        // top, right, bottom, left: light modules before anything dark
    std::array<bool, 4> cut_by_frame{};     // the photo ends before the margin does
    std::array<bool, 4> intruded{};         // something dark lies within the measured distance
    double narrowest() const;
};

struct SymbolEvidence {
    SymbolMeasures measures;
    ModuleLevels levels;
    EdgeSpread blur;
    QuietZone quiet;
    cv::Mat wrong_modules;  // CV_8U n×n, 1 where the print disagrees with the ideal symbol
    bool grid_matches_ideal = false;
};

ModuleLevels module_levels(const SymbolSampling& s, const cv::Mat& labels);
EdgeSpread edge_spread(const SymbolSampling& s, const cv::Mat& labels, const ModuleLevels& levels);
QuietZone quiet_zone(const SymbolSampling& s, const ModuleLevels& levels);

// `ideal` may be empty when the text could not be re-encoded to a matching grid.
SymbolEvidence measure_symbol(const SymbolSampling& s, const cv::Mat& ideal, char ec_level);

}  // namespace qrdiag
