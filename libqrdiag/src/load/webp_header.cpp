// WebP: size from the VP8 / VP8L / VP8X chunk; completeness from the RIFF size.
#include "load/image_header.h"

namespace qrdiag {

namespace {
constexpr std::size_t kRiffHeaderBytes = 12;  // "RIFF", size, "WEBP"
constexpr std::size_t kChunkData = kRiffHeaderBytes + 8;
}  // namespace

Loaded<ImageHeader> read_webp_header(std::string_view bytes)
{
    ImageHeader header;
    header.format = ImageFormat::WebP;
    const auto riff_size = read_le(bytes, 4, 4);
    const std::string_view chunk = bytes.substr(std::min(bytes.size(), kRiffHeaderBytes), 4);
    std::optional<std::uint32_t> width, height;
    if (chunk == "VP8 ") {
        // Lossy: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
        if (bytes.size() < kChunkData + 6 || bytes.substr(kChunkData + 3, 3) != "\x9D\x01\x2A") return {std::nullopt, "corrupt WebP header"};
        width = read_le(bytes, kChunkData + 6, 2);
        height = read_le(bytes, kChunkData + 8, 2);
        if (width) *width &= 0x3FFF;
        if (height) *height &= 0x3FFF;
    } else if (chunk == "VP8L") {
        // Lossless: signature 0x2F, then width-1 and height-1 in 14 bits each.
        const auto bits = read_le(bytes, kChunkData + 1, 4);
        if (bits) width = (*bits & 0x3FFF) + 1, height = ((*bits >> 14) & 0x3FFF) + 1;
    } else if (chunk == "VP8X") {
        // Extended: flags (4 bytes), then canvas width-1 and height-1 in 24 bits each.
        const auto w = read_le(bytes, kChunkData + 4, 3), h = read_le(bytes, kChunkData + 7, 3);
        if (w && h) width = *w + 1, height = *h + 1;
    } else {
        return {std::nullopt, "corrupt WebP header (unknown first chunk)"};
    }
    if (!width || !height || !riff_size) return {std::nullopt, "truncated WebP (the file ends inside its header)"};
    if (*width == 0 || *height == 0) return {std::nullopt, "corrupt WebP header (zero width or height)"};
    header.width = *width;
    header.height = *height;
    header.truncated = static_cast<std::uint64_t>(*riff_size) + 8 > bytes.size();
    return {header, {}};
}

}  // namespace qrdiag
