#include "locate/blurred_finders.h"
#include "decode/scaled.h"
#include "locate/cross.h"
#include "locate/texture_regions.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace qrdiag {
namespace {

// The region is resampled so that a typical payment symbol (45 modules) has 4 px per module.
constexpr double kPatchSymbolPx = 180;
constexpr double kPatchModulePx = 4;
// A finder's response against the strongest one in the region: the three finders respond alike.
constexpr double kMinBlobStrength = 0.5;
// Blob centres closer than this are one blob.
constexpr int kMinBlobSpacingModules = 8;
// Finder centres are (n − 7)/n of the side apart: 0.67 (version 1) to 0.88 (version 10); the region's
// box is only an estimate of the side.
constexpr double kMinLegShare = 0.45;
constexpr double kMaxLegShare = 1.05;
constexpr double kMaxLegRatio = 1.25;
constexpr double kMaxCosine = 0.25;
// Strongest responses tried as finders, and how strongly the fourth corner may respond against the
// weakest of the three (it holds data, or an alignment pattern of a third of a finder's size).
constexpr std::size_t kFinderCandidates = 6;
constexpr double kMaxFourthCornerShare = 0.7;

// Normalised correlation with a finder pattern and its separator, blurred by a module: high where the
// local structure is a finder's however low its contrast; random data correlates weakly. Two module
// sizes, since the symbol's version is unknown; the better match wins.
cv::Mat finder_response(const cv::Mat& patch)
{
    cv::Mat best = cv::Mat::zeros(patch.size(), CV_32F);
    for (double module : {0.8 * kPatchModulePx, 1.2 * kPatchModulePx}) {
        const int size = static_cast<int>(std::lround(9 * module)) | 1;
        cv::Mat finder(size, size, CV_8U);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const int ring = std::max(std::abs(static_cast<int>(y / module) - 4), std::abs(static_cast<int>(x / module) - 4));
                finder.at<std::uint8_t>(y, x) = ring <= 1 || ring == 3 ? 0 : 255;
            }
        cv::GaussianBlur(finder, finder, cv::Size(), module);
        if (patch.cols <= size || patch.rows <= size) continue;
        cv::Mat score;
        cv::matchTemplate(patch, finder, score, cv::TM_CCOEFF_NORMED);
        cv::Mat placed = cv::Mat::zeros(patch.size(), CV_32F);
        score.copyTo(placed(cv::Rect(size / 2, size / 2, score.cols, score.rows)));
        best = cv::max(best, placed);
    }
    return best;
}

}  // namespace

