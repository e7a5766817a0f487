// What the causes predict, measured on a located candidate that no decoder reads: scale, the frame,
// blur (defocus and motion), the surround, and covered or wiped areas.
#pragma once

#include "locate/candidates.h"

#include <string>

namespace qrdiag {

struct CandidateEvidence {
    double module_px = 0;
    double outside_share = 0;        // share of the symbol outline outside the photo
    int frame_sides = 0;             // bit i set: the outline crosses image side i (0 top, 1 right, 2 bottom, 3 left)
    double edge_spread_modules = 0;  // 10–90% rise of a Gaussian-equivalent blur, in modules
    double anisotropy = 1;           // blur σ of the softest direction over the sharpest (motion ≫ 1)
    double streak_modules = 0;       // length of a motion streak explaining the softest direction
    double streak_angle_deg = 0;     // direction of the softest gradients
    double surround_dark_share = 0;  // ring 0.5–3 modules outside the outline: share darker than the symbol's threshold
    double blotch_share = 0;         // share of the symbol with modules covered, wiped or torn away
    double symbol_contrast = 0;      // 0..1
    // Where the outline reaches the photo's edge: edge density of its strip along that edge (2 modules
    // deep) over the outline's own, the higher side's. 1 when the outline reaches no edge.
    double frame_strip_texture = 1;
};

CandidateEvidence measure_candidate(const cv::Mat& gray, const Candidate& candidate);

}  // namespace qrdiag
