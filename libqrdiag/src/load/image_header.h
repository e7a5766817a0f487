// What an image file's header says, read before any pixel is decoded: the format (from magic bytes, not
// the file name), the size, the resolution, and whether the file is complete.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "qrdiag/payload.h"  // Loaded<T>

namespace qrdiag {

enum class ImageFormat { Png, Jpeg, Bmp, Tiff, WebP };

struct ImageHeader {
    ImageFormat format = ImageFormat::Png;
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    std::optional<double> dpi;  // from pHYs, JFIF density, BMP pixels per metre, TIFF XResolution
    bool truncated = false;     // the file ends before its end marker (PNG IEND, JPEG EOI, RIFF size...)
    int orientation = 1;        // EXIF Orientation of a JPEG (1: stored upright)
};

// Reads the header of any supported format. The error is one line for a person: "empty file",
// "not an image: looks like text", "GIF images are not supported...", "corrupt PNG header".
Loaded<ImageHeader> read_image_header(std::string_view bytes);

// One reader per format; each gets the whole file and may assume its magic bytes matched.
Loaded<ImageHeader> read_png_header(std::string_view bytes);
Loaded<ImageHeader> read_jpeg_header(std::string_view bytes);
Loaded<ImageHeader> read_bmp_header(std::string_view bytes);
Loaded<ImageHeader> read_tiff_header(std::string_view bytes);
Loaded<ImageHeader> read_webp_header(std::string_view bytes);

// Bounds-checked integer reads: nullopt past the end.
std::optional<std::uint32_t> read_be(std::string_view bytes, std::size_t at, int size);
std::optional<std::uint32_t> read_le(std::string_view bytes, std::size_t at, int size);

}  // namespace qrdiag
