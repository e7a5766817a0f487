// What the card stands on or hangs against: tables, walls, counters, cloths, with clutter around.
#pragma once

#include <opencv2/core.hpp>

#include "rng.h"

namespace samples {

// A BGR float image (0..255) of the given size.
cv::Mat3f make_surface(cv::Size size, Rng& rng);

}  // namespace samples
