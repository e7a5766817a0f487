// A printed card (standee, sticker, table tent, A4 sheet) as flat artwork, before it is photographed.
#pragma once

#include <array>
#include <string>

#include <opencv2/core.hpp>

#include "payloads.h"
#include "rng.h"
#include "symbol.h"

namespace samples {

struct Card {
    cv::Mat3b art;                         // the print at card resolution
    cv::Mat1b alpha;                       // 255 where there is card (rounded corners, tears)
    std::array<cv::Point2d, 4> code{};     // symbol corners tl, tr, br, bl (no quiet zone); the picture area when codeless
    int modules = 0;                       // 0 when there is no code
    int module_px = 1;                     // card pixels per module (or the nominal unit of a codeless card)
};

// How the symbol is set on the card: what surrounds it, and how much light margin separates them.
enum class Surround {
    WhitePanel,     // a light panel around the code; beyond it the card's colours
    DarkArtwork,    // busy dark artwork (photos, stripes, text) printed up to the margin
    DarkFrame,      // a thick decorative dark frame drawn at the margin
    LowContrast,    // a mid-tone card with the code printed straight onto it, patterns at the margin
    TextTouching,   // dark text and artwork set right against the code
};

struct CodeLayout {
    Surround surround = Surround::WhitePanel;
    double margin_modules = 4;  // light margin between the symbol and the surround
    bool centre_logo = false;   // a brand logo over the symbol centre (for EC level Q/H)
    ModuleStyle style = ModuleStyle::Square;
};

Card draw_standee(const Symbol& symbol, const Payload& payload, int module_px, const CodeLayout& layout, Rng& rng);

// A standee, menu or sign with no QR code on it (pictures, text, a 1-D barcode, patterns).
Card draw_codeless_card(int unit_px, Rng& rng);

}  // namespace samples
