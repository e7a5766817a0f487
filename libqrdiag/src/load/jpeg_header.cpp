// JPEG: size from the start-of-frame segment, resolution from the JFIF density, orientation from the
// EXIF segment, completeness from the end-of-image marker after the scan data.
#include "load/image_header.h"

namespace qrdiag {

namespace {

constexpr double kCentimetresPerInch = 2.54;

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
bool is_start_of_frame(unsigned char marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

std::optional<double> jfif_dpi(std::string_view segment)
{
    // "JFIF\0", version (2), units (1: dots per inch, 2: per cm), x density (2), y density (2)
    if (segment.substr(0, 5) != std::string_view("JFIF\0", 5)) return std::nullopt;
    const auto units = read_be(segment, 7, 1), density = read_be(segment, 8, 2);
    if (!units || !density || *density == 0) return std::nullopt;
    if (*units == 1) return static_cast<double>(*density);
    if (*units == 2) return *density * kCentimetresPerInch;
    return std::nullopt;  // 0: only an aspect ratio
}

std::optional<int> exif_orientation(std::string_view segment)
{
    // "Exif\0\0", then a little TIFF file: byte order, 42, offset of the first directory (IFD0), whose
    // 12-byte entries are tag (2), type (2), count (4), value (4; a SHORT in its first two bytes).
    constexpr std::uint32_t kTagOrientation = 0x0112;
    if (segment.substr(0, 6) != std::string_view("Exif\0\0", 6)) return std::nullopt;
    const std::string_view tiff = segment.substr(6);
    const bool big_endian = tiff.substr(0, 2) == "MM";
    const auto read = [&](std::size_t at, int size) { return big_endian ? read_be(tiff, at, size) : read_le(tiff, at, size); };
    const auto ifd = read(4, 4);
    const auto count = ifd ? read(*ifd, 2) : std::nullopt;
    if (!count) return std::nullopt;
    for (std::uint32_t i = 0; i < *count; ++i) {
        const std::size_t entry = *ifd + 2 + 12 * static_cast<std::size_t>(i);
        const auto tag = read(entry, 2);
        if (!tag) return std::nullopt;
        if (*tag != kTagOrientation) continue;
        const auto value = read(entry + 8, 2);
        if (value && *value >= 1 && *value <= 8) return static_cast<int>(*value);
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

Loaded<ImageHeader> read_jpeg_header(std::string_view bytes)
{
    ImageHeader header;
    header.format = ImageFormat::Jpeg;
    std::size_t at = 2;  // after SOI
    bool have_size = false;
    while (true) {
        // Markers may be padded with any number of 0xFF bytes.
        while (at < bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF) ++at;
        if (at >= bytes.size()) {
            if (!have_size) return {std::nullopt, "truncated JPEG (the file ends inside its header)"};
            header.truncated = true;
            return {header, {}};
        }
        const auto marker = static_cast<unsigned char>(bytes[at++]);
        if (marker == 0xD9) return {header, {}};                  // EOI before any scan: nothing to show
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no length
        const auto length = read_be(bytes, at, 2);
        if (!length || *length < 2 || bytes.size() - at < *length) {
            if (!have_size) return {std::nullopt, "truncated JPEG (the file ends inside its header)"};
            header.truncated = true;
            return {header, {}};
        }
        const std::string_view segment = bytes.substr(at + 2, *length - 2);
        if (marker == 0xE0 && !header.dpi) header.dpi = jfif_dpi(segment);
        if (marker == 0xE1)
            if (const auto orientation = exif_orientation(segment)) header.orientation = *orientation;
        if (is_start_of_frame(marker)) {
            const auto height = read_be(segment, 1, 2), width = read_be(segment, 3, 2);
            if (!height || !width || *width == 0) return {std::nullopt, "corrupt JPEG header"};
            if (*height == 0) return {std::nullopt, "JPEG without its height in the header (DNL) is not supported"};
            header.width = *width;
            header.height = *height;
            have_size = true;
        }
        at += *length;
        if (marker == 0xDA) break;  // start of scan: entropy-coded data follows
    }
    if (!have_size) return {std::nullopt, "corrupt JPEG header (no frame size before the image data)"};
    // In entropy-coded data every 0xFF is followed by 0x00 or a restart marker, so FF D9 appears only as
    // the end-of-image marker (possibly with other data after it, which some cameras append).
    header.truncated = bytes.find("\xFF\xD9", at) == std::string_view::npos;
    return {header, {}};
}

}  // namespace qrdiag
