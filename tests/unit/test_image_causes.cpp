// End to end on hand-checked synthetic photos: the first cause diagnose_image names, one degradation
// at a time.
#include <doctest/doctest.h>

#include "qrdiag/diagnose.h"
#include "test_image_fixtures.h"

using namespace qrdiag;

namespace {

Diagnosis check(const cv::Mat& gray)
{
    return diagnose_image(ImageView{gray.data, gray.cols, gray.rows, PixelFormat::Gray, static_cast<std::ptrdiff_t>(gray.step)});
}

CauseId first_cause(const Diagnosis& d)
{
    REQUIRE(!d.causes.empty());
    return d.causes.front().id;
}

}  // namespace

TEST_CASE("a clean code passes with its text and no image cause")
{
    const Diagnosis d = check(fixtures::clean_photo());
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].decoded);
    CHECK(d.codes[0].text == fixtures::kPayload);
    CHECK(d.codes[0].decoder == "zxing");
    for (const Cause& c : d.causes) {
        CHECK(c.id != CauseId::BlurDamage);
        CHECK(c.id != CauseId::QuietZone);
        CHECK(c.id != CauseId::DistanceScale);
    }
}

TEST_CASE("the margin is measured to a fraction of a module, side by side")
{
    // A white card with an 8-module margin; a dark bar 2.5 modules above the middle of the symbol (the
    // margin runs round the corners, so a bar reaching past them would show on the sides too).
    const int px = 8;
    cv::Mat card = fixtures::render(fixtures::symbol_grid(), px, 8);
    cv::rectangle(card, cv::Rect(card.cols / 3, (8 - 2.5 - 1) * px, card.cols / 3, px), cv::Scalar(20), cv::FILLED);
    cv::Mat img(card.rows + 200, card.cols + 200, CV_8U, cv::Scalar(235));
    card.copyTo(img(cv::Rect(100, 100, card.cols, card.rows)));
    const Diagnosis d = check(img);
    REQUIRE(d.codes.size() == 1);
    REQUIRE(d.codes[0].measures);
    const auto& qz = d.codes[0].measures->quiet_zone_modules;
    CHECK(qz[0] == doctest::Approx(2.5).epsilon(0.05));  // top: the bar
    CHECK(qz[1] == doctest::Approx(6.0));                // right, bottom, left: clear as far as measured
    CHECK(qz[2] == doctest::Approx(6.0));
    CHECK(qz[3] == doctest::Approx(6.0));
    // Under 3 modules: a warning that some phones will not read it, naming the side.
    REQUIRE(!d.causes.empty());
    CHECK(d.causes.front().id == CauseId::QuietZone);
    CHECK(d.causes.front().severity == Severity::Warn);
    CHECK(d.causes.front().findings.front().found == "2.5 modules (top)");
}

TEST_CASE("a strongly defocused code is blamed on blur")
{
    const Diagnosis d = check(fixtures::blurred_photo(1.0));
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::BlurDamage);
}

TEST_CASE("a code pressed against dark artwork is blamed on its quiet zone")
{
    const Diagnosis d = check(fixtures::no_margin_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::QuietZone);
}

// samples/images/quiet_zone/027 (checked by eye): a card whose dark frame runs flush into the code's
// corner squares, with artwork along the top edge. WeChat reads it; ZXing and every locator miss it.
TEST_CASE("a code only the tolerant decoder reads, corner squares merged into a dark frame, fails on its quiet zone")
{
    const Diagnosis d = diagnose_file(QRDIAG_SOURCE_DIR "/samples/images/quiet_zone/027-dark-frame.jpg");
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].decoder == "wechat");
    CHECK(d.codes[0].text.rfind("000201", 0) == 0);
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::QuietZone);
    CHECK(d.causes.front().findings.front().rule == "image.finders_not_apart");
}

TEST_CASE("a code printed light on dark is read with its tones swapped and warned about, not failed")
{
    // A T-shirt print: light modules on a dark ground, the ground running out to the photo's edges.
    cv::Mat photo = fixtures::poster(700, 600, 5, 40);
    fixtures::paste(photo, fixtures::render(fixtures::symbol_grid(), 6, 4, 230, 30), 350, 300);
    fixtures::add_noise(photo, 4);
    const Diagnosis d = check(photo);
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].text == fixtures::kPayload);
    CHECK(d.codes[0].decoder == "zxing-inverted");
    CHECK(d.verdict == Verdict::Warn);
    CHECK(first_cause(d) == CauseId::QuietZone);
    CHECK(d.causes.front().findings.front().rule == "image.light_on_dark");
}

TEST_CASE("a code a few pixels per module wide is blamed on distance")
{
    const Diagnosis d = check(fixtures::tiny_photo());
    CHECK(first_cause(d) == CauseId::DistanceScale);
}

