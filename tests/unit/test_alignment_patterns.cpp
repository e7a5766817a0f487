// Alignment patterns found without a decoder: where they are, how large their modules are, and not in
// look-alikes (finder patterns, ring letters, round icons).
#include <doctest/doctest.h>

#include "locate/alignment_patterns.h"
#include "test_image_fixtures.h"

#include <opencv2/imgproc.hpp>

using namespace qrdiag;

TEST_CASE("the alignment pattern of a version 2+ symbol is found at its place, with its module size")
{
    const cv::Mat grid = fixtures::symbol_grid();
    REQUIRE(grid.rows >= 25);  // version 2 and up have alignment patterns
    const int px = 12, quiet = 4, n = grid.rows;
    const cv::Mat card = fixtures::render(grid, px, quiet);
    const std::vector<AlignmentPattern> found = find_alignment_patterns(card, cv::Rect(0, 0, card.cols, card.rows));
    // The one at the bottom right, 6.5 modules in from the symbol's corner, is in every version ≥ 2.
    const cv::Point2f bottom_right((quiet + n - 6.5f) * px, (quiet + n - 6.5f) * px);
    bool seen = false;
    for (const AlignmentPattern& a : found) {
        CHECK(a.module_px == doctest::Approx(px).epsilon(0.15));
        seen = seen || cv::norm(a.centre - bottom_right) < px;
    }
    CHECK(seen);
}

TEST_CASE("finder patterns, a ringed letter and a bullseye icon are not alignment patterns")
{
    cv::Mat img(400, 600, CV_8U, cv::Scalar(235));
    // A finder: 7×7 ring, 5×5 light, 3×3 core at 12 px per module.
    cv::rectangle(img, cv::Rect(20, 20, 84, 84), cv::Scalar(20), cv::FILLED);
    cv::rectangle(img, cv::Rect(32, 32, 60, 60), cv::Scalar(235), cv::FILLED);
    cv::rectangle(img, cv::Rect(44, 44, 36, 36), cv::Scalar(20), cv::FILLED);
    // A bullseye: a disc, a light ring and a dot.
    cv::circle(img, cv::Point(250, 70), 50, cv::Scalar(20), cv::FILLED);
    cv::circle(img, cv::Point(250, 70), 30, cv::Scalar(235), cv::FILLED);
    cv::circle(img, cv::Point(250, 70), 10, cv::Scalar(20), cv::FILLED);
    // Text with ring letters.
    cv::putText(img, "ooo @@@ 000", cv::Point(20, 250), cv::FONT_HERSHEY_SIMPLEX, 2.5, cv::Scalar(20), 6);
    CHECK(find_alignment_patterns(img, cv::Rect(0, 0, img.cols, img.rows)).empty());
}
