// Sniffing the format by magic bytes and refusing clearly what we do not read.
#include "load/image_header.h"

#include <algorithm>

namespace qrdiag {

namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

// Text files renamed to .png are a common support case: someone saved the payload, or an HTML error
// page, under the picture's name. Printable ASCII, whitespace and UTF-8 sequences in the first bytes.
bool looks_like_text(std::string_view bytes)
{
    constexpr std::size_t kSniffBytes = 512;
    const std::string_view head = bytes.substr(0, kSniffBytes);
    return std::all_of(head.begin(), head.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    });
}

}  // namespace

std::optional<std::uint32_t> read_be(std::string_view bytes, std::size_t at, int size)
{
    if (at > bytes.size() || bytes.size() - at < static_cast<std::size_t>(size)) return std::nullopt;
    std::uint32_t value = 0;
    for (int i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

std::optional<std::uint32_t> read_le(std::string_view bytes, std::size_t at, int size)
{
    if (at > bytes.size() || bytes.size() - at < static_cast<std::size_t>(size)) return std::nullopt;
    std::uint32_t value = 0;
    for (int i = size - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

Loaded<ImageHeader> read_image_header(std::string_view bytes)
{
    if (bytes.empty()) return {std::nullopt, "empty file"};
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) return read_png_header(bytes);
    if (starts_with(bytes, "\xFF\xD8\xFF")) return read_jpeg_header(bytes);
    if (starts_with(bytes, "BM")) return read_bmp_header(bytes);
    if (starts_with(bytes, std::string_view("II*\0", 4)) || starts_with(bytes, std::string_view("MM\0*", 4)))
        return read_tiff_header(bytes);
    if (starts_with(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP") return read_webp_header(bytes);
    if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a"))
        return {std::nullopt, "GIF images are not supported: save the picture as PNG or JPEG"};
    if (bytes.size() >= 8 && bytes.substr(4, 4) == "ftyp")
        return {std::nullopt, "HEIC/HEIF or video files are not supported: export the photo as JPEG"};
    if (starts_with(bytes, "%PDF")) return {std::nullopt, "not an image: a PDF document (export the page as PNG)"};
    if (looks_like_text(bytes)) return {std::nullopt, "not an image: looks like text"};
    return {std::nullopt, "not an image: unrecognised file format"};
}

}  // namespace qrdiag
