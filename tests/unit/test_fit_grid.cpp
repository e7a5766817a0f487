// Fitting a module grid to a located symbol, and telling a symbol's data from plain print.
#include <doctest/doctest.h>

#include "measure/fit_grid.h"
#include "test_image_fixtures.h"

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
