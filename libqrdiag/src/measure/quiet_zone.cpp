// The light margin around a symbol, per side, in modules: how far out from the symbol the surround stays
// lighter than the symbol's own threshold before anything dark appears (ISO/IEC 18004 asks for 4),
// measured to an eighth of a module on the resampled grid.
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
    const int k = s.px_per_module;
    const int edge = s.margin * k;                 // the symbol's first pixel row and column
    const int far_edge = edge + s.modules * k - 1;  // its last
    const double threshold = levels.threshold();
    // Dark means a run of half a module below the threshold: JPEG noise and a lone speck are shorter.
    const int min_run = std::max(1, k / 2);
    // The first half module is not looked at: the located outline may be off by that much, and the
    // symbol's own edge modules would then count as artwork.
    const int first_depth = k / 2;
    for (int side = 0; side < 4; ++side) {
        const auto i = static_cast<std::size_t>(side);
        int clear_px = edge;
        for (int depth = first_depth; depth < edge && clear_px == edge; ++depth) {
            int run = 0;
            // The row (or column) `depth` pixels outside this side, running on past the corners.
            for (int t = edge - 1 - depth; t <= far_edge + 1 + depth; ++t) {
                int y = 0, x = 0;
                switch (side) {
                case 0: y = edge - 1 - depth, x = t; break;
                case 1: y = t, x = far_edge + 1 + depth; break;
                case 2: y = far_edge + 1 + depth, x = t; break;
                default: y = t, x = edge - 1 - depth; break;
                }
                if (!s.cell_in_image.at<std::uint8_t>(y / k, x / k)) {
                    q.cut_by_frame[i] = true;
                    clear_px = depth;
                    break;
                }
                run = s.canonical.at<std::uint8_t>(y, x) < threshold ? run + 1 : 0;
                if (run >= min_run) {
                    q.intruded[i] = true;
                    clear_px = depth;
                    break;
                }
            }
        }
        // Dark at the first depth looked at: within half a module, as good as touching.
        if (clear_px == first_depth) clear_px = 0;
        q.modules[i] = static_cast<double>(clear_px) / k;
    }
    return q;
}

}  // namespace qrdiag
