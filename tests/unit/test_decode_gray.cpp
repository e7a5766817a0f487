// Decoding each format straight to grey: the right size and the right grey for every pixel layout
// (compared with OpenCV's reading of the same bytes), transparency on white, EXIF orientation, CMYK, and
// corrupt or cut files refused with one line and nothing printed by the codec libraries.
#include <doctest/doctest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <jpeglib.h>
#include <png.h>
#include <unistd.h>

#include "load/decode_gray.h"
#include "load/image_header.h"

using namespace qrdiag;

namespace {

// A colourful picture with smooth gradients, flat blocks and sharp edges, as BGR.
cv::Mat reference_bgr(int width = 96, int height = 64)
{
    cv::Mat bgr(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            bgr.at<cv::Vec3b>(y, x) = {static_cast<uchar>(x * 255 / (width - 1)), static_cast<uchar>(y * 255 / (height - 1)),
                                       static_cast<uchar>(((x / 16 + y / 16) % 2) * 200 + 30)};
    cv::rectangle(bgr, {width / 4, height / 4}, {width / 2, height / 2}, cv::Scalar(0, 0, 0), cv::FILLED);
    cv::rectangle(bgr, {width / 2, height / 2}, {3 * width / 4, 3 * height / 4}, cv::Scalar(255, 255, 255), cv::FILLED);
    return bgr;
}

cv::Mat gray_of(const cv::Mat& bgr)
{
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    return gray;
}

std::string encoded(const cv::Mat& image, const std::string& ext, const std::vector<int>& params = {})
{
    std::vector<uchar> bytes;
    REQUIRE(cv::imencode(ext, image, bytes, params));
    return {bytes.begin(), bytes.end()};
}

// What qrdiag read before it had its own decoders: OpenCV's colour decoding, then BGR to grey.
cv::Mat opencv_gray(const std::string& bytes)
{
    const cv::Mat bgr = cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.data())),
                                     cv::IMREAD_COLOR);
    REQUIRE_FALSE(bgr.empty());
    return gray_of(bgr);
}

Loaded<cv::Mat> decode(const std::string& bytes)
{
    const auto header = read_image_header(bytes);
    REQUIRE(header);
    return decode_gray(bytes, *header.value);
}

double max_difference(const cv::Mat& a, const cv::Mat& b)
{
    REQUIRE(a.size() == b.size());
    return cv::norm(a, b, cv::NORM_INF);
}

// libpng writing any colour type, bit depth and interlacing, for the layouts OpenCV does not write.
struct PngSpec {
    int color_type = PNG_COLOR_TYPE_GRAY;
    int bit_depth = 8;
    bool interlaced = false;
    std::vector<png_color> palette;
    std::vector<png_byte> palette_alpha;  // tRNS for a palette
};

void append_to_string(png_structp png, png_bytep data, std::size_t length)
{
    static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), length);
}

// `rows` holds packed samples exactly as PNG stores them (big-endian for 16 bits).
std::string png_with(const PngSpec& spec, int width, int height, const std::vector<std::vector<png_byte>>& rows)
{
    std::string out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) std::abort();
    png_set_write_fn(png, &out, append_to_string, nullptr);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), spec.bit_depth, spec.color_type,
                 spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (!spec.palette.empty()) png_set_PLTE(png, info, spec.palette.data(), static_cast<int>(spec.palette.size()));
    if (!spec.palette_alpha.empty())
        png_set_tRNS(png, info, spec.palette_alpha.data(), static_cast<int>(spec.palette_alpha.size()), nullptr);
    std::vector<png_bytep> pointers;
    for (const auto& row : rows) pointers.push_back(const_cast<png_bytep>(row.data()));
    png_set_rows(png, info, pointers.data());
    png_write_png(png, info, PNG_TRANSFORM_IDENTITY, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

// libjpeg writing CMYK (Adobe's inverted convention: 255 is no ink), stored as CMYK or YCCK.
std::string cmyk_jpeg(const cv::Mat& cmyk, J_COLOR_SPACE stored_as)
{
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr errors{};
    cinfo.err = jpeg_std_error(&errors);
    jpeg_create_compress(&cinfo);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&cinfo, &buffer, &size);
    cinfo.image_width = static_cast<JDIMENSION>(cmyk.cols);
    cinfo.image_height = static_cast<JDIMENSION>(cmyk.rows);
    cinfo.input_components = 4;
    cinfo.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&cinfo);
    jpeg_set_colorspace(&cinfo, stored_as);  // writes the Adobe marker
    jpeg_set_quality(&cinfo, 95, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(cmyk.ptr<uchar>(static_cast<int>(cinfo.next_scanline)));
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    std::string out(reinterpret_cast<const char*>(buffer), size);
    std::free(buffer);
    return out;
}

