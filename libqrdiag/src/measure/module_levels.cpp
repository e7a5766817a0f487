#include "measure/symbol_measures.h"

#include <algorithm>

namespace qrdiag {

ModuleLevels module_levels(const SymbolSampling& s, const cv::Mat& labels)
{
    std::vector<float> dark, light;
    for (int r = 0; r < s.modules; ++r)
        for (int c = 0; c < s.modules; ++c)
            (labels.at<std::uint8_t>(r, c) ? dark : light).push_back(s.mean(r, c));
    auto median = [](std::vector<float>& v, double fallback) {
        if (v.empty()) return fallback;
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return static_cast<double>(v[v.size() / 2]);
    };
    ModuleLevels levels;
    levels.dark = median(dark, 0);
    levels.light = median(light, 255);
    return levels;
}

}  // namespace qrdiag
