// How well an image matches itself shifted: the tool behind the tests for periodic print (chequers,
// rulings) and for a module lattice.
#pragma once

#include <opencv2/core.hpp>

namespace qrdiag {

// The linear autocorrelation of `f` (CV_32F, its mean already removed), unnormalised: zero-padded to twice
// its size so that shifts do not wrap round. Lag (dy, dx) sits at ((dy + rows) % rows, (dx + cols) % cols)
// of the result, which is 2·f.rows × 2·f.cols.
cv::Mat linear_autocorrelation(const cv::Mat& f);

}  // namespace qrdiag