TEST_CASE("a far-away code on a dark card is blamed on distance, outlined as the code, not the card")
{
    const Diagnosis d = check(fixtures::tiny_on_dark_card_photo());
    CHECK(first_cause(d) == CauseId::DistanceScale);
    REQUIRE(d.codes.size() == 1);
    // The outline is the symbol's, not the card's: nearer the symbol's side than the card's.
    const double n = fixtures::symbol_grid().rows, symbol = n * 4 * 0.28, card = (n + 48) * 4 * 0.28;
    const auto& q = d.codes[0].corners;
    const double side = std::hypot(q[1].x - q[0].x, q[1].y - q[0].y);
    CHECK(side < (symbol + card) / 2);
}

TEST_CASE("a far-away code beside a blotchy wall is blamed on distance; the wall is not taken for a blurred code")
{
    const Diagnosis d = check(fixtures::tiny_beside_blotchy_wall_photo());
    CHECK(first_cause(d) == CauseId::DistanceScale);
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].corners[0].x > 1100);  // the code's outline, not the wall's (x 100–900)
}

TEST_CASE("a far-away code whose finders show as blobs is still far away, beside a blotchy wall")
{
    // At 1.1 px per module the code's own finders pass for three blurred blobs; it was found in the
    // full-resolution search for far-away codes, so it is blamed on distance, and the wall is dropped.
    const Diagnosis d = check(fixtures::tiny_beside_blotchy_wall_photo(0.27));
    CHECK(first_cause(d) == CauseId::DistanceScale);
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].corners[0].x > 1100);
}

TEST_CASE("a sharp crossword is no code: dark blobs in sharp print are not a blurred code's finders")
{
    const Diagnosis d = check(fixtures::crossword_photo());
    CHECK(first_cause(d) == CauseId::NoCodeFound);
    CHECK(d.codes.empty());
}

TEST_CASE("a far-away code in dim print, softened by the lens, is blamed on distance")
{
    // Under 1 px per module the lens mixes each module with its neighbours: the code keeps about 23 grey
    // levels of contrast, under what a region at the search size needs, and its tones run together.
    const Diagnosis d = check(fixtures::faint_far_photo());
    CHECK(first_cause(d) == CauseId::DistanceScale);
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].corners[0].x > 950);  // the code at (1000, 500), 26 px across
    CHECK(d.codes[0].corners[0].x < 1000);
}

TEST_CASE("a far-away code on a busy weave is found above the weave's own texture, and blamed on distance")
{
    const Diagnosis d = check(fixtures::far_on_busy_weave_photo());
    CHECK(first_cause(d) == CauseId::DistanceScale);
    REQUIRE(d.codes.size() == 1);
    CHECK(std::abs(d.codes[0].corners[0].x - 937) < 12);  // the code, 26 px across, centred at (950, 600)
}

TEST_CASE("three dark squares beside text, nudged by the camera by less than a module, are no code")
{
    // The blobs sit where a blurred code's finders would, and the picture differs by direction; but a
    // streak this short stops no decoder, so it cannot be what hides a code's finders.
    const Diagnosis d = check(fixtures::squares_beside_text_nudged_photo());
    CHECK(first_cause(d) == CauseId::NoCodeFound);
    CHECK(d.codes.empty());
}

TEST_CASE("a calendar's sharp digits are no far-away code")
{
    // Digits and ruled corners make small square patches of print at full resolution, as a far-away code
    // does; but they keep two clean tones, where a code of one or two pixels per module is mixed grey.
    const Diagnosis d = check(fixtures::calendar_photo());
    CHECK(first_cause(d) == CauseId::NoCodeFound);
    CHECK(d.codes.empty());
}

TEST_CASE("a code in faded print is blamed on the fading, and read once its contrast is stretched")
{
    const Diagnosis d = check(fixtures::faded_print_photo());
    CHECK(first_cause(d) == CauseId::BlurDamage);
    CHECK(d.causes.front().findings.front().rule == "image.low_contrast");
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].text == fixtures::kPayload);
}

TEST_CASE("a code cut through its data by the photo's edge, one finder in view, is blamed on distance")
{
    const Diagnosis d = check(fixtures::strip_at_top_edge_photo());
    CHECK(first_cause(d) == CauseId::DistanceScale);
    REQUIRE(d.codes.size() == 1);
    // Placed upwards from the bottom-left finder: the outline runs out of the photo's top.
    const auto& q = d.codes[0].corners;
    CHECK(std::min({q[0].y, q[1].y, q[2].y, q[3].y}) < 0);
}

TEST_CASE("a code so close it fills the photo and leaves it is blamed on distance")
{
    const Diagnosis d = check(fixtures::close_up_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::DistanceScale);
    CHECK(d.causes.front().findings.front().rule == "image.leaves_frame");
}

TEST_CASE("a code so close that all three finders are beyond the photo's edge is blamed on distance, not blur")
{
    const Diagnosis d = check(fixtures::cut_to_its_data_photo());
    CHECK(d.verdict == Verdict::Fail);
    REQUIRE(d.causes.size() == 1);
    CHECK(d.causes.front().id == CauseId::DistanceScale);
    CHECK(d.causes.front().findings.front().rule == "image.leaves_frame");
}

