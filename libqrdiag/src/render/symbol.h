// A QR symbol as a grid of modules, and the writers that put it into files.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "qrdiag/payload.h"  // Loaded<T>

namespace qrdiag {

struct Symbol {
    int size = 0;                   // modules per side, without quiet zone
    std::vector<unsigned char> dark;  // size*size, row-major, 1 = dark module
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x] != 0; }
};

// ISO/IEC 18004 quiet zone: 4 modules on every side.
inline constexpr int kQuietZoneModules = 4;

// Encodes with ZXing's writer in UTF-8, error correction 'M' or 'Q'.
Loaded<Symbol> encode_symbol(std::string_view payload, char ec_level);

// Each writes the symbol with its quiet zone. Returns an error line, or "".
std::string write_png(const Symbol& symbol, int module_pixels, double dpi, const std::filesystem::path& out);
std::string write_svg(const Symbol& symbol, double width_mm, const std::filesystem::path& out);

}  // namespace qrdiag
