// TIFF: size and resolution from the first image file directory.
#include "load/image_header.h"

namespace qrdiag {

namespace {

constexpr std::uint32_t kTagWidth = 256, kTagHeight = 257, kTagXResolution = 282, kTagResolutionUnit = 296;
constexpr std::uint32_t kTypeShort = 3;
constexpr std::uint32_t kUnitInch = 2, kUnitCentimetre = 3;
constexpr double kCentimetresPerInch = 2.54;

}  // namespace

Loaded<ImageHeader> read_tiff_header(std::string_view bytes)
{
    const bool big_endian = bytes[0] == 'M';
    const auto read = [&](std::size_t at, int size) { return big_endian ? read_be(bytes, at, size) : read_le(bytes, at, size); };
    ImageHeader header;
    header.format = ImageFormat::Tiff;
    const auto ifd = read(4, 4);
    const auto count = ifd ? read(*ifd, 2) : std::nullopt;
    if (!count) return {std::nullopt, "truncated or corrupt TIFF header"};
    std::optional<double> x_resolution;
    std::uint32_t unit = kUnitInch;  // the TIFF default
    for (std::uint32_t i = 0; i < *count; ++i) {
        const std::size_t entry = *ifd + 2 + 12 * static_cast<std::size_t>(i);
        const auto tag = read(entry, 2), type = read(entry + 2, 2);
        if (!tag || !type) return {std::nullopt, "truncated TIFF (the file ends inside its header)"};
        // A SHORT sits in the first two bytes of the value field; LONG values and offsets fill all four.
        const auto value = *type == kTypeShort ? read(entry + 8, 2) : read(entry + 8, 4);
        if (!value) return {std::nullopt, "truncated TIFF (the file ends inside its header)"};
        if (*tag == kTagWidth) header.width = *value;
        else if (*tag == kTagHeight) header.height = *value;
        else if (*tag == kTagResolutionUnit) unit = *value;
        else if (*tag == kTagXResolution) {  // RATIONAL: numerator and denominator at the offset
            const auto numerator = read(*value, 4), denominator = read(*value + 4, 4);
            if (numerator && denominator && *denominator > 0) x_resolution = static_cast<double>(*numerator) / *denominator;
        }
    }
    if (header.width == 0 || header.height == 0) return {std::nullopt, "corrupt TIFF header (no width or height)"};
    if (x_resolution && *x_resolution > 0) {
        if (unit == kUnitInch) header.dpi = x_resolution;
        else if (unit == kUnitCentimetre) header.dpi = *x_resolution * kCentimetresPerInch;
    }
    return {header, {}};
}

}  // namespace qrdiag
