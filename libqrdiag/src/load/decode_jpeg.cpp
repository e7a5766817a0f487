// JPEG with libjpeg-turbo, one row at a time into the grey image: a colour photo is never held whole in
// colour. Errors longjmp back here instead of libjpeg's exit(), and its warnings go nowhere instead of
// stderr.
#include "load/decode_gray.h"

#include <opencv2/imgproc.hpp>

#include <csetjmp>
#include <cstdio>  // jpeglib.h uses FILE and size_t without including their headers

#include <jerror.h>
#include <jpeglib.h>

namespace qrdiag {

namespace {

struct ErrorManager {
    jpeg_error_mgr base;  // first, so libjpeg's pointer to it is a pointer to us
    std::jmp_buf jump;
    bool data_ran_out = false;
    bool data_damaged = false;
};

ErrorManager& manager_of(j_common_ptr cinfo) { return *reinterpret_cast<ErrorManager*>(cinfo->err); }

[[noreturn]] void jump_out(j_common_ptr cinfo) { std::longjmp(manager_of(cinfo).jump, 1); }

// Level -1 is a warning. libjpeg carries on past missing or undecodable scan data, filling blocks with
// grey or garbage that the diagnosis would read as damage to the code, so those warnings refuse the file
// (the harmless ones, such as stray bytes between segments, do not).
void note_warning(j_common_ptr cinfo, int level)
{
    if (level >= 0) return;  // trace messages
    switch (cinfo->err->msg_code) {
    case JWRN_JPEG_EOF:
    case JWRN_HIT_MARKER: manager_of(cinfo).data_ran_out = true; break;
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC: manager_of(cinfo).data_damaged = true; break;
    default: break;
    }
}

void print_nothing(j_common_ptr) {}

// Colour rows are decoded to BGR and converted with OpenCV's weights, exactly the greys qrdiag read when
// it used OpenCV's decoder. Asking libjpeg for grey instead would skip the chroma planes (about 15 ms less
// on a 12-megapixel photo) but its luma differs from the converted BGR by a few levels along saturated
// edges, enough to move borderline diagnoses the sample floors pin down.
void bgr_to_gray(cv::Mat bgr_row, cv::Mat gray_row) { cv::cvtColor(bgr_row, gray_row, cv::COLOR_BGR2GRAY); }

// Adobe's CMYK JPEGs store the inks inverted (255 is no ink), so the light reaching the eye through each
// ink is value * black / 255, the same reading OpenCV applies.
void cmyk_to_gray(const std::uint8_t* cmyk, cv::Mat rgb_row, cv::Mat gray_row)
{
    std::uint8_t* rgb = rgb_row.ptr<std::uint8_t>();
    for (int x = 0; x < rgb_row.cols; ++x, cmyk += 4, rgb += 3) {
        const int k = cmyk[3];
        for (int c = 0; c < 3; ++c) rgb[c] = static_cast<std::uint8_t>((cmyk[c] * k + 127) / 255);
    }
    gray_on_white(rgb_row, gray_row);
}

// The caller's buffers: the grey image, and one row of what libjpeg delivers when that is not grey.
struct Buffers {
    cv::Mat gray;
    cv::Mat colour_row;  // BGR or CMYK
    cv::Mat rgb_row;     // CMYK turned to light
};

enum class Outcome { Decoded, Failed, WrongSize };

// Everything libjpeg may jump out of happens here, with no C++ object alive in this frame (the buffers
// belong to the caller), so the longjmp skips no destructor.
Outcome read_jpeg(jpeg_decompress_struct& cinfo, ErrorManager& errors, std::string_view bytes, const ImageHeader& header,
                  Buffers& out)
{
    if (setjmp(errors.jump)) return Outcome::Failed;
    jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&cinfo, TRUE);
    if (cinfo.image_width != header.width || cinfo.image_height != header.height) return Outcome::WrongSize;
    // libjpeg converts CMYK and YCCK to CMYK only.
    const bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
    const bool grey = cinfo.jpeg_color_space == JCS_GRAYSCALE;
    cinfo.out_color_space = cmyk ? JCS_CMYK : grey ? JCS_GRAYSCALE : JCS_EXT_BGR;
    jpeg_start_decompress(&cinfo);
    out.gray.create(static_cast<int>(cinfo.output_height), static_cast<int>(cinfo.output_width), CV_8UC1);
    if (!grey) out.colour_row.create(1, out.gray.cols, cmyk ? CV_8UC4 : CV_8UC3);
    if (cmyk) out.rgb_row.create(1, out.gray.cols, CV_8UC3);
    while (cinfo.output_scanline < cinfo.output_height) {
        const int y = static_cast<int>(cinfo.output_scanline);
        JSAMPROW row = grey ? out.gray.ptr<std::uint8_t>(y) : out.colour_row.ptr<std::uint8_t>();
        if (jpeg_read_scanlines(&cinfo, &row, 1) != 1) return Outcome::Failed;
        if (cmyk) cmyk_to_gray(out.colour_row.ptr<std::uint8_t>(), out.rgb_row, out.gray.row(y));
        else if (!grey) bgr_to_gray(out.colour_row, out.gray.row(y));
    }
    jpeg_finish_decompress(&cinfo);
    return Outcome::Decoded;
}

}  // namespace

Loaded<cv::Mat> decode_jpeg_gray(std::string_view bytes, const ImageHeader& header)
{
    jpeg_decompress_struct cinfo{};
    ErrorManager errors{};
    cinfo.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = jump_out;
    errors.base.emit_message = note_warning;
    errors.base.output_message = print_nothing;
    jpeg_create_decompress(&cinfo);
    Buffers buffers;
    Outcome outcome = Outcome::Failed;
    try {
        outcome = read_jpeg(cinfo, errors, bytes, header, buffers);
    } catch (...) {  // an allocation failed: libjpeg's memory still has to be released
        jpeg_destroy_decompress(&cinfo);
        throw;
    }
    jpeg_destroy_decompress(&cinfo);
    if (outcome == Outcome::WrongSize) return {std::nullopt, size_mismatch_error(header.format)};
    if (outcome == Outcome::Failed) return {std::nullopt, corrupt_pixels_error(header.format)};
    // Damaged data often also runs into the next marker early; the damage is the cause.
    if (errors.data_damaged) return {std::nullopt, "corrupt JPEG: part of the image data is damaged"};
    if (errors.data_ran_out) return {std::nullopt, "truncated JPEG: the image data ends early; send the whole file"};
    return {buffers.gray, {}};
}

}  // namespace qrdiag
