#include "locate/texture_regions.h"
#include "locate/autocorrelation.h"
#include "decode/scaled.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <optional>

namespace qrdiag {
namespace {

// Texture is searched at this size: a code too small to see here (under ≈16 px) is a distance problem
// any way we look at it.
constexpr int kSearchLongestSide = 800;
constexpr double kMinRegionPx = 14;
// A QR symbol is about half dark (the data are masked to balance them; ISO/IEC 18004 §7.8.3); text and
// line art are mostly light.
constexpr double kMinDarkShare = 0.25;
constexpr double kMaxDarkShare = 0.75;
// A box tight round a symbol's dark block, with no margin in it, is near half dark (blur and the
// threshold move it by 0.1–0.15); line art boxed the same way is mostly light.
constexpr double kMinBlockDarkShare = 0.35;
// A block's dark pixels, gaps closed, fill much of its bounding box (far-away symbols on the three image
// sets: 0.45–0.96); a frame line round the code (a screen's bezel) fills a tenth.
constexpr double kMinBlockFill = 0.3;
// Two clear levels (print and paper) rather than a photo's continuous tones.
constexpr double kMinBimodality = 0.45;
constexpr double kMinContrast = 25;
// A code of one or two pixels per module keeps less of its print's contrast (each pixel mixes a module
// with its neighbours): far-away codes in dim or coloured print on the draws came down to 21-23 grey levels.
constexpr double kMinFarContrast = 20;
// Square, allowing perspective; a region cut by the frame may be any rectangle.
constexpr double kMaxAspect = 1.7;
constexpr double kMaxAspectAtFrame = 4.0;
// Below this local spread of grey levels a surface is flat: sensor noise on an empty wall is not texture.
constexpr double kMinBusySd = 6.0;
// The full-resolution search for far-away codes: a window of a few modules at 1–2 px per module, and
// regions no larger than a code that small can be (a larger one is seen at the search size).
constexpr int kSmallWindowPx = 7;
constexpr double kMaxSmallRegionShare = 0.15;
constexpr double kBusiestShare = 0.999;
// A far-away code's print (see printed_like_a_code): a masked QR symbol is ≈0.5 dark (ISO/IEC 18004
// §7.8.3), more or less by sampling, a card edge or a margin caught in the region. A dark card border a
// module or two wide around a code of 1–2 px modules adds up to a fifth more dark: 0.67–0.70 seen.
// Light letters on a dark board are darker still (0.73–0.75 on the cross-check's menu boards).
constexpr double kMinFarDarkShare = 0.3;
constexpr double kMaxFarDarkShare = 0.72;
// At one or two pixels per module most pixels straddle a module edge, and the camera's optics and
// demosaicing spread each module over its neighbours: a far-away code is never cleanly two-toned (Otsu's
// share of the variance 0.62-0.87 on the draws). Letters found by the same window are wider strokes and
// stay two-toned (0.82-0.96, most above 0.88).
constexpr double kMaxFarCodeBimodality = 0.88;
// Periodic: a shift of at least a few pixels of the rectified patch (beyond a blurred module's own
// width) that matches this well. Small random-module codes reach 0.4–0.6 (blur, and the margin and
// card edge caught in the region, correlate too); chequers and rulings come back near 1 at their period.
constexpr int kMinPeriodPx = 6;
constexpr double kPeriodicCorrelation = 0.8;
// A busy region covering this share of the photo is its backdrop.
constexpr double kBackdropShare = 0.5;
// A region this many times the area of one inside it is more than the same region found again (at the
// other window size, or boxed by its dark pixels rather than its dark block): a card, standee or screen
// round a code. Blurred codes on the image sets sat in regions 2.7–3.3 times their area.
constexpr double kCardToRegionArea = 2;
// A patch of a damaged code's own sharp texture, found at full resolution, against the code's region:
// 1/10 to 1/90 of its area on the sets (scratches, curved motion). A far-away code's card is seldom
// module-like at the search size; when it is, it is taken for a damaged code (none on the sets was).
constexpr double kCodeToPatchArea = 4;
// Paper a code is printed on fills a good part of its card: a light patch smaller than this share of the
// blob is a gap between letters or a highlight.
constexpr double kMinPaperShare = 0.1;

// `r` grown by `grow` pixels each way.
cv::Rect grown_by(const cv::Rect& r, int grow)
{
    return cv::Rect(r.x - grow, r.y - grow, r.width + 2 * grow, r.height + 2 * grow);
}

}  // namespace

TextureRegion texture_stats(const cv::Mat& gray, const cv::Mat& mask)
{
    TextureRegion t;
    std::array<double, 256> hist{};
    double count = 0;
    for (int y = 0; y < gray.rows; ++y) {
        const std::uint8_t* g = gray.ptr<std::uint8_t>(y);
        const std::uint8_t* m = mask.ptr<std::uint8_t>(y);
        for (int x = 0; x < gray.cols; ++x)
            if (m[x]) {
                ++hist[g[x]];
                ++count;
            }
    }
    if (count < 16) return t;
    double mean = 0;
    for (int i = 0; i < 256; ++i) mean += i * hist[static_cast<std::size_t>(i)];
    mean /= count;
    double total_var = 0;
    for (int i = 0; i < 256; ++i) total_var += (i - mean) * (i - mean) * hist[static_cast<std::size_t>(i)];
    total_var /= count;
    if (total_var <= 0) return t;
    // Otsu: the split maximising between-class variance.
    double w0 = 0, sum0 = 0, best = -1;
    for (int i = 0; i < 255; ++i) {
        w0 += hist[static_cast<std::size_t>(i)];
        sum0 += i * hist[static_cast<std::size_t>(i)];
        if (w0 == 0 || w0 == count) continue;
        const double m0 = sum0 / w0, m1 = (mean * count - sum0) / (count - w0);
        const double between = (w0 / count) * (1 - w0 / count) * (m1 - m0) * (m1 - m0);
        if (between > best) {
            best = between;
            t.dark_share = w0 / count;
            t.contrast = m1 - m0;
        }
    }
    t.bimodality = best / total_var;
    return t;
}

double masked_otsu_threshold(const cv::Mat& gray, const cv::Mat& mask)
{
    std::vector<std::uint8_t> pixels;
    for (int y = 0; y < gray.rows; ++y)
        for (int x = 0; x < gray.cols; ++x)
            if (mask.at<std::uint8_t>(y, x)) pixels.push_back(gray.at<std::uint8_t>(y, x));
    cv::Mat column(static_cast<int>(pixels.size()), 1, CV_8U, pixels.data()), unused;
    return cv::threshold(column, unused, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
}

cv::Mat rectified(const cv::Mat& image, const cv::RotatedRect& box, cv::Size size, int interpolation)
{
    std::array<cv::Point2f, 4> pts;
    box.points(pts.data());  // bottom-left, top-left, top-right, bottom-right
    const std::vector<cv::Point2f> src(pts.begin(), pts.end());
    const float w = static_cast<float>(size.width), h = static_cast<float>(size.height);
    const std::vector<cv::Point2f> dst{{0, h}, {0, 0}, {w, 0}, {w, h}};
    cv::Mat patch;
    cv::warpPerspective(image, patch, cv::getPerspectiveTransform(src, dst), size, interpolation, cv::BORDER_REPLICATE);
    return patch;
}

cv::Mat box_mask(const cv::RotatedRect& box, const cv::Rect& bounds)
{
    cv::Mat mask = cv::Mat::zeros(bounds.size(), CV_8U);
    std::array<cv::Point2f, 4> corners;
    box.points(corners.data());
    std::vector<cv::Point> poly;
    for (const cv::Point2f& p : corners) poly.emplace_back(cvRound(p.x) - bounds.x, cvRound(p.y) - bounds.y);
    cv::fillConvexPoly(mask, poly, cv::Scalar(255));
    return mask;
}

cv::Mat local_spread(const cv::Mat& image, int window)
{
    cv::Mat f, mean, sq_mean, sd;
    image.convertTo(f, CV_32F);
    cv::boxFilter(f, mean, CV_32F, cv::Size(window, window));
    cv::boxFilter(f.mul(f), sq_mean, CV_32F, cv::Size(window, window));
    cv::sqrt(cv::max(sq_mean - mean.mul(mean), 0), sd);
    return sd;
}

bool reaches_frame(const cv::RotatedRect& box, const cv::Size& frame)
{
    const cv::Rect b = box.boundingRect();
    return b.x <= 1 || b.y <= 1 || b.br().x >= frame.width - 1 || b.br().y >= frame.height - 1;
}

cv::Rect bounds_with_margin(const cv::RotatedRect& region, const cv::Size& frame)
{
    const int grow = static_cast<int>(0.1 * std::sqrt(static_cast<double>(region.size.area())));
    return grown_by(region.boundingRect(), grow) & cv::Rect(cv::Point(0, 0), frame);
}

namespace {

// Dark/light transitions per line across a region rectified to its box: a QR symbol of n modules
// changes colour about n/2 times along any row or column (fewer when blurred: runs merge), text lines
// only across them.
constexpr double kMinTransitionsPerLine = 3.5;
constexpr double kMaxTransitionImbalance = 2.5;
// A code smeared one way by the camera's motion loses its transitions along the smear (3.3 times fewer
// for a smear of 5 modules across a 45-module code), and its two tones mix into a continuous grey
// (kMaxSmearedBimodality), which text lines, sharp and two-toned, never do.
constexpr double kMaxSmearedImbalance = 4;
constexpr int kRectifiedPx = 96;
// A pixel counts as dark or light only beyond this share of the two levels' gap from the threshold.
constexpr double kHysteresisShare = 0.2;
// Run lengths of random modules (a run ends with probability 1/2 at each module: geometric, coefficient
// of variation about 0.7) against periodic patterns (about 0).
constexpr double kMinRunVariation = 0.35;

bool has_grid_texture(const cv::Mat& work, const cv::RotatedRect& box, bool at_frame, double max_imbalance)
{
    cv::Mat patch = rectified(work, box, cv::Size(kRectifiedPx, kRectifiedPx), cv::INTER_AREA);
    // Hysteresis around the Otsu threshold: a pixel is dark or light only when clearly so, so that noise
    // on a smooth gradient (wood, shadow) cannot count as transitions.
    cv::Mat unused;
    const double t = cv::threshold(patch, unused, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    double lo_sum = 0, hi_sum = 0, lo_n = 0, hi_n = 0;
    for (int y = 0; y < patch.rows; ++y)
        for (int x = 0; x < patch.cols; ++x) {
            const double v = patch.at<std::uint8_t>(y, x);
            if (v < t) lo_sum += v, lo_n += 1;
            else hi_sum += v, hi_n += 1;
        }
    if (lo_n == 0 || hi_n == 0) return false;
    const double band = kHysteresisShare * (hi_sum / hi_n - lo_sum / lo_n);
    std::vector<double> runs;
    auto scan = [&](bool transpose) {
        double transitions = 0;
        for (int i = 0; i < kRectifiedPx; ++i) {
            int state = -1, start = 0;
            for (int j = 0; j < kRectifiedPx; ++j) {
                const double v = transpose ? patch.at<std::uint8_t>(j, i) : patch.at<std::uint8_t>(i, j);
                const int now = v < t - band ? 1 : v > t + band ? 0 : state;
                if (now == state || now < 0) continue;
                if (state >= 0) {
                    ++transitions;
                    runs.push_back(j - start);
                }
                state = now;
                start = j;
            }
        }
        return transitions / kRectifiedPx;
    };
    const double along_rows = scan(false), along_cols = scan(true);
    if (std::min(along_rows, along_cols) < kMinTransitionsPerLine || runs.size() < 8) return false;
    // A strip the frame cuts from a code is squeezed into the square patch along its length: compare the
    // transitions per pixel of the box's own sides, as modules are square (rows of the patch run along
    // the box's width, see rectified).
    const double rows_density = at_frame ? along_rows / box.size.width : along_rows;
    const double columns_density = at_frame ? along_cols / box.size.height : along_cols;
    if (std::max(rows_density, columns_density) / std::min(rows_density, columns_density) > max_imbalance)
        return false;
    // Data modules are random, so their runs vary in length; a checkerboard or stripes repeat one.
    double mean = 0, var = 0;
    for (double r : runs) mean += r;
    mean /= static_cast<double>(runs.size());
    for (double r : runs) var += (r - mean) * (r - mean);
    var /= static_cast<double>(runs.size());
    return std::sqrt(var) / mean >= kMinRunVariation;
}

// The pixels of `roi` inside `mask` on one side of `threshold` (cv::CMP_LT: dark, cv::CMP_GT: light),
// cleaned by a 3×3 `morph` (closing joins modules a pixel apart, opening drops specks).
cv::Mat level_map(const cv::Mat& roi, const cv::Mat& mask, double threshold, cv::CmpTypes side, cv::MorphTypes morph)
{
    cv::Mat level;
    cv::compare(roi, threshold, level, side);
    level &= mask;
    cv::morphologyEx(level, level, morph, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    return level;
}

// The symbol inside a busy region: the box around its dark pixels, which leaves out a light card border.
cv::RotatedRect dark_extent(const cv::Mat& roi, const cv::Mat& mask, double threshold)
{
    std::vector<cv::Point> points;
    cv::findNonZero(level_map(roi, mask, threshold, cv::CMP_LT, cv::MORPH_OPEN), points);
    if (points.size() < 16) return {};
    return cv::minAreaRect(points);
}

// The pixels of the largest 8-connected component of the 0/255 map `binary` that stays clear of its edge,
// is at least kMinRegionPx across and fills at least `min_fill` of its bounding box; none when none does.
std::optional<std::vector<cv::Point>> largest_inner_component(const cv::Mat& binary, double min_fill)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    int best = -1, best_area = 0;
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT), y = stats.at<int>(i, cv::CC_STAT_TOP);
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (x <= 0 || y <= 0 || x + w >= binary.cols || y + h >= binary.rows || std::min(w, h) < kMinRegionPx) continue;
        if (area < min_fill * w * h) continue;
        if (area > best_area) best = i, best_area = area;
    }
    if (best < 0) return std::nullopt;
    std::vector<cv::Point> points;
    cv::findNonZero(labels == best, points);
    return points;
}

// The dark block a light margin sets apart inside a busy blob: a code on a card with a dark border or
// dark print, where the box of all dark pixels is the card. Gaps of a pixel between dark modules are
// closed first, so a small code is one block; blocks running into the blob's edge are its surround. An
// outline (a screen's bezel, a printed frame) encloses the code and is no block itself: a block fills
// kMinBlockFill of its box.
std::optional<cv::RotatedRect> enclosed_dark_block(const cv::Mat& roi, const cv::Mat& mask, double threshold)
{
    const auto block = largest_inner_component(level_map(roi, mask, threshold, cv::CMP_LT, cv::MORPH_CLOSE), kMinBlockFill);
    if (!block) return std::nullopt;
    return cv::minAreaRect(*block);
}

// The checks on a box (in `work`'s pixels) found in a busy blob with upright `bounds`: square (any
// rectangle where the frame cuts it), about half dark, two-levelled and textured like modules.
std::optional<TextureRegion> qr_like_box(const cv::Mat& work, const cv::RotatedRect& box, const cv::Rect& bounds, double scale,
                                         double min_dark_share, double min_contrast)
{
    const double lo = std::min(box.size.width, box.size.height), hi = std::max(box.size.width, box.size.height);
    if (lo < kMinRegionPx) return std::nullopt;
    const cv::Rect box_bounds = box.boundingRect();
    const bool at_frame = reaches_frame(box, work.size());
    if (hi / lo > (at_frame ? kMaxAspectAtFrame : kMaxAspect)) return std::nullopt;

    // A rotated box reaches beyond the blob's upright bounds at its corners.
    const cv::Rect box_area = (box_bounds | bounds) & cv::Rect(0, 0, work.cols, work.rows);
    TextureRegion t = texture_stats(work(box_area), box_mask(box, box_area));
    if (t.dark_share < min_dark_share || t.dark_share > kMaxDarkShare) return std::nullopt;
    if (t.bimodality < kMinBimodality || t.contrast < min_contrast) return std::nullopt;
    const double max_imbalance = t.bimodality < kMaxSmearedBimodality ? kMaxSmearedImbalance : kMaxTransitionImbalance;
    if (!has_grid_texture(work, box, at_frame, max_imbalance)) return std::nullopt;

    t.box = cv::RotatedRect(box.center * static_cast<float>(scale), box.size * static_cast<float>(scale), box.angle);
    t.touches_frame = at_frame;
    return t;
}

// The light paper inside a blob: its largest light patch clear of the blob's edge and at least
// kMinPaperShare of it, holes (the code's dark modules) filled by its hull. None when no such patch.
std::optional<cv::Mat> light_paper(const cv::Mat& roi, const cv::Mat& mask, double threshold)
{
    const auto patch = largest_inner_component(level_map(roi, mask, threshold, cv::CMP_GT, cv::MORPH_OPEN), 0);
    if (!patch || static_cast<double>(patch->size()) < kMinPaperShare * cv::countNonZero(mask)) return std::nullopt;
    std::vector<cv::Point> hull;
    cv::convexHull(*patch, hull);
    cv::Mat paper = cv::Mat::zeros(roi.size(), CV_8U);
    cv::fillConvexPoly(paper, hull, cv::Scalar(255));
    return paper;
}

// A busy blob of `work`, as every look at it needs it: its upright bounds, its pixels there, the mask of
// its contour, and the Otsu threshold between its two levels. Masks are local to the blob, so a
// full-resolution search costs what its blobs cost.
struct Blob {
    cv::Rect bounds;
    cv::Mat roi, mask;
    double threshold = 0;

    // A box found in the blob's pixels, in `work`'s.
    cv::RotatedRect in_work(const cv::RotatedRect& local) const
    {
        return cv::RotatedRect(local.center + cv::Point2f(bounds.tl()), local.size, local.angle);
    }
};

// None when the blob is too small to hold a code. With `grow`, the blob and its bounds are grown by that
// many pixels each way (within `work`).
std::optional<Blob> blob_of(const cv::Mat& work, const std::vector<cv::Point>& contour, int grow = 0)
{
    Blob blob;
    const cv::Rect tight = cv::boundingRect(contour);
    if (std::min(tight.width, tight.height) < kMinRegionPx) return std::nullopt;
    blob.bounds = grown_by(tight, grow) & cv::Rect(0, 0, work.cols, work.rows);
    blob.roi = work(blob.bounds);
    blob.mask = cv::Mat::zeros(blob.bounds.size(), CV_8U);
    cv::drawContours(blob.mask, std::vector<std::vector<cv::Point>>{contour}, 0, cv::Scalar(255), cv::FILLED, cv::LINE_8,
                     cv::noArray(), INT_MAX, -blob.bounds.tl());
    if (grow > 0) cv::dilate(blob.mask, blob.mask, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * grow + 1, 2 * grow + 1)));
    blob.threshold = masked_otsu_threshold(blob.roi, blob.mask);
    return blob;
}

