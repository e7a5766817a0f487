#include "measure/fit_grid.h"

#include "measure/qr_layout.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <optional>

namespace qrdiag {
namespace {

// A grid placed right matches nearly all fixed-pattern modules; a wrong module count drifts off the
// timing pattern within a few modules and falls towards chance (0.5).
constexpr double kGoodFixedPatternAgreement = 0.9;
// Module counts are tried on a coarse grid: a cell's mean needs only its central 2×2 pixels, and a
// photo of checked cloth can ask for a thousand fits. What is measured is sampled again, finer.
constexpr int kFitPxPerModule = 4;
// Cells compared with those around them: a window wider than a finder (7 modules), so that it holds paper
// and print anywhere in a symbol, and narrow enough that a shadow's soft edge or light falling off across
// a 70-module symbol changes little within it.
constexpr int kLocalWindowCells = 9;

// A print is faded when its modules differ from their surroundings by less than this share of the light
// (each cell lies half the symbol contrast from the local mean): ISO/IEC 15415 grades a symbol contrast
// under 20% F. Faded codes on the draws (printed at 8-13%) measure 3-4% this way; a keyboard's keys 40%,
// a menu board's letters 81%, and such print matches a symbol's fixed patterns by chance more often
// against its neighbours.
constexpr double kMaxFadedContrast = 0.2;

// Modules dark (1) or light (0) against the mean of the cells around them, for faded print only. A faded
// print under uneven light (a shadow across a receipt) spans less grey between its modules than the light
// does across the symbol: the symbol's one midpoint (binarise_cells) then puts a shadowed half all dark.
std::optional<cv::Mat> binarise_faded_cells(const SymbolSampling& s)
{
    const cv::Mat inner = s.cell_means(cv::Rect(s.margin, s.margin, s.modules, s.modules));
    cv::Mat around;
    cv::blur(inner, around, cv::Size(kLocalWindowCells, kLocalWindowCells), cv::Point(-1, -1), cv::BORDER_REFLECT);
    const double light = cv::mean(around)[0];
    const double contrast = light > 0 ? 2 * cv::mean(cv::abs(inner - around))[0] / light : 0;
    if (contrast >= kMaxFadedContrast) return std::nullopt;
    cv::Mat grid = inner < around;
    return grid / 255;
}

}  // namespace

cv::Mat binarise_cells(const SymbolSampling& s)
{
    const cv::Mat inner = s.cell_means(cv::Rect(s.margin, s.margin, s.modules, s.modules));
    // Otsu over the cell means: robust to a symbol whose darkest and lightest cells are outliers.
    cv::Mat bytes;
    inner.convertTo(bytes, CV_8U);
    cv::Mat grid;
    cv::threshold(bytes, grid, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return grid;
}

double module_busyness(const cv::Mat& grid, const cv::Mat& counted)
{
    const auto in = [&](int y, int x) { return counted.empty() || counted.at<std::uint8_t>(y, x) != 0; };
    int differ = 0, pairs = 0;
    for (int y = 0; y < grid.rows; ++y)
        for (int x = 0; x < grid.cols; ++x) {
            if (!in(y, x)) continue;
            const std::uint8_t v = grid.at<std::uint8_t>(y, x);
            if (x + 1 < grid.cols && in(y, x + 1)) differ += v != grid.at<std::uint8_t>(y, x + 1), ++pairs;
            if (y + 1 < grid.rows && in(y + 1, x)) differ += v != grid.at<std::uint8_t>(y + 1, x), ++pairs;
        }
    return pairs > 0 ? static_cast<double>(differ) / pairs : 0;
}

GridFit fit_grid(const cv::Mat& gray, const Quad& corners, int modules_hint, CellLevels levels)
{
    GridFit best;
    const int hint_version = std::clamp(version_for_modules(modules_hint), 1, 40);
    for (int delta : {0, -1, 1, -2, 2, -3, 3}) {
        const int version = hint_version + delta;
        if (version < 1 || version > 40) continue;
        SymbolSampling s = sample_symbol(gray, corners, modules_for_version(version), kFitPxPerModule);
        cv::Mat grid = binarise_cells(s);
        double agreement = fixed_pattern_agreement(grid);
        if (levels == CellLevels::OrNeighbours && agreement < kGoodFixedPatternAgreement) {
            if (auto faded = binarise_faded_cells(s)) {
                const double faded_agreement = fixed_pattern_agreement(*faded);
                if (faded_agreement > agreement) grid = std::move(*faded), agreement = faded_agreement;
            }
        }
        if (agreement > best.agreement) best = {std::move(s), agreement, module_busyness(grid), grid};
        if (delta == 0 && agreement >= kGoodFixedPatternAgreement) break;
    }
    return best;
}

}  // namespace qrdiag
