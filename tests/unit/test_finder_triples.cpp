// Finder triples: three finders placed as a symbol's corners, and the outline they give.
#include <doctest/doctest.h>

#include "locate/candidates.h"
#include "test_image_fixtures.h"

#include <algorithm>

using namespace qrdiag;

namespace {

// The triple found in a photo of a tilted version-5 symbol, checked against its true outline.
void check_outlined_within_a_module(const cv::Mat& img, const std::array<cv::Point2f, 4>& truth)
{
    const std::vector<Candidate> found = locate_candidates(img);
    const auto triple = std::find_if(found.begin(), found.end(), [](const Candidate& c) { return c.source == CandidateSource::FinderTriple; });
    REQUIRE(triple != found.end());
    CHECK(triple->modules == 37);
    const double module_px = cv::norm(truth[1] - truth[0]) / 37;
    for (std::size_t i = 0; i < 4; ++i) CHECK(cv::norm(triple->corners[i] - truth[i]) < module_px);
}

}  // namespace

TEST_CASE("a symbol seen at a steep angle, its finders merged into a dark card, is outlined in perspective")
{
    // Placed square on, the outline misses the far modules by over a module and the grid fails to fit;
    // the finders' own sizes give the perspective.
    std::array<cv::Point2f, 4> truth;
    const cv::Mat img = fixtures::tilted_on_dark_card_photo(truth);
    check_outlined_within_a_module(img, truth);
}

TEST_CASE("a symbol seen at a moderate angle is outlined in perspective even where the square-on grid fits")
{
    // Square on, the grid still fits (0.80) but the corner without a finder lies six modules off.
    std::array<cv::Point2f, 4> truth;
    const cv::Mat img = fixtures::tilted_on_dark_card_photo(truth, 0.1f);
    check_outlined_within_a_module(img, truth);
}
