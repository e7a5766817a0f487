// BMP: size and pixels per metre from the DIB header; completeness from the file size it declares and,
// for uncompressed pixels, from the size the rows must take.
#include "load/image_header.h"

#include <cstdlib>

namespace qrdiag {

namespace {
constexpr std::uint32_t kCoreHeaderBytes = 12;  // OS/2 BITMAPCOREHEADER: 16-bit sizes, no resolution
constexpr double kInchesPerMetre = 0.0254;
constexpr std::uint32_t kUncompressed = 0, kBitFields = 3, kAlphaBitFields = 6;  // biCompression

// Uncompressed rows are padded to whole 32-bit words (the BMP format's rule).
std::uint64_t pixel_array_bytes(std::uint32_t width, std::uint32_t height, std::uint32_t bits_per_pixel)
{
    return (static_cast<std::uint64_t>(width) * bits_per_pixel + 31) / 32 * 4 * height;
}

}  // namespace

Loaded<ImageHeader> read_bmp_header(std::string_view bytes)
{
    ImageHeader header;
    header.format = ImageFormat::Bmp;
    const auto file_size = read_le(bytes, 2, 4), dib_size = read_le(bytes, 14, 4);
    if (!file_size || !dib_size) return {std::nullopt, "truncated BMP (the file ends inside its header)"};
    if (*dib_size == kCoreHeaderBytes) {
        const auto width = read_le(bytes, 18, 2), height = read_le(bytes, 20, 2);
        if (!width || !height) return {std::nullopt, "truncated BMP (the file ends inside its header)"};
        header.width = *width;
        header.height = *height;
    } else {
        const auto width = read_le(bytes, 18, 4), height = read_le(bytes, 22, 4);
        if (!width || !height) return {std::nullopt, "truncated BMP (the file ends inside its header)"};
        // Signed: a negative height means rows are stored top-down.
        header.width = static_cast<std::uint32_t>(std::abs(static_cast<std::int64_t>(static_cast<std::int32_t>(*width))));
        header.height = static_cast<std::uint32_t>(std::abs(static_cast<std::int64_t>(static_cast<std::int32_t>(*height))));
        if (const auto per_metre = read_le(bytes, 38, 4); per_metre && *per_metre > 0 && *per_metre < (1u << 24))
            header.dpi = *per_metre * kInchesPerMetre;
    }
    if (header.width == 0 || header.height == 0) return {std::nullopt, "corrupt BMP header (zero width or height)"};
    // Some writers leave the declared size 0; only a larger declared size than the file is a truncation.
    header.truncated = *file_size > bytes.size();
    // A decoder reads missing rows as black; the pixel array's own size catches a cut that the declared
    // file size does not.
    const auto pixels_at = read_le(bytes, 10, 4);
    const auto bits = read_le(bytes, *dib_size == kCoreHeaderBytes ? 24 : 28, 2);
    const auto compression = *dib_size == kCoreHeaderBytes ? std::optional<std::uint32_t>(kUncompressed) : read_le(bytes, 30, 4);
    if (pixels_at && bits && compression &&
        (*compression == kUncompressed || *compression == kBitFields || *compression == kAlphaBitFields))
        header.truncated = header.truncated || *pixels_at + pixel_array_bytes(header.width, header.height, *bits) > bytes.size();
    return {header, {}};
}

}  // namespace qrdiag
