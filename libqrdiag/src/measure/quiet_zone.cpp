// The light margin around a symbol, per side, in modules: how many rings of cells outside the symbol
// stay lighter than the symbol's own threshold before anything dark appears (ISO/IEC 18004 asks for 4).
#include "measure/symbol_measures.h"

#include <algorithm>

namespace qrdiag {

double QuietZone::narrowest() const
{
    return *std::min_element(modules.begin(), modules.end());
}

QuietZone quiet_zone(const SymbolSampling& s, const ModuleLevels& levels)
{
    QuietZone q;
    const int n = s.modules;
    const double threshold = levels.threshold();
    // For each side: depth d = 1.. cells away from the symbol, spanning the side plus the corners.
    for (int side = 0; side < 4; ++side) {
        int clear = 0;
        bool stopped = false;
        for (int d = 1; d <= s.margin && !stopped; ++d) {
            for (int t = -d; t < n + d && !stopped; ++t) {
                int r = 0, c = 0;
                switch (side) {
                case 0: r = -d, c = t; break;
                case 1: r = t, c = n - 1 + d; break;
                case 2: r = n - 1 + d, c = t; break;
                default: r = t, c = -d; break;
                }
                if (!s.in_image(r, c)) {
                    q.cut_by_frame[static_cast<std::size_t>(side)] = true;
                    stopped = true;
                } else if (s.mean(r, c) < threshold) {
                    q.intruded[static_cast<std::size_t>(side)] = true;
                    stopped = true;
                }
            }
            if (!stopped) clear = d;
        }
        q.modules[static_cast<std::size_t>(side)] = clear;
    }
    return q;
}

}  // namespace qrdiag
