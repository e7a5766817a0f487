#include "locate/module_lattice.h"
#include "locate/autocorrelation.h"
#include "locate/texture_regions.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace qrdiag {
namespace {

// Looked at this size: a close-up shows 20–60 modules across, so a module keeps 8 px or more.
constexpr int kPatchLongestSide = 512;
// Two tones, print and paper (Otsu's between-class share of the variance, 1 for a perfect two-tone
// picture). The close-ups of codes on the image sets: 0.80–0.95; a colour mosaic turned grey: ≈0.70.
constexpr double kMinTwoTones = 0.75;
// A masked symbol is about half dark (ISO/IEC 18004 §7.8.3); printed as dots, each dark module covers
// at most π/4 of its cell (a dot 0.8 of a module across, half of it: such a symbol is a quarter dark).
constexpr double kMinDarkShare = 0.2;
// Under this much dark, only dots make a symbol: their print must then be in pieces (in_pieces), not one
// ruled grid. Largest piece's share of the dark print: close-ups of dot-module codes on the draws
// 0.02–0.05, a crossword's 0.96.
constexpr double kMinSolidDarkShare = 0.3;
constexpr double kMaxPieceShare = 0.5;
constexpr double kMaxDarkShare = 0.7;
// The print's own autocorrelation falls to this level one module away in every direction: random
// modules are uncorrelated with their neighbours. Text, ruled lines and streaks fall much sooner across
// than along (5-6 times sooner in a crossword's and a text page's close-ups on the draws). Square modules
// reach as far every way; dots and diamonds, set apart by paper, up to about twice as far one way
// (along a diamond's diagonal, across a row of touching dots) as another: 1.4-2.2 on the draws.
constexpr double kUncorrelated = 0.1;
constexpr double kMaxDirectionSpread = 2.5;
// Beyond a module and a half, a periodic print (a chequer, a weave, tiles) correlates again; random
// modules do not (close-ups of codes: at most 0.27; chequered cloth and tiles: 0.45–0.9).
constexpr double kMaxRepeat = 0.3;
// Module edges lie on lattice lines: the edge map correlates with itself one module along, and along the
// perpendicular too (close-ups of codes: 0.30–0.48, random texture stays near 0).
constexpr double kMinEdgePeak = 0.25;
// A grid needs enough modules in view to be one.
constexpr double kMinModulesAcross = 10;
// The middle of a region looked at again, as a share of its sides.
constexpr double kInnerShare = 0.6;

// Autocorrelation of `f` (mean removed), normalised to 1 at no lag, read by lag.
class Autocorrelation {
public:
    explicit Autocorrelation(const cv::Mat& f) : r_(linear_autocorrelation(f))
    {
        const float zero = r_.at<float>(0, 0);
        if (zero > 0) r_ /= zero;
    }
    // At lag (dy, dx); |dy| < rows/2 and |dx| < cols/2 of the padded size.
    double at(int dy, int dx) const { return r_.at<float>((dy + r_.rows) % r_.rows, (dx + r_.cols) % r_.cols); }

private:
    cv::Mat r_;
};

// The highest correlation within two pixels of lag (dy, dx): a lattice vector rounded to whole pixels.
double near_peak(const Autocorrelation& r, int dy, int dx)
{
    double best = -1;
    for (int ddy = -2; ddy <= 2; ++ddy)
        for (int ddx = -2; ddx <= 2; ++ddx) best = std::max(best, r.at(dy + ddy, dx + ddx));
    return best;
}

// The print as 0/1 at Otsu's threshold (CV_32F, 1 = dark).
cv::Mat dark_at_otsu(const cv::Mat& patch)
{
    cv::Mat light, dark;
    cv::threshold(patch, light, 0, 1, cv::THRESH_BINARY | cv::THRESH_OTSU);
    light.convertTo(dark, CV_32F);
    return 1 - dark;
}

// Whether the dark print of a 0/1 map (CV_32F) is in many pieces, as dots with paper between them are:
// its largest 8-connected piece holds under half of it. Ruled print (a crossword's grid, a table) is one
// piece.
bool in_pieces(const cv::Mat& dark)
{
    cv::Mat dark8, labels, stats, centroids;
    dark.convertTo(dark8, CV_8U);
    const int n = cv::connectedComponentsWithStats(dark8, labels, stats, centroids, 8, CV_32S);
    int largest = 0, total = 0;
    for (int i = 1; i < n; ++i) {
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        largest = std::max(largest, area);
        total += area;
    }
    return total > 0 && largest < kMaxPieceShare * total;
}

// The two-level statistics of all of `patch`.
TextureRegion tones_of(const cv::Mat& patch)
{
    return texture_stats(patch, cv::Mat(patch.size(), CV_8U, cv::Scalar(255)));
}

// The lattice in `patch` (the region rectified, `scale` of `gray`'s pixels, `dark_share` of it dark), its
// two tones already judged.
std::optional<ModuleLattice> lattice_in_patch(const cv::Mat& patch, double dark_share, double scale)
{
    const int shorter = std::min(patch.rows, patch.cols);
    if (shorter < 32) return std::nullopt;
    if (dark_share < kMinDarkShare || dark_share > kMaxDarkShare) return std::nullopt;

    // The print: how far a module's correlation reaches, the same in all directions, and no repeat.
    const cv::Mat dark = dark_at_otsu(patch);
    if (dark_share < kMinSolidDarkShare && !in_pieces(dark)) return std::nullopt;
    const Autocorrelation print(dark - cv::mean(dark)[0]);
    std::array<double, 8> reach{};
    for (std::size_t i = 0; i < reach.size(); ++i) {
        const double angle = std::numbers::pi * static_cast<double>(i) / reach.size();
        reach[i] = shorter / 2.0;
        for (int r = 1; r < shorter / 2; ++r)
            if (print.at(static_cast<int>(std::lround(r * std::sin(angle))), static_cast<int>(std::lround(r * std::cos(angle)))) <
                kUncorrelated) {
                reach[i] = r;
                break;
            }
    }
    std::array<double, 8> sorted = reach;
    std::sort(sorted.begin(), sorted.end());
    const double module = (sorted[3] + sorted[4]) / 2;
    if (sorted.back() > kMaxDirectionSpread * std::max(1.0, sorted.front())) return std::nullopt;
    if (shorter / module < kMinModulesAcross) return std::nullopt;
    const int far = static_cast<int>(std::min(8 * module, shorter / 3.0));
    for (int dy = -far; dy <= far; ++dy)
        for (int dx = -far; dx <= far; ++dx) {
            const double r = std::hypot(dx, dy);
            if (r > 1.5 * module && r < far && print.at(dy, dx) > kMaxRepeat) return std::nullopt;
        }

    // The edges: on a lattice of that spacing, with a second axis at right angles.
    cv::Mat f, gx, gy, edges, window;
    patch.convertTo(f, CV_32F);
    cv::Sobel(f, gx, CV_32F, 1, 0);
    cv::Sobel(f, gy, CV_32F, 0, 1);
    cv::magnitude(gx, gy, edges);
    edges -= cv::mean(edges)[0];
    cv::createHanningWindow(window, edges.size(), CV_32F);
    const Autocorrelation lattice(edges.mul(window));
    const int outer = static_cast<int>(std::ceil(1.5 * module));
    double peak = -1;
    int peak_dy = 0, peak_dx = 0;
    for (int dy = 0; dy <= outer; ++dy)
        for (int dx = -outer; dx <= outer; ++dx) {
            const double r = std::hypot(dx, dy);
            if (r < 0.7 * module || r > 1.5 * module) continue;
            if (const double v = lattice.at(dy, dx); v > peak) peak = v, peak_dy = dy, peak_dx = dx;
        }
    if (peak < kMinEdgePeak) return std::nullopt;
    // The lattice's diagonal correlates too: when the peak is one, its halves turned by 45° are the axes.
    const int half_dy = (peak_dy + peak_dx) / 2, half_dx = (peak_dx - peak_dy) / 2;
    if (const double axis = near_peak(lattice, half_dy, half_dx); axis >= kMinEdgePeak) {
        peak = axis;
        peak_dy = half_dy;
        peak_dx = half_dx;
    }
    if (near_peak(lattice, peak_dx, -peak_dy) < kMinEdgePeak) return std::nullopt;  // the axis at right angles
    return ModuleLattice{std::hypot(peak_dx, peak_dy) / scale, peak};
}

}  // namespace

