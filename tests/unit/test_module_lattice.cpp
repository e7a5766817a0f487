// A module lattice seen with no finder or alignment pattern in view: found in a close-up of a code's data,
// with the module size, and not in other print that fills a photo (a chequer, random blotches, a grey
// mosaic, lines of text).
#include <doctest/doctest.h>

#include "locate/module_lattice.h"
#include "qrdiag/diagnose.h"
#include "test_image_fixtures.h"

#include <opencv2/imgproc.hpp>

#include <random>

using namespace qrdiag;

namespace {

cv::RotatedRect whole(const cv::Mat& img)
{
    return cv::RotatedRect(cv::Point2f(img.cols / 2.f, img.rows / 2.f), cv::Size2f(static_cast<float>(img.cols), static_cast<float>(img.rows)), 0);
}

}  // namespace

TEST_CASE("a close-up of a code's data modules shows their lattice, and its spacing is the module size")
{
    const int px = 22;
    const cv::Mat photo = fixtures::data_only_close_up_photo(px);
    const auto lattice = module_lattice(photo, whole(photo));
    REQUIRE(lattice);
    CHECK(lattice->module_px == doctest::Approx(px).epsilon(0.15));
    CHECK(lattice->edge_peak >= 0.25);
}

TEST_CASE("a close-up of diamond modules shows their lattice, though their print reaches further along a diagonal")
{
    // Their print reaches twice as far one way as another, and the whole view is lighter than half dark:
    // the lattice is seen with the direction spread allowed for dots and diamonds, in the view's middle.
    const int px = 22;
    const cv::Mat photo = fixtures::diamond_close_up_photo(px);
    const auto lattice = module_lattice(photo, whole(photo));
    REQUIRE(lattice);
    // Diamonds' edges lie on the module lattice turned 45°, whose spacing is the module's half-diagonal.
    CHECK(lattice->module_px == doctest::Approx(px / std::sqrt(2.0)).epsilon(0.15));
}

TEST_CASE("a crossword close-up, as light as a close-up of dot modules, is not a module lattice")
{
    const cv::Mat photo = fixtures::crossword_close_up_photo();
    CHECK_FALSE(module_lattice(photo, whole(photo)));
}

TEST_CASE("a region's box running out of the photo still shows the lattice, at the module's spacing")
{
    // The box a quarter larger than the photo: its rectified patch takes in a black border a tenth deep.
    const int px = 22;
    const cv::Mat photo = fixtures::data_only_close_up_photo(px);
    cv::RotatedRect beyond = whole(photo);
    beyond.size = beyond.size * 1.25f;
    const auto lattice = module_lattice(photo, beyond);
    REQUIRE(lattice);
    CHECK(lattice->module_px == doctest::Approx(px).epsilon(0.15));
}

TEST_CASE("a code so close that only its data modules are in view is blamed on distance")
{
    const cv::Mat photo = fixtures::data_only_close_up_photo();
    const Diagnosis d = diagnose_image(ImageView{photo.data, photo.cols, photo.rows, PixelFormat::Gray, static_cast<std::ptrdiff_t>(photo.step)});
    CHECK(d.verdict == Verdict::Fail);
    REQUIRE(!d.causes.empty());
    CHECK(d.causes.front().id == CauseId::DistanceScale);
    CHECK(d.causes.front().findings.front().rule == "image.leaves_frame");
}

TEST_CASE("a chequer repeats: it is not a module lattice")
{
    cv::Mat img(480, 480, CV_8U);
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x) img.at<std::uint8_t>(y, x) = ((x / 24 + y / 24) % 2) ? 30 : 220;
    CHECK_FALSE(module_lattice(img, whole(img)));
}

TEST_CASE("random two-tone blotches (granite, gravel) have no lattice")
{
    cv::Mat noise(480, 480, CV_32F), blotches;
    cv::theRNG().state = 5;
    cv::randn(noise, 0, 1);
    cv::GaussianBlur(noise, noise, cv::Size(), 8);
    cv::threshold(noise, blotches, 0, 1, cv::THRESH_BINARY);
    blotches.convertTo(blotches, CV_8U, 190, 30);
    CHECK_FALSE(module_lattice(blotches, whole(blotches)));
}

TEST_CASE("a mosaic of random tiles in five tones is not a two-tone code")
{
    cv::Mat img(480, 480, CV_8U);
    std::mt19937 rng(9);
    const std::uint8_t tones[] = {40, 90, 130, 170, 220};
    for (int y = 0; y < img.rows; y += 24)
        for (int x = 0; x < img.cols; x += 24) img(cv::Rect(x, y, 24, 24)).setTo(tones[rng() % 5]);
    CHECK_FALSE(module_lattice(img, whole(img)));
}

TEST_CASE("lines of text are not a module lattice")
{
    cv::Mat img(480, 640, CV_8U, cv::Scalar(235));
    for (int line = 0; line < 9; ++line)
        cv::putText(img, "THANH TOAN 150000 VND", cv::Point(10, 45 + line * 52), cv::FONT_HERSHEY_SIMPLEX, 1.2, cv::Scalar(25), 4);
    CHECK_FALSE(module_lattice(img, whole(img)));
}
