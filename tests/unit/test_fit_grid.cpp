// Fitting a module grid to a located symbol, and telling a symbol's data from plain print.
#include <doctest/doctest.h>

#include "measure/fit_grid.h"
#include "test_image_fixtures.h"

#include <cmath>

using namespace qrdiag;

TEST_CASE("a symbol's modules are busy, plain print and stripes are not")
{
    // A real symbol: about half of neighbouring modules differ (masking makes the data look random).
    const double symbol = module_busyness(fixtures::symbol_grid());
    CHECK(symbol > 0.35);
    CHECK(symbol < 0.6);
    // Plain paper: none differ.
    CHECK(module_busyness(cv::Mat::zeros(25, 25, CV_8U)) == 0.0);
    // Stripes a module wide: every horizontal pair differs, no vertical one.
    cv::Mat stripes(25, 25, CV_8U);
    for (int y = 0; y < 25; ++y)
        for (int x = 0; x < 25; ++x) stripes.at<std::uint8_t>(y, x) = x % 2;
    CHECK(module_busyness(stripes) == doctest::Approx(0.5));
    CHECK(module_busyness(cv::Mat()) == 0.0);
}

TEST_CASE("the grid fitted to a clean symbol matches its fixed patterns and finds its data busy")
{
    const int px = 6, quiet = 4;
    const cv::Mat grid = fixtures::symbol_grid();
    const cv::Mat img = fixtures::render(grid, px, quiet);
    const float a = static_cast<float>(quiet * px), b = static_cast<float>((quiet + grid.rows) * px);
    const GridFit fit = fit_grid(img, Quad{cv::Point2f{a, a}, {b, a}, {b, b}, {a, b}}, grid.rows);
    CHECK(fit.sampling.modules == grid.rows);
    CHECK(fit.agreement > 0.95);
    CHECK(fit.busyness == doctest::Approx(module_busyness(grid)).epsilon(0.05));
}

namespace {

// The symbol of fixtures::symbol_grid() printed from `dark` to `light` with a soft-edged shadow (a few
// modules wide) taking `shade` of the light off its lower right half, or its upper left.
cv::Mat symbol_half_in_shadow(int px, int quiet, double dark, double light, double shade, bool upper_left = false)
{
    const cv::Mat sharp = fixtures::render(fixtures::symbol_grid(), px, quiet, 0, 255);
    cv::Mat img(sharp.size(), CV_8U);
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x) {
            const double print = dark + (light - dark) * sharp.at<std::uint8_t>(y, x) / 255.0;
            const double across_edge = (x + y - img.cols) / (3.0 * px) * (upper_left ? -1 : 1);
            const double lit = 1.0 - shade / (1.0 + std::exp(-across_edge));
            img.at<std::uint8_t>(y, x) = cv::saturate_cast<std::uint8_t>(print * lit);
        }
    return img;
}

}  // namespace

TEST_CASE("a faded symbol half in shadow is fitted by its modules against their neighbours")
{
    const int px = 6, quiet = 4, n = fixtures::symbol_grid().rows;
    const float a = static_cast<float>(quiet * px), b = static_cast<float>((quiet + n) * px);
    const Quad outline{cv::Point2f{a, a}, {b, a}, {b, b}, {a, b}};
    // Print faded to 30 grey levels on its paper (12%), the shadow taking 45% of the light: the shadowed
    // paper is darker than the sunlit print. The symbol's one midpoint splits shade from sunlight and
    // misses many of the fixed patterns.
    const cv::Mat faded = symbol_half_in_shadow(px, quiet, 215, 245, 0.45);
    CHECK(fit_grid(faded, outline, n).agreement < 0.65);
    const GridFit fit = fit_grid(faded, outline, n, CellLevels::OrNeighbours);
    CHECK(fit.sampling.modules == n);
    CHECK(fit.agreement > 0.9);
    // Print of full contrast (60% here) is not faded: its cells are not compared with their neighbours,
    // however deep the shadow (over two of its finders here).
    const cv::Mat bold = symbol_half_in_shadow(px, quiet, 100, 250, 0.7, true);
    const double by_midpoint = fit_grid(bold, outline, n).agreement;
    CHECK(by_midpoint < 0.7);
    CHECK(fit_grid(bold, outline, n, CellLevels::OrNeighbours).agreement == doctest::Approx(by_midpoint));
}
