#include <doctest/doctest.h>

#include <opencv2/core.hpp>

#include "qrdiag/diagnose.h"

using namespace qrdiag;

// Found by fuzz_image: shrinking a long thin picture to the search size rounded its short side to 0 and
// cv::resize threw, killing the whole batch.
TEST_CASE("a long thin image is diagnosed, not thrown on")
{
    for (const cv::Size size : {cv::Size(4000, 21), cv::Size(21, 4000), cv::Size(47000, 21)}) {
        cv::Mat gray(size, CV_8UC1);
        cv::randu(gray, 0, 255);
        const ImageView view{gray.data, gray.cols, gray.rows, PixelFormat::Gray, static_cast<std::ptrdiff_t>(gray.step)};
        Diagnosis d;
        CHECK_NOTHROW(d = diagnose_image(view));
        CHECK(d.verdict != Verdict::Pass);
        REQUIRE_FALSE(d.causes.empty());
        CHECK(d.causes.front().id == CauseId::NoCodeFound);
    }
}
