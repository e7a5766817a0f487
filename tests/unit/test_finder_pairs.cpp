// Finder pairs: two finders of a symbol whose third is lost. Which pairs may stand for a payment code.
#include <doctest/doctest.h>

#include "locate/candidates.h"
#include "locate/finder_patterns.h"
#include "test_image_fixtures.h"

#include <algorithm>
#include <cmath>

using namespace qrdiag;

namespace {

constexpr int kModulePx = 8;

// The symbol with its bottom-left finder (and separator) painted over in the light tone.
cv::Mat without_bottom_left_finder(const cv::Mat& grid)
{
    cv::Mat g = grid.clone();
    g(cv::Rect(0, g.rows - 8, 8, 8)).setTo(0);
    return g;
}

bool has_pair(const std::vector<Candidate>& candidates)
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [](const Candidate& c) { return c.source == CandidateSource::FinderPair; });
}

// The three finders of fixtures::faded_print_photo(px), found where they are drawn: the symbol is centred
// at (800, 600) and turned 9°, each finder's centre 3.5 modules in from two of its sides.
void check_faded_symbols_finders(const std::vector<FinderPattern>& found, int px, double module_tolerance)
{
    REQUIRE(found.size() == 3);
    const double from_centre = (fixtures::symbol_grid().rows / 2.0 - 3.5) * px * std::sqrt(2.0);
    for (const auto& f : found) {
        CHECK(std::hypot(f.centre.x - 800, f.centre.y - 600) == doctest::Approx(from_centre).epsilon(0.05));
        CHECK(f.module_px == doctest::Approx(px).epsilon(module_tolerance));
    }
}

}  // namespace

TEST_CASE("a pair placed on a payment-sized symbol is a candidate")
{
    // The control for both cases below: a payment code (version 5) with a clear margin, one finder lost.
    const cv::Mat photo = fixtures::render(without_bottom_left_finder(fixtures::symbol_grid()), kModulePx, 6);
    const auto candidates = locate_candidates(photo);
    REQUIRE(has_pair(candidates));
    CHECK(candidates.front().modules >= 29);
}

TEST_CASE("a pair that would make a symbol too small for a payment payload is not a candidate")
{
    // Version 1 (21 modules): two finders 14 modules apart. No EMV payload fits in versions 1–2.
    const cv::Mat grid = fixtures::symbol_grid("HELLO", 0);
    REQUIRE(grid.rows == 21);
    const cv::Mat photo = fixtures::render(without_bottom_left_finder(grid), kModulePx, 6);
    CHECK_FALSE(has_pair(locate_candidates(photo)));
}

TEST_CASE("two finders both merged into a dark surround are not taken for a pair")
{
    // The payment code of the control with no margin, on dark artwork: both finders lose their light
    // outer ring, as two letters of a heading would show.
    const cv::Mat code = fixtures::render(without_bottom_left_finder(fixtures::symbol_grid()), kModulePx, 0);
    cv::Mat photo(code.rows + 200, code.cols + 200, CV_8U, cv::Scalar(20));
    code.copyTo(photo(cv::Rect(100, 100, code.cols, code.rows)));
    const auto finders = find_finder_patterns(photo);
    REQUIRE(finders.size() >= 2);
    CHECK(std::none_of(finders.begin(), finders.end(), [](const FinderPattern& f) { return f.outer_ring_free; }));
    CHECK_FALSE(has_pair(locate_candidates(photo)));
}

TEST_CASE("a faded print's finders are found once the photo's contrast is stretched locally")
{
    const cv::Mat photo = fixtures::faded_print_photo();
    CHECK(find_finder_patterns(photo).size() < 3);
    check_faded_symbols_finders(find_faint_finder_patterns(photo), 8, 0.2);
}

