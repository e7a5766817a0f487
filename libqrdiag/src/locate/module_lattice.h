// A module grid seen without any finder or alignment pattern: a close-up so near the code that the
// frame shows only its data. Such print has a signature of its own: two tones, a random (not periodic)
// pattern, and edges that all lie on one square lattice, the module grid.
#pragma once

#include <optional>

#include <opencv2/core.hpp>

namespace qrdiag {

struct ModuleLattice {
    double module_px = 0;  // the lattice's spacing, in `gray`'s pixels
    double edge_peak = 0;  // the edges' autocorrelation at one module along the lattice (0..1)
};

// Looks at `region` of `gray`; a lattice only when every part of the signature is there.
std::optional<ModuleLattice> module_lattice(const cv::Mat& gray, const cv::RotatedRect& region);

}  // namespace qrdiag