// Runs `body` with stderr sent to a file, and returns what was written there.
template <typename Body>
std::string stderr_of(Body body)
{
    std::fflush(stderr);
    std::FILE* capture = std::tmpfile();
    REQUIRE(capture);
    struct Restore {  // even when a failed REQUIRE throws out of `body`
        int saved = ::dup(2);
        ~Restore()
        {
            std::fflush(stderr);
            ::dup2(saved, 2);
            ::close(saved);
        }
    };
    {
        Restore restore;
        ::dup2(::fileno(capture), 2);
        body();
    }
    std::rewind(capture);
    std::string text;
    for (int ch; (ch = std::fgetc(capture)) != EOF;) text += static_cast<char>(ch);
    std::fclose(capture);
    return text;
}

// A little-endian TIFF by hand: 8-bit grey, uncompressed, one strip of `data` (which may be cut short of
// width * height bytes, as in a file that was not sent whole).
std::string grey_tiff(int width, int height, const std::string& data)
{
    const auto le = [](std::uint32_t v, int bytes) {
        std::string out;
        for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
        return out;
    };
    constexpr std::uint32_t kShort = 3, kLong = 4;
    const auto entry = [&](std::uint32_t tag, std::uint32_t type, std::uint32_t value) {
        return le(tag, 2) + le(type, 2) + le(1, 4) + (type == kShort ? le(value, 2) + le(0, 2) : le(value, 4));
    };
    constexpr int kEntries = 8;
    const std::uint32_t data_at = 8 + 2 + 12 * kEntries + 4;
    const auto w = static_cast<std::uint32_t>(width), h = static_cast<std::uint32_t>(height);
    return std::string("II*\0", 4) + le(8, 4) + le(kEntries, 2) + entry(256, kShort, w) + entry(257, kShort, h) +
           entry(258, kShort, 8) + entry(259, kShort, 1) + entry(262, kShort, 1) + entry(273, kLong, data_at) +
           entry(278, kShort, h) + entry(279, kLong, w * h) + le(0, 4) + data;
}

}  // namespace

TEST_CASE("PNG: grey, RGB, 16-bit and interlaced give exactly OpenCV's grey")
{
    const cv::Mat bgr = reference_bgr(), gray = gray_of(bgr);
    auto grey_png = decode(encoded(gray, ".png"));
    REQUIRE(grey_png);
    CHECK(max_difference(*grey_png.value, gray) == 0);

    auto rgb_png = decode(encoded(bgr, ".png"));
    REQUIRE(rgb_png);
    CHECK(rgb_png.value->type() == CV_8UC1);
    CHECK(max_difference(*rgb_png.value, gray) == 0);

    cv::Mat bgr16;
    bgr.convertTo(bgr16, CV_16UC3, 257);  // 8-bit value v becomes v * 257: rounds back to v exactly
    auto deep = decode(encoded(bgr16, ".png"));
    REQUIRE(deep);
    CHECK(max_difference(*deep.value, gray) == 0);

    // Adam7 interlacing, RGB: every pass fills in the same picture.
    std::vector<std::vector<png_byte>> rows;
    for (int y = 0; y < bgr.rows; ++y) {
        rows.emplace_back();
        for (int x = 0; x < bgr.cols; ++x)
            for (int c : {2, 1, 0}) rows.back().push_back(bgr.at<cv::Vec3b>(y, x)[c]);
    }
    auto interlaced = decode(png_with({PNG_COLOR_TYPE_RGB, 8, true, {}, {}}, bgr.cols, bgr.rows, rows));
    REQUIRE(interlaced);
    CHECK(max_difference(*interlaced.value, gray) == 0);
}

