#include "measure/quad_outline.h"

#include <numbers>

namespace qrdiag {

std::vector<cv::Point> grown_outline(const Quad& q, double grow_px)
{
    cv::Point2f centre(0, 0);
    for (const cv::Point2f& p : q) centre += p * 0.25f;
    std::vector<cv::Point> out;
    for (const cv::Point2f& p : q) {
        const cv::Point2f d = p - centre;
        const double len = cv::norm(d);
        const cv::Point2f moved = len > 0 ? p + d * static_cast<float>(grow_px * std::numbers::sqrt2 / len) : p;
        out.emplace_back(cvRound(moved.x), cvRound(moved.y));
    }
    return out;
}

}  // namespace qrdiag
