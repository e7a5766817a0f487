#include "locate/texture_regions.h"
#include "decode/scaled.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

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
// Two clear levels (print and paper) rather than a photo's continuous tones.
constexpr double kMinBimodality = 0.45;
constexpr double kMinContrast = 25;
// Square, allowing perspective; a region cut by the frame may be any rectangle.
constexpr double kMaxAspect = 1.7;
constexpr double kMaxAspectAtFrame = 4.0;

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

namespace {

// Dark/light transitions per line across a region rectified to its box: a QR symbol of n modules
// changes colour about n/2 times along any row or column (fewer when blurred: runs merge), text lines
// only across them.
constexpr double kMinTransitionsPerLine = 3.5;
constexpr double kMaxTransitionImbalance = 2.5;
constexpr int kRectifiedPx = 96;
// A pixel counts as dark or light only beyond this share of the two levels' gap from the threshold.
constexpr double kHysteresisShare = 0.2;
// Run lengths of random modules (a run ends with probability 1/2 at each module: geometric, coefficient
// of variation about 0.7) against periodic patterns (about 0).
constexpr double kMinRunVariation = 0.35;

bool has_grid_texture(const cv::Mat& work, const cv::RotatedRect& box)
{
    std::array<cv::Point2f, 4> pts;
    box.points(pts.data());
    const std::vector<cv::Point2f> src(pts.begin(), pts.end());
    const float s = kRectifiedPx;
    const std::vector<cv::Point2f> dst{{0, s}, {0, 0}, {s, 0}, {s, s}};
    cv::Mat patch;
    cv::warpPerspective(work, patch, cv::getPerspectiveTransform(src, dst), cv::Size(kRectifiedPx, kRectifiedPx),
                        cv::INTER_AREA, cv::BORDER_REPLICATE);
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
    const double lo = std::min(along_rows, along_cols), hi = std::max(along_rows, along_cols);
    if (lo < kMinTransitionsPerLine || hi / lo > kMaxTransitionImbalance || runs.size() < 8) return false;
    // Data modules are random, so their runs vary in length; a checkerboard or stripes repeat one.
    double mean = 0, var = 0;
    for (double r : runs) mean += r;
    mean /= static_cast<double>(runs.size());
    for (double r : runs) var += (r - mean) * (r - mean);
    var /= static_cast<double>(runs.size());
    return std::sqrt(var) / mean >= kMinRunVariation;
}

// The symbol inside a busy region: the box around its dark pixels, which leaves out a light card border.
cv::RotatedRect dark_extent(const cv::Mat& work, const cv::Mat& mask, double threshold)
{
    cv::Mat dark;
    cv::compare(work, threshold, dark, cv::CMP_LT);
    dark &= mask;
    cv::morphologyEx(dark, dark, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    std::vector<cv::Point> points;
    cv::findNonZero(dark, points);
    if (points.size() < 16) return {};
    return cv::minAreaRect(points);
}

void regions_at(const cv::Mat& work, int window, double scale, std::vector<TextureRegion>& out)
{
    // Local standard deviation: high over printed modules however blurred, low over paper and flat colour.
    cv::Mat f, mean, sq_mean;
    work.convertTo(f, CV_32F);
    cv::boxFilter(f, mean, CV_32F, cv::Size(window, window));
    cv::boxFilter(f.mul(f), sq_mean, CV_32F, cv::Size(window, window));
    cv::Mat sd;
    cv::sqrt(cv::max(sq_mean - mean.mul(mean), 0), sd);
    cv::Mat sd8;
    sd.convertTo(sd8, CV_8U);
    cv::Mat busy;
    const double otsu = cv::threshold(sd8, busy, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    // A floor so that sensor noise on an empty wall never counts as texture.
    cv::threshold(sd8, busy, std::max(otsu, 6.0), 255, cv::THRESH_BINARY);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(window, window));
    cv::morphologyEx(busy, busy, cv::MORPH_CLOSE, kernel);
    cv::morphologyEx(busy, busy, cv::MORPH_OPEN, kernel);

    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(busy, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto& contour : contours) {
        const cv::Rect bounds = cv::boundingRect(contour);
        if (std::min(bounds.width, bounds.height) < kMinRegionPx) continue;
        cv::Mat mask = cv::Mat::zeros(work.size(), CV_8U);
        cv::drawContours(mask, std::vector<std::vector<cv::Point>>{contour}, 0, cv::Scalar(255), cv::FILLED);
        const TextureRegion whole = texture_stats(work, mask);
        if (whole.contrast < kMinContrast) continue;
        // Threshold between the region's two levels: the Otsu split lies at dark_share of the histogram.
        std::vector<std::uint8_t> pixels;
        for (int y = bounds.y; y < bounds.br().y; ++y)
            for (int x = bounds.x; x < bounds.br().x; ++x)
                if (mask.at<std::uint8_t>(y, x)) pixels.push_back(work.at<std::uint8_t>(y, x));
        cv::Mat column(static_cast<int>(pixels.size()), 1, CV_8U, pixels.data()), unused;
        const double threshold = cv::threshold(column, unused, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        const cv::RotatedRect box = dark_extent(work, mask, threshold);
        const double lo = std::min(box.size.width, box.size.height), hi = std::max(box.size.width, box.size.height);
        if (lo < kMinRegionPx) continue;
        const bool at_frame = box.boundingRect().x <= 1 || box.boundingRect().y <= 1 ||
                              box.boundingRect().br().x >= work.cols - 1 || box.boundingRect().br().y >= work.rows - 1;
        if (hi / lo > (at_frame ? kMaxAspectAtFrame : kMaxAspect)) continue;

        cv::Mat box_mask = cv::Mat::zeros(work.size(), CV_8U);
        std::array<cv::Point2f, 4> corners;
        box.points(corners.data());
        std::vector<cv::Point> poly;
        for (const cv::Point2f& p : corners) poly.emplace_back(cvRound(p.x), cvRound(p.y));
        cv::fillConvexPoly(box_mask, poly, cv::Scalar(255));
        TextureRegion t = texture_stats(work, box_mask);
        if (t.dark_share < kMinDarkShare || t.dark_share > kMaxDarkShare) continue;
        if (t.bimodality < kMinBimodality || t.contrast < kMinContrast) continue;
        if (!has_grid_texture(work, box)) continue;
        t.box = cv::RotatedRect(box.center * static_cast<float>(scale), box.size * static_cast<float>(scale), box.angle);
        t.touches_frame = at_frame;
        out.push_back(t);
    }
}

}  // namespace

std::vector<TextureRegion> find_texture_regions(const cv::Mat& gray)
{
    cv::Mat work = gray;
    double scale = 1.0;
    const int longest = std::max(gray.cols, gray.rows);
    if (longest > kSearchLongestSide) {
        scale = static_cast<double>(longest) / kSearchLongestSide;
        work = scaled(gray, 1 / scale, cv::INTER_AREA);
    }
    // Two window sizes: small codes (and sharp ones) at the fine one, blurred large ones at the coarse one.
    std::vector<TextureRegion> found;
    const int shorter = std::min(work.cols, work.rows);
    for (int divisor : {60, 25}) regions_at(work, std::max(5, shorter / divisor) | 1, scale, found);

    std::sort(found.begin(), found.end(), [](const TextureRegion& a, const TextureRegion& b) {
        return a.box.size.area() > b.box.size.area();
    });
    std::vector<TextureRegion> out;
    for (const TextureRegion& t : found) {
        bool seen = false;
        for (const TextureRegion& k : out) seen = seen || k.box.boundingRect2f().contains(t.box.center);
        if (!seen) out.push_back(t);
    }
    return out;
}

}  // namespace qrdiag
