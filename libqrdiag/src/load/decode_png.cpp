// PNG with libpng: palettes, low bit depths and 16-bit samples are expanded to 8 bits, then each row is
// turned to grey as it is read (transparency on white), so a colour PNG never sits whole in memory
// unless it is interlaced. libpng's errors longjmp back here and its warnings are dropped, not printed.
#include "load/decode_gray.h"

#include <png.h>

#include <cstring>
#include <vector>

namespace qrdiag {

namespace {

struct Source {
    std::string_view bytes;
    std::size_t at = 0;
};

void read_from_memory(png_structp png, png_bytep out, std::size_t length)
{
    auto& source = *static_cast<Source*>(png_get_io_ptr(png));
    if (source.bytes.size() - source.at < length) png_error(png, "read past the end");
    std::memcpy(out, source.bytes.data() + source.at, length);
    source.at += length;
}

[[noreturn]] void jump_out(png_structp png, png_const_charp) { png_longjmp(png, 1); }
void ignore_warning(png_structp, png_const_charp) {}

// The caller's buffers: a whole image for interlaced files (every pass revisits every row), else one row.
struct Buffers {
    cv::Mat gray;
    cv::Mat pixels;
    std::vector<png_bytep> rows;
};

enum class Outcome { Decoded, Failed, WrongSize };

// Everything libpng may jump out of happens here, with no C++ object alive in this frame.
Outcome read_png(png_structp png, png_infop info, const ImageHeader& header, Buffers& out)
{
    if (setjmp(png_jmpbuf(png))) return Outcome::Failed;
    // The pixel budget was checked on the header; libpng's own default limit (a million pixels a side)
    // would refuse long thin images the budget allows.
    png_set_user_limits(png, PNG_UINT_31_MAX, PNG_UINT_31_MAX);
    png_read_info(png, info);
    if (png_get_image_width(png, info) != header.width || png_get_image_height(png, info) != header.height)
        return Outcome::WrongSize;
    png_set_expand(png);    // palette to RGB, 1/2/4-bit grey to 8 bits, tRNS to an alpha channel
    png_set_scale_16(png);  // 16-bit samples rounded to 8
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const int channels = png_get_channels(png, info);
    const int width = static_cast<int>(header.width), height = static_cast<int>(header.height);
    out.gray.create(height, width, CV_8UC1);
    const bool whole_image = passes > 1 || channels == 1;
    if (channels == 1) out.pixels = out.gray;
    else out.pixels.create(whole_image ? height : 1, width, CV_8UC(channels));
    if (whole_image) {
        out.rows.resize(static_cast<std::size_t>(height));
        for (int y = 0; y < height; ++y) out.rows[static_cast<std::size_t>(y)] = out.pixels.ptr<png_byte>(y);
        png_read_image(png, out.rows.data());
        if (channels > 1) gray_on_white(out.pixels, out.gray);
    } else {
        for (int y = 0; y < height; ++y) {
            png_read_row(png, out.pixels.ptr<png_byte>(), nullptr);
            gray_on_white(out.pixels, out.gray.row(y));
        }
    }
    png_read_end(png, nullptr);
    return Outcome::Decoded;
}

}  // namespace

Loaded<cv::Mat> decode_png_gray(std::string_view bytes, const ImageHeader& header)
{
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, jump_out, ignore_warning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_read_struct(&png, nullptr, nullptr);
        throw std::bad_alloc();
    }
    Source source{bytes};
    png_set_read_fn(png, &source, read_from_memory);
    Buffers buffers;
    Outcome outcome = Outcome::Failed;
    try {
        outcome = read_png(png, info, header, buffers);
    } catch (...) {  // an allocation failed: libpng's memory still has to be released
        png_destroy_read_struct(&png, &info, nullptr);
        throw;
    }
    png_destroy_read_struct(&png, &info, nullptr);
    if (outcome == Outcome::WrongSize) return {std::nullopt, size_mismatch_error(header.format)};
    if (outcome == Outcome::Failed) return {std::nullopt, corrupt_pixels_error(header.format)};
    return {buffers.gray, {}};
}

}  // namespace qrdiag
