// The fixed geometry of a QR symbol (ISO/IEC 18004): which modules are function patterns, the data
// masks, format information, and the order data modules are placed in.
#pragma once

#include <optional>
#include <vector>

#include <opencv2/core.hpp>

namespace qrdiag {

enum class ModuleRole : std::uint8_t { Data, Finder, Timing, Alignment, Format, Version };

inline int modules_for_version(int version) { return 17 + 4 * version; }
inline int version_for_modules(int n) { return (n - 17) % 4 == 0 && n >= 21 && n <= 177 ? (n - 17) / 4 : 0; }

// Role of every module of a version's symbol, row-major (CV_8U holding ModuleRole values).
cv::Mat module_roles(int version);

// Whether data mask `mask` (0..7) inverts the module at row, column.
bool mask_inverts(int mask, int row, int col);

struct FormatInfo {
    int ec_bits = 0;  // as coded: L=1, M=0, Q=3, H=2
    int mask = 0;
    int bit_errors = 0;  // distance to the nearest valid format word
};
// Reads the better of the two format-information copies from a sampled grid (CV_8U, 1 = dark).
std::optional<FormatInfo> read_format_info(const cv::Mat& grid);

// Data modules in placement order (the zigzag from the bottom-right), as (row, column).
std::vector<cv::Point> data_module_order(const cv::Mat& roles);

// The share of codewords error correction can restore at each level (ISO/IEC 18004: ≈7/15/25/30%).
double ec_capacity(char ec_level);

}  // namespace qrdiag

namespace qrdiag {

enum class FinderCorner { TopLeft, TopRight, BottomLeft };

// Share of finder, separator and timing modules of a sampled grid (CV_8U, 1 = dark) that match the
// standard's fixed patterns: near 1 when the grid is placed and sized right, ≈0.5 when it is not. With
// `unseen`, that finder and its separator are left out: a symbol placed from two finders, whose third is
// known to be missing from the photo, is judged by what should be there.
double fixed_pattern_agreement(const cv::Mat& grid, std::optional<FinderCorner> unseen = std::nullopt);

}  // namespace qrdiag