TEST_CASE("a small faded print's finders are found at the smaller of the faint search's windows")
{
    // 3 px per module: each finder is 21 px across, half the 40 px window sized to the photo (1200 / 30),
    // whose mean then holds as much of the data's modules as of the finder's rings.
    check_faded_symbols_finders(find_faint_finder_patterns(fixtures::faded_print_photo(3, 0.8)), 3, 0.25);
}

TEST_CASE("a faded print in a noisy photo keeps its finders' rings once the grain is smoothed away")
{
    // Noise of 6 grey levels against the print's 19: stretched as it is, it breaks the rings into speckle.
    check_faded_symbols_finders(find_faint_finder_patterns(fixtures::faded_print_photo(8, 1.5, 6)), 8, 0.2);
}

TEST_CASE("a scratched code's finders are found once hairlines across them are bridged, and make a pair")
{
    const cv::Mat photo = fixtures::scratched_photo();
    // Each scratch splits a core or cuts a ring open: the plain search sees neither finder.
    FinderThresholdMaps maps;
    CHECK(find_finder_patterns(photo, &maps).empty());
    const auto bridged = find_scratched_finder_patterns(maps);
    REQUIRE(bridged.size() == 2);
    // The top-right and bottom-left finders of the version-5 symbol (37 modules, 8 px each) centred on
    // the 720 px photo: 14.5 modules from its centre each way.
    for (const auto& f : bridged) {
        CHECK(std::abs(f.centre.x - 360) == doctest::Approx(14.5 * 8).epsilon(0.05));
        CHECK(std::abs(f.centre.y - 360) == doctest::Approx(14.5 * 8).epsilon(0.05));
        CHECK(f.module_px == doctest::Approx(8).epsilon(0.1));
    }
    const auto candidates = locate_candidates(photo);
    REQUIRE(has_pair(candidates));
    CHECK(candidates.front().modules == 37);
    CHECK(candidates.front().finders_bridged);
}

TEST_CASE("a scratched code whose finders show to different searches is a pair of them all together")
{
    const cv::Mat photo = fixtures::scratched_and_worn_photo();
    FinderThresholdMaps maps;
    const auto plain = find_finder_patterns(photo, &maps);
    const auto bridged = find_scratched_finder_patterns(maps);
    const auto faint = find_faint_finder_patterns(photo);
    // The version-5 symbol (37 modules, 8 px each) centred on the 720 px photo: its top-left finder at
    // (244, 244), its top-right one at (476, 244), its bottom-left one at (244, 476).
    const auto near = [](const std::vector<FinderPattern>& fs, double x, double y) {
        return std::count_if(fs.begin(), fs.end(), [&](const FinderPattern& f) { return std::hypot(f.centre.x - x, f.centre.y - y) < 8; });
    };
    CHECK(near(plain, 244, 244) + near(plain, 476, 244) == 0);
    CHECK(near(bridged, 244, 244) == 0);
    CHECK(near(bridged, 476, 244) == 1);
    CHECK(near(faint, 244, 244) == 1);
    CHECK(near(faint, 476, 244) == 0);
    const auto candidates = locate_candidates(photo);
    REQUIRE(has_pair(candidates));
    const Candidate& pair = candidates.front();
    CHECK(pair.modules == 37);
    CHECK(pair.finders_bridged);
    REQUIRE(pair.missing_finders.size() == 1);
    CHECK(std::hypot(pair.missing_finders[0].x - 244, pair.missing_finders[0].y - 476) < 16);
}

TEST_CASE("a far-away code closed by the bridge into one square-in-square makes no pair")
{
    // The bridge fills a code of a pixel or two a module into one dark square with a speck of light in
    // it: a single "finder" many modules wide, which no second finder pairs with.
    const cv::Mat photo = fixtures::tiny_photo();
    FinderThresholdMaps maps;
    find_finder_patterns(photo, &maps);
    CHECK(find_scratched_finder_patterns(maps).size() <= 1);
    CHECK_FALSE(has_pair(locate_candidates(photo)));
}
