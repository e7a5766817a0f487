#include "locate/finder_patterns.h"
#include "decode/scaled.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace qrdiag {
namespace {

// A finder's light 5×5 ring holds its dark 3×3 core: area ratio 9/25 = 0.36 in a sharp print. Blur and a
// threshold off the midpoint move both edges by the same amount, so allow a wide band.
constexpr double kMinCoreToRing = 0.15;
constexpr double kMaxCoreToRing = 0.65;
// The dark 7×7 outline against the 5×5 hole: 25/49 ≈ 0.51.
constexpr double kMinRingToOuter = 0.25;
constexpr double kMaxRingToOuter = 0.80;
// The core sits in the middle of its ring: a centre offset beyond this share of the ring's width is
// some other shape (a letter 'e', a logo).
constexpr double kMaxCentreOffset = 0.2;
// Specks inside the core, against its area: glare and noise on a large module, not a hole in it.
constexpr double kMaxCoreHoleShare = 0.02;
// Squares, even under perspective: solidity and the aspect of the rotated bounding box.
constexpr double kMinSolidity = 0.8;
constexpr double kMaxAspect = 2.0;
// Smallest hole we trust: a 5×5 ring at ≈1.2 px/module, below which nothing is readable anyway.
constexpr double kMinRingArea = 30;
// Searched size: finder shapes survive downscaling well, and contours on 12 MP cost too much.
constexpr int kSearchLongestSide = 1600;
// Faded print: contrast stretched locally (CLAHE) before local thresholds at smaller windows than the
// photo's own search. A faded finder's one-module rings stand barely above the paper's grain: a window
// spanning more than a finder or two averages in the data's modules and closes them.
constexpr double kFaintClipLimit = 4.0;
constexpr int kFaintTiles = 8;
constexpr int kFaintDivisors[] = {30, 50};
// Stretched, the paper's grain and the sensor's noise rise with the print: on faded print with a grey
// level or two of noise against ten or twenty of contrast, they break a finder's one-module rings into
// speckle. Smoothed first over a couple of search pixels, finders of four or more such pixels per module
// keep their rings; the unsmoothed look keeps smaller ones.
constexpr double kFaintGrainSigmas[] = {0.0, 2.0};
// Scratches: light lines up to this wide (search pixels, less one) are closed over. A scratch on a phone
// screen or a laminated standee is a hairline, a pixel or three in a photo.
constexpr int kScratchBridgePx = 5;

bool square_like(const std::vector<cv::Point>& contour, double area)
{
    std::vector<cv::Point> hull;
    cv::convexHull(contour, hull);
    const double hull_area = cv::contourArea(hull);
    if (hull_area <= 0 || area / hull_area < kMinSolidity) return false;
    const cv::RotatedRect box = cv::minAreaRect(contour);
    const double lo = std::min(box.size.width, box.size.height), hi = std::max(box.size.width, box.size.height);
    return lo > 0 && hi / lo <= kMaxAspect;
}

cv::Point2f centroid(const std::vector<cv::Point>& contour)
{
    const cv::Moments m = cv::moments(contour);
    if (m.m00 == 0) return contour.front();
    return {static_cast<float>(m.m10 / m.m00), static_cast<float>(m.m01 / m.m00)};
}

// Contours of `dark` (255 = dark) with hierarchy; a hole's child is a dark shape inside the hole.
void collect(const cv::Mat& dark, double scale, std::vector<FinderPattern>& out)
{
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> tree;  // next, previous, first child, parent
    cv::findContours(dark, contours, tree, cv::RETR_TREE, cv::CHAIN_APPROX_SIMPLE);
    for (std::size_t ring = 0; ring < contours.size(); ++ring) {
        const int parent = tree[ring][3];
        if (parent < 0) continue;
        // Holes are the contours at odd depth; only they can be the light ring.
        int depth = 0;
        for (int p = parent; p >= 0; p = tree[static_cast<std::size_t>(p)][3]) ++depth;
        if (depth % 2 == 0) continue;
        const double ring_area = cv::contourArea(contours[ring]);
        if (ring_area < kMinRingArea || !square_like(contours[ring], ring_area)) continue;
        // The core: the largest child, and the only sizeable one.
        int core = -1;
        double core_area = 0, others = 0;
        for (int c = tree[ring][2]; c >= 0; c = tree[static_cast<std::size_t>(c)][0]) {
            const double a = cv::contourArea(contours[static_cast<std::size_t>(c)]);
            if (a > core_area) {
                others += core_area;
                core_area = a;
                core = c;
            } else {
                others += a;
            }
        }
        if (core < 0 || others > 0.1 * core_area) continue;
        const double core_ratio = core_area / ring_area;
        if (core_ratio < kMinCoreToRing || core_ratio > kMaxCoreToRing) continue;
        const auto& core_contour = contours[static_cast<std::size_t>(core)];
        if (!square_like(core_contour, core_area)) continue;
        // A solid core: a speck of glare or JPEG noise in a large one is allowed, a hole is not.
        double core_holes = 0;
        for (int h = tree[static_cast<std::size_t>(core)][2]; h >= 0; h = tree[static_cast<std::size_t>(h)][0])
            core_holes += cv::contourArea(contours[static_cast<std::size_t>(h)]);
        if (core_holes > kMaxCoreHoleShare * core_area) continue;
        const cv::Point2f ring_centre = centroid(contours[ring]), core_centre = centroid(core_contour);
        if (cv::norm(ring_centre - core_centre) > kMaxCentreOffset * std::sqrt(ring_area)) continue;

        FinderPattern f;
        f.centre = (ring_centre + core_centre) * 0.5f * static_cast<float>(scale);
        f.module_px = (std::sqrt(ring_area) + std::sqrt(core_area)) / 8 * scale;
        const double outer_area = cv::contourArea(contours[static_cast<std::size_t>(parent)]);
        const double ring_ratio = outer_area > 0 ? ring_area / outer_area : 0;
        f.outer_ring_free = ring_ratio >= kMinRingToOuter && ring_ratio <= kMaxRingToOuter;
        out.push_back(f);
    }
}

// Two sightings of one finder: centres within a finder's half-width (2.5 modules) of each other.
bool same_place(const FinderPattern& a, const FinderPattern& b)
{
    return cv::norm(a.centre - b.centre) < 2.5 * std::max(a.module_px, b.module_px);
}

// The same finder is seen by several binarisations; keep one per place, preferring a free outer ring.
std::vector<FinderPattern> merge(std::vector<FinderPattern> all)
{
    std::stable_sort(all.begin(), all.end(),
                     [](const FinderPattern& a, const FinderPattern& b) { return a.outer_ring_free > b.outer_ring_free; });
    std::vector<FinderPattern> kept;
    for (const FinderPattern& f : all)
        if (!std::any_of(kept.begin(), kept.end(), [&](const FinderPattern& k) { return same_place(f, k); })) kept.push_back(f);
    return kept;
}

// `work`'s dark pixels (255) under a local mean threshold whose window is the shorter side over
// `divisor`: one window size per finder size.
cv::Mat dark_at_local_threshold(const cv::Mat& work, int divisor)
{
    const int block = std::max(11, (std::min(work.cols, work.rows) / divisor) | 1);
    cv::Mat dark;
    cv::adaptiveThreshold(work, dark, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, block, 5);
    return dark;
}

}  // namespace

