#include "measure/damage.h"
#include "measure/grade.h"
#include "measure/symbol_measures.h"

#include <algorithm>
#include <cmath>

namespace qrdiag {
namespace {

// Modulation is graded on the worst modules; the 5th percentile keeps one speck of dust from deciding.
constexpr double kModulationPercentile = 0.05;

cv::Mat binarise(const SymbolSampling& s, double threshold)
{
    cv::Mat grid(s.modules, s.modules, CV_8U);
    for (int r = 0; r < s.modules; ++r)
        for (int c = 0; c < s.modules; ++c) grid.at<std::uint8_t>(r, c) = s.mean(r, c) < threshold ? 1 : 0;
    return grid;
}

double modulation(const SymbolSampling& s, const cv::Mat& labels, const ModuleLevels& levels, double contrast_grey)
{
    if (contrast_grey <= 0) return 0;
    std::vector<double> mods;
    const double gt = levels.threshold();
    for (int r = 0; r < s.modules; ++r)
        for (int c = 0; c < s.modules; ++c) {
            const double v = s.mean(r, c);
            const bool dark = labels.at<std::uint8_t>(r, c) != 0;
            const bool right_side = dark ? v < gt : v >= gt;
            mods.push_back(right_side ? std::min(1.0, 2 * std::abs(v - gt) / contrast_grey) : 0.0);
        }
    const auto k = static_cast<std::ptrdiff_t>(kModulationPercentile * static_cast<double>(mods.size()));
    std::nth_element(mods.begin(), mods.begin() + k, mods.end());
    return mods[static_cast<std::size_t>(k)];
}

}  // namespace

SymbolEvidence measure_symbol(const SymbolSampling& s, const cv::Mat& ideal, char ec_level)
{
    SymbolEvidence e;
    // Label modules by the ideal symbol when we have it; otherwise by the print itself, first with a
    // global midpoint and then with the symbol's own levels.
    cv::Mat labels = ideal;
    if (labels.empty()) {
        double lo = 255, hi = 0;
        cv::minMaxLoc(s.cell_means(cv::Rect(s.margin, s.margin, s.modules, s.modules)), &lo, &hi);
        labels = binarise(s, (lo + hi) / 2);
    }
    e.levels = module_levels(s, labels);
    const cv::Mat sampled = binarise(s, e.levels.threshold());

    SymbolMeasures& m = e.measures;
    m.module_px = s.image_module_px;
    std::vector<float> dark, light;
    for (int r = 0; r < s.modules; ++r)
        for (int c = 0; c < s.modules; ++c) (labels.at<std::uint8_t>(r, c) ? dark : light).push_back(s.mean(r, c));
    std::sort(dark.begin(), dark.end());
    std::sort(light.begin(), light.end());
    // Symbol contrast from the 10th/90th percentiles: brightest light against darkest dark, robust to glints.
    const double contrast_grey = light.empty() || dark.empty()
                                     ? 0.0
                                     : light[light.size() * 9 / 10] - dark[dark.size() / 10];
    m.symbol_contrast = std::clamp(contrast_grey / 255.0, 0.0, 1.0);
    m.modulation = modulation(s, labels, e.levels, contrast_grey);

    e.blur = edge_spread(s, labels, e.levels);
    m.blur_modules = e.blur.overall();

    e.quiet = quiet_zone(s, e.levels);
    m.quiet_zone_modules = e.quiet.modules;

    if (!ideal.empty()) {
        const Damage d = compare_with_ideal(sampled, ideal, ec_level);
        if (!d.comparable) {
            m.grade = overall_grade(m);
            return e;
        }
        e.wrong_modules = d.wrong;
        e.grid_matches_ideal = true;
        m.damage_ratio = d.ratio;
        m.fixed_pattern_damage = d.fixed_pattern;
        m.unused_ec = d.unused_ec;
    }
    m.grade = overall_grade(m);
    return e;
}

}  // namespace qrdiag
