#include "locate/defocused_square.h"
#include "decode/scaled.h"
#include "locate/texture_regions.h"
#include "measure/percentile.h"

#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numbers>

namespace qrdiag {
namespace {

// Looked for at the texture search's size.
constexpr int kSearchLongestSide = 800;
// Smoothed over about a sixtieth of the photo, a few modules of a code that fills a good part of it: the
// square's mottle then averages to one grey, which stands as one stable region against its paper.
constexpr int kSmoothingDivisor = 60;
// A stable dark region (MSER): darker than its surround over this many grey levels of threshold.
constexpr int kMserDelta = 5;
constexpr double kMaxMserVariation = 0.5;
// At least a fifteenth of the photo's shorter side (smaller, a blurred code is a distance problem first),
// and as many pixels of the search copy as the texture search's smallest region.
constexpr double kMinSideShare = 1.0 / 15;
constexpr double kMinSidePx = 14;
constexpr double kMaxAreaShare = 0.6;
// Square, allowing the perspective of a tilted phone, and filling its box.
constexpr double kMaxAspect = 1.5;
constexpr double kMinFill = 0.8;
// Mottle: the local spread of grey inside the square (median of 9 px windows of its 96 px patch). A
// defocused code keeps 4.5–26 grey levels; a plain tile or panel 1–2.
constexpr int kPatchPx = 96;
constexpr int kMottleWindowPx = 9;
constexpr double kMinMottle = 4;
// The ring a quarter of the side wide round the square is paper: lighter by this many grey levels
// (defocused codes on white or tinted card: 35–70; a table's cell among other cells: 12).
constexpr double kRingGrowth = 1.25;
constexpr double kMinPaperStep = 20;
// Print and paper still differ inside it (5th to 95th percentile, grey levels).
constexpr double kMinContrast = 20;
// No sharp edge anywhere: the steepest edges (99th percentile of the gradient, the grey pre-smoothed by
// a pixel to keep sensor noise out of it) rise as a Gaussian blur of this many pixels or more. Sharp
// print on the image sets rises within 1–1.6 px; defocused codes over 2.5–6.5 px.
constexpr double kPresmoothPx = 1;
constexpr double kMinBlurPx = 2;
// And relative to the square: a blur of a few pixels is nothing to a code of a thousand.
constexpr double kMinBlurShareOfSide = 0.005;
// The patch the edges are measured on, at most this many pixels across (larger squares are shrunk).
constexpr int kMaxEdgePatchPx = 600;
// The inner part of the square is measured: its own outline is blurred however sharp the print.
constexpr double kInnerShare = 0.9;
// Squares kept, most set apart from their paper first.
constexpr std::size_t kMaxSquares = 2;

double side_of(const cv::RotatedRect& box)
{
    return std::sqrt(static_cast<double>(box.size.area()));
}

// Mean grey of `image` inside `box` and in the ring between it and `box` grown by kRingGrowth, over the
// grown box's upright bounds only.
std::pair<double, double> inside_and_ring(const cv::Mat& image, const cv::RotatedRect& box)
{
    const cv::RotatedRect grown(box.center, box.size * static_cast<float>(kRingGrowth), box.angle);
    const cv::Rect bounds = grown.boundingRect() & cv::Rect(0, 0, image.cols, image.rows);
    if (bounds.area() <= 0) return {0, 0};
    const cv::Mat inside = box_mask(box, bounds);
    const cv::Mat ring = box_mask(grown, bounds) & ~inside;
    if (cv::countNonZero(inside) == 0 || cv::countNonZero(ring) == 0) return {0, 0};
    const cv::Mat roi = image(bounds);
    return {cv::mean(roi, inside)[0], cv::mean(roi, ring)[0]};
}

// Median local standard deviation over the inner part of the square's patch.
double mottle(const cv::Mat& work, const cv::RotatedRect& box)
{
    const cv::Mat sd = local_spread(rectified(work, box, cv::Size(kPatchPx, kPatchPx), cv::INTER_AREA), kMottleWindowPx);
    std::vector<float> spread;
    const int margin = kMottleWindowPx - 1;
    for (int y = margin; y < kPatchPx - margin; ++y)
        for (int x = margin; x < kPatchPx - margin; ++x) spread.push_back(sd.at<float>(y, x));
    return percentile(spread, 0.5);
}

struct Edges {
    double contrast = 0;  // grey levels, 5th to 95th percentile
    double blur_px = 0;   // in `gray`'s pixels
};

// The steepest edges of the square's inner part, at full resolution, read as a Gaussian blur: a step of
// contrast C blurred by σ rises at most C / (σ√(2π)) per pixel.
Edges edges(const cv::Mat& gray, const cv::RotatedRect& box)
{
    const cv::RotatedRect inner(box.center, box.size * static_cast<float>(kInnerShare), box.angle);
    const double side = side_of(inner);
    const int n = static_cast<int>(std::min<double>(side, kMaxEdgePatchPx));
    if (n < 8) return {};
    cv::Mat patch = rectified(gray, inner, cv::Size(n, n), cv::INTER_AREA);
    patch.convertTo(patch, CV_32F);
    cv::GaussianBlur(patch, patch, cv::Size(), kPresmoothPx);
    cv::Mat gx, gy, magnitude;
    // Sobel's 3×3 kernel weighs the difference across two pixels by 4: divided by 8, grey per pixel.
    cv::Sobel(patch, gx, CV_32F, 1, 0, 3, 1.0 / 8);
    cv::Sobel(patch, gy, CV_32F, 0, 1, 3, 1.0 / 8);
    cv::magnitude(gx, gy, magnitude);
    std::vector<float> grey(patch.begin<float>(), patch.end<float>());
    std::vector<float> slope(magnitude.begin<float>(), magnitude.end<float>());
    Edges e;
    e.contrast = percentile(grey, 0.95) - percentile(grey, 0.05);
    const double steepest = percentile(slope, 0.99);
    if (steepest <= 0) return e;
    e.blur_px = e.contrast / (steepest * std::sqrt(2 * std::numbers::pi)) * side / n;
    return e;
}

// The first and last pixel of each row of a region (within its upright `bounds`): the same convex hull,
// hence the same enclosing box, from a few hundred points instead of every pixel of a large region.
std::vector<cv::Point> row_ends(const std::vector<cv::Point>& region, const cv::Rect& bounds)
{
    std::vector<int> first(static_cast<std::size_t>(bounds.height), INT_MAX), last(static_cast<std::size_t>(bounds.height), INT_MIN);
    for (const cv::Point& p : region) {
        const auto row = static_cast<std::size_t>(p.y - bounds.y);
        first[row] = std::min(first[row], p.x);
        last[row] = std::max(last[row], p.x);
    }
    std::vector<cv::Point> ends;
    for (int y = 0; y < bounds.height; ++y) {
        const auto row = static_cast<std::size_t>(y);
        if (first[row] > last[row]) continue;
        ends.emplace_back(first[row], bounds.y + y);
        ends.emplace_back(last[row], bounds.y + y);
    }
    return ends;
}

// Stable dark regions of the smoothed search copy that are square and fill their box, in `work`'s pixels;
// a region found again at a neighbouring threshold (about the same box) once.
std::vector<cv::RotatedRect> dark_squares(const cv::Mat& work)
{
    const int shorter = std::min(work.cols, work.rows);
    const int k = std::max(3, shorter / kSmoothingDivisor) | 1;
    cv::Mat smooth;
    cv::blur(work, smooth, cv::Size(k, k));
    const double min_side = std::max(kMinSideShare * shorter, kMinSidePx);
    if (shorter < min_side) return {};  // no square fits (and MSER refuses a picture a few pixels high)
    const auto mser = cv::MSER::create(kMserDelta, static_cast<int>(min_side * min_side),
                                       static_cast<int>(kMaxAreaShare * static_cast<double>(work.total())), kMaxMserVariation);
    std::vector<std::vector<cv::Point>> regions;
    std::vector<cv::Rect> bounds;
    mser->detectRegions(smooth, regions, bounds);
    std::vector<cv::RotatedRect> out;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        // The upright bounds first, which MSER gives for free: a square turned any way is at least as
        // wide both ways and fills at least half of them.
        const auto& region = regions[i];
        const cv::Rect& b = bounds[i];
        if (std::min(b.width, b.height) < min_side || std::max(b.width, b.height) > kMaxAspect * std::min(b.width, b.height)) continue;
        if (static_cast<double>(region.size()) < 0.5 * kMinFill * b.area()) continue;
        const cv::RotatedRect box = cv::minAreaRect(row_ends(region, b));
        const double lo = std::min(box.size.width, box.size.height), hi = std::max(box.size.width, box.size.height);
        if (lo < min_side || hi > kMaxAspect * lo) continue;
        if (static_cast<double>(region.size()) < kMinFill * box.size.area()) continue;
        const bool again = std::any_of(out.begin(), out.end(), [&](const cv::RotatedRect& o) {
            const double area_ratio = box.size.area() / o.size.area();
            return cv::norm(box.center - o.center) < 0.2 * side_of(o) && area_ratio > 0.7 && area_ratio < 1.4;
        });
        if (!again) out.push_back(box);
    }
    return out;
}

}  // namespace

std::vector<DefocusedSquare> defocused_squares(const cv::Mat& gray)
{
    const auto [work, scale] = shrunk_for_search(gray, kSearchLongestSide);
    std::vector<DefocusedSquare> out;
    for (const cv::RotatedRect& box : dark_squares(work)) {
        if (mottle(work, box) < kMinMottle) continue;
        const auto [inside, ring] = inside_and_ring(work, box);
        if (ring - inside < kMinPaperStep) continue;
        const cv::RotatedRect full(box.center * static_cast<float>(scale), box.size * static_cast<float>(scale), box.angle);
        if (periodic(gray, full)) continue;
        const Edges e = edges(gray, full);
        if (e.contrast < kMinContrast) continue;
        if (e.blur_px < kMinBlurPx || e.blur_px < kMinBlurShareOfSide * side_of(full)) continue;
        out.push_back({full, e.blur_px, ring - inside});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.paper_step > b.paper_step; });
    if (out.size() > kMaxSquares) out.resize(kMaxSquares);
    return out;
}

}  // namespace qrdiag
