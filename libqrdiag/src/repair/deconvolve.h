// Undoing a known blur: Wiener deconvolution, and the point-spread function of a camera's straight smear.
#pragma once

#include "measure/motion_blur.h"

#include <opencv2/core.hpp>

namespace qrdiag {

// The smear as a point-spread function: a line of `length_px` at `angle_deg`, summing to 1.
cv::Mat motion_psf(const MotionBlur& blur);

// `gray` (8-bit) deconvolved by `psf` (CV_32F, odd size, sums to 1); noise_to_signal keeps frequencies the
// blur erased from being amplified into noise.
cv::Mat wiener_deconvolve(const cv::Mat& gray, const cv::Mat& psf, double noise_to_signal);

}  // namespace qrdiag
