// A code smeared by the camera's motion past undoing is still located, as print smeared one way and no
// longer two-toned.
#include <doctest/doctest.h>

#include "qrdiag/diagnose.h"
#include "test_image_fixtures.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace qrdiag;

namespace {

Diagnosis check(const cv::Mat& photo)
{
    return diagnose_image(ImageView{photo.data, photo.cols, photo.rows, PixelFormat::Gray, static_cast<std::ptrdiff_t>(photo.step)});
}

}  // namespace

// The camera turned while the shutter was open: the photo averaged over a small rotation about a point
// `radius` px up and left of the code, so the smear is an arc of about `length` px where the code is.
cv::Mat turned_smear(const cv::Mat& img, double length, double radius)
{
    const cv::Point2f pivot(static_cast<float>(img.cols / 2.0 - radius * 0.7071), static_cast<float>(img.rows / 2.0 - radius * 0.7071));
    const double sweep_deg = length / radius * 180 / CV_PI;
    const int steps = static_cast<int>(std::ceil(length));
    cv::Mat sum = cv::Mat::zeros(img.size(), CV_32F), turned;
    for (int i = 0; i < steps; ++i) {
        const double angle = -sweep_deg / 2 + sweep_deg * i / (steps - 1);
        cv::warpAffine(img, turned, cv::getRotationMatrix2D(pivot, angle, 1.0), img.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        cv::accumulate(turned, sum);
    }
    cv::Mat out;
    sum.convertTo(out, CV_8U, 1.0 / steps);
    return out;
}

TEST_CASE("a code smeared along an arc past undoing is located and blamed on blur")
{
    // Three cases where the straight-line smear undone does not bring the finders back (checked: without
    // the smeared-print rule each is taken for no code).
    struct Case {
        int px;
        double length, radius;
    };
    for (const Case& k : {Case{7, 48, 250}, Case{8, 56, 300}, Case{8, 48, 400}}) {
        CAPTURE(k.px);
        CAPTURE(k.length);
        cv::Mat photo = turned_smear(fixtures::clean_photo(k.px, 7), k.length, k.radius);
        fixtures::add_noise(photo, 3);
        photo = fixtures::jpeg(photo, 70);
        const Diagnosis d = check(photo);
        CHECK(d.verdict == Verdict::Fail);
        REQUIRE(!d.causes.empty());
        CHECK(d.causes.front().id == CauseId::BlurDamage);
    }
}

TEST_CASE("a code smeared straight across by 4 to 7 modules, its transitions lost along the smear, is blamed on blur")
{
    // Horizontal smears at 8 px per module: fewer dark/light transitions along the rows than down the
    // columns by more than text lines show, which without the smeared tones taken into account hid the
    // code from the texture search (each case was taken for no code).
    for (int length : {32, 48, 56}) {
        CAPTURE(length);
        cv::Mat photo = fixtures::motion_blur(fixtures::clean_photo(8, 7), length, 0);
        fixtures::add_noise(photo, 3);
        photo = fixtures::jpeg(photo, 70);
        const Diagnosis d = check(photo);
        REQUIRE(!d.causes.empty());
        CHECK(d.causes.front().id == CauseId::BlurDamage);
    }
}
