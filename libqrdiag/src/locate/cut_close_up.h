// A code so close that the photo cuts it through its data: one finder in view, module texture beside it,
// and the photo's edge where the rest of the symbol should be. The search for textured regions misses
// it: what is in view is a strip along the edge, too thin to pass for a symbol.
#pragma once

#include <optional>
#include <vector>

#include <opencv2/core.hpp>

#include "locate/candidates.h"
#include "locate/finder_patterns.h"

namespace qrdiag {

// Places a typical payment symbol at each finder with a light ring, the finder at each of its corners in
// turn; the placement whose data cells in view differ from their neighbours as a symbol's data do, and
// which runs out of the photo, is the candidate.
std::optional<Candidate> cut_close_up_candidate(const cv::Mat& gray, const std::vector<FinderPattern>& finders);

}  // namespace qrdiag
