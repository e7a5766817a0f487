// Picks the decoder by the sniffed format, turns the result upright, and keeps every failure (running
// out of memory included) inside the returned error.
#include "load/decode_gray.h"

#include <fmt/format.h>

#include <new>

namespace qrdiag {

std::string_view format_name(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::Tiff: return "TIFF";
    case ImageFormat::WebP: return "WebP";
    }
    return "image";
}

std::string corrupt_pixels_error(ImageFormat format)
{
    return fmt::format("corrupt {}: the decoder could not read the pixels", format_name(format));
}

std::string size_mismatch_error(ImageFormat format)
{
    return fmt::format("corrupt {}: the image data does not have the size its header gives", format_name(format));
}

namespace {

Loaded<cv::Mat> decode_by_format(std::string_view bytes, const ImageHeader& header)
{
    switch (header.format) {
    case ImageFormat::Png: return decode_png_gray(bytes, header);
    case ImageFormat::Jpeg: return decode_jpeg_gray(bytes, header);
    case ImageFormat::Bmp: return decode_bmp_gray(bytes, header);
    case ImageFormat::Tiff: return decode_tiff_gray(bytes, header);
    case ImageFormat::WebP: return decode_webp_gray(bytes, header);
    }
    return {std::nullopt, corrupt_pixels_error(header.format)};
}

}  // namespace

Loaded<cv::Mat> decode_gray(std::string_view bytes, const ImageHeader& header)
{
    try {
        Loaded<cv::Mat> decoded = decode_by_format(bytes, header);
        if (decoded) decoded.value = upright(std::move(*decoded.value), header.orientation);
        return decoded;
    } catch (const std::bad_alloc&) {
        return {std::nullopt, fmt::format("not enough memory to decode this {}", format_name(header.format))};
    } catch (const cv::Exception& e) {
        if (e.code == cv::Error::StsNoMem)
            return {std::nullopt, fmt::format("not enough memory to decode this {}", format_name(header.format))};
        return {std::nullopt, corrupt_pixels_error(header.format)};
    }
}

}  // namespace qrdiag
