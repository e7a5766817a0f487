// Regions that look like a QR symbol by their texture alone: a square-ish patch, about half dark, with a
// strongly two-level histogram. Finds blurred codes, whose finder patterns no longer binarise cleanly.
#pragma once

#include <vector>

#include <opencv2/core.hpp>

namespace qrdiag {

struct TextureRegion {
    cv::RotatedRect box;     // in the input image's pixels
    double dark_share = 0;   // share of pixels below the region's Otsu threshold
    double bimodality = 0;   // Otsu's between-class variance over total variance, 0..1
    double contrast = 0;     // mean light minus mean dark, grey levels
    bool touches_frame = false;
    bool far_away = false;   // found only by the full-resolution search: modules of one or two pixels
};

// Print smeared by the camera's motion mixes its two tones into a continuous grey: Otsu's share of the
// variance under this (smeared codes on the image sets 0.64–0.71), where sharp print keeps its two tones
// (text, barcode labels: 0.90 and more).
constexpr double kMaxSmearedBimodality = 0.75;

std::vector<TextureRegion> find_texture_regions(const cv::Mat& gray);

// `found`, largest first, less its repeats: a region found again inside a larger one, unless the larger
// one is a card round it (twice its area or more) and the inner one does not run into the photo's edge.
std::vector<TextureRegion> distinct_regions(std::vector<TextureRegion> found, double photo_area);

// Whether a far-away region (module texture sharp at full resolution) lies inside `t`, a region found at
// the search size clear of the photo's edge, and is a small part of it (a quarter or less): then it is
// part of a larger code, not a code far away.
bool holds_sharp_texture(const std::vector<TextureRegion>& regions, const TextureRegion& t);

// Whether a far-away region is grey enough to be a whole code far away: modules a pixel or two wide,
// mixed by the lens. A two-toned one is sharper print, letters or a patch of a larger code, and is
// evidence only for the region around it (holds_sharp_texture).
bool mixed_like_a_far_code(const TextureRegion& t);

// The two-level statistics of the pixels of `gray` inside `mask` (of the same size).
TextureRegion texture_stats(const cv::Mat& gray, const cv::Mat& mask);

// Otsu's threshold over the pixels of `gray` inside `mask` (of the same size) only.
double masked_otsu_threshold(const cv::Mat& gray, const cv::Mat& mask);

// The part of `image` inside `box`, resampled upright to `size` (rotation and scale removed): the box's
// top-left corner at (0, 0), its bottom-right at (size.width, size.height).
cv::Mat rectified(const cv::Mat& image, const cv::RotatedRect& box, cv::Size size, int interpolation);

// The light holes in the dark print inside `box` (split at the box's own Otsu threshold): a symbol's
// random modules enclose light cells all over it, where a glyph or two encloses at most a few counters
// (the holes of 6, 8, B).
int enclosed_light_cells(const cv::Mat& gray, const cv::RotatedRect& box);

// Whether the print inside `box` repeats: a repeating pattern (chequers, graph paper, lines of text)
// matches itself shifted by its period, while a QR symbol's data are random, so away from zero shift their
// autocorrelation stays low.
bool periodic(const cv::Mat& gray, const cv::RotatedRect& box);

// A CV_8U mask of `bounds`' size with `box` (in the image's pixels) filled: the box's pixels within those
// upright bounds of the image.
cv::Mat box_mask(const cv::RotatedRect& box, const cv::Rect& bounds);

// The local standard deviation of `image`'s grey over `window`×`window` pixels round each pixel (CV_32F).
cv::Mat local_spread(const cv::Mat& image, int window);

// Whether `box` reaches within a pixel of the edge of a `frame`-sized picture.
bool reaches_frame(const cv::RotatedRect& box, const cv::Size& frame);

// A region's upright bounds grown by a tenth of its side each way (room for an outline's error), clipped
// to `frame`; empty when the region lies outside it.
cv::Rect bounds_with_margin(const cv::RotatedRect& region, const cv::Size& frame);

}  // namespace qrdiag
