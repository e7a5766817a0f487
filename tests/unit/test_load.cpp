// Safe image loading: format by magic bytes, size from the header before decoding, truncation, DPI.
#include <doctest/doctest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "load/image_header.h"
#include "load/load_image.h"
#include "qrdiag/diagnose.h"

using namespace qrdiag;
namespace fs = std::filesystem;

namespace {

std::string be32(std::uint32_t v)
{
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

// A PNG chunk with a dummy CRC: the header reader walks chunks by length and never checks CRCs.
std::string png_chunk(const std::string& type, const std::string& data) { return be32(static_cast<std::uint32_t>(data.size())) + type + data + "CRC!"; }

std::string png_bytes(std::uint32_t width, std::uint32_t height, const std::string& extra_chunks = "", bool with_end = true)
{
    std::string ihdr = be32(width) + be32(height) + std::string("\x08\x00\x00\x00\x00", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + png_chunk("IHDR", ihdr) + extra_chunks + png_chunk("IDAT", "xx") +
           (with_end ? png_chunk("IEND", "") : "");
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("qrdiag_test_load_" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    fs::path write(const std::string& name, const std::string& bytes) const
    {
        std::ofstream(path / name, std::ios::binary) << bytes;
        return path / name;
    }
};

std::string encoded(const std::string& ext, int width, int height)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    cv::rectangle(image, {width / 4, height / 4}, {width / 2, height / 2}, cv::Scalar(0, 0, 0), cv::FILLED);
    std::vector<uchar> bytes;
    REQUIRE(cv::imencode(ext, image, bytes));
    return {bytes.begin(), bytes.end()};
}

}  // namespace

TEST_CASE("the format comes from the magic bytes and bad files are named")
{
    CHECK(read_image_header("").error == "empty file");
    CHECK(read_image_header("00020101021138530010A000000727\n").error == "not an image: looks like text");
    CHECK(read_image_header("GIF89a\x01\x00\x01\x00").error.find("GIF images are not supported") == 0);
    CHECK(read_image_header("%PDF-1.7\n\x80\x81").error.find("PDF") != std::string::npos);
    CHECK(read_image_header(std::string("\x00\x01\x02\x03\xfe", 5)).error == "not an image: unrecognised file format");
}

TEST_CASE("PNG size and resolution come from the header; a missing IEND is a truncation")
{
    // pHYs: 11811 pixels per metre = 300 dpi, unit 1 (metre)
    const auto header = read_image_header(png_bytes(50000, 40000, png_chunk("pHYs", be32(11811) + be32(11811) + "\x01")));
    REQUIRE(header);
    CHECK(header.value->format == ImageFormat::Png);
    CHECK(header.value->width == 50000);
    CHECK(header.value->height == 40000);
    REQUIRE(header.value->dpi);
    CHECK(*header.value->dpi == doctest::Approx(300).epsilon(0.001));
    CHECK_FALSE(header.value->truncated);
    CHECK(read_image_header(png_bytes(10, 10, "", false)).value->truncated);
    CHECK(read_image_header(png_bytes(10, 10).substr(0, 20)).error.find("truncated PNG") == 0);
    CHECK(read_image_header(png_bytes(0, 10)).error.find("zero width") != std::string::npos);
}

TEST_CASE("JPEG size from SOF, density from JFIF, EOI required")
{
    const std::string jpeg = encoded(".jpg", 123, 45);
    auto header = read_image_header(jpeg);
    REQUIRE(header);
    CHECK(header.value->format == ImageFormat::Jpeg);
    CHECK(header.value->width == 123);
    CHECK(header.value->height == 45);
    CHECK_FALSE(header.value->truncated);
    CHECK(read_image_header(jpeg.substr(0, jpeg.size() - 10)).value->truncated);

    // A hand-made JFIF APP0 saying 2 (dots per cm) x 100 = 254 dpi, then SOF0 and nothing else.
    const std::string app0("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x02\x00\x64\x00\x64\x00\x00", 18);
    const std::string sof0("\xFF\xC0\x00\x0B\x08\x00\x20\x00\x30\x01\x01\x11\x00", 13);
    header = read_image_header(std::string("\xFF\xD8", 2) + app0 + sof0);
    REQUIRE(header);
    CHECK(header.value->width == 0x30);
    CHECK(header.value->height == 0x20);
    REQUIRE(header.value->dpi);
    CHECK(*header.value->dpi == doctest::Approx(254));
    CHECK(header.value->truncated);
    CHECK(read_image_header(std::string("\xFF\xD8\xFF\xE0\x00\x10JF", 8)).error.find("truncated JPEG") == 0);
}

TEST_CASE("BMP, TIFF and WebP sizes come from their headers")
{
    for (const auto& [ext, format] : {std::pair{".bmp", ImageFormat::Bmp}, std::pair{".tiff", ImageFormat::Tiff},
                                      std::pair{".webp", ImageFormat::WebP}}) {
        CAPTURE(ext);
        const auto header = read_image_header(encoded(ext, 77, 66));
        REQUIRE(header);
        CHECK(header.value->format == format);
        CHECK(header.value->width == 77);
        CHECK(header.value->height == 66);
        CHECK_FALSE(header.value->truncated);
    }
    const std::string bmp = encoded(".bmp", 40, 40);
    CHECK(read_image_header(bmp.substr(0, bmp.size() / 2)).value->truncated);
    const std::string webp = encoded(".webp", 40, 40);
    CHECK(read_image_header(webp.substr(0, webp.size() - 4)).value->truncated);
}

TEST_CASE("load_image_file refuses bad files with one clear line and reads good ones")
{
    TempDir dir;
    CHECK(load_image_file(dir.path / "missing.png", kDefaultMaxPixels).error == "no such file");
    CHECK(load_image_file(dir.path, kDefaultMaxPixels).error.find("directory") != std::string::npos);
    CHECK(load_image_file(dir.write("empty.png", ""), kDefaultMaxPixels).error == "empty file");
    CHECK(load_image_file(dir.write("text.png", "hello\n"), kDefaultMaxPixels).error == "not an image: looks like text");
    CHECK(load_image_file(dir.write("huge.png", png_bytes(50000, 50000)), kDefaultMaxPixels).error ==
          "image too large: 50000×50000 pixels is above the budget of 100 megapixels");
    CHECK(load_image_file(dir.write("tiny.png", encoded(".png", 1, 1)), kDefaultMaxPixels).error.find("image too small: 1×1") == 0);
    const std::string jpeg = encoded(".jpg", 200, 100);
    CHECK(load_image_file(dir.write("cut.jpg", jpeg.substr(0, jpeg.size() / 2)), kDefaultMaxPixels).error.find("truncated JPEG") == 0);
    const std::string png = encoded(".png", 200, 100);
    CHECK(load_image_file(dir.write("cut.png", png.substr(0, png.size() - 20)), kDefaultMaxPixels).error.find("truncated PNG") == 0);
    // A valid header over garbage pixels: the decoder fails, we say so.
    CHECK(load_image_file(dir.write("garbage.png", png_bytes(100, 100)), kDefaultMaxPixels).error.find("corrupt PNG") == 0);

    const auto good = load_image_file(dir.write("good.jpg", jpeg), kDefaultMaxPixels);
    REQUIRE(good);
    CHECK(good.value->gray.cols == 200);
    CHECK(good.value->gray.rows == 100);
    CHECK(good.value->gray.type() == CV_8UC1);
    // The budget is the caller's: the same file refused under a smaller one.
    CHECK(load_image_file(dir.path / "good.jpg", 19'999).error.find("image too large") == 0);
}

TEST_CASE("files cut short anywhere in their magic bytes or header are refused, never thrown on")
{
    const std::string whole[] = {png_bytes(64, 64), encoded(".jpg", 64, 64), encoded(".bmp", 64, 64),
                                 encoded(".tiff", 64, 64), encoded(".webp", 64, 64)};
    for (const std::string& file : whole) {
        for (std::size_t length = 0; length < std::min<std::size_t>(file.size(), 64); ++length) {
            CAPTURE(length);
            const auto header = read_image_header(file.substr(0, length));  // must not throw
            CHECK((!header || header.value->truncated || header.value->width > 0));
        }
    }
}