std::vector<FinderPattern> find_finder_patterns(const cv::Mat& gray, FinderThresholdMaps* keep)
{
    const auto [work, scale] = shrunk_for_search(gray, kSearchLongestSide);
    std::vector<FinderPattern> all;
    cv::Mat dark;
    cv::threshold(work, dark, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    collect(dark, scale, all);
    // Local thresholds at two window sizes: uneven light, and finders of very different sizes.
    if (keep) *keep = {{}, scale};
    for (int divisor : {8, 30}) {
        cv::Mat local = dark_at_local_threshold(work, divisor);
        collect(local, scale, all);  // findContours leaves its input as it was (OpenCV ≥ 3.2)
        if (keep) keep->dark.push_back(std::move(local));
    }
    return merge(std::move(all));
}

std::vector<FinderPattern> find_faint_finder_patterns(const cv::Mat& gray)
{
    const auto [work, scale] = shrunk_for_search(gray, kSearchLongestSide);
    const auto clahe = cv::createCLAHE(kFaintClipLimit, cv::Size(kFaintTiles, kFaintTiles));
    std::vector<FinderPattern> all;
    for (double sigma : kFaintGrainSigmas) {
        cv::Mat smoothed, stretched;
        if (sigma > 0) cv::GaussianBlur(work, smoothed, cv::Size(), sigma);  // `work` may be the photo itself
        clahe->apply(sigma > 0 ? smoothed : work, stretched);
        for (int divisor : kFaintDivisors) collect(dark_at_local_threshold(stretched, divisor), scale, all);
    }
    return merge(std::move(all));
}

std::vector<FinderPattern> find_scratched_finder_patterns(const FinderThresholdMaps& maps)
{
    const cv::Mat bridge = cv::getStructuringElement(cv::MORPH_ELLIPSE, {kScratchBridgePx, kScratchBridgePx});
    std::vector<FinderPattern> all;
    for (const cv::Mat& dark : maps.dark) {
        cv::Mat bridged;
        cv::morphologyEx(dark, bridged, cv::MORPH_CLOSE, bridge);
        collect(bridged, maps.scale, all);
    }
    return merge(std::move(all));
}

std::vector<FinderPattern> not_seen_in(const std::vector<FinderPattern>& found, const std::vector<FinderPattern>& seen)
{
    std::vector<FinderPattern> kept;
    std::copy_if(found.begin(), found.end(), std::back_inserter(kept), [&](const FinderPattern& f) {
        return std::none_of(seen.begin(), seen.end(), [&](const FinderPattern& s) { return same_place(f, s); });
    });
    return kept;
}

}  // namespace qrdiag
