// The surround of an undecoded candidate: the share of the ring just outside it that is as dark as its
// modules, against the symbol's own threshold.
#include <doctest/doctest.h>

#include "locate/candidates.h"
#include "measure/candidate_measures.h"
#include "test_image_fixtures.h"

using namespace qrdiag;

namespace {

constexpr int kModulePx = 8;
constexpr int kMargin = 6;  // modules of surround drawn round the symbol

Candidate outline_of_symbol(int n)
{
    Candidate c;
    c.source = CandidateSource::FinderTriple;
    c.corners = fixtures::symbol_outline(n, kModulePx, kMargin);
    c.modules = n;
    c.module_px = kModulePx;
    return c;
}

}  // namespace

TEST_CASE("a print file of two exact levels, its code on dark artwork, has a dark surround")
{
    // No noise, no antialiasing: Otsu's threshold is the dark level itself, which must count as dark.
    const cv::Mat grid = fixtures::symbol_grid();
    cv::Mat page(grid.rows + 2 * kMargin, grid.cols + 2 * kMargin, CV_8U, cv::Scalar(1));
    grid.copyTo(page(cv::Rect(kMargin, kMargin, grid.cols, grid.rows)));
    const CandidateEvidence e = measure_candidate(fixtures::render(page, kModulePx, 0), outline_of_symbol(grid.rows));
    CHECK(e.surround_dark_share > 0.9);
}

TEST_CASE("the same print file with its white margin has a light surround")
{
    const cv::Mat grid = fixtures::symbol_grid();
    const CandidateEvidence e = measure_candidate(fixtures::render(grid, kModulePx, kMargin), outline_of_symbol(grid.rows));
    CHECK(e.surround_dark_share < 0.05);
}
