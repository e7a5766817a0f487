// How far the printed symbol departs from the ideal one: wrong modules, where, and the share of the
// error-correction budget they use.
#pragma once

#include <opencv2/core.hpp>

namespace qrdiag {

struct Damage {
    cv::Mat wrong;               // CV_8U n×n, 1 = disagrees with the ideal symbol
    double ratio = 0;            // wrong / compared modules
    int fixed_pattern = 0;       // wrong modules in finders, separators and timing
    double unused_ec = -1;       // 0..1 of the error-correction budget left
    bool comparable = true;      // false when the ideal cannot be the print's (see compare_with_ideal)
};

// `sampled` and `ideal` are n×n CV_8U grids (1 = dark). When the print used another data mask than the
// re-encoding, data modules are compared unmasked, which is what the codewords are.
Damage compare_with_ideal(const cv::Mat& sampled, const cv::Mat& ideal, char ec_level);

}  // namespace qrdiag