std::optional<ModuleLattice> module_lattice(const cv::Mat& gray, const cv::RotatedRect& region)
{
    const double scale = std::min(1.0, kPatchLongestSide / static_cast<double>(std::max(region.size.width, region.size.height)));
    const cv::Size size(std::max(1, static_cast<int>(region.size.width * scale)), std::max(1, static_cast<int>(region.size.height * scale)));
    const cv::Mat patch = rectified(gray, region, size, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    if (std::min(patch.rows, patch.cols) < 32) return std::nullopt;
    // Two tones over the whole region: a colour mosaic turned grey is one of many greys.
    const TextureRegion tone = tones_of(patch);
    if (tone.bimodality < kMinTwoTones) return std::nullopt;
    if (auto lattice = lattice_in_patch(patch, tone.dark_share, scale)) return lattice;
    // A region's box running out of the photo takes in what lies beyond the code there (the photo's
    // border, a table): the lattice is looked for again in the box's middle.
    const cv::Size size_in(static_cast<int>(patch.cols * kInnerShare), static_cast<int>(patch.rows * kInnerShare));
    const cv::Mat middle = patch(cv::Rect((patch.cols - size_in.width) / 2, (patch.rows - size_in.height) / 2, size_in.width, size_in.height));
    return lattice_in_patch(middle, tones_of(middle).dark_share, scale);
}

}  // namespace qrdiag
