// PNG writing with libpng: errors longjmp back here instead of printing and aborting.
#include "save/save_png.h"

#include <png.h>

#include <cmath>
#include <cstdio>
#include <memory>

namespace qrdiag {

namespace {

constexpr double kMetresPerInch = 0.0254;
// zlib level 3: most of level 9's saving on flat QR pictures and photos, at a fraction of its time.
constexpr int kZlibLevel = 3;

[[noreturn]] void jump_out(png_structp png, png_const_charp) { png_longjmp(png, 1); }
void ignore_warning(png_structp, png_const_charp) {}

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

// Everything libpng may jump out of happens here, with no C++ object alive in this frame.
bool write_png(png_structp png, png_infop info, std::FILE* file, const cv::Mat& image, std::optional<double> dpi)
{
    if (setjmp(png_jmpbuf(png))) return false;
    png_init_io(png, file);
    png_set_compression_level(png, kZlibLevel);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.cols), static_cast<png_uint_32>(image.rows), 8,
                 image.channels() == 1 ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (dpi && *dpi > 0) {
        const auto per_metre = static_cast<png_uint_32>(std::lround(*dpi / kMetresPerInch));
        png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
    }
    png_write_info(png, info);
    if (image.channels() == 3) png_set_bgr(png);
    for (int y = 0; y < image.rows; ++y) png_write_row(png, image.ptr<png_byte>(y));
    png_write_end(png, nullptr);
    return true;
}

}  // namespace

bool save_png(const cv::Mat& image, const std::filesystem::path& out, std::optional<double> dpi)
{
    CV_Assert(image.depth() == CV_8U && (image.channels() == 1 || image.channels() == 3));
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(out.c_str(), "wb"));
    if (!file) return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, jump_out, ignore_warning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    const bool written = info && write_png(png, info, file.get(), image, dpi);
    png_destroy_write_struct(&png, &info);
    // Closing flushes the last buffered bytes: a full disk shows up here.
    return std::fclose(file.release()) == 0 && written;
}

}  // namespace qrdiag
