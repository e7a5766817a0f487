#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <stdexcept>

#include "render/symbol.h"

namespace qrdiag {

namespace {
// ZXing's writer takes a 0-8 scale; measured with ZXing 1.4: 3-4 give M, 5-6 give Q.
constexpr int kZxingLevelM = 4, kZxingLevelQ = 6;
}  // namespace

Loaded<Symbol> encode_symbol(std::string_view payload, char ec_level)
{
    if (ec_level != 'M' && ec_level != 'Q') return {std::nullopt, "error correction level must be M or Q"};
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(ec_level == 'Q' ? kZxingLevelQ : kZxingLevelM).setMargin(0);
        // An ECI header naming UTF-8 only when the text needs it: bank-made codes carry none, and some
        // payment apps are not used to seeing one.
        if (std::any_of(payload.begin(), payload.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        // Width and height 0 with margin 0: one pixel per module, no quiet zone; we add our own.
        const ZXing::BitMatrix matrix = writer.encode(std::string(payload), 0, 0);
        Symbol symbol;
        symbol.size = matrix.width();
        symbol.dark.resize(static_cast<std::size_t>(symbol.size) * symbol.size);
        for (int y = 0; y < symbol.size; ++y)
            for (int x = 0; x < symbol.size; ++x) symbol.dark[static_cast<std::size_t>(y) * symbol.size + x] = matrix.get(x, y);
        return {std::move(symbol), {}};
    } catch (const std::exception&) {
        return {std::nullopt, "the payload is too long for a QR code"};
    }
}

}  // namespace qrdiag
