#include "measure/symbol_sampling.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace qrdiag {
namespace {


double quad_area(const Quad& q)
{
    double a = 0;
    for (int i = 0; i < 4; ++i) a += q[i].x * q[(i + 1) % 4].y - q[(i + 1) % 4].x * q[i].y;
    return std::abs(a) / 2;
}

}  // namespace

SymbolSampling sample_symbol(const cv::Mat& gray, const Quad& corners, int modules, int px_per_module)
{
    SymbolSampling s;
    s.modules = modules;
    s.margin = kSampledMarginModules;
    s.px_per_module = px_per_module;
    s.image_module_px = std::sqrt(quad_area(corners)) / modules;

    const int k = s.px_per_module;
    const int cells = modules + 2 * s.margin;
    const float lo = static_cast<float>(s.margin * k), hi = static_cast<float>((s.margin + modules) * k);
    const std::vector<cv::Point2f> canonical_corners{{lo, lo}, {hi, lo}, {hi, hi}, {lo, hi}};
    const std::vector<cv::Point2f> image_corners(corners.begin(), corners.end());
    const cv::Mat to_image = cv::getPerspectiveTransform(canonical_corners, image_corners);
    cv::warpPerspective(gray, s.canonical, to_image, cv::Size(cells * k, cells * k),
                        cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);

    cv::Mat integral;
    cv::integral(s.canonical, integral, CV_64F);
    s.cell_means.create(cells, cells, CV_32F);
    s.cell_in_image.create(cells, cells, CV_8U);
    std::vector<cv::Point2f> centres;
    centres.reserve(static_cast<std::size_t>(cells) * cells);
    const int a = k / 4, b = k - k / 4;  // the central half of a cell, away from its edges
    for (int r = 0; r < cells; ++r)
        for (int c = 0; c < cells; ++c) {
            const int y0 = r * k + a, y1 = r * k + b, x0 = c * k + a, x1 = c * k + b;
            const double sum = integral.at<double>(y1, x1) - integral.at<double>(y0, x1) -
                               integral.at<double>(y1, x0) + integral.at<double>(y0, x0);
            s.cell_means.at<float>(r, c) = static_cast<float>(sum / ((b - a) * (b - a)));
            centres.emplace_back((c + 0.5f) * k, (r + 0.5f) * k);
        }
    std::vector<cv::Point2f> mapped;
    cv::perspectiveTransform(centres, mapped, to_image);
    for (int r = 0; r < cells; ++r)
        for (int c = 0; c < cells; ++c) {
            const cv::Point2f& p = mapped[static_cast<std::size_t>(r) * cells + c];
            s.cell_in_image.at<std::uint8_t>(r, c) = p.x >= 0 && p.y >= 0 && p.x < gray.cols && p.y < gray.rows;
        }
    return s;
}

}  // namespace qrdiag
