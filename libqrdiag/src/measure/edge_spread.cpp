// Blur as the width of an edge's 10–90% rise, in modules, measured on edges between two-module runs so
// that the plateaux on both sides are real (image-diagnosis.md: express blur in modules, not as Laplacian
// variance, which changes tenfold with pixels per module).
#include "measure/symbol_measures.h"

#include <algorithm>
#include <cmath>

namespace qrdiag {
namespace {

// An edge whose two sides differ by less than this share of the symbol's contrast is damaged or
// washed out, not a clean step: its rise width would measure the damage, not the optics.
constexpr double kMinEdgeStep = 0.4;

// Width of the 10–90% rise of a profile running from one plateau to the other, in profile samples.
std::optional<double> rise_width(const std::vector<float>& profile, double min_step)
{
    const double start = profile.front(), end = profile.back();
    const double step = end - start;
    if (std::abs(step) < min_step) return std::nullopt;
    auto crossing = [&](double level) -> std::optional<double> {
        for (std::size_t i = 1; i < profile.size(); ++i) {
            const double a = (profile[i - 1] - start) / step, b = (profile[i] - start) / step;
            if (a < level && b >= level) return static_cast<double>(i - 1) + (level - a) / (b - a);
        }
        return std::nullopt;
    };
    // Measured inwards from both plateaux so noise on one side cannot shorten the rise.
    auto lo = crossing(0.1), hi = crossing(0.9);
    if (!lo || !hi || *hi < *lo) return std::nullopt;
    return *hi - *lo;
}

double median(std::vector<double>& v)
{
    if (v.empty()) return 0;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

}  // namespace

EdgeSpread edge_spread(const SymbolSampling& s, const cv::Mat& labels, const ModuleLevels& levels)
{
    const int k = s.px_per_module, n = s.modules;
    const double min_step = kMinEdgeStep * (levels.light - levels.dark);
    auto label = [&](int r, int c) { return labels.at<std::uint8_t>(r, c); };
    std::vector<double> rows, cols;
    std::vector<float> profile(static_cast<std::size_t>(3 * k + 1));
    for (int r = 0; r < n; ++r)
        for (int c = 1; c + 2 < n; ++c) {
            // Along a row: modules c-1,c equal, c+1,c+2 equal, and different across the edge.
            if (label(r, c - 1) == label(r, c) && label(r, c + 1) == label(r, c + 2) && label(r, c) != label(r, c + 1)) {
                const int y0 = (r + s.margin) * k + k / 4, y1 = (r + s.margin) * k + k - k / 4;
                const int x0 = (c - 1 + s.margin) * k + k / 2;
                for (int i = 0; i <= 3 * k; ++i) {
                    double sum = 0;
                    for (int y = y0; y < y1; ++y) sum += s.canonical.at<std::uint8_t>(y, x0 + i);
                    profile[static_cast<std::size_t>(i)] = static_cast<float>(sum / (y1 - y0));
                }
                if (auto w = rise_width(profile, min_step)) rows.push_back(*w / k);
            }
            // Along a column: the transposed case.
            if (label(c - 1, r) == label(c, r) && label(c + 1, r) == label(c + 2, r) && label(c, r) != label(c + 1, r)) {
                const int x0 = (r + s.margin) * k + k / 4, x1 = (r + s.margin) * k + k - k / 4;
                const int y0 = (c - 1 + s.margin) * k + k / 2;
                for (int i = 0; i <= 3 * k; ++i) {
                    double sum = 0;
                    const std::uint8_t* row = s.canonical.ptr<std::uint8_t>(y0 + i);
                    for (int x = x0; x < x1; ++x) sum += row[x];
                    profile[static_cast<std::size_t>(i)] = static_cast<float>(sum / (x1 - x0));
                }
                if (auto w = rise_width(profile, min_step)) cols.push_back(*w / k);
            }
        }
    EdgeSpread e;
    e.edges = static_cast<int>(rows.size() + cols.size());
    e.along_rows = median(rows);
    e.along_columns = median(cols);
    return e;
}

}  // namespace qrdiag