TEST_CASE("PNG: palettes and 1-bit grey expand; transparent pixels read as white, as a viewer shows them")
{
    // A palette of black, white, pure red and a fully transparent black, in 4 columns of 8 pixels.
    const std::vector<png_color> palette = {{0, 0, 0}, {255, 255, 255}, {255, 0, 0}, {0, 0, 0}};
    std::vector<std::vector<png_byte>> rows(24, std::vector<png_byte>(32));
    for (auto& row : rows)
        for (int x = 0; x < 32; ++x) row[static_cast<std::size_t>(x)] = static_cast<png_byte>(x / 8);
    auto indexed = decode(png_with({PNG_COLOR_TYPE_PALETTE, 8, false, palette, {255, 255, 255, 0}}, 32, 24, rows));
    REQUIRE(indexed);
    CHECK(indexed.value->size() == cv::Size(32, 24));
    CHECK(indexed.value->at<uchar>(5, 3) == 0);
    CHECK(indexed.value->at<uchar>(5, 11) == 255);
    CHECK(indexed.value->at<uchar>(5, 19) == 76);   // red's luma: 0.299 * 255
    CHECK(indexed.value->at<uchar>(5, 27) == 255);  // transparent black: the white page shows through

    // 1 bit per pixel: 8 pixels a byte, left pixel in the high bit.
    std::vector<std::vector<png_byte>> bits(24, std::vector<png_byte>(4, 0xF0));
    auto bilevel = decode(png_with({PNG_COLOR_TYPE_GRAY, 1, false, {}, {}}, 32, 24, bits));
    REQUIRE(bilevel);
    CHECK(bilevel.value->at<uchar>(0, 0) == 255);
    CHECK(bilevel.value->at<uchar>(0, 4) == 0);

    // RGBA from OpenCV: black everywhere, opaque on the left, half transparent in the middle, fully
    // transparent on the right (the margin a designer's export leaves).
    cv::Mat bgra(24, 30, CV_8UC4, cv::Scalar(0, 0, 0, 255));
    bgra.colRange(10, 20).setTo(cv::Scalar(0, 0, 0, 128));
    bgra.colRange(20, 30).setTo(cv::Scalar(0, 0, 0, 0));
    auto rgba = decode(encoded(bgra, ".png"));
    REQUIRE(rgba);
    CHECK(rgba.value->at<uchar>(12, 5) == 0);
    CHECK(rgba.value->at<uchar>(12, 15) == 127);  // 255 * (1 - 128/255)
    CHECK(rgba.value->at<uchar>(12, 25) == 255);

    // Grey with alpha.
    std::vector<std::vector<png_byte>> ga(24, std::vector<png_byte>{});
    for (auto& row : ga)
        for (int x = 0; x < 32; ++x) row.insert(row.end(), {static_cast<png_byte>(100), static_cast<png_byte>(x < 16 ? 255 : 0)});
    auto grey_alpha = decode(png_with({PNG_COLOR_TYPE_GRAY_ALPHA, 8, false, {}, {}}, 32, 24, ga));
    REQUIRE(grey_alpha);
    CHECK(grey_alpha.value->at<uchar>(3, 3) == 100);
    CHECK(grey_alpha.value->at<uchar>(3, 20) == 255);
}

TEST_CASE("JPEG: grey, colour and progressive files decode to exactly OpenCV's grey")
{
    const cv::Mat bgr = reference_bgr(320, 240), gray = gray_of(bgr);
    for (const auto& [name, image, params] :
         {std::tuple{std::string("grey"), gray, std::vector<int>{cv::IMWRITE_JPEG_QUALITY, 90}},
          std::tuple{std::string("colour 4:2:0"), bgr, std::vector<int>{cv::IMWRITE_JPEG_QUALITY, 90}},
          std::tuple{std::string("progressive"), bgr, std::vector<int>{cv::IMWRITE_JPEG_QUALITY, 80, cv::IMWRITE_JPEG_PROGRESSIVE, 1}}}) {
        CAPTURE(name);
        const std::string bytes = encoded(image, ".jpg", params);
        const auto decoded = decode(bytes);
        REQUIRE(decoded);
        CHECK(decoded.value->type() == CV_8UC1);
        CHECK(decoded.value->size() == bgr.size());
        CHECK(max_difference(*decoded.value, opencv_gray(bytes)) == 0);
        // And close to the picture that was encoded: JPEG's loss only.
        CHECK(cv::norm(*decoded.value, gray, cv::NORM_L1) / gray.total() < 3);
    }
}

