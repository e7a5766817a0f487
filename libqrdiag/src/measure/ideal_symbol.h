// The symbol a decoded text should look like: re-encoded with ZXing's writer at the decoded EC level.
#pragma once

#include <optional>
#include <string>

#include <opencv2/core.hpp>

namespace qrdiag {

struct IdealSymbol {
    cv::Mat grid;        // CV_8U, n×n, 1 = dark module
    int version = 0;
    char ec_level = 'M';
};

// ZXing 1.4 reports the EC level but not the version: the writer picks the smallest version for the
// level, which is what most generators do. Returns nothing when the text cannot be encoded.
std::optional<IdealSymbol> ideal_symbol(const std::string& text, char ec_level);

}  // namespace qrdiag
