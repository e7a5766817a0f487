// A located symbol resampled onto its module grid, with a margin around it for the quiet zone.
#pragma once

#include "decode/decode_qr.h"

#include <opencv2/core.hpp>

namespace qrdiag {

struct SymbolSampling {
    int modules = 0;           // n, modules per side
    int margin = 0;            // modules of surround kept on every side
    int px_per_module = 0;     // resolution of `canonical`
    double image_module_px = 0;  // pixels per module in the source image (geometric mean over the quad)
    cv::Mat canonical;         // CV_8U, (n + 2·margin)·px_per_module square, symbol at (margin, margin)
    cv::Mat cell_means;        // CV_32F, (n + 2·margin)², mean grey of each cell's central half
    cv::Mat cell_in_image;     // CV_8U, 1 where the cell's centre lies inside the source image

    // Cell (row, column) in symbol coordinates; negative or ≥ n reaches into the margin.
    float mean(int row, int col) const { return cell_means.at<float>(row + margin, col + margin); }
    bool in_image(int row, int col) const { return cell_in_image.at<std::uint8_t>(row + margin, col + margin) != 0; }
};

// Quiet zone needs 4 modules of surround (ISO/IEC 18004); we look two further to see what lies beyond.
inline constexpr int kSampledMarginModules = 6;

// Resolution of the rectified grid for measuring: enough to see an edge's 10–90% rise to a tenth of a
// module.
inline constexpr int kMeasurePxPerModule = 8;

SymbolSampling sample_symbol(const cv::Mat& gray, const Quad& corners, int modules, int px_per_module = kMeasurePxPerModule);

}  // namespace qrdiag
