#include "measure/quad_outline.h"

#include <opencv2/imgproc.hpp>

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

cv::Mat outline_mask(const std::vector<cv::Point>& poly, const cv::Rect& bounds)
{
    cv::Mat mask = cv::Mat::zeros(bounds.size(), CV_8U);
    std::vector<cv::Point> shifted;
    for (const cv::Point& p : poly) shifted.push_back(p - bounds.tl());
    cv::fillConvexPoly(mask, shifted, cv::Scalar(255));
    return mask;
}

}  // namespace qrdiag