// The box of a blob's dark pixels, which leaves out a light card border, or failing that (a dark card
// border caught in it, or a heavy blur spread into the margin) the dark block a light margin sets apart.
std::optional<TextureRegion> qr_like_region(const cv::Mat& work, const Blob& blob, double scale, double min_contrast)
{
    if (texture_stats(blob.roi, blob.mask).contrast < min_contrast) return std::nullopt;
    if (auto t = qr_like_box(work, blob.in_work(dark_extent(blob.roi, blob.mask, blob.threshold)), blob.bounds, scale, kMinDarkShare,
                             min_contrast))
        return t;
    if (auto block = enclosed_dark_block(blob.roi, blob.mask, blob.threshold))
        return qr_like_box(work, blob.in_work(*block), blob.bounds, scale, kMinBlockDarkShare, min_contrast);
    return std::nullopt;
}

// A coloured card round the code (a standee's frame, darker than the paper) makes the blob, and its
// corners and lettering decide the blob's box. The code is printed on the card's light paper: look for
// it there, at the paper's own threshold. A blob cut by the photo's edge is left alone: in a close-up the
// light and dark are the modules themselves.
std::optional<TextureRegion> qr_like_on_paper(const cv::Mat& work, const Blob& blob, double scale, double min_contrast)
{
    const cv::Rect inner(1, 1, work.cols - 2, work.rows - 2);
    if ((blob.bounds & inner) != blob.bounds) return std::nullopt;
    const auto paper = light_paper(blob.roi, blob.mask, blob.threshold);
    if (!paper) return std::nullopt;
    const cv::RotatedRect box = dark_extent(blob.roi, *paper, masked_otsu_threshold(blob.roi, *paper));
    return qr_like_box(work, blob.in_work(box), blob.bounds, scale, kMinDarkShare, min_contrast);
}

