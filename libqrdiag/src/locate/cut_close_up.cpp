#include "locate/cut_close_up.h"
#include "locate/cross.h"
#include "locate/payment_symbol.h"
#include "measure/fit_grid.h"
#include "measure/percentile.h"
#include "measure/symbol_sampling.h"

#include <algorithm>

namespace qrdiag {
namespace {

// Cells are only told dark from light and compared with their neighbours: two pixels each will do.
constexpr int kSamplePxPerModule = 2;
// The finder and its separator: 8 × 8 modules at the symbol's corner, not data.
constexpr int kFinderCells = 8;
// A symbol's data are masked to look random (ISO/IEC 18004 §7.8): 0.3–0.5 of neighbouring cells differ; a
// grid laid over plain print or a wall, 0.05–0.15.
constexpr double kMinDataBusyness = 0.3;
// Enough data in view to judge (a strip of 6 × 7 cells beside the finder), with print's contrast.
constexpr int kMinDataCellsInView = 40;
constexpr double kMinDataContrast = 40;
// The placement must run out of the photo: a fifth of the symbol at least beyond its edge.
constexpr double kMinShareOutside = 0.2;

struct Placement {
    Quad corners{};
    double busyness = 0;
    double share_outside = 0;
};

// The symbol lying from the finder towards (sx, sy), the finder at its corner; upright, since a close-up
// is taken square on and a few degrees of tilt only blur the far cells.
std::optional<Placement> place(const cv::Mat& gray, const FinderPattern& f, int sx, int sy)
{
    const int n = kTypicalPaymentModules;
    const auto m = static_cast<float>(f.module_px);
    const cv::Point2f ex(static_cast<float>(sx), 0), ey(0, static_cast<float>(sy));
    const cv::Point2f corner = f.centre - 3.5f * m * (ex + ey);
    Placement p;
    p.corners = {corner, corner + n * m * ex, corner + n * m * (ex + ey), corner + n * m * ey};
    if (cross(p.corners[1] - p.corners[0], p.corners[3] - p.corners[0]) < 0) std::swap(p.corners[1], p.corners[3]);
    const SymbolSampling s = sample_symbol(gray, p.corners, n, kSamplePxPerModule);

    cv::Mat data_in_view = cv::Mat::zeros(n, n, CV_8U);
    std::vector<float> levels;
    int in_view = 0;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            in_view += s.in_image(r, c);
            if (s.in_image(r, c) && (r >= kFinderCells || c >= kFinderCells)) {
                data_in_view.at<std::uint8_t>(r, c) = 1;
                levels.push_back(s.mean(r, c));
            }
        }
    p.share_outside = 1.0 - static_cast<double>(in_view) / (n * n);
    if (static_cast<int>(levels.size()) < kMinDataCellsInView) return std::nullopt;
    const double lo = percentile(levels, 0.1), hi = percentile(levels, 0.9);
    if (hi - lo < kMinDataContrast) return std::nullopt;
    const double threshold = (lo + hi) / 2;
    cv::Mat dark(n, n, CV_8U);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) dark.at<std::uint8_t>(r, c) = s.mean(r, c) < threshold;
    p.busyness = module_busyness(dark, data_in_view);
    return p;
}

}  // namespace

std::optional<Candidate> cut_close_up_candidate(const cv::Mat& gray, const std::vector<FinderPattern>& finders)
{
    std::optional<Placement> best;
    const FinderPattern* best_finder = nullptr;
    for (const FinderPattern& f : finders) {
        if (!f.outer_ring_free) continue;
        for (int sx : {-1, 1})
            for (int sy : {-1, 1})
                if (auto p = place(gray, f, sx, sy); p && (!best || p->busyness > best->busyness)) {
                    best = p;
                    best_finder = &f;
                }
    }
    if (!best || best->busyness < kMinDataBusyness || best->share_outside < kMinShareOutside) return std::nullopt;
    Candidate c;
    c.source = CandidateSource::Texture;
    c.corners = best->corners;
    c.module_px = best_finder->module_px;
    c.module_px_from_finders = true;
    c.modules = kTypicalPaymentModules;
    c.finders = {best_finder->centre};
    c.finders_with_free_ring = 1;
    c.touches_frame = true;
    return c;
}

}  // namespace qrdiag