TEST_CASE("JPEG: CMYK and YCCK files (Adobe's inverted inks) read as the grey they show")
{
    const cv::Mat gray = gray_of(reference_bgr(64, 48));
    // No coloured ink, black ink = the grey: stored inverted, so C = M = Y = 255 and K = the grey.
    cv::Mat cmyk(gray.size(), CV_8UC4);
    for (int y = 0; y < gray.rows; ++y)
        for (int x = 0; x < gray.cols; ++x) cmyk.at<cv::Vec4b>(y, x) = {255, 255, 255, gray.at<uchar>(y, x)};
    for (const J_COLOR_SPACE stored_as : {JCS_CMYK, JCS_YCCK}) {
        CAPTURE(static_cast<int>(stored_as));
        const std::string bytes = cmyk_jpeg(cmyk, stored_as);
        const auto decoded = decode(bytes);
        REQUIRE(decoded);
        CHECK(decoded.value->size() == gray.size());
        CHECK(cv::norm(*decoded.value, gray, cv::NORM_L1) / gray.total() < 3);
        CHECK(max_difference(*decoded.value, opencv_gray(bytes)) <= 2);
    }
}

TEST_CASE("JPEG: the EXIF orientation turns the picture upright, as OpenCV and viewers do")
{
    cv::Mat gray(40, 100, CV_8UC1, cv::Scalar(0));
    gray.colRange(0, 50).setTo(255);  // white on the left half
    const std::string plain = encoded(gray, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 95});
    // An APP1 "Exif" segment whose IFD0 holds one entry: Orientation (0x0112), SHORT, 6 = rotate 90° clockwise.
    const std::string tiff("II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0", 26);
    const std::string app1 = std::string("Exif\0\0", 6) + tiff;
    const std::string segment = std::string("\xFF\xE1", 2) + static_cast<char>(0) + static_cast<char>(app1.size() + 2) + app1;
    const std::string rotated = plain.substr(0, 2) + segment + plain.substr(2);
    const auto header = read_image_header(rotated);
    REQUIRE(header);
    CHECK(header.value->orientation == 6);
    const auto decoded = decode(rotated);
    REQUIRE(decoded);
    CHECK(decoded.value->size() == cv::Size(40, 100));
    CHECK(decoded.value->at<uchar>(5, 20) > 200);  // what was the left half is now the top
    CHECK(decoded.value->at<uchar>(95, 20) < 50);
    CHECK(max_difference(*decoded.value, opencv_gray(rotated)) <= 1);
}

TEST_CASE("BMP, TIFF and WebP decode to the same grey as OpenCV")
{
    const cv::Mat bgr = reference_bgr(), gray = gray_of(bgr);
    for (const auto& [ext, image] : {std::pair{".bmp", bgr}, std::pair{".bmp", gray}, std::pair{".tiff", bgr},
                                     std::pair{".tiff", gray}, std::pair{".webp", bgr}}) {
        CAPTURE(ext);
        CAPTURE(image.channels());
        const std::vector<int> lossless = std::string(ext) == ".webp" ? std::vector<int>{cv::IMWRITE_WEBP_QUALITY, 101} : std::vector<int>{};
        const auto decoded = decode(encoded(image, ext, lossless));
        REQUIRE(decoded);
        CHECK(max_difference(*decoded.value, gray) == 0);
    }
    // Lossy WebP: the colour comes back through the codec's YUV, so compare with OpenCV's reading.
    const std::string lossy = encoded(bgr, ".webp", {cv::IMWRITE_WEBP_QUALITY, 90});
    const auto decoded = decode(lossy);
    REQUIRE(decoded);
    CHECK(max_difference(*decoded.value, opencv_gray(lossy)) == 0);

    // WebP with alpha: a transparent region reads as white.
    cv::Mat bgra(32, 32, CV_8UC4, cv::Scalar(0, 0, 0, 255));
    bgra.colRange(16, 32).setTo(cv::Scalar(0, 0, 0, 0));
    const auto with_alpha = decode(encoded(bgra, ".webp", {cv::IMWRITE_WEBP_QUALITY, 101}));
    REQUIRE(with_alpha);
    CHECK(with_alpha.value->at<uchar>(10, 5) == 0);
    CHECK(with_alpha.value->at<uchar>(10, 25) == 255);
}

