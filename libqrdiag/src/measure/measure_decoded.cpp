#include "measure/measure_decoded.h"

#include "measure/fit_grid.h"
#include "measure/ideal_symbol.h"
#include "measure/qr_layout.h"
#include "locate/payment_symbol.h"

namespace qrdiag {
namespace {

// Below this share of matching fixed-pattern modules the grid is misplaced and its measures meaningless.
constexpr double kMinFixedPatternAgreement = 0.75;
// fit_grid tries a hint's version ±3: hints at these versions cover all 40.
constexpr int kWideHintVersions[] = {4, 11, 18, 25, 32, 39};

// EC level from the format information the print carries: L=01, M=00, Q=11, H=10 (ISO/IEC 18004 §7.9).
std::optional<char> printed_ec_level(const SymbolSampling& s)
{
    const auto format = read_format_info(binarise_cells(s));
    if (!format) return std::nullopt;
    constexpr char kLevels[] = {'M', 'L', 'H', 'Q'};
    return kLevels[format->ec_bits & 3];
}

}  // namespace

std::optional<DecodedMeasures> measure_decoded(const cv::Mat& gray, const DecodedSymbol& symbol)
{
    if (!symbol.has_position) return std::nullopt;
    // WeChat does not say the EC level; the print's own format information does.
    char ec = symbol.ec_level.empty() ? 'M' : symbol.ec_level[0];
    auto ideal = ideal_symbol(symbol.text, ec);
    const int first_hint = ideal ? ideal->grid.rows : kTypicalPaymentModules;
    GridFit fit = fit_grid(gray, symbol.corners, first_hint);
    // The re-encoding can choose another version than the printer did (its own segmentation of the text,
    // or an EC level the print does not use): the decoder's corners are right, so every version is tried.
    for (int version : kWideHintVersions) {
        if (fit.agreement >= kMinFixedPatternAgreement) break;
        if (GridFit wider = fit_grid(gray, symbol.corners, modules_for_version(version)); wider.agreement > fit.agreement)
            fit = std::move(wider);
    }
    if (fit.agreement < kMinFixedPatternAgreement) return std::nullopt;
    SymbolSampling sampling = sample_symbol(gray, symbol.corners, fit.sampling.modules);
    if (const auto printed = printed_ec_level(sampling); printed && *printed != ec) {
        ec = *printed;
        ideal = ideal_symbol(symbol.text, ec);
        if (ideal && ideal->grid.rows != sampling.modules) {
            fit = fit_grid(gray, symbol.corners, ideal->grid.rows);
            sampling = sample_symbol(gray, symbol.corners, fit.sampling.modules);
        }
    }
    const int hint = ideal ? ideal->grid.rows : 0;

    DecodedMeasures out;
    out.modules = sampling.modules;
    out.version = version_for_modules(out.modules);
    // The re-encoding is the reference only when the print used the same version.
    const cv::Mat reference = ideal && out.modules == hint ? ideal->grid : cv::Mat();
    out.evidence = measure_symbol(sampling, reference, ec);
    return out;
}

}  // namespace qrdiag
