// Outlines from OpenCV's detector are kept only when a square seen by a phone could project to them.
#include <doctest/doctest.h>

#include "locate/square_outline.h"

#include <cmath>

using namespace qrdiag;

namespace {

// A square of side 1, 6 sides from the camera, turned `tilt_deg` about its horizontal axis, in pixels.
std::vector<cv::Point2f> tilted_square(double tilt_deg, double distance_sides = 6, float px = 400)
{
    const double t = tilt_deg * CV_PI / 180;
    std::vector<cv::Point2f> out;
    for (const auto& [x, y] : {std::pair{-0.5, -0.5}, std::pair{0.5, -0.5}, std::pair{0.5, 0.5}, std::pair{-0.5, 0.5}}) {
        const double depth = distance_sides + y * std::sin(t);
        out.emplace_back(static_cast<float>(px * x / depth * distance_sides), static_cast<float>(px * y * std::cos(t) / depth * distance_sides));
    }
    return out;
}

}  // namespace

TEST_CASE("a square seen face on, tilted 60 degrees, or close up through a wide lens projects from a square")
{
    CHECK(projects_from_square(tilted_square(0)));
    CHECK(projects_from_square(tilted_square(60)));
    CHECK(projects_from_square(tilted_square(45, 2)));
}

TEST_CASE("an outline with two corners on one point is no square")
{
    // What OpenCV's detector answered on a photo of graph paper.
    CHECK_FALSE(projects_from_square({{3009, 1732}, {591.6f, 1885}, {3257.9f, 197.9f}, {3257.9f, 197.9f}}));
}

TEST_CASE("a sliver, a crossed outline and a flat rhombus are no squares")
{
    CHECK_FALSE(projects_from_square({{0, 0}, {400, 0}, {400, 100}, {0, 100}}));  // sides 4 : 1
    CHECK_FALSE(projects_from_square({{0, 0}, {400, 400}, {400, 0}, {0, 400}}));  // corners out of order
    CHECK_FALSE(projects_from_square({{0, 0}, {300, 0}, {500, 200}, {200, 200}}));  // corners of 45 and 135 degrees
}
