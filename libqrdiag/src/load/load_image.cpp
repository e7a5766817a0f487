#include "load/load_image.h"

#include <fmt/format.h>

#include <fstream>
#include <system_error>

#include "load/decode_gray.h"
#include "load/image_header.h"

namespace qrdiag {

namespace {

namespace fs = std::filesystem;

// A version 1 QR code is 21 modules a side (ISO/IEC 18004); even at one pixel per module a smaller
// image cannot hold one.
constexpr std::uint32_t kMinSidePixels = 21;
// Compressed files far beyond any phone photo or print scan are refused before being read into memory.
constexpr std::uintmax_t kMaxFileBytes = 512u << 20;

Loaded<std::string> read_file(const fs::path& path)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return {std::nullopt, "no such file"};
    if (fs::is_directory(status)) return {std::nullopt, "a directory with no image files (.png .jpg .bmp .tif .webp)"};
    if (!fs::is_regular_file(status)) return {std::nullopt, "not a regular file"};
    const auto size = fs::file_size(path, ec);
    if (ec) return {std::nullopt, "cannot read the file"};
    if (size > kMaxFileBytes)
        return {std::nullopt, fmt::format("file too large ({} MiB; the limit is {} MiB)", size >> 20, kMaxFileBytes >> 20)};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, "cannot open the file (permission denied?)"};
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) return {std::nullopt, "read error"};
    return {std::move(bytes), {}};
}

}  // namespace

Loaded<LoadedImage> load_image_file(const fs::path& path, std::uint64_t max_pixels)
{
    auto bytes = read_file(path);
    if (!bytes) return {std::nullopt, bytes.error};
    auto header = read_image_header(*bytes.value);
    if (!header) return {std::nullopt, header.error};
    const ImageHeader& h = *header.value;
    const std::uint64_t pixels = static_cast<std::uint64_t>(h.width) * h.height;
    if (pixels > max_pixels)
        return {std::nullopt, fmt::format("image too large: {}×{} pixels is above the budget of {} megapixels",
                                          h.width, h.height, max_pixels / 1'000'000.0)};
    if (h.width < kMinSidePixels || h.height < kMinSidePixels)
        return {std::nullopt, fmt::format("image too small: {}×{} pixels cannot hold a QR code (at least {}×{})",
                                          h.width, h.height, kMinSidePixels, kMinSidePixels)};
    if (h.truncated)
        return {std::nullopt, fmt::format("truncated {}: the file ends early; send the whole file", format_name(h.format))};

    auto gray = decode_gray(*bytes.value, h);
    if (!gray) return {std::nullopt, gray.error};
    return {LoadedImage{std::move(*gray.value), h.dpi}, {}};
}

}  // namespace qrdiag
