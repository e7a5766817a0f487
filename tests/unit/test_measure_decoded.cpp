// Measuring a decoded symbol: its grid is fitted from the decoder's corners even when the re-encoding of
// its text comes out at another version than the print.
#include <doctest/doctest.h>

#include "decode/decode_qr.h"
#include "measure/measure_decoded.h"
#include "test_image_fixtures.h"

using namespace qrdiag;

TEST_CASE("a decoded symbol is measured at its printed version, however far the re-encoding's is")
{
    // Printed at EC level L; the decoder's level is taken as H (as when a reader reports another level
    // or none): re-encoded at H the text needs a version 4 or more above the print's, beyond the
    // neighbouring versions the grid fit tries round its first guess.
    const std::string text = std::string(150, '7') + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + std::string(60, 'x');
    const cv::Mat grid = fixtures::symbol_grid(text, 1);
    const cv::Mat photo = fixtures::render(grid, 6, 6);
    std::vector<DecodedSymbol> read = decode_default(photo);
    REQUIRE(read.size() == 1);
    DecodedSymbol symbol = read.front();
    symbol.ec_level = "H";
    const auto measured = measure_decoded(photo, symbol);
    REQUIRE(measured);
    CHECK(measured->modules == grid.rows);
}