// The busy blobs of a 0/255 map (closed, then opened, at `window`) at least kMinRegionPx across and at
// most `max_side` long.
std::vector<std::vector<cv::Point>> busy_blobs(cv::Mat& busy, int window, double max_side, bool* any_too_long = nullptr)
{
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(window, window));
    cv::morphologyEx(busy, busy, cv::MORPH_CLOSE, kernel);
    cv::morphologyEx(busy, busy, cv::MORPH_OPEN, kernel);
    std::vector<std::vector<cv::Point>> contours, kept;
    cv::findContours(busy, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (auto& contour : contours) {
        const cv::Rect bounds = cv::boundingRect(contour);
        const bool too_long = std::max(bounds.width, bounds.height) > max_side;
        if (any_too_long) *any_too_long = *any_too_long || too_long;
        if (std::min(bounds.width, bounds.height) >= kMinRegionPx && !too_long) kept.push_back(std::move(contour));
    }
    return kept;
}

// The counts of an 8-bit image's values, once, for several quantiles of a 12 MP map.
struct Histogram {
    std::array<std::uint32_t, 256> counts{};
    double total = 0;

    explicit Histogram(const cv::Mat& image) : total(static_cast<double>(image.total()))
    {
        for (int y = 0; y < image.rows; ++y) {
            const std::uint8_t* row = image.ptr<std::uint8_t>(y);
            for (int x = 0; x < image.cols; ++x) ++counts[row[x]];
        }
    }

