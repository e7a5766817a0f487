#include "damage.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace samples {
namespace {

struct Geometry {
    cv::Point2d origin;  // symbol top-left
    double side;         // symbol side in card px
    double module;       // card px per module
    cv::Point2d finder(int i) const  // centres of the three finder patterns: tl, tr, bl
    {
        const double c = 3.5 * module;
        return origin + (i == 0 ? cv::Point2d(c, c) : i == 1 ? cv::Point2d(side - c, c) : cv::Point2d(c, side - c));
    }
};

Geometry geometry_of(const Card& card)
{
    return {card.code[0], card.code[1].x - card.code[0].x, double(card.module_px)};
}

// A jagged line from a to b, as a tear or a peeled edge runs.
std::vector<cv::Point> ragged(cv::Point2d a, cv::Point2d b, double roughness, Rng& rng)
{
    std::vector<cv::Point> pts;
    const cv::Point2d d = b - a;
    const cv::Point2d normal = cv::Point2d(-d.y, d.x) * (1.0 / std::max(1.0, std::hypot(d.x, d.y)));
    const int steps = 24;
    double offset = 0;
    for (int i = 0; i <= steps; ++i) {
        offset = 0.6 * offset + rng.normal() * roughness;
        const double t = double(i) / steps;
        const double o = (i == 0 || i == steps) ? 0 : offset;
        pts.emplace_back(a + d * t + normal * o);
    }
    return pts;
}

// Blends colour into the card where mask (0..255) is set.
void paint(Card& card, const cv::Mat1b& mask, const cv::Scalar& colour, double opacity)
{
    cv::Mat3f art;
    card.art.convertTo(art, CV_32F);
    cv::Mat1f a;
    mask.convertTo(a, CV_32F, opacity / 255.0);
    cv::Mat3f a3;
    cv::merge(std::vector<cv::Mat1f>{a, a, a}, a3);
    cv::Mat3f fill(art.size(), cv::Vec3f(float(colour[0]), float(colour[1]), float(colour[2])));
    art = art.mul(cv::Scalar::all(1) - a3) + fill.mul(a3);
    art.convertTo(card.art, CV_8U);
}

cv::Scalar backing_colour(Rng& rng)
{
    static const std::vector<cv::Scalar> backings{{150, 175, 195}, {120, 140, 160}, {200, 205, 210}, {90, 100, 110}};
    return rng.pick(backings);
}

std::string torn_corner(Card& card, double strength, Rng& rng)
{
    const Geometry g = geometry_of(card);
    const int corner = rng.integer(0, 2);  // a finder corner: tl, tr, bl
    const cv::Point2d c = corner == 0 ? g.origin : corner == 1 ? card.code[1] : card.code[3];
    const cv::Point2d along_x(corner == 1 ? -1 : 1, 0), along_y(0, corner == 2 ? -1 : 1);
    // The tear's diagonal takes the whole finder pattern once it reaches 14 modules along both edges.
    const double reach = std::min(0.9 * g.side, rng.uniform(12, 20) * g.module * strength);
    const double out = 6 * g.module;
    const cv::Point2d a = c + along_x * reach - along_y * out, b = c + along_y * reach - along_x * out;
    std::vector<cv::Point> poly = ragged(a, b, g.module * 1.2, rng);
    poly.emplace_back(c - along_x * out - along_y * out);
    cv::Mat1b mask(card.art.size(), uchar(0));
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255), cv::LINE_AA);
    paint(card, mask, backing_colour(rng), 1.0);
    const std::vector<cv::Point> edge(poly.begin(), poly.end() - 1);
    cv::polylines(card.art, edge, false, cv::Scalar(235, 240, 242), std::max(1, card.module_px / 2), cv::LINE_AA);
    static const char* names[] = {"top-left", "top-right", "bottom-left"};
    return std::string("torn ") + names[corner] + " corner, " + std::to_string(int(100 * reach / g.side)) + "% of the side";
}

std::vector<cv::Point> blob(cv::Point2d centre, double radius, Rng& rng)
{
    std::vector<cv::Point> pts;
    double r = radius;
    for (int i = 0; i < 36; ++i) {
        r = std::clamp(r + rng.normal() * radius * 0.12, radius * 0.5, radius * 1.4);
        const double t = i * M_PI / 18;
        pts.emplace_back(centre + cv::Point2d(std::cos(t), std::sin(t)) * r);
    }
    return pts;
}

std::string stains(Card& card, double strength, Rng& rng)
{
    const Geometry g = geometry_of(card);
    static const std::vector<cv::Scalar> colours{{40, 70, 110}, {60, 90, 120}, {70, 70, 70}, {30, 45, 60}, {90, 110, 140}};
    const cv::Scalar colour = rng.pick(colours);
    const int count = rng.integer(2, 5);
    cv::Mat1b mask(card.art.size(), uchar(0));
    for (int i = 0; i < count; ++i) {
        const cv::Point2d centre = i == 0 ? g.finder(rng.integer(0, 2)) + cv::Point2d(rng.normal(), rng.normal()) * g.module
                                          : g.origin + cv::Point2d(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)) * g.side;
        const double radius = std::min(0.45, rng.uniform(0.09, 0.17) * strength) * g.side * (i == 0 ? 1.2 : 1.0);
        cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{blob(centre, radius, rng)}, cv::Scalar(255), cv::LINE_AA);
    }
    cv::GaussianBlur(mask, mask, {0, 0}, g.module * 0.6);
    paint(card, mask, colour, rng.uniform(0.88, 1.0));
    return std::to_string(count) + " stains, one over a finder pattern";
}

