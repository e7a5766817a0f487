// Whether an outline someone else's detector gave can be a square symbol seen by a phone: OpenCV's
// QRCodeDetector also answers with outlines no square projects to (two corners on one point, a sliver
// along the lines of graph paper).
#pragma once

#include <vector>

#include <opencv2/core.hpp>

namespace qrdiag {

// Four distinct corners in order round a convex outline, with corner angles and side lengths that a
// square tilted towards the camera keeps.
bool projects_from_square(const std::vector<cv::Point2f>& quad);

}  // namespace qrdiag