TEST_CASE("a code on a busy card with both top finders peeled off is blamed on damage, outlined at its finder")
{
    const cv::Mat photo = fixtures::peeled_on_card_photo();
    const Diagnosis d = check(photo);
    CHECK(first_cause(d) == CauseId::BlurDamage);
    CHECK(d.causes.front().findings.front().rule == "image.finder_missing");
    REQUIRE(d.codes.size() == 1);
    // The outline is the block of modules below the band, not the card: under half the card's width wide.
    const auto& q = d.codes[0].corners;
    const float wide = std::max({q[0].x, q[1].x, q[2].x, q[3].x}) - std::min({q[0].x, q[1].x, q[2].x, q[3].x});
    CHECK(wide < 0.3f * static_cast<float>(photo.cols));
}

TEST_CASE("a code cut by the photo's edge is blamed on distance")
{
    const Diagnosis d = check(fixtures::cut_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::DistanceScale);
    CHECK(d.causes.front().findings.front().rule == "image.leaves_frame");
}

TEST_CASE("a small sharp code in a large photo is placed by its finders at full resolution, not taken for a far-away one")
{
    // Found only by the full-resolution texture search; without the second finder look it was no code.
    const Diagnosis d = check(fixtures::small_code_on_dark_card_photo());
    CHECK(first_cause(d) == CauseId::QuietZone);
    for (const Cause& c : d.causes) CHECK(c.id != CauseId::DistanceScale);
}

TEST_CASE("a code cut through two of its finders is blamed on distance, not on the finders it lost")
{
    const Diagnosis d = check(fixtures::cut_through_finders_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::DistanceScale);
    CHECK(d.causes.front().findings.front().rule == "image.leaves_frame");
}

TEST_CASE("a code with a torn finder corner is blamed on damage")
{
    const Diagnosis d = check(fixtures::torn_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::BlurDamage);
}

TEST_CASE("a scratched code with one finder abraded is blamed on damage, and read once that finder is redrawn")
{
    const Diagnosis d = check(fixtures::scratched_photo());
    CHECK(d.verdict == Verdict::Fail);
    REQUIRE(!d.causes.empty());
    CHECK(first_cause(d) == CauseId::BlurDamage);
    REQUIRE(!d.causes.front().findings.empty());
    CHECK(d.causes.front().findings.front().rule == "image.repair_decodes");
    REQUIRE(!d.codes.empty());
    CHECK(d.codes.front().text == fixtures::kPayload);
}

TEST_CASE("a stained code is what the photo is about, not a far-away speck across it")
{
    const Diagnosis d = check(fixtures::stained_beside_far_speck_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::BlurDamage);
    REQUIRE(!d.codes.empty());
    double cx = 0;
    for (const auto& p : d.codes[0].corners) cx += p.x / 4;
    CHECK(cx < 700);  // the stained code is centred at x = 450, the speck at 1150
}

TEST_CASE("a code with its top-right corner torn off is outlined over its modules, not over the poster beside it")
{
    const cv::Mat photo = fixtures::torn_top_right_photo();
    const Diagnosis d = check(photo);
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::BlurDamage);
    REQUIRE(!d.codes.empty());
    // The card's centre is two thirds across; the mirror hypothesis would put the symbol left of it.
    double cx = 0;
    for (const auto& p : d.codes[0].corners) cx += p.x / 4;
    CHECK(cx > photo.cols / 2);
}

TEST_CASE("a soft Aztec ticket is no QR code: its bullseye sits in the middle, not in a corner")
{
    const Diagnosis d = check(fixtures::blurred_aztec_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::NoCodeFound);
}

TEST_CASE("a Data Matrix label is no QR code, and the report says what it is")
{
    const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::DataMatrix).setMargin(0).encode("LOT 4471-B EXP 2027-05", 0, 0);
    cv::Mat grid(bits.height(), bits.width(), CV_8U);
    for (int y = 0; y < bits.height(); ++y)
        for (int x = 0; x < bits.width(); ++x) grid.at<std::uint8_t>(y, x) = bits.get(x, y) ? 1 : 0;
    cv::Mat photo = fixtures::poster(900, 700, 3);
    fixtures::paste(photo, fixtures::render(grid, 10, 3), 450, 350);
    fixtures::add_noise(photo, 3);
    const Diagnosis d = check(fixtures::jpeg(photo));
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::NoCodeFound);
    CHECK(d.causes.front().findings.front().rule == "image.other_barcode");
    CHECK(d.causes.front().findings.front().found == "a barcode of another kind (DataMatrix), no QR code");
}

TEST_CASE("a picture with nothing QR-like says no code was found")
{
    const Diagnosis d = check(fixtures::no_code_photo());
    CHECK(d.verdict == Verdict::Fail);
    CHECK(first_cause(d) == CauseId::NoCodeFound);
    CHECK(d.codes.empty());
}

TEST_CASE("an empty view is an error, not a crash")
{
    const Diagnosis d = diagnose_image(ImageView{});
    CHECK(d.verdict == Verdict::Error);
    CHECK(first_cause(d) == CauseId::UnreadableInput);
}