TEST_CASE("corrupt and cut files of every format are refused with one line, and nothing is printed")
{
    const cv::Mat bgr = reference_bgr(256, 192);
    const std::string jpeg = encoded(bgr, ".jpg"), png = encoded(bgr, ".png"), bmp = encoded(bgr, ".bmp"),
                      tiff = encoded(bgr, ".tiff"), webp = encoded(bgr, ".webp", {cv::IMWRITE_WEBP_QUALITY, 90});
    // Scribbles over the pixel data, leaving the header and the end marker in place.
    const auto scribbled = [](std::string bytes, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) bytes[i] = static_cast<char>((i * 37) & 0x7F);
        return bytes;
    };
    // In JPEG scan data FF 00 is eight 1 bits, and a run of 1 bits is no code of any Huffman table.
    const auto jammed = [](std::string bytes, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i + 1 < to; i += 2) bytes.replace(i, 2, std::string("\xFF\x00", 2));
        return bytes;
    };
    const std::string output = stderr_of([&] {
        const auto error_of = [](const std::string& bytes) {
            const auto header = read_image_header(bytes);
            REQUIRE(header);
            const auto decoded = decode_gray(bytes, *header.value);
            CHECK_FALSE(decoded);
            CHECK(decoded.error.find('\n') == std::string::npos);
            return decoded.error;
        };
        CHECK(error_of(scribbled(png, 60, png.size() - 12)) == "corrupt PNG: the decoder could not read the pixels");
        CHECK(error_of(jammed(jpeg, jpeg.size() / 2, jpeg.size() - 2)) == "corrupt JPEG: part of the image data is damaged");
        // Cut in the middle of the scan with the end marker stuck back on: the data ends early.
        CHECK(error_of(jpeg.substr(0, jpeg.size() / 2) + "\xFF\xD9") == "truncated JPEG: the image data ends early; send the whole file");
        CHECK(error_of(scribbled(bmp, 14, 18)) == "corrupt BMP: the decoder could not read the pixels");  // DIB header size
        // A TIFF whose strip reaches past the end of the file.
        const std::string picture(64 * 48, '\x80');
        REQUIRE(decode(grey_tiff(64, 48, picture)));
        CHECK(error_of(grey_tiff(64, 48, picture.substr(0, picture.size() / 2))) ==
              "truncated TIFF: the image data ends early; send the whole file");
        CHECK(error_of(scribbled(webp, 40, webp.size())) == "corrupt WebP: the decoder could not read the pixels");
    });
    CHECK(output.empty());
}

TEST_CASE("a BMP cut short is a truncation even when its declared file size was fixed up to match")
{
    const std::string bmp = encoded(reference_bgr(), ".bmp");
    std::string cut = bmp.substr(0, bmp.size() / 2);
    for (int i = 0; i < 4; ++i) cut[2 + static_cast<std::size_t>(i)] = static_cast<char>((cut.size() >> (8 * i)) & 0xFF);
    const auto header = read_image_header(cut);
    REQUIRE(header);
    CHECK(header.value->truncated);
    CHECK_FALSE(read_image_header(bmp).value->truncated);
}

TEST_CASE("a decoder refuses pixels whose size is not the header's, so the pixel budget holds")
{
    const std::string png = encoded(reference_bgr(), ".png");
    auto header = read_image_header(png);
    REQUIRE(header);
    ImageHeader lying = *header.value;
    lying.height = 10;
    CHECK(decode_gray(png, lying).error == "corrupt PNG: the image data does not have the size its header gives");
    const std::string jpeg = encoded(reference_bgr(), ".jpg");
    header = read_image_header(jpeg);
    REQUIRE(header);
    lying = *header.value;
    lying.width = 10;
    CHECK(decode_gray(jpeg, lying).error == "corrupt JPEG: the image data does not have the size its header gives");
}
