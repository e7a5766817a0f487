// The order of an undecoded code's findings: which cause leads when a finder is lost and the margin is
// partly dark.
#include <doctest/doctest.h>

#include "locate/candidates.h"
#include "measure/candidate_findings.h"
#include "measure/candidate_measures.h"

#include <algorithm>

using namespace qrdiag;

namespace {

// A sharp code of 33 modules at 6 px, placed by two of its finders (the third not found).
Candidate finder_pair()
{
    Candidate c;
    c.source = CandidateSource::FinderPair;
    c.corners = {cv::Point2f(300, 300), cv::Point2f(498, 300), cv::Point2f(498, 498), cv::Point2f(300, 498)};
    c.module_px = 6;
    c.module_px_from_finders = true;
    c.modules = 33;
    c.finders = {cv::Point2f(321, 321), cv::Point2f(477, 321)};
    c.frame_shorter_side = 1000;
    return c;
}

CandidateEvidence sharp_with_surround(double dark_share)
{
    CandidateEvidence e;
    e.module_px = 6;
    e.edge_spread_modules = 0.2;
    e.symbol_contrast = 0.7;
    e.surround_dark_share = dark_share;
    return e;
}

}  // namespace

TEST_CASE("a finder lost under a smudge that darkens the margin at its corner is blamed on the finder")
{
    const std::vector<Finding> found = candidate_findings(finder_pair(), sharp_with_surround(0.33));
    REQUIRE(found.size() >= 2);
    CHECK(found[0].rule == "image.finder_missing");
    CHECK(found[1].rule == "image.quiet_zone");
}

TEST_CASE("a finder lost where artwork darkens most of the margin is blamed on the margin first")
{
    const std::vector<Finding> found = candidate_findings(finder_pair(), sharp_with_surround(0.75));
    REQUIRE(found.size() >= 2);
    CHECK(found[0].rule == "image.quiet_zone");
    CHECK(found[1].rule == "image.finder_missing");
}

TEST_CASE("finders seen only once scratches are bridged lead, however dark the margin")
{
    // The pair of the case above, found by the bridged search: a shadow across the phone screen darkens
    // its margin as much as artwork would, but the scratches through the finders are what stop phones.
    Candidate scratched = finder_pair();
    scratched.finders_bridged = true;
    const std::vector<Finding> found = candidate_findings(scratched, sharp_with_surround(0.75));
    REQUIRE(found.size() >= 3);
    CHECK(found[0].rule == "image.finders_scratched");
    CHECK(found[0].cause == CauseId::BlurDamage);
    CHECK(found[1].rule == "image.quiet_zone");
    CHECK(found[2].rule == "image.finder_missing");
}

TEST_CASE("a blurred code is blamed on its blur, not on scratches, whatever search found its finders")
{
    Candidate c = finder_pair();
    c.finders_bridged = true;
    CandidateEvidence e = sharp_with_surround(0.1);
    e.edge_spread_modules = 1.5;
    const std::vector<Finding> found = candidate_findings(c, e);
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.blur");
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.rule == "image.finders_scratched"; }));
}

namespace {

// A texture region's box round a sharp code whose three finders were seen, `free` of them with their
// light ring, with 11% of the box without modules (artwork in it).
Candidate region_with_three_finders(int free)
{
    Candidate c = finder_pair();
    c.source = CandidateSource::Texture;
    c.corners = {cv::Point2f(180, 440), cv::Point2f(690, 440), cv::Point2f(690, 1020), cv::Point2f(180, 1020)};
    c.modules = 89;
    c.finders = {cv::Point2f(187, 532), cv::Point2f(628, 583), cv::Point2f(122, 929)};
    c.finders_with_free_ring = free;
    return c;
}

CandidateEvidence sharp_with_blotches()
{
    CandidateEvidence e = sharp_with_surround(1.0);
    e.blotch_share = 0.11;
    return e;
}

}  // namespace

