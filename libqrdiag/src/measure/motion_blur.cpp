#include "measure/motion_blur.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace qrdiag {
namespace {

// Gradient energy across the smear over along it. Sharp, defocused, stained or torn codes measure
// 1.0–1.8 (their modules have edges both ways); a smear of a few modules, 5 and more.
constexpr double kMinAnisotropy = 3.0;
// A box smear of length L turns each edge into a step up and, L further on, a step down: the derivative
// along the smear correlates negatively with itself at lag L. Weaker minima are module spacing alone.
constexpr double kMaxLagCorrelation = -0.1;
constexpr double kMinLengthPx = 3;
constexpr int kMinPatchPx = 24;

}  // namespace

std::optional<MotionBlur> estimate_motion_blur(const cv::Mat& gray_patch)
{
    if (gray_patch.cols < kMinPatchPx || gray_patch.rows < kMinPatchPx) return std::nullopt;
    cv::Mat f, gx, gy;
    gray_patch.convertTo(f, CV_32F);
    cv::Sobel(f, gx, CV_32F, 1, 0);
    cv::Sobel(f, gy, CV_32F, 0, 1);
    // The structure tensor, averaged over the patch: its eigenvectors are the strongest and weakest
    // gradient directions.
    const double jxx = cv::mean(gx.mul(gx))[0], jyy = cv::mean(gy.mul(gy))[0], jxy = cv::mean(gx.mul(gy))[0];
    const double mean = (jxx + jyy) / 2, root = std::hypot((jxx - jyy) / 2, jxy);
    const double strongest = mean + root, weakest = std::max(mean - root, 1e-6 * (mean + 1));
    MotionBlur blur;
    blur.anisotropy = strongest / weakest;
    if (blur.anisotropy < kMinAnisotropy) return std::nullopt;
    const double across = 0.5 * std::atan2(2 * jxy, jxx - jyy);
    const double along = across + std::numbers::pi / 2;
    const double c = std::cos(along), s = std::sin(along);

    // Autocorrelation of the derivative along the smear (circular; the patch is much longer than a smear).
    cv::Mat d = c * gx + s * gy;
    d -= cv::mean(d)[0];
    cv::Mat spectrum, correlation;
    cv::dft(d, spectrum, cv::DFT_COMPLEX_OUTPUT);
    cv::mulSpectrums(spectrum, spectrum, spectrum, 0, true);
    cv::dft(spectrum, correlation, cv::DFT_INVERSE | cv::DFT_REAL_OUTPUT);
    const float zero = correlation.at<float>(0, 0);
    if (zero <= 0) return std::nullopt;
    const int longest = std::min(d.cols, d.rows) / 3;
    double lowest = 0;
    for (int lag = 2; lag <= longest; ++lag) {
        const int x = static_cast<int>(std::lround(lag * c)), y = static_cast<int>(std::lround(lag * s));
        const double v = correlation.at<float>((y + d.rows) % d.rows, (x + d.cols) % d.cols) / zero;
        if (v < lowest) lowest = v, blur.length_px = lag;
    }
    if (lowest > kMaxLagCorrelation || blur.length_px < kMinLengthPx) return std::nullopt;
    blur.angle_deg = std::fmod(along * 180 / std::numbers::pi + 360, 180.0);
    return blur;
}

std::optional<MotionBlur> clearest_motion_blur(const cv::Mat& gray_patch)
{
    std::optional<MotionBlur> best = estimate_motion_blur(gray_patch);
    const int w = gray_patch.cols / 2, h = gray_patch.rows / 2;
    for (int ty = 0; ty < 3; ++ty)
        for (int tx = 0; tx < 3; ++tx) {
            const auto tile = estimate_motion_blur(gray_patch(cv::Rect(tx * w / 2, ty * h / 2, w, h)));
            if (tile && (!best || tile->anisotropy > best->anisotropy)) best = tile;
        }
    return best;
}

}  // namespace qrdiag
