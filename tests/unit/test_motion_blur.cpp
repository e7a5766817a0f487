// The camera-smear measure and its undoing, on a symbol smeared by a known amount.
#include <doctest/doctest.h>

#include "measure/motion_blur.h"
#include "qrdiag/diagnose.h"
#include "repair/deconvolve.h"
#include "test_image_fixtures.h"

using namespace qrdiag;

namespace {

// A symbol at 6 px/module on white, smeared `length` px along `angle_deg`.
cv::Mat smeared_symbol(int length, double angle_deg)
{
    return fixtures::motion_blur(fixtures::render(fixtures::symbol_grid(), 6, 4), length, angle_deg);
}

double angle_error(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 180.0);
    return std::min(d, 180 - d);
}

}  // namespace

TEST_CASE("a smear's direction and length are measured")
{
    for (const auto& [length, angle] : {std::pair{15, 30.0}, {21, 115.0}, {11, 0.0}}) {
        CAPTURE(length);
        CAPTURE(angle);
        const auto blur = estimate_motion_blur(smeared_symbol(length, angle));
        REQUIRE(blur);
        CHECK(angle_error(blur->angle_deg, angle) < 6);
        CHECK(blur->length_px == doctest::Approx(length).epsilon(0.15));
    }
}

TEST_CASE("sharp, defocused and unsmeared codes show no smear")
{
    const cv::Mat sharp = fixtures::render(fixtures::symbol_grid(), 6, 4);
    CHECK_FALSE(estimate_motion_blur(sharp));
    cv::Mat defocused;
    cv::GaussianBlur(sharp, defocused, cv::Size(), 6);
    CHECK_FALSE(estimate_motion_blur(defocused));
    CHECK_FALSE(estimate_motion_blur(cv::Mat(100, 100, CV_8U, cv::Scalar(200))));  // flat
    CHECK_FALSE(estimate_motion_blur(cv::Mat(10, 10, CV_8U, cv::Scalar(0))));      // too small to tell
}

TEST_CASE("the smear's PSF is a normalised line and deconvolving by it restores the modules")
{
    const MotionBlur blur{30, 15, 10};
    const cv::Mat psf = motion_psf(blur);
    CHECK(cv::sum(psf)[0] == doctest::Approx(1.0));
    CHECK(psf.cols % 2 == 1);
    const cv::Mat grid = fixtures::symbol_grid();
    const cv::Mat smeared = smeared_symbol(15, 30);
    const cv::Mat restored = wiener_deconvolve(smeared, psf, 0.003);
    REQUIRE(restored.size() == smeared.size());
    // Modules read at their centres against the mid-grey: the smear loses one in twelve (121 of 1369),
    // the restoration a handful (6), well within what error correction absorbs.
    auto misread = [&](const cv::Mat& img) {
        int wrong = 0;
        for (int r = 0; r < grid.rows; ++r)
            for (int c = 0; c < grid.cols; ++c) {
                const bool dark = img.at<std::uint8_t>((r + 4) * 6 + 3, (c + 4) * 6 + 3) < 128;
                wrong += dark != (grid.at<std::uint8_t>(r, c) == 1);
            }
        return wrong;
    };
    CHECK(misread(smeared) > static_cast<int>(grid.total()) / 20);
    CHECK(misread(restored) * 10 < misread(smeared));
    CHECK(misread(restored) < static_cast<int>(grid.total()) / 100);
}

TEST_CASE("a smeared photo whose finders no search sees is blamed on blur, and the smear undone reads it")
{
    cv::Mat photo = fixtures::motion_blur(fixtures::clean_photo(6, 5), 21, 60);
    fixtures::add_noise(photo, 2);
    photo = fixtures::jpeg(photo, 85);
    const Diagnosis d = diagnose_image(ImageView{photo.data, photo.cols, photo.rows, PixelFormat::Gray, static_cast<std::ptrdiff_t>(photo.step)});
    REQUIRE(!d.causes.empty());
    CHECK(d.causes.front().id == CauseId::BlurDamage);
    REQUIRE(d.codes.size() == 1);
    CHECK(d.codes[0].decoded);
    CHECK(d.codes[0].text == fixtures::kPayload);
    CHECK(d.codes[0].repair.find("smear") != std::string::npos);
}
