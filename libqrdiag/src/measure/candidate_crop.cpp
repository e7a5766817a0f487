#include "measure/candidate_crop.h"

#include "decode/scaled.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace qrdiag {

CandidateCrop crop_candidate(const cv::Mat& gray, const Candidate& c, double margin_modules, BeyondFrame beyond)
{
    CandidateCrop crop;
    const std::vector<cv::Point2f> corners(c.corners.begin(), c.corners.end());
    cv::Rect box = cv::boundingRect(corners);
    const int pad = static_cast<int>(std::ceil(margin_modules * c.module_px)) + 2;
    box = cv::Rect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad);
    const cv::Rect inside = box & cv::Rect(0, 0, gray.cols, gray.rows);
    if (inside.area() <= 0) return crop;

    cv::Mat cut;
    if (beyond == BeyondFrame::Replicate) {
        cv::copyMakeBorder(gray(inside), cut, inside.y - box.y, box.br().y - inside.br().y, inside.x - box.x,
                           box.br().x - inside.br().x, cv::BORDER_REPLICATE);
        crop.offset = cv::Point2f(static_cast<float>(box.x), static_cast<float>(box.y));
    } else {
        cut = gray(inside);
        crop.offset = cv::Point2f(static_cast<float>(inside.x), static_cast<float>(inside.y));
    }
    if (c.module_px > kWorkModulePx) {
        crop.scale = kWorkModulePx / c.module_px;
        crop.image = scaled(cut, crop.scale, cv::INTER_AREA);
    } else {
        crop.image = cut;
    }

    const auto to_crop = [&](cv::Point2f p) { return (p - crop.offset) * static_cast<float>(crop.scale); };
    crop.candidate = c;
    crop.candidate.module_px = c.module_px * crop.scale;
    for (cv::Point2f& p : crop.candidate.corners) p = to_crop(p);
    for (cv::Point2f& p : crop.candidate.finders) p = to_crop(p);
    for (cv::Point2f& p : crop.candidate.missing_finders) p = to_crop(p);
    return crop;
}

}  // namespace qrdiag
