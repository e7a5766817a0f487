// A region of module texture with no finder, taken for a damaged code: kept when it stands apart from
// its surround, dropped when print runs on all round it (a patch of a page or a crossword).
#include <doctest/doctest.h>

#include "diagnose/diagnose_undecoded.h"
#include "test_image_fixtures.h"

#include <random>

using namespace qrdiag;

namespace {

constexpr int kModulePx = 8;
constexpr int kQuiet = 6;

// The symbol's finders scratched away: their 8×8 corners filled with random modules.
cv::Mat scratched_grid()
{
    cv::Mat g = fixtures::symbol_grid().clone();
    std::mt19937 rng(4);
    const int n = g.rows;
    for (const cv::Point corner : {cv::Point(0, 0), cv::Point(n - 8, 0), cv::Point(0, n - 8)})
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 8; ++x) g.at<std::uint8_t>(corner.y + y, corner.x + x) = rng() & 1;
    return g;
}

// The candidate a damaged-code region yields: the symbol's box, no finder, a typical module count.
Candidate region_round_symbol(int n)
{
    Candidate c;
    c.source = CandidateSource::Texture;
    c.corners = fixtures::symbol_outline(n, kModulePx, kQuiet);
    c.modules = kTypicalPaymentModules;
    c.module_px = static_cast<double>(n * kModulePx) / c.modules;
    return c;
}

// A page of print `side` modules square, dark where `dark_share` of random draws fall: a crossword's
// black squares and rules, or a block of bold text, as the search size shows them.
cv::Mat page_of_print(int side, double dark_share)
{
    cv::Mat page(side, side, CV_8U);
    std::mt19937 rng(9);
    std::bernoulli_distribution dark(dark_share);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) page.at<std::uint8_t>(y, x) = dark(rng) ? 1 : 0;
    return page;
}

}  // namespace

TEST_CASE("a scratched code with its light margin is kept as a damaged code")
{
    const cv::Mat grid = scratched_grid();
    const cv::Mat photo = fixtures::render(grid, kModulePx, kQuiet);
    CHECK_FALSE(damaged_texture_unlike_a_code(photo, region_round_symbol(grid.rows)));
}

TEST_CASE("the same texture with print running on all round it is not a damaged code")
{
    // The scratched symbol in the middle of a page of print, mostly dark (the text pages and crosswords
    // taken for damaged codes had 0.65–0.9 of the ring dark).
    const cv::Mat grid = scratched_grid();
    const int n = grid.rows;
    cv::Mat page = page_of_print(n + 2 * kQuiet, 0.7);
    grid.copyTo(page(cv::Rect(kQuiet, kQuiet, n, n)));
    const cv::Mat photo = fixtures::render(page, kModulePx, 0);
    CHECK(damaged_texture_unlike_a_code(photo, region_round_symbol(n)));
}

TEST_CASE("a candidate with a finder, or far away, or at the photo's edge is left to the other checks")
{
    const int n = fixtures::symbol_grid().rows;
    const cv::Mat photo = fixtures::render(page_of_print(n + 2 * kQuiet, 0.7), kModulePx, 0);
    Candidate with_finder = region_round_symbol(n);
    with_finder.finders = {cv::Point2f(100, 100)};
    CHECK_FALSE(damaged_texture_unlike_a_code(photo, with_finder));
    Candidate far = region_round_symbol(n);
    far.far_away = true;
    CHECK_FALSE(damaged_texture_unlike_a_code(photo, far));
    Candidate at_edge = region_round_symbol(n);
    at_edge.touches_frame = true;
    CHECK_FALSE(damaged_texture_unlike_a_code(photo, at_edge));
}
