// The q-quantile (0..1) of a sample, by partial sort: it reorders `values`.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace qrdiag {

inline double percentile(std::vector<float>& values, double q)
{
    if (values.empty()) return 0;
    const auto k = static_cast<std::ptrdiff_t>(q * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return values[static_cast<std::size_t>(k)];
}

}  // namespace qrdiag
