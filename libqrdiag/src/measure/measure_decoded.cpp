#include "measure/measure_decoded.h"

#include "measure/fit_grid.h"
#include "measure/ideal_symbol.h"
#include "measure/qr_layout.h"

namespace qrdiag {
namespace {

// Below this share of matching fixed-pattern modules the grid is misplaced and its measures meaningless.
constexpr double kMinFixedPatternAgreement = 0.75;

}  // namespace

std::optional<DecodedMeasures> measure_decoded(const cv::Mat& gray, const DecodedSymbol& symbol)
{
    if (!symbol.has_position) return std::nullopt;
    const char ec = symbol.ec_level.empty() ? 'M' : symbol.ec_level[0];
    const auto ideal = ideal_symbol(symbol.text, ec);
    const int hint = ideal ? ideal->grid.rows : 0;
    if (hint == 0) return std::nullopt;
    GridFit fit = fit_grid(gray, symbol.corners, hint);
    if (fit.agreement < kMinFixedPatternAgreement) return std::nullopt;

    DecodedMeasures out;
    out.modules = fit.sampling.modules;
    out.version = version_for_modules(out.modules);
    // The re-encoding is the reference only when the print used the same version.
    const cv::Mat reference = out.modules == hint ? ideal->grid : cv::Mat();
    out.evidence = measure_symbol(fit.sampling, reference, ec);
    return out;
}

}  // namespace qrdiag
