// Everything we measure on a symbol that decoded: fits its grid, compares it with the ideal re-encoding.
#pragma once

#include "decode/decode_qr.h"
#include "measure/symbol_measures.h"

#include <optional>

namespace qrdiag {

struct DecodedMeasures {
    SymbolEvidence evidence;
    int modules = 0;
    int version = 0;
};

// Nothing when the symbol has no position (WeChat) or its grid cannot be fitted.
std::optional<DecodedMeasures> measure_decoded(const cv::Mat& gray, const DecodedSymbol& symbol);

}  // namespace qrdiag
