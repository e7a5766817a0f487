// Texture regions: which of the regions found at the two window sizes are kept.
#include <doctest/doctest.h>

#include "locate/texture_regions.h"

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
