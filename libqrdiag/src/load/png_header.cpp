// PNG: size from IHDR, resolution from pHYs, completeness from walking the chunks to IEND. The chunks
// are only skipped over, never inflated, so this costs nothing whatever the image size.
#include "load/image_header.h"

namespace qrdiag {

namespace {
constexpr std::size_t kSignatureBytes = 8;
constexpr double kInchesPerMetre = 0.0254;
}  // namespace

Loaded<ImageHeader> read_png_header(std::string_view bytes)
{
    ImageHeader header;
    header.format = ImageFormat::Png;
    // IHDR must come first: length 13, then width and height as big-endian 32-bit numbers.
    if (bytes.size() < kSignatureBytes + 8 || bytes.substr(kSignatureBytes + 4, 4) != "IHDR") return {std::nullopt, "truncated or corrupt PNG header"};
    const auto width = read_be(bytes, 16, 4), height = read_be(bytes, 20, 4);
    if (!width || !height) return {std::nullopt, "truncated PNG (the file ends inside its header)"};
    if (*width == 0 || *height == 0) return {std::nullopt, "corrupt PNG header (zero width or height)"};
    header.width = *width;
    header.height = *height;

    bool saw_end = false;
    std::size_t at = kSignatureBytes;
    while (!saw_end) {
        const auto length = read_be(bytes, at, 4);
        if (!length || bytes.size() - at < 12 + static_cast<std::size_t>(*length)) break;
        const std::string_view type = bytes.substr(at + 4, 4);
        if (type == "pHYs" && *length >= 9 && bytes[at + 16] == 1) {  // unit 1: pixels per metre
            if (const auto per_metre = read_be(bytes, at + 8, 4); per_metre && *per_metre > 0)
                header.dpi = *per_metre * kInchesPerMetre;
        }
        saw_end = type == "IEND";
        at += 12 + *length;
    }
    header.truncated = !saw_end;
    return {header, {}};
}

}  // namespace qrdiag