TEST_CASE("finders seen in a region, two of them without their light ring, are blamed on the margin, not on blotches")
{
    const std::vector<Finding> found = candidate_findings(region_with_three_finders(1), sharp_with_blotches());
    REQUIRE(found.size() >= 2);
    CHECK(found[0].rule == "image.finders_merged");
    CHECK(found[0].cause == CauseId::QuietZone);
    REQUIRE(!found[0].metrics.empty());
    CHECK(found[0].metrics[0].first == "finders_merged");
    CHECK(found[0].metrics[0].second == 2);
    CHECK(found[1].rule == "image.blotch");
}

TEST_CASE("finders seen in a region with their light rings leave blotches to blame")
{
    const std::vector<Finding> found = candidate_findings(region_with_three_finders(2), sharp_with_blotches());
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.blotch");
}

namespace {

// A region the far-away search found (no finder), `module_px` by the typical payment code's 45 modules,
// smeared `streak_modules` one way.
Candidate far_region(double module_px)
{
    Candidate c;
    c.source = CandidateSource::Texture;
    c.far_away = true;
    c.modules = 45;
    c.module_px = module_px;
    const float side = static_cast<float>(45 * module_px);
    c.corners = {cv::Point2f(700, 1200), cv::Point2f(700 + side, 1200), cv::Point2f(700 + side, 1200 + side), cv::Point2f(700, 1200 + side)};
    c.frame_shorter_side = 1440;
    return c;
}

CandidateEvidence smeared(double module_px, double streak_modules)
{
    CandidateEvidence e;
    e.module_px = module_px;
    e.edge_spread_modules = 1.9;
    e.symbol_contrast = 0.5;
    e.streak_modules = streak_modules;
    e.anisotropy = 1.9;
    return e;
}

}  // namespace

TEST_CASE("a region taken for a far-away code but smeared over 23 px is a code smeared by motion")
{
    const std::vector<Finding> found = candidate_findings(far_region(2.37), smeared(2.37, 9.7));
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.motion_blur");
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.rule == "image.small_modules"; }));
}

TEST_CASE("a far-away code with a streak of a few pixels is still too far")
{
    const std::vector<Finding> found = candidate_findings(far_region(1.4), smeared(1.4, 2.5));
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.small_modules");
}

namespace {

// Defocused alike every way (no streak), edges rising over `rise_modules` of `module_px`.
CandidateEvidence defocused(double module_px, double rise_modules)
{
    CandidateEvidence e;
    e.module_px = module_px;
    e.edge_spread_modules = rise_modules;
    e.symbol_contrast = 0.4;
    e.anisotropy = 1.1;
    return e;
}

}  // namespace

// draw 20261126, blur_damage_03 (checked by eye): a defocused code at 3.6 px per module whose mottle the
// far-away search found, edges rising over 1.88 modules (6.8 px).
TEST_CASE("a region taken for a far-away code but defocused over 6.8 px is a blurred code")
{
    const std::vector<Finding> found = candidate_findings(far_region(3.6), defocused(3.6, 1.88));
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.blur");
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.rule == "image.small_modules"; }));
}

TEST_CASE("a far-away code whose edges rise over 3 px is still too far")
{
    const std::vector<Finding> found = candidate_findings(far_region(2.2), defocused(2.2, 1.35));
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.small_modules");
}

namespace {

// draw 20261125, distance_scale_15 (checked by eye): a code 39% beyond the photo's bottom edge, one finder
// in view with its light ring, found as texture running into the edge; the strip along the edge is
// mostly light (0.52 of the inside's module edges). `finders` of its finders seen.
Candidate cut_region(int finders)
{
    Candidate c;
    c.source = CandidateSource::Texture;
    c.touches_frame = true;
    c.module_px = 22.7;
    c.module_px_from_finders = true;
    c.modules = 45;
    c.corners = {cv::Point2f(305, -298), cv::Point2f(1375, -298), cv::Point2f(1375, 1382), cv::Point2f(305, 1382)};
    c.finders = {cv::Point2f(1545, 91), cv::Point2f(400, 100)};
    c.finders.resize(static_cast<std::size_t>(finders));
    c.finders_with_free_ring = finders;
    c.frame_shorter_side = 1080;
    return c;
}

CandidateEvidence sharp_cut(double outside_share)
{
    CandidateEvidence e = sharp_with_surround(0.24);
    e.module_px = 22.7;
    e.edge_spread_modules = 0.14;
    e.outside_share = outside_share;
    e.frame_strip_texture = 0.52;
    return e;
}

}  // namespace

