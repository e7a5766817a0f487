// Reprints: every code written decodes back to the same payload, at the size asked, with its margin.
#include <doctest/doctest.h>

#include <ZXing/ReadBarcode.h>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "qrdiag/render.h"

using namespace qrdiag;
namespace fs = std::filesystem;

namespace {

const fs::path kDir = fs::temp_directory_path() / ("qrdiag_test_render_" + std::to_string(::getpid()));

struct Decoded {
    std::string text;
    std::string ec_level;
};

Decoded decode_png(const fs::path& path)
{
    const cv::Mat gray = cv::imread(path.string(), cv::IMREAD_GRAYSCALE);
    REQUIRE_FALSE(gray.empty());
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, static_cast<int>(gray.step));
    const ZXing::Result r = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return {r.isValid() ? r.text() : std::string(), r.ecLevel()};
}

}  // namespace

TEST_CASE("rendered PNGs decode back to the payload, with the error correction asked for")
{
    fs::create_directories(kDir);
    const std::string payloads[] = {
        "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F",
        "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6",
        "6404vi0" "Cà phê Sữa",  // non-ASCII text takes the UTF-8 path
    };
    for (const std::string& payload : payloads) {
        for (const char ec : {'M', 'Q'}) {
            CAPTURE(payload);
            CAPTURE(ec);
            RenderOptions options;
            options.ec_level = ec;
            const fs::path out = kDir / "code.png";
            const auto r = render_code(payload, out, options);
            REQUIRE(r);
            const Decoded d = decode_png(out);
            CHECK(d.text == payload);
            CHECK(d.ec_level == std::string(1, ec));
            CHECK(r.value->quiet_zone == 4);
        }
    }
    fs::remove_all(kDir);
}

TEST_CASE("the printed size follows --size, or the distance, or the default")
{
    fs::create_directories(kDir);
    const std::string payload = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";
    RenderOptions sized;
    sized.width_cm = 5.0;
    sized.dpi = 600;
    auto r = render_code(payload, kDir / "a.png", sized);
    REQUIRE(r);
    CHECK(r.value->width_cm == doctest::Approx(5.0).epsilon(0.03));
    CHECK(r.value->width_pixels == r.value->module_pixels * (r.value->modules + 8));
    const cv::Mat image = cv::imread((kDir / "a.png").string(), cv::IMREAD_GRAYSCALE);
    CHECK(image.cols == r.value->width_pixels);
    // The quiet zone is white all round: the first 4 modules of rows and columns hold no dark pixel.
    const int margin = 4 * r.value->module_pixels;
    CHECK(cv::countNonZero(image.rowRange(0, margin) < 128) == 0);
    CHECK(cv::countNonZero(image.colRange(0, margin) < 128) == 0);
    CHECK(cv::countNonZero(image.rowRange(image.rows - margin, image.rows) < 128) == 0);
    CHECK(cv::countNonZero(image.colRange(image.cols - margin, image.cols) < 128) == 0);

    RenderOptions far;
    far.distance_cm = 100;  // a code at least 10 cm wide, margin not counted
    r = render_code(payload, kDir / "b.png", far);
    REQUIRE(r);
    CHECK(r.value->width_cm * r.value->modules / (r.value->modules + 8) >= 10.0);

    r = render_code(payload, kDir / "c.svg", {});
    REQUIRE(r);
    CHECK(r.value->width_cm == doctest::Approx(kDefaultPrintWidthCm));
    std::stringstream svg;
    svg << std::ifstream(kDir / "c.svg").rdbuf();
    CHECK(svg.str().find("width=\"40.00mm\"") != std::string::npos);

    RenderOptions tiny;
    tiny.width_cm = 0.1;
    tiny.dpi = 72;
    CHECK(render_code(payload, kDir / "d.png", tiny).error.find("less than one pixel per module") != std::string::npos);
    CHECK(render_code(payload, kDir / "e.jpg", {}).error == "the output must end in .png or .svg");
    CHECK(render_code(std::string(8000, '7'), kDir / "f.png", {}).error == "the payload is too long for a QR code");
    fs::remove_all(kDir);
}
