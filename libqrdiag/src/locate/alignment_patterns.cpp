#include "locate/alignment_patterns.h"
#include "decode/scaled.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace qrdiag {
namespace {

// The light 3×3 ring (a hole in the dark) holds one dark module: area ratio 1/9 in a sharp print; a
// threshold off the midpoint moves both edges alike. A finder's hole holds 9/25 (0.36), so the bands
// do not meet.
constexpr double kMinCoreToHole = 0.05;
constexpr double kMaxCoreToHole = 0.2;
// Squares, not rings of text ('o', '@') or round icons: a square fills its rotated box, a disc 0.79.
constexpr double kMinBoxFill = 0.85;
constexpr double kMaxAspect = 1.35;
constexpr double kMaxCentreOffset = 0.15;  // of the hole's side
// A hole of 3×3 modules at 3 px per module: below that the single dark module is not resolved.
constexpr double kMinHoleArea = 80;
constexpr int kSearchLongestSide = 800;

struct Shape {
    double area = 0;
    double fill = 0;    // of the rotated bounding box
    double aspect = 0;  // long side over short
    cv::Point2f centre;
};

Shape shape_of(const std::vector<cv::Point>& contour)
{
    Shape s;
    s.area = cv::contourArea(contour);
    const cv::RotatedRect box = cv::minAreaRect(contour);
    const double lo = std::min(box.size.width, box.size.height), hi = std::max(box.size.width, box.size.height);
    if (lo <= 0) return s;
    s.fill = s.area / (lo * hi);
    s.aspect = hi / lo;
    s.centre = box.center;
    return s;
}

bool square(const Shape& s) { return s.fill >= kMinBoxFill && s.aspect <= kMaxAspect; }

}  // namespace

std::vector<AlignmentPattern> find_alignment_patterns(const cv::Mat& gray, const cv::Rect& area)
{
    std::vector<AlignmentPattern> out;
    const cv::Rect inside = area & cv::Rect(0, 0, gray.cols, gray.rows);
    if (inside.empty()) return out;
    const auto [work, scale] = shrunk_for_search(gray(inside), kSearchLongestSide);
    cv::Mat dark;
    cv::threshold(work, dark, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> tree;  // next, previous, first child, parent
    cv::findContours(dark, contours, tree, cv::RETR_TREE, cv::CHAIN_APPROX_NONE);
    for (std::size_t hole = 0; hole < contours.size(); ++hole) {
        // Holes in dark shapes are the contours at odd depth: the light ring is one.
        int depth = 0;
        for (int p = tree[hole][3]; p >= 0; p = tree[static_cast<std::size_t>(p)][3]) ++depth;
        if (depth % 2 == 0) continue;
        const Shape ring = shape_of(contours[hole]);
        if (ring.area < kMinHoleArea || !square(ring)) continue;
        // The one dark module: the hole's only child.
        const int child = tree[hole][2];
        if (child < 0 || tree[static_cast<std::size_t>(child)][0] >= 0) continue;
        const Shape core = shape_of(contours[static_cast<std::size_t>(child)]);
        const double ratio = core.area / ring.area;
        if (ratio < kMinCoreToHole || ratio > kMaxCoreToHole || !square(core)) continue;
        if (cv::norm(core.centre - ring.centre) > kMaxCentreOffset * std::sqrt(ring.area)) continue;
        // The hole is 3 modules across, the core 1.
        const double module = (std::sqrt(ring.area) / 3 + std::sqrt(core.area)) / 2;
        out.push_back({(ring.centre * static_cast<float>(scale)) + cv::Point2f(inside.tl()), module * scale});
    }
    return out;
}

}  // namespace qrdiag
