// Whether a located code's modules reach the photo's edge, or only the box drawn round it does.
#include <doctest/doctest.h>

#include "locate/candidates.h"
#include "measure/candidate_findings.h"
#include "measure/candidate_measures.h"
#include "test_image_fixtures.h"

using namespace qrdiag;

namespace {

// A texture candidate boxed from (x0, 0) to (x1, y1): a region running into the top edge.
Candidate texture_box(float x0, float x1, float y1, int px, int modules)
{
    Candidate c;
    c.source = CandidateSource::Texture;
    c.corners = {cv::Point2f(x0, 0), cv::Point2f(x1, 0), cv::Point2f(x1, y1), cv::Point2f(x0, y1)};
    c.module_px = px;
    c.modules = modules;
    c.touches_frame = true;
    c.frame_shorter_side = 600;
    return c;
}

bool blamed_on_frame(const std::vector<Finding>& findings)
{
    for (const Finding& f : findings)
        if (f.rule == "image.leaves_frame") return true;
    return false;
}

}  // namespace

TEST_CASE("a box reaching the photo's top edge over a plain card band is not a code leaving the photo")
{
    const int px = 7;
    const cv::Mat grid = fixtures::symbol_grid();
    const int side = grid.rows * px;
    cv::Mat photo(600, 800, CV_8U, cv::Scalar(225));
    // A code on a card, four modules below the card's dark header band, which runs into the top edge.
    cv::rectangle(photo, cv::Rect(180, 0, 440, 60), cv::Scalar(35), cv::FILLED);
    fixtures::render(grid, px, 0, 20, 225).copyTo(photo(cv::Rect(400 - side / 2, 60 + 4 * px, side, side)));
    fixtures::add_noise(photo, 3);
    const Candidate c = texture_box(400.f - side / 2.f - 2 * px, 400.f + side / 2.f + 2 * px, 60.f + 6 * px + side, px, grid.rows);

    const CandidateEvidence e = measure_candidate(photo, c);
    CHECK(e.frame_strip_texture < 0.5);
    CHECK_FALSE(blamed_on_frame(candidate_findings(c, e)));
}

TEST_CASE("a code whose modules run into the photo's top edge is leaving the photo")
{
    const int px = 7;
    const cv::Mat grid = fixtures::symbol_grid();
    const int side = grid.rows * px;
    cv::Mat photo(600, 800, CV_8U, cv::Scalar(225));
    // The same code moved up until its top third is beyond the edge.
    const cv::Mat code = fixtures::render(grid, px, 0, 20, 225);
    const int cut = side / 3;
    code(cv::Rect(0, cut, side, side - cut)).copyTo(photo(cv::Rect(400 - side / 2, 0, side, side - cut)));
    fixtures::add_noise(photo, 3);
    const Candidate c = texture_box(400.f - side / 2.f - 2 * px, 400.f + side / 2.f + 2 * px, static_cast<float>(side - cut + 2 * px), px, grid.rows);

    const CandidateEvidence e = measure_candidate(photo, c);
    CHECK(e.frame_strip_texture > 0.9);
    CHECK(blamed_on_frame(candidate_findings(c, e)));
}
