#include "surface.h"

#include <opencv2/imgproc.hpp>

namespace samples {
namespace {

// Smooth random field in [-1, 1]: a small random grid upscaled.
cv::Mat1f low_frequency(cv::Size size, int cells, Rng& rng)
{
    cv::Mat1f grid(cells, cells);
    for (auto& v : grid) v = static_cast<float>(rng.uniform(-1, 1));
    cv::Mat1f out;
    cv::resize(grid, out, size, 0, 0, cv::INTER_CUBIC);
    return out;
}

cv::Mat1f fine_noise(cv::Size size, double sigma, Rng& rng)
{
    cv::Mat1f n(size);
    cv::RNG cvrng(rng.bits());
    cvrng.fill(n, cv::RNG::NORMAL, 0, sigma);
    return n;
}

cv::Mat3f colourise(const cv::Mat1f& value, const cv::Vec3f& base, const cv::Vec3f& swing)
{
    cv::Mat3f out(value.size());
    for (int y = 0; y < value.rows; ++y)
        for (int x = 0; x < value.cols; ++x) out(y, x) = base + swing * value(y, x);
    return out;
}

cv::Mat3f wood(cv::Size size, Rng& rng)
{
    // Grain: noise stretched along the planks, bent by a slow wave; seams between planks.
    const bool vertical = rng.chance(0.5);
    cv::Size small(vertical ? 64 : size.width / 3, vertical ? size.height / 3 : 64);
    cv::Mat1f grain = fine_noise(small, 1.0, rng);
    cv::GaussianBlur(grain, grain, {0, 0}, vertical ? 1.0 : 6.0, vertical ? 6.0 : 1.0);
    cv::resize(grain, grain, size, 0, 0, cv::INTER_LINEAR);
    cv::Scalar mean, stddev;
    cv::meanStdDev(grain, mean, stddev);
    grain = (grain - mean[0]) / std::max(1e-6, stddev[0]) * 0.6;
    cv::Mat1f value = grain * 0.5 + low_frequency(size, 5, rng) * 0.5;
    const cv::Vec3f base = rng.pick(std::vector<cv::Vec3f>{{60, 100, 150}, {40, 70, 110}, {90, 140, 185}, {30, 45, 70}});
    cv::Mat3f out = colourise(value, base, base * 0.25f);
    const int plank = size.width / rng.integer(3, 7);
    for (int p = plank; p < (vertical ? size.width : size.height); p += plank) {
        if (vertical) cv::line(out, {p, 0}, {p, size.height}, cv::Scalar(base * 0.5f), 2);
        else cv::line(out, {0, p}, {size.width, p}, cv::Scalar(base * 0.5f), 2);
    }
    return out;
}

cv::Mat3f wall(cv::Size size, Rng& rng)
{
    const cv::Vec3f base = rng.pick(std::vector<cv::Vec3f>{{200, 210, 215}, {170, 200, 225}, {210, 225, 230}, {150, 170, 150}, {120, 140, 190}});
    cv::Mat1f value = low_frequency(size, 4, rng) * 0.6f + fine_noise(size, 0.15, rng);
    return colourise(value, base, cv::Vec3f(12, 12, 12));
}

cv::Mat3f stone(cv::Size size, Rng& rng)
{
    const cv::Vec3f base = rng.chance(0.5) ? cv::Vec3f(215, 215, 215) : cv::Vec3f(70, 70, 75);
    cv::Mat3f out = colourise(low_frequency(size, 8, rng), base, cv::Vec3f(15, 15, 15));
    for (int i = 0; i < 8; ++i) {  // veins
        std::vector<cv::Point> vein;
        cv::Point2d p(rng.uniform(0, size.width), rng.uniform(0, size.height));
        double a = rng.uniform(0, 6.28);
        for (int k = 0; k < 40; ++k, a += rng.normal() * 0.3) {
            p += cv::Point2d(std::cos(a), std::sin(a)) * (size.width / 40.0);
            vein.emplace_back(p);
        }
        cv::polylines(out, vein, false, cv::Scalar::all(base[0] > 128 ? 150 : 130), rng.integer(1, 3), cv::LINE_AA);
    }
    cv::GaussianBlur(out, out, {0, 0}, 1.2);
    return out;
}

cv::Mat3f cloth(cv::Size size, Rng& rng)
{
    // Gingham or stripes, the tablecloths of small restaurants.
    const cv::Vec3f a(235, 235, 240), b = rng.pick(std::vector<cv::Vec3f>{{60, 60, 200}, {160, 90, 30}, {60, 140, 60}, {40, 40, 40}});
    const int cell = std::max(12, size.width / rng.integer(12, 30));
    const bool stripes = rng.chance(0.3);
    cv::Mat3f out(size);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x) {
            const int hits = (x / cell) % 2 + (stripes ? 0 : (y / cell) % 2);
            out(y, x) = hits == 0 ? a : hits == 1 ? (a + b) * 0.5f : b;
        }
    cv::Mat1f weave = fine_noise(size, 10, rng);
    cv::Mat3f weave3;
    cv::merge(std::vector<cv::Mat1f>{weave, weave, weave}, weave3);
    return out + weave3;
}

cv::Mat3f counter(cv::Size size, Rng& rng)
{
    const float v = static_cast<float>(rng.uniform(35, 80));
    cv::Mat1f value = low_frequency(size, 3, rng) + fine_noise(size, 0.1, rng);
    return colourise(value, cv::Vec3f(v, v, v + 5), cv::Vec3f(8, 8, 8));
}

// Objects near the card: receipts, a phone, a cup seen from above, a pen.
void clutter(cv::Mat3f& img, Rng& rng)
{
    const int n = rng.integer(0, 5);
    const int w = img.cols, h = img.rows;
    for (int i = 0; i < n; ++i) {
        const cv::Point2f c(static_cast<float>(rng.uniform(0, w)), static_cast<float>(rng.uniform(0, h)));
        switch (rng.integer(0, 3)) {
        case 0: {  // receipt with text lines
            const cv::RotatedRect r(c, cv::Size2f(w * 0.12f, h * 0.3f), static_cast<float>(rng.uniform(0, 180)));
            cv::Point2f pts[4];
            r.points(pts);
            std::vector<cv::Point> poly(pts, pts + 4);
            cv::fillConvexPoly(img, poly, cv::Scalar(235, 238, 240), cv::LINE_AA);
            for (int k = 1; k < 12; ++k) {
                const cv::Point2f a = pts[1] + (pts[0] - pts[1]) * (k / 12.f), b = pts[2] + (pts[3] - pts[2]) * (k / 12.f);
                cv::line(img, a + (b - a) * 0.1f, a + (b - a) * static_cast<float>(rng.uniform(0.4, 0.9)), cv::Scalar::all(90), 1, cv::LINE_AA);
            }
            break;
        }
        case 1: {  // phone
            const cv::RotatedRect r(c, cv::Size2f(w * 0.1f, w * 0.2f), static_cast<float>(rng.uniform(0, 180)));
            cv::Point2f pts[4];
            r.points(pts);
            std::vector<cv::Point> poly(pts, pts + 4);
            cv::fillConvexPoly(img, poly, cv::Scalar::all(20), cv::LINE_AA);
            break;
        }
        case 2: {  // cup
            const int r = static_cast<int>(w * rng.uniform(0.04, 0.08));
            cv::circle(img, c, r, cv::Scalar::all(230), cv::FILLED, cv::LINE_AA);
            cv::circle(img, c, r * 8 / 10, cv::Scalar(30, 50, 80), cv::FILLED, cv::LINE_AA);
            break;
        }
        default:  // pen
            cv::line(img, c, c + cv::Point2f(static_cast<float>(rng.uniform(-1, 1)), static_cast<float>(rng.uniform(-1, 1))) * (w * 0.15f),
                     cv::Scalar(rng.integer(0, 200), rng.integer(0, 200), rng.integer(0, 200)), std::max(3, w / 150), cv::LINE_AA);
        }
    }
}

}  // namespace

cv::Mat3f make_surface(cv::Size size, Rng& rng)
{
    cv::Mat3f out;
    switch (rng.integer(0, 4)) {
    case 0: out = wood(size, rng); break;
    case 1: out = wall(size, rng); break;
    case 2: out = stone(size, rng); break;
    case 3: out = cloth(size, rng); break;
    default: out = counter(size, rng);
    }
    clutter(out, rng);
    return out;
}

}  // namespace samples
