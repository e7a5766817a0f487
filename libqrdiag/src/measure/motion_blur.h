// The smear of a moving camera, measured on a patch of printed texture: which way and how far.
#pragma once

#include <opencv2/core.hpp>

#include <optional>

namespace qrdiag {

struct MotionBlur {
    double angle_deg = 0;  // direction of the smear, degrees in [0, 180), image axes (y down)
    double length_px = 0;  // length of the smear, in the patch's pixels
    double anisotropy = 1; // gradient energy across the smear over along it
};

// The smear, if the patch is clearly smeared one way: its gradients are much weaker along one direction
// than across it, and along that direction each edge repeats, reversed, one smear length away.
std::optional<MotionBlur> estimate_motion_blur(const cv::Mat& gray_patch);

// A shaken camera smears the whole photo alike, but a backdrop whose edges run both ways (a chequered
// cloth) can hide it: the smear measured where it shows clearest, on the whole patch or on any of its
// nine overlapping quarters (the one whose gradients are the most one-sided).
std::optional<MotionBlur> clearest_motion_blur(const cv::Mat& gray_patch);

}  // namespace qrdiag
