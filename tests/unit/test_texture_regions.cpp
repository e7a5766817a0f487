// Texture regions: which of the regions found at the two window sizes are kept.
#include <doctest/doctest.h>

#include "locate/candidates.h"
#include "locate/texture_regions.h"
#include "test_image_fixtures.h"

#include <algorithm>

using namespace qrdiag;

namespace {

TextureRegion region(float cx, float cy, float side, bool touches_frame = false)
{
    TextureRegion t;
    t.box = cv::RotatedRect(cv::Point2f(cx, cy), cv::Size2f(side, side), 0);
    t.touches_frame = touches_frame;
    return t;
}

constexpr double kPhotoArea = 2000.0 * 1500.0;

}  // namespace

TEST_CASE("the same region found at both window sizes is kept once, the larger")
{
    const auto kept = distinct_regions({region(500, 500, 300), region(505, 498, 330)}, kPhotoArea);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].box.size.width == 330);
}

TEST_CASE("a code inside the card round it is kept beside the card, largest first")
{
    const auto kept = distinct_regions({region(500, 520, 300), region(500, 500, 520)}, kPhotoArea);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].box.size.width == 520);
    CHECK(kept[1].box.size.width == 300);
}

TEST_CASE("a strip along the photo's edge inside a larger region is more of that region, not a code on it")
{
    const auto kept = distinct_regions({region(150, 500, 300, true), region(400, 500, 900, true)}, kPhotoArea);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].box.size.width == 900);
}

TEST_CASE("regions inside a busy backdrop that fills the photo are kept: the backdrop is not their card")
{
    const auto kept = distinct_regions({region(1000, 750, 1400), region(900, 700, 1390)}, kPhotoArea);
    CHECK(kept.size() == 2);
}

TEST_CASE("a far-away speck is not merged into a near region around it")
{
    TextureRegion speck = region(500, 500, 40);
    speck.far_away = true;
    const auto kept = distinct_regions({speck, region(500, 500, 45)}, kPhotoArea);
    CHECK(kept.size() == 2);
}

TEST_CASE("sharp texture found at full resolution inside a much larger region is part of a damaged code")
{
    TextureRegion patch = region(520, 480, 60);
    patch.far_away = true;
    const TextureRegion code = region(500, 500, 320);
    CHECK(holds_sharp_texture({code, patch}, code));
}

TEST_CASE("a far-away region about the size of the region round it, or outside it, is not part of it")
{
    TextureRegion patch = region(500, 500, 200);
    patch.far_away = true;
    const TextureRegion code = region(500, 500, 320);
    CHECK_FALSE(holds_sharp_texture({code, patch}, code));
    TextureRegion elsewhere = region(900, 500, 60);
    elsewhere.far_away = true;
    CHECK_FALSE(holds_sharp_texture({code, elsewhere}, code));
}

TEST_CASE("a region at the photo's edge, or far away itself, holds no damaged code")
{
    TextureRegion patch = region(520, 480, 60);
    patch.far_away = true;
    const TextureRegion strip = region(500, 500, 320, true);
    CHECK_FALSE(holds_sharp_texture({strip, patch}, strip));
    TextureRegion far_region = region(500, 500, 320);
    far_region.far_away = true;
    CHECK_FALSE(holds_sharp_texture({far_region, patch}, far_region));
}

namespace {

// A standee: a card of `card_grey` with light lettering and buttons, a light panel on it, and on the
// panel a code (6 px per module, 2 modules of margin at the top) with a line of text under it; the whole
// photo defocused by 0.8 module.
cv::Mat code_on_card_photo(int card_grey)
{
    constexpr int kPx = 6;
    cv::Mat photo(1200, 1000, CV_8U, cv::Scalar(170));
    photo(cv::Rect(300, 150, 400, 640)).setTo(card_grey);
    cv::putText(photo, "VietQR", cv::Point(350, 240), cv::FONT_HERSHEY_SIMPLEX, 2.0, cv::Scalar(230), 8);
    for (int i = 0; i < 3; ++i) cv::rectangle(photo, cv::Rect(330 + 120 * i, 700, 90, 45), cv::Scalar(220), 6);
    photo(cv::Rect(365, 290, 270, 330)).setTo(235);
    const cv::Mat code = fixtures::render(fixtures::symbol_grid(), kPx, 0);
    code.copyTo(photo(cv::Rect(500 - code.cols / 2, 302, code.cols, code.rows)));
    cv::putText(photo, "CAFE MOC", cv::Point(420, 302 + code.rows + 40), cv::FONT_HERSHEY_SIMPLEX, 0.9, cv::Scalar(40), 3);
    cv::Mat blurred;
    cv::GaussianBlur(photo, blurred, cv::Size(), 0.8 * kPx);
    fixtures::add_noise(blurred, 2);
    return blurred;
}

}  // namespace

TEST_CASE("a blurred code on a standee's light panel is found on the panel, not lost in its card")
{
    // The code is 37 modules of 6 px (222 px) at (500, 413); the card 400×640 px round it. The card's
    // own box fails the texture tests (dark card) or holds no symbol (mid-grey card); the panel's does.
    for (int card_grey : {40, 90}) {
        CAPTURE(card_grey);
        const cv::Mat photo = code_on_card_photo(card_grey);
        const auto regions = find_texture_regions(photo);
        CHECK(std::any_of(regions.begin(), regions.end(), [](const TextureRegion& t) {
            return std::abs(t.box.center.x - 500) < 40 && std::abs(t.box.center.y - 440) < 50 &&
                   std::max(t.box.size.width, t.box.size.height) < 340;
        }));
        const auto candidates = locate_candidates(photo);
        REQUIRE(candidates.size() == 1);
        CHECK(candidates[0].source == CandidateSource::BlurredFinders);
    }
}

TEST_CASE("a far-away code encloses light cells all over it; a two-digit number only its counters")
{
    // The symbol at 1.2 px per module, softened by the lens, and a day number on a calendar page of the
    // same size: both are small squares of dark print about half the box.
    const cv::Mat grid = fixtures::symbol_grid();
    cv::Mat code;
    cv::resize(fixtures::render(grid, 12, 2), code, cv::Size(), 0.1, 0.1, cv::INTER_AREA);
    cv::GaussianBlur(code, code, cv::Size(), 0.5);
    const float code_side = static_cast<float>(grid.rows) * 1.2f;
    const cv::RotatedRect code_box(cv::Point2f(code.cols / 2.f, code.rows / 2.f), cv::Size2f(code_side, code_side), 0);
    CHECK(enclosed_light_cells(code, code_box) >= 10);

    cv::Mat page(60, 60, CV_8U, cv::Scalar(230));
    cv::putText(page, "36", cv::Point(12, 42), cv::FONT_HERSHEY_DUPLEX, 0.8, cv::Scalar(25), 2);
    cv::GaussianBlur(page, page, cv::Size(), 0.5);
    const cv::RotatedRect digits_box(cv::Point2f(30, 34), cv::Size2f(34, 22), 0);
    CHECK(enclosed_light_cells(page, digits_box) <= 2);
}