std::string peeled_band(Card& card, double strength, Rng& rng)
{
    const Geometry g = geometry_of(card);
    const double angle = rng.chance(0.5) ? rng.pick(std::vector<double>{0, 90}) : rng.uniform(-60, 60);
    const double width = std::min(0.6, rng.uniform(0.18, 0.28) * strength) * g.side;
    const cv::Point2d centre = g.origin + cv::Point2d(rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)) * g.side;
    const cv::Point2d dir(std::cos(angle * M_PI / 180), std::sin(angle * M_PI / 180)), normal(-dir.y, dir.x);
    const double len = g.side * 1.6;
    std::vector<cv::Point> top = ragged(centre - dir * len - normal * (width / 2), centre + dir * len - normal * (width / 2), g.module, rng);
    std::vector<cv::Point> bottom = ragged(centre + dir * len + normal * (width / 2), centre - dir * len + normal * (width / 2), g.module, rng);
    top.insert(top.end(), bottom.begin(), bottom.end());
    cv::Mat1b mask(card.art.size(), uchar(0));
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{top}, cv::Scalar(255), cv::LINE_AA);
    const cv::Scalar under = rng.chance(0.6) ? cv::Scalar(228, 232, 236) : backing_colour(rng);
    paint(card, mask, under, rng.uniform(0.85, 1.0));
    return "peeled band " + std::to_string(int(100 * width / g.side)) + "% of the symbol wide at " + std::to_string(int(angle)) + " deg";
}

std::string scratches(Card& card, double strength, Rng& rng)
{
    const Geometry g = geometry_of(card);
    const int count = static_cast<int>(std::min(160.0, rng.uniform(40, 70) * strength));
    cv::Mat1b mask(card.art.size(), uchar(0));
    const double angle = rng.uniform(0, M_PI);
    for (int i = 0; i < count; ++i) {
        const double a = angle + rng.normal() * 0.35;
        const cv::Point2d p = g.origin + cv::Point2d(rng.uniform(0, 1), rng.uniform(0, 1)) * g.side;
        const cv::Point2d d = cv::Point2d(std::cos(a), std::sin(a)) * (g.side * rng.uniform(0.15, 0.6));
        cv::line(mask, p - d, p + d, cv::Scalar(255), std::max(1, int(g.module * rng.uniform(0.25, 0.6))), cv::LINE_AA);
    }
    paint(card, mask, cv::Scalar(225, 228, 230), rng.uniform(0.8, 1.0));
    return std::to_string(count) + " scratches through the ink";
}

std::string smudge(Card& card, double strength, Rng& rng)
{
    const Geometry g = geometry_of(card);
    const cv::Point2d centre = rng.chance(0.6) ? g.finder(rng.integer(0, 2)) : g.origin + cv::Point2d(0.5, 0.5) * g.side;
    const double radius = std::min(0.6, rng.uniform(0.22, 0.32) * strength) * g.side;
    const double length = g.module * rng.uniform(4, 9) * std::sqrt(strength);
    const double angle = rng.uniform(0, 180);
    const int k = static_cast<int>(length) | 1;
    cv::Mat1f kernel(k, k, 0.f);
    const cv::Point2d d(std::cos(angle * M_PI / 180) * k / 2, std::sin(angle * M_PI / 180) * k / 2);
    cv::line(kernel, cv::Point2d(k / 2, k / 2) - d, cv::Point2d(k / 2, k / 2) + d, cv::Scalar(1), 1, cv::LINE_AA);
    kernel /= cv::sum(kernel)[0];
    cv::Mat3b smeared;
    cv::filter2D(card.art, smeared, -1, kernel);
    smeared.convertTo(smeared, -1, rng.uniform(0.7, 0.9));
    cv::Mat1b mask(card.art.size(), uchar(0));
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{blob(centre, radius, rng)}, cv::Scalar(255), cv::LINE_AA);
    cv::GaussianBlur(mask, mask, {0, 0}, g.module * 1.5);
    cv::Mat3f a, s, m3;
    card.art.convertTo(a, CV_32F);
    smeared.convertTo(s, CV_32F);
    cv::Mat1f m;
    mask.convertTo(m, CV_32F, 1 / 255.0);
    cv::merge(std::vector<cv::Mat1f>{m, m, m}, m3);
    cv::Mat3f out = a.mul(cv::Scalar::all(1) - m3) + s.mul(m3);
    out.convertTo(card.art, CV_8U);
    return "ink smudged over " + std::to_string(int(100 * radius / g.side)) + "% of the side";
}

}  // namespace

std::string apply_damage(Card& card, Damage kind, double strength, Rng& rng)
{
    switch (kind) {
    case Damage::TornCorner: return torn_corner(card, strength, rng);
    case Damage::Stains: return stains(card, strength, rng);
    case Damage::PeeledBand: return peeled_band(card, strength, rng);
    case Damage::Scratches: return scratches(card, strength, rng);
    case Damage::Smudge: return smudge(card, strength, rng);
    }
    return {};
}

}  // namespace samples