std::optional<BlurredFinders> find_blurred_finders(const cv::Mat& gray, const cv::RotatedRect& region)
{
    const double side = std::sqrt(static_cast<double>(region.size.area()));
    if (side < 8) return std::nullopt;
    const cv::Rect bounds = bounds_with_margin(region, gray.size());
    if (bounds.area() <= 0) return std::nullopt;
    const double scale = kPatchSymbolPx / side;
    const cv::Mat patch = scaled(gray(bounds), scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Mat response = finder_response(patch);

    cv::Mat mask = cv::Mat::zeros(patch.size(), CV_8U);
    std::array<cv::Point2f, 4> corners;
    region.points(corners.data());
    std::vector<cv::Point> poly;
    for (const cv::Point2f& p : corners)
        poly.emplace_back(cvRound((p.x - bounds.x) * scale), cvRound((p.y - bounds.y) * scale));
    cv::fillConvexPoly(mask, poly, cv::Scalar(255));
    double top = 0;
    cv::minMaxLoc(response, nullptr, &top, nullptr, nullptr, mask);
    if (top <= 0) return std::nullopt;

    // Local maxima: pixels equal to the maximum of their neighbourhood, and strong against the best.
    const int k = kMinBlobSpacingModules * static_cast<int>(kPatchModulePx) | 1;
    cv::Mat maximum;
    cv::dilate(response, maximum, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
    std::vector<std::pair<float, cv::Point2f>> blobs;
    for (int y = 0; y < response.rows; ++y)
        for (int x = 0; x < response.cols; ++x) {
            const float v = response.at<float>(y, x);
            if (v < maximum.at<float>(y, x) || v < kMinBlobStrength * top || !mask.at<std::uint8_t>(y, x)) continue;
            bool near = false;
            for (const auto& bl : blobs) near = near || cv::norm(bl.second - cv::Point2f(x, y)) < k / 2.0;
            if (!near) blobs.emplace_back(v, cv::Point2f(static_cast<float>(x), static_cast<float>(y)));
        }
    std::sort(blobs.begin(), blobs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    // The finders are among the strongest responses; under heavy blur some data respond as strongly, so
    // the best few are tried, and a triple counts only if the fourth corner, where a symbol has no
    // finder, responds clearly less than its three finders.
    if (blobs.size() < 3) return std::nullopt;
    if (blobs.size() > kFinderCandidates) blobs.resize(kFinderCandidates);
    auto response_near = [&](cv::Point2f p) {
        const int r = static_cast<int>(kPatchModulePx);
        const cv::Rect window = cv::Rect(cvRound(p.x) - r, cvRound(p.y) - r, 2 * r + 1, 2 * r + 1) &
                                cv::Rect(0, 0, response.cols, response.rows);
        double v = 0;
        if (window.area() > 0) cv::minMaxLoc(response(window), nullptr, &v);
        return v;
    };

    const double patch_side = side * scale;
    std::optional<BlurredFinders> best;
    double best_score = 1e9;
    for (std::size_t i = 0; i < blobs.size(); ++i)
        for (std::size_t j = 0; j < blobs.size(); ++j)
            for (std::size_t l = j + 1; l < blobs.size(); ++l) {
                if (j == i || l == i) continue;
                const cv::Point2f tl = blobs[i].second, a = blobs[j].second, b = blobs[l].second;
                const double la = cv::norm(a - tl), lb = cv::norm(b - tl);
                const double leg = (la + lb) / 2;
                if (leg < kMinLegShare * patch_side || leg > kMaxLegShare * patch_side) continue;
                const double ratio = std::max(la, lb) / std::min(la, lb);
                const double cosine = (a - tl).dot(b - tl) / (la * lb);
                if (ratio > kMaxLegRatio || std::abs(cosine) > kMaxCosine) continue;
                const double weakest = std::min({blobs[i].first, blobs[j].first, blobs[l].first});
                // The fourth corner must be seen to be quiet: one outside the searched patch proves
                // nothing (three squares of a tablecloth pass any test that is not made).
                const cv::Point2f fourth = a + b - tl;
                if (!cv::Rect2f(0, 0, static_cast<float>(response.cols), static_cast<float>(response.rows)).contains(fourth)) continue;
                if (response_near(fourth) > kMaxFourthCornerShare * weakest) continue;
                // Stronger blobs and a truer right angle win.
                const double score = (ratio - 1) + std::abs(cosine) - (blobs[i].first + blobs[j].first + blobs[l].first) / (3 * top);
                if (score >= best_score) continue;
                best_score = score;
                const bool clockwise = cross(a - tl, b - tl) > 0;
                auto back = [&](cv::Point2f p) { return cv::Point2f(p.x / static_cast<float>(scale) + bounds.x, p.y / static_cast<float>(scale) + bounds.y); };
                BlurredFinders f;
                f.top_left = back(tl);
                f.top_right = back(clockwise ? a : b);
                f.bottom_left = back(clockwise ? b : a);
                // Finder centres are n − 7 modules apart; blurred, n itself cannot be counted, so take a
                // typical payment code's.
                f.modules = kTypicalPaymentModules;
                f.module_px = leg / scale / (f.modules - 7);
                best = f;
            }
    return best;
}

}  // namespace qrdiag
