#include "measure/candidate_measures.h"
#include "locate/texture_regions.h"
#include "measure/candidate_crop.h"
#include "measure/motion_blur.h"
#include "measure/percentile.h"
#include "measure/quad_outline.h"

#include "measure/symbol_sampling.h"
#include "measure/thresholds.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <optional>

namespace qrdiag {
namespace {

// Gradient percentile taken as "the steepest edges": high enough to pick full-contrast edges (finders,
// runs of modules), low enough that a few noisy pixels do not decide.
constexpr double kSteepPercentile = 0.98;
// A window of the symbol is covered or wiped when its local contrast falls below this share of the
// symbol's typical local contrast (only 2·2⁻⁹ ≈ 0.4% of a QR's 3×3-module windows are of one colour).
constexpr double kWipedContrastShare = 0.3;
// Frame strips are compared at about this many pixels per module, two modules deep, and a pixel counts as
// an edge where its Sobel slope passes half the outline's 10–90% tonal range.
constexpr double kStripModulePx = 3;
constexpr double kStripModules = 2;
constexpr double kEdgeSlopeOfRange = 0.5;
// The ring where the quiet zone should be, in modules outside the outline.
constexpr double kRingInner = 0.5;
constexpr double kRingOuter = 3.0;

void measure_frame(const cv::Mat& gray, const Quad& q, CandidateEvidence& e)
{
    const std::vector<cv::Point> poly = grown_outline(q, 0);
    const double area = std::abs(cv::contourArea(poly));
    const cv::Rect bounds = cv::boundingRect(poly);
    const cv::Rect image(0, 0, gray.cols, gray.rows);
    if (area <= 0) return;
    const cv::Mat mask = outline_mask(poly, bounds);
    const cv::Rect inside = bounds & image;
    const double in_image = inside.area() > 0 ? cv::countNonZero(mask(inside - bounds.tl())) : 0;
    e.outside_share = std::clamp(1 - in_image / cv::countNonZero(mask), 0.0, 1.0);
    // Sides crossed by the outline, allowing half a module of slack for the outline's own error.
    const double slack = e.module_px / 2;
    for (const cv::Point2f& p : q) {
        if (p.y < -slack) e.frame_sides |= 1;
        if (p.x > gray.cols - 1 + slack) e.frame_sides |= 2;
        if (p.y > gray.rows - 1 + slack) e.frame_sides |= 4;
        if (p.x < -slack) e.frame_sides |= 8;
    }
}

// A code that runs out of the photo has its modules up to the photo's edge; a box drawn loosely round a
// code inside the photo reaches the edge over the card or table beside it, which carries few edges.
void measure_frame_strips(const cv::Mat& gray, const Quad& q, CandidateEvidence& e)
{
    const std::vector<cv::Point> poly = grown_outline(q, 0);
    const cv::Rect bounds = cv::boundingRect(poly) & cv::Rect(0, 0, gray.cols, gray.rows);
    // Within a module of the edge: a texture region's box comes from a shrunk copy of the photo.
    const int slack = static_cast<int>(std::ceil(e.module_px));
    const std::array<bool, 4> reaches{bounds.y <= slack, bounds.x + bounds.width >= gray.cols - slack,
                                      bounds.y + bounds.height >= gray.rows - slack, bounds.x <= slack};
    if (bounds.area() <= 0 || e.module_px <= 0 || std::find(reaches.begin(), reaches.end(), true) == reaches.end()) return;
    const double scale = std::min(1.0, kStripModulePx / e.module_px);
    const cv::Size size(static_cast<int>(std::lround(bounds.width * scale)), static_cast<int>(std::lround(bounds.height * scale)));
    if (std::min(size.width, size.height) < 8) return;
    cv::Mat crop, mask;
    cv::resize(gray(bounds), crop, size, 0, 0, cv::INTER_AREA);
    cv::resize(outline_mask(poly, bounds), mask, size, 0, 0, cv::INTER_NEAREST);
    std::vector<float> levels;
    for (int y = 0; y < crop.rows; ++y)
        for (int x = 0; x < crop.cols; ++x)
            if (mask.at<std::uint8_t>(y, x)) levels.push_back(crop.at<std::uint8_t>(y, x));
    if (levels.size() < 64) return;
    const double range = percentile(levels, 0.9) - percentile(levels, 0.1);
    cv::Mat gx, gy, slope;
    cv::Sobel(crop, gx, CV_32F, 1, 0);
    cv::Sobel(crop, gy, CV_32F, 0, 1);
    cv::magnitude(gx, gy, slope);
    const cv::Mat edges = (slope > kEdgeSlopeOfRange * range) & mask;
    const double inside = static_cast<double>(cv::countNonZero(edges)) / cv::countNonZero(mask);
    if (inside <= 0) return;
    const int depth = std::max(2, static_cast<int>(std::lround(kStripModules * e.module_px * scale)));
    std::optional<double> best;
    for (int side = 0; side < 4; ++side) {
        if (!reaches[static_cast<std::size_t>(side)]) continue;
        const cv::Rect strip = (side == 0 ? cv::Rect(0, 0, crop.cols, depth)
                                : side == 1 ? cv::Rect(crop.cols - depth, 0, depth, crop.rows)
                                : side == 2 ? cv::Rect(0, crop.rows - depth, crop.cols, depth)
                                            : cv::Rect(0, 0, depth, crop.rows)) & cv::Rect(0, 0, crop.cols, crop.rows);
        const int in_strip = cv::countNonZero(mask(strip));
        // A corner grazing the edge says nothing either way.
        if (in_strip < 4 * depth * depth) continue;
        best = std::max(best.value_or(0.0), cv::countNonZero(edges(strip)) / static_cast<double>(in_strip) / inside);
    }
    if (best) e.frame_strip_texture = *best;
}

constexpr int kDirections = 8;

// The steepest slopes of an image region (forward differences): overall, and projected on 8 directions.
struct Steepness {
    double overall = 0;
    std::array<double, kDirections> along{};
};

Steepness steepness(const cv::Mat& crop, const cv::Mat& mask)
{
    std::vector<cv::Point2f> gradients;
    for (int y = 0; y + 1 < crop.rows; ++y) {
        const float* row = crop.ptr<float>(y);
        const float* below = crop.ptr<float>(y + 1);
        const std::uint8_t* m = mask.ptr<std::uint8_t>(y);
        for (int x = 0; x + 1 < crop.cols; ++x)
            if (m[x]) gradients.emplace_back(row[x + 1] - row[x], below[x] - row[x]);
    }
    Steepness s;
    if (gradients.size() < 64) return s;
    std::vector<float> values(gradients.size());
    for (std::size_t i = 0; i < gradients.size(); ++i) values[i] = static_cast<float>(cv::norm(gradients[i]));
    s.overall = percentile(values, kSteepPercentile);
    for (int k = 0; k < kDirections; ++k) {
        const double angle = k * std::numbers::pi / kDirections;
        const float cx = static_cast<float>(std::cos(angle)), cy = static_cast<float>(std::sin(angle));
        for (std::size_t i = 0; i < gradients.size(); ++i) values[i] = std::abs(gradients[i].x * cx + gradients[i].y * cy);
        s.along[static_cast<std::size_t>(k)] = percentile(values, kSteepPercentile);
    }
    return s;
}

// σ of the blur from the slope ratio before/after a known extra blur (see measure_blur).
double sigma_from_reblur(double before, double after, double reblur, double denoise)
{
    if (before <= 0 || after <= 0) return 10 * reblur;
    const double ratio = before / after;
    const double total = ratio > 1.01 ? reblur / std::sqrt(ratio * ratio - 1) : 10 * reblur;
    return std::sqrt(std::max(0.0, total * total - denoise * denoise));
}

// Blur by re-blurring (Hu & de Haan): a Gaussian edge of σ has a peak slope ∝ 1/σ; blurred again by a
// known σr it has ∝ 1/√(σ² + σr²). The ratio R of the two gives σ = σr / √(R² − 1), whatever the print's
// contrast; the 10–90% rise is 2.563σ. Per direction, a motion streak of length L (a box, σ = L/√12)
// shows as one direction much softer than the others.
void measure_blur(const cv::Mat& gray, const std::vector<cv::Point>& poly, CandidateEvidence& e)
{
    const cv::Rect bounds = cv::boundingRect(poly) & cv::Rect(0, 0, gray.cols, gray.rows);
    if (bounds.width < 8 || bounds.height < 8 || e.module_px <= 0) return;
    cv::Mat crop;
    gray(bounds).convertTo(crop, CV_32F);
    const cv::Mat mask = outline_mask(poly, bounds);

    std::vector<float> levels;
    for (int y = 0; y < crop.rows; ++y)
        for (int x = 0; x < crop.cols; ++x)
            if (mask.at<std::uint8_t>(y, x)) levels.push_back(crop.at<float>(y, x));
    if (levels.size() < 64) return;
    e.symbol_contrast = (percentile(levels, 0.95) - percentile(levels, 0.05)) / 255;

    // Noise first: sensor and JPEG noise has steeper slopes than a blurred edge. A known pre-blur σ0
    // removes it and is taken out again in quadrature.
    const double denoise = std::max(1.0, 0.1 * e.module_px);
    const double reblur = std::max(1.0, 0.35 * e.module_px);
    cv::Mat clean, soft;
    cv::GaussianBlur(crop, clean, cv::Size(), denoise);
    cv::GaussianBlur(clean, soft, cv::Size(), reblur);
    const Steepness before = steepness(clean, mask), after = steepness(soft, mask);
    const double sigma = sigma_from_reblur(before.overall, after.overall, reblur, denoise);
    e.edge_spread_modules = kEdgeSpreadPerSigma * sigma / e.module_px;

    double sharpest = 1e9, softest = 0;
    for (std::size_t k = 0; k < kDirections; ++k) {
        const double s = sigma_from_reblur(before.along[k], after.along[k], reblur, denoise);
        sharpest = std::min(sharpest, s);
        if (s > softest) {
            softest = s;
            e.streak_angle_deg = static_cast<double>(k) * 180.0 / kDirections;
        }
    }
    e.anisotropy = softest / std::max(sharpest, 0.5);
    e.streak_modules = softest * std::sqrt(12.0) / e.module_px;
}

// A long smear hides from the re-blur measure, whose steepest direction is also softened by it; the
// smear's own signature (gradients one way only, each edge echoed reversed a smear length on) finds it.
// Prefer the smear that uncovered the candidate's finders, if one did.
void measure_smear(const CandidateCrop& crop, const Candidate& c, CandidateEvidence& e)
{
    std::optional<MotionBlur> blur = c.motion_blur;
    if (blur) blur->length_px *= crop.scale;
    else blur = estimate_motion_blur(crop.image);
    if (!blur || e.module_px <= 0 || blur->length_px / e.module_px <= e.streak_modules) return;
    e.streak_modules = blur->length_px / e.module_px;
    e.streak_angle_deg = blur->angle_deg;
    e.anisotropy = std::sqrt(blur->anisotropy);  // gradient energies go as 1/σ²
}

void measure_surround(const cv::Mat& gray, const Quad& q, CandidateEvidence& e)
{
    const std::vector<cv::Point> symbol = grown_outline(q, 0);
    const std::vector<cv::Point> inner = grown_outline(q, kRingInner * e.module_px);
    const std::vector<cv::Point> outer = grown_outline(q, kRingOuter * e.module_px);
    const cv::Rect bounds = cv::boundingRect(outer) & cv::Rect(0, 0, gray.cols, gray.rows);
    if (bounds.area() <= 0) return;
    const cv::Mat crop = gray(bounds);
    const cv::Mat inside = outline_mask(symbol, bounds);
    const cv::Mat ring = outline_mask(outer, bounds) & ~outline_mask(inner, bounds);
    if (cv::countNonZero(inside) < 16 || cv::countNonZero(ring) < 16) return;
    // The symbol's own threshold (Otsu over its pixels), so paper colour and exposure cancel out. Otsu's
    // threshold is the last dark level (a print file of two exact levels gets the dark one itself).
    const double threshold = masked_otsu_threshold(crop, inside);
    cv::Mat dark;
    cv::compare(crop, threshold, dark, cv::CMP_LE);
    e.surround_dark_share = static_cast<double>(cv::countNonZero(dark & ring)) / cv::countNonZero(ring);
}

void measure_blotches(const cv::Mat& gray, const Candidate& c, CandidateEvidence& e)
{
    if (c.modules < 21) return;
    const SymbolSampling s = sample_symbol(gray, c.corners, c.modules);
    std::vector<float> contrasts;
    const int n = c.modules;
    auto in_finder = [n](int r, int col) {
        auto near = [](int v, int lo) { return v >= lo - 1 && v <= lo + 7; };
        return (near(r, 0) && near(col, 0)) || (near(r, 0) && near(col, n - 7)) || (near(r, n - 7) && near(col, 0));
    };
    for (int r = 0; r + 2 < n; ++r)
        for (int col = 0; col + 2 < n; ++col) {
            if (in_finder(r, col) || in_finder(r + 2, col + 2) || !s.in_image(r, col) || !s.in_image(r + 2, col + 2)) continue;
            float lo = 255, hi = 0;
            for (int dr = 0; dr < 3; ++dr)
                for (int dc = 0; dc < 3; ++dc) {
                    const float v = s.mean(r + dr, col + dc);
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            contrasts.push_back(hi - lo);
        }
    if (contrasts.empty()) return;
    std::vector<float> sorted = contrasts;
    const double typical = percentile(sorted, 0.5);
    std::size_t wiped = 0;
    for (float v : contrasts) wiped += v < kWipedContrastShare * typical;
    e.blotch_share = static_cast<double>(wiped) / static_cast<double>(contrasts.size());
}

}  // namespace

CandidateEvidence measure_candidate(const cv::Mat& gray, const Candidate& c)
{
    CandidateEvidence e;
    e.module_px = c.module_px;
    measure_frame(gray, c.corners, e);
    measure_frame_strips(gray, c.corners, e);
    // The rest is measured in modules, so on a crop at a bounded module size; the frame is not
    // invented where the candidate leaves the photo.
    const CandidateCrop crop = crop_candidate(gray, c, kSampledMarginModules, BeyondFrame::Cut);
    if (crop.image.empty()) return e;
    CandidateEvidence at_crop_scale = e;
    at_crop_scale.module_px = crop.candidate.module_px;
    measure_blur(crop.image, grown_outline(crop.candidate.corners, 0), at_crop_scale);
    measure_smear(crop, c, at_crop_scale);
    measure_surround(crop.image, crop.candidate.corners, at_crop_scale);
    measure_blotches(crop.image, crop.candidate, at_crop_scale);
    at_crop_scale.module_px = e.module_px;
    return at_crop_scale;
}

}  // namespace qrdiag