    double quantile(double q) const
    {
        const double target = q * total;
        double seen = 0;
        for (int v = 0; v < 256; ++v)
            if ((seen += counts[static_cast<std::size_t>(v)]) >= target) return v;
        return 255;
    }
};

void regions_at(const cv::Mat& work, int window, double scale, std::vector<TextureRegion>& out)
{
    // Local standard deviation: high over printed modules however blurred, low over paper and flat colour.
    cv::Mat sd8;
    local_spread(work, window).convertTo(sd8, CV_8U);
    cv::Mat busy;
    const double otsu = cv::threshold(sd8, busy, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    // A floor so that sensor noise on an empty wall never counts as texture.
    cv::threshold(sd8, busy, std::max(otsu, kMinBusySd), 255, cv::THRESH_BINARY);
    for (const auto& contour : busy_blobs(busy, window, std::numeric_limits<double>::infinity())) {
        const auto blob = blob_of(work, contour);
        if (!blob) continue;
        if (auto t = qr_like_region(work, *blob, scale, kMinContrast)) out.push_back(*t);
        if (auto t = qr_like_on_paper(work, *blob, scale, kMinContrast)) out.push_back(*t);
    }
}

// A far-away code shows as a small patch of texture, and so do a few letters or a small chequered
// pattern. What sets the code apart is its print: dark modules and light ones, about half of each, where
// letters are thin strokes on their background (mostly light, or mostly dark for light letters on a
// dark board); and its randomness, where chequers and rulings repeat.
bool printed_like_a_code(const cv::Mat& gray, const TextureRegion& t)
{
    return t.dark_share >= kMinFarDarkShare && t.dark_share <= kMaxFarDarkShare && !periodic(gray, t.box);
}

// Under a pixel per module the dark modules are single pixels that the dark box's opening removes, so the
// closed dark block is all that shows a far-away code; but the busy blob (`contour`, `blob`) hugs the
// code, and the block touches the blob's edge and passes for surround. Grown by the window, the blob
// shows the light margin that sets the block apart. The block must still be the blob's own: the margin
// may show it, not add to it, beyond half a window (busy blobs stop short of print; a tilted box's
// corners).
std::optional<TextureRegion> block_in_grown_blob(const cv::Mat& gray, const std::vector<cv::Point>& contour, const Blob& blob)
{
    const auto grown = blob_of(gray, contour, kSmallWindowPx);
    if (!grown) return std::nullopt;
    const auto block = enclosed_dark_block(grown->roi, grown->mask, grown->threshold);
    if (!block) return std::nullopt;
    const cv::RotatedRect box = grown->in_work(*block);
    const cv::Rect own = grown_by(blob.bounds, kSmallWindowPx / 2);
    if ((box.boundingRect() & own) != box.boundingRect()) return std::nullopt;
    return qr_like_box(gray, box, grown->bounds, 1.0, kMinBlockDarkShare, kMinFarContrast);
}

// The far-away codes among the specks of `energy` over `threshold`: whole, about half dark and random.
// Says whether some busy blob was too long for one (a busy backdrop joined into it).
bool far_regions_over(const cv::Mat& gray, const cv::Mat& energy, double threshold, std::vector<TextureRegion>& out)
{
    cv::Mat busy;
    cv::threshold(energy, busy, threshold, 255, cv::THRESH_BINARY);
    const double max_side = kMaxSmallRegionShare * std::min(gray.cols, gray.rows);
    bool any_too_long = false;
    for (const auto& contour : busy_blobs(busy, kSmallWindowPx, max_side, &any_too_long)) {
        const auto blob = blob_of(gray, contour);
        if (!blob) continue;
        // A speck cut by the photo's edge shows too little of itself to tell a code from the edge of
        // some other print: a far-away code is looked for whole. Each look is judged once.
        const auto whole_code = [&](std::optional<TextureRegion> r) {
            return r && !r->touches_frame && printed_like_a_code(gray, *r) ? r : std::nullopt;
        };
        // A far-away code's busy blob is often its whole card (a coloured frame, a heading): the code is
        // then looked for on the card's light paper, as at the search size.
        std::optional<TextureRegion> t = whole_code(qr_like_region(gray, *blob, 1.0, kMinFarContrast));
        if (!t) t = whole_code(qr_like_on_paper(gray, *blob, 1.0, kMinFarContrast));
        if (!t) t = whole_code(block_in_grown_blob(gray, contour, *blob));
        if (t) {
            t->far_away = true;
            out.push_back(*t);
        }
    }
    return any_too_long;
}

// Far-away codes: at one or two pixels per module they average out to grey at the search size, so they
// are looked for at full resolution, by a measure cheap enough for 12 MP: the 3×3 morphological gradient
// (every pixel of such a code differs from a neighbour), averaged over a few modules.
void small_regions(const cv::Mat& gray, std::vector<TextureRegion>& out)
{
    cv::Mat energy;
    {
        // Full-resolution maps are released as soon as they are used: on 12 MP each is 12 MB.
        cv::Mat gradient;
        cv::morphologyEx(gray, gradient, cv::MORPH_GRADIENT, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
        cv::blur(gradient, energy, cv::Size(kSmallWindowPx, kSmallWindowPx));
    }
    // A far-away code is a speck in the photo: Otsu would split the background's own texture, so the
    // threshold is at least halfway from the typical to the busiest thousandth of the photo.
    double otsu = 0;
    {
        cv::Mat split;
        otsu = cv::threshold(energy, split, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    }
    const Histogram histogram(energy);
    const double busiest = histogram.quantile(kBusiestShare);
    const double threshold = std::max({otsu, (histogram.quantile(0.5) + busiest) / 2, kMinBusySd});
    // A busy backdrop (tiles, a ruled grid, fabric) joins a code to its own texture in a blob far too
    // long for a far-away code. Its busiest thousandth is then the backdrop's texture, and a code's
    // modules, each differing from its neighbours, are busier still: looked for again above it.
    if (far_regions_over(gray, energy, threshold, out) && busiest > threshold) far_regions_over(gray, energy, busiest, out);
}

}  // namespace

int enclosed_light_cells(const cv::Mat& gray, const cv::RotatedRect& box)
{
    const cv::Rect bounds = box.boundingRect() & cv::Rect(0, 0, gray.cols, gray.rows);
    if (bounds.empty()) return 0;
    const cv::Mat mask = box_mask(box, bounds);
    cv::Mat dark;
    cv::compare(gray(bounds), masked_otsu_threshold(gray(bounds), mask), dark, cv::CMP_LT);
    dark &= mask;
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> tree;  // next, previous, first child, parent
    cv::findContours(dark, contours, tree, cv::RETR_CCOMP, cv::CHAIN_APPROX_SIMPLE);
    return static_cast<int>(std::count_if(tree.begin(), tree.end(), [](const cv::Vec4i& t) { return t[3] >= 0; }));
}

bool periodic(const cv::Mat& gray, const cv::RotatedRect& box)
{
    cv::Mat patch = rectified(gray, box, cv::Size(kRectifiedPx, kRectifiedPx), cv::INTER_AREA);
    patch.convertTo(patch, CV_32F);
    patch -= cv::mean(patch)[0];
    const cv::Mat correlation = linear_autocorrelation(patch);
    const float zero = correlation.at<float>(0, 0);
    if (zero <= 0) return false;
    double best = 0;
    for (int y = 0; y < correlation.rows; ++y)
        for (int x = 0; x < correlation.cols; ++x) {
            const int dy = std::min(y, correlation.rows - y), dx = std::min(x, correlation.cols - x);
            if (std::max(dx, dy) < kMinPeriodPx || std::max(dx, dy) > kRectifiedPx / 2) continue;
            // Normalised by the overlap, so a shift's smaller overlap does not hide its match.
            const double overlap = static_cast<double>(kRectifiedPx - dx) * (kRectifiedPx - dy) / (kRectifiedPx * kRectifiedPx);
            best = std::max(best, correlation.at<float>(y, x) / zero / overlap);
        }
    return best >= kPeriodicCorrelation;
}

std::vector<TextureRegion> find_texture_regions(const cv::Mat& gray)
{
    const auto [work, scale] = shrunk_for_search(gray, kSearchLongestSide);
    // Two window sizes: small codes (and sharp ones) at the fine one, blurred large ones at the coarse one.
    std::vector<TextureRegion> found;
    const int shorter = std::min(work.cols, work.rows);
    for (int divisor : {60, 25}) regions_at(work, std::max(5, shorter / divisor) | 1, scale, found);
    if (scale > 1) small_regions(gray, found);
    return distinct_regions(std::move(found), static_cast<double>(gray.total()));
}

std::vector<TextureRegion> distinct_regions(std::vector<TextureRegion> found, double photo_area)
{
    std::sort(found.begin(), found.end(), [](const TextureRegion& a, const TextureRegion& b) {
        return a.box.size.area() > b.box.size.area();
    });
    std::vector<TextureRegion> out;
    for (const TextureRegion& t : found) {
        bool seen = false;
        // The same region found at both window sizes is one region. A busy backdrop that fills the photo
        // (a chequered cloth) is not the code on it, and neither is a card or poster: a region well inside
        // a larger one is kept, to be looked at when the larger one holds no symbol (a blurred code's
        // whole standee is busy too). A strip of it along the photo's edge is more of the backdrop.
        for (const TextureRegion& k : out) {
            const bool inside = k.far_away == t.far_away && k.box.boundingRect2f().contains(t.box.center);
            const bool on_card = k.box.size.area() >= kCardToRegionArea * t.box.size.area() && !t.touches_frame;
            seen = seen || (inside && k.box.size.area() < kBackdropShare * photo_area && !on_card);
        }
        if (!seen) out.push_back(t);
    }
    return out;
}

bool mixed_like_a_far_code(const TextureRegion& t)
{
    return t.far_away && t.bimodality < kMaxFarCodeBimodality;
}

bool holds_sharp_texture(const std::vector<TextureRegion>& regions, const TextureRegion& t)
{
    if (t.far_away || t.touches_frame) return false;
    return std::any_of(regions.begin(), regions.end(), [&](const TextureRegion& r) {
        return r.far_away && t.box.boundingRect2f().contains(r.box.center) && t.box.size.area() >= kCodeToPatchArea * r.box.size.area();
    });
}

}  // namespace qrdiag
