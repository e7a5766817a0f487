#include "locate/square_outline.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace qrdiag {
namespace {

// A square tilted 60° towards a phone at arm's length keeps corners of 70–110° and sides within a factor
// of two; the bounds allow a wide-angle lens close up.
constexpr double kMinCornerDeg = 55;
constexpr double kMaxCornerDeg = 125;
constexpr double kMaxSideRatio = 2.5;

}  // namespace

bool projects_from_square(const std::vector<cv::Point2f>& quad)
{
    if (quad.size() != 4 || !cv::isContourConvex(quad)) return false;
    double shortest = 1e18, longest = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const cv::Point2f to_prev = quad[(i + 3) % 4] - quad[i], to_next = quad[(i + 1) % 4] - quad[i];
        const double a = cv::norm(to_prev), b = cv::norm(to_next);
        if (a <= 0 || b <= 0) return false;
        shortest = std::min(shortest, b);
        longest = std::max(longest, b);
        const double deg = std::acos(std::clamp(to_prev.dot(to_next) / (a * b), -1.0, 1.0)) * 180 / CV_PI;
        if (deg < kMinCornerDeg || deg > kMaxCornerDeg) return false;
    }
    return longest <= kMaxSideRatio * shortest;
}

}  // namespace qrdiag
