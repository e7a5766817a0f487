// PNG with crisp whole-pixel modules and its print resolution in a pHYs chunk, so printing at 100%
// gives the intended size.
#include <opencv2/imgcodecs.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>

#include "render/symbol.h"

namespace qrdiag {

namespace {

constexpr double kMetresPerInch = 0.0254;
constexpr std::size_t kIhdrEnd = 8 + 25;  // signature, then IHDR: length, type, 13 bytes, CRC

// CRC-32 as PNG defines it (ISO 3309, reflected polynomial 0xEDB88320).
std::uint32_t crc32(std::string_view bytes)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (const char ch : bytes) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string be32(std::uint32_t v)
{
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string phys_chunk(double dpi)
{
    const auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / kMetresPerInch));
    const std::string body = "pHYs" + be32(per_metre) + be32(per_metre) + std::string(1, '\x01');
    return be32(9) + body + be32(crc32(body));
}

}  // namespace

std::string write_png(const Symbol& symbol, int module_pixels, double dpi, const std::filesystem::path& out)
{
    const int side = (symbol.size + 2 * kQuietZoneModules) * module_pixels;
    cv::Mat image(side, side, CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < symbol.size; ++y)
        for (int x = 0; x < symbol.size; ++x)
            if (symbol.at(x, y))
                image(cv::Rect((x + kQuietZoneModules) * module_pixels, (y + kQuietZoneModules) * module_pixels,
                               module_pixels, module_pixels)) = 0;
    std::vector<uchar> encoded;
    if (!cv::imencode(".png", image, encoded)) return "cannot encode the PNG";
    std::string bytes(encoded.begin(), encoded.end());
    bytes.insert(kIhdrEnd, phys_chunk(dpi));
    std::ofstream file(out, std::ios::binary);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file ? std::string() : "cannot write " + out.string();
}

}  // namespace qrdiag
