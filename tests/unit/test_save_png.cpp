// Writing PNGs with libpng: what is written reads back pixel for pixel, with its print resolution.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

#include "load/decode_gray.h"
#include "load/image_header.h"
#include "save/save_png.h"

using namespace qrdiag;
namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("save_png writes grey and BGR images that read back exactly, with the dpi in pHYs")
{
    const fs::path dir = fs::temp_directory_path() / ("qrdiag_test_save_png_" + std::to_string(::getpid()));
    fs::create_directories(dir);

    cv::Mat gray(30, 40, CV_8UC1);
    for (int y = 0; y < gray.rows; ++y)
        for (int x = 0; x < gray.cols; ++x) gray.at<uchar>(y, x) = static_cast<uchar>((x * 7 + y * 3) % 256);
    REQUIRE(save_png(gray, dir / "gray.png", 300.0));
    std::string bytes = read_bytes(dir / "gray.png");
    auto header = read_image_header(bytes);
    REQUIRE(header);
    REQUIRE(header.value->dpi);
    CHECK(*header.value->dpi == doctest::Approx(300).epsilon(0.001));
    auto decoded = decode_gray(bytes, *header.value);
    REQUIRE(decoded);
    CHECK(cv::norm(*decoded.value, gray, cv::NORM_INF) == 0);

    // Blue, green and red in BGR order come back as their own greys: the channel order was kept.
    cv::Mat bgr(30, 30, CV_8UC3, cv::Scalar(255, 0, 0));
    bgr.colRange(10, 20).setTo(cv::Scalar(0, 255, 0));
    bgr.colRange(20, 30).setTo(cv::Scalar(0, 0, 255));
    REQUIRE(save_png(bgr, dir / "bgr.png"));
    bytes = read_bytes(dir / "bgr.png");
    header = read_image_header(bytes);
    REQUIRE(header);
    CHECK_FALSE(header.value->dpi);
    decoded = decode_gray(bytes, *header.value);
    REQUIRE(decoded);
    CHECK(decoded.value->at<uchar>(5, 5) == 29);    // 0.114 * 255
    CHECK(decoded.value->at<uchar>(5, 15) == 150);  // 0.587 * 255
    CHECK(decoded.value->at<uchar>(5, 25) == 76);   // 0.299 * 255

    CHECK_FALSE(save_png(gray, dir / "no-such-folder" / "x.png"));
    fs::remove_all(dir);
}