TEST_CASE("a lone finder in texture running into the photo's edge is a code cut by it, however plain the strip")
{
    const std::vector<Finding> found = candidate_findings(cut_region(1), sharp_cut(0.83));
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.leaves_frame");
    CHECK(found[0].cause == CauseId::DistanceScale);
}

TEST_CASE("two finders in such a region with a plain strip are a damaged code, not one cut by the edge")
{
    const std::vector<Finding> found = candidate_findings(cut_region(2), sharp_cut(0.02));
    REQUIRE(!found.empty());
    CHECK(found[0].rule != "image.leaves_frame");
}

// draw 20261131, blur_damage_04 (checked by eye): a tear of 43×40 modules takes the top-left finder; the
// region's box round the rest runs into the photo's edge and holds one of the two finders left, but the
// outline stays inside the photo.
TEST_CASE("a lone finder in texture running into the edge, its outline inside the photo, is no code cut by it")
{
    CandidateEvidence e = sharp_cut(0.0);
    e.frame_strip_texture = 0.13;
    const std::vector<Finding> found = candidate_findings(cut_region(1), e);
    REQUIRE(!found.empty());
    CHECK(found[0].rule != "image.leaves_frame");
}

TEST_CASE("a sharp code faded to 8% contrast is blamed on the fading, ahead of the margin its paper makes look dark")
{
    Candidate c = finder_pair();
    c.source = CandidateSource::FinderTriple;
    c.finders.push_back(cv::Point2f(321, 477));
    CandidateEvidence e = sharp_with_surround(0.45);
    e.symbol_contrast = 0.08;
    const std::vector<Finding> found = candidate_findings(c, e);
    REQUIRE(found.size() >= 2);
    CHECK(found[0].rule == "image.low_contrast");
    CHECK(found[0].cause == CauseId::BlurDamage);
    CHECK(found[1].rule == "image.quiet_zone");
}

namespace {

// The findings for a code placed by blurred finders (none binarised), its edges rising over `spread`
// modules, its modules `contrast` apart.
std::vector<Finding> finderless_findings(double spread, double contrast)
{
    Candidate c = finder_pair();
    c.source = CandidateSource::BlurredFinders;
    c.finders.clear();
    CandidateEvidence e = sharp_with_surround(0.1);
    e.edge_spread_modules = spread;
    e.symbol_contrast = contrast;
    return candidate_findings(c, e);
}

}  // namespace

TEST_CASE("a faded code with no finder seen is blamed on the fading, not on a blur it does not show")
{
    const std::vector<Finding> found = finderless_findings(0.2, 0.12);
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.low_contrast");
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.rule == "image.blur"; }));
}

TEST_CASE("a blurred code's low contrast is its blur: no fading is blamed")
{
    const std::vector<Finding> found = finderless_findings(1.4, 0.12);
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.blur");
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.rule == "image.low_contrast"; }));
}

// draw 20261129, no_code_00 (a text page): a texture region with no finder, edges sharp, full contrast, was
// told "The code is blurred: edges take 0.00 modules to rise". A sharp region without finders says its
// finders are gone, not that it is blurred.
TEST_CASE("a sharp code region with no finder and nothing else wrong is blamed on its missing finders, not on blur")
{
    const std::vector<Finding> found = finderless_findings(0.0, 0.7);
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.no_finders");
    CHECK(found[0].cause == CauseId::BlurDamage);
    CHECK(found[0].metrics.front() == std::pair<std::string, double>("finders_found", 0));
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.rule == "image.blur"; }));
}

TEST_CASE("a soft code region with no finder is blamed on its blur")
{
    const std::vector<Finding> found = finderless_findings(1.0, 0.7);
    REQUIRE(!found.empty());
    CHECK(found[0].rule == "image.blur");
    CHECK(std::none_of(found.begin(), found.end(), [](const Finding& f) { return f.rule == "image.no_finders"; }));
}
