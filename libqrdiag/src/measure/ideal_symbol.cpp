#include "measure/ideal_symbol.h"

#include "measure/qr_layout.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

namespace qrdiag {
namespace {

// MultiFormatWriter::setEccLevel takes 0..8 and halves it for QR: 1 → L, 3 → M, 5 → Q, 7 → H.
int writer_ecc_level(char ec_level)
{
    switch (ec_level) {
    case 'L': return 1;
    case 'Q': return 5;
    case 'H': return 7;
    default: return 3;
    }
}

}  // namespace

std::optional<IdealSymbol> ideal_symbol(const std::string& text, char ec_level)
{
    try {
        const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                          .setEccLevel(writer_ecc_level(ec_level))
                                          .setMargin(0)
                                          .encode(text, 0, 0);
        IdealSymbol ideal;
        ideal.grid = cv::Mat(bits.height(), bits.width(), CV_8U);
        for (int y = 0; y < bits.height(); ++y)
            for (int x = 0; x < bits.width(); ++x) ideal.grid.at<std::uint8_t>(y, x) = bits.get(x, y) ? 1 : 0;
        ideal.version = version_for_modules(bits.width());
        ideal.ec_level = ec_level;
        if (ideal.version == 0) return std::nullopt;
        return ideal;
    } catch (const std::exception&) {
        return std::nullopt;  // text too long for any version at this level
    }
}

}  // namespace qrdiag
