// Deciding why a located candidate does not read, from its measures. Findings come most likely first.
#pragma once

#include "locate/candidates.h"
#include "measure/candidate_measures.h"
#include "qrdiag/report.h"

#include <vector>

namespace qrdiag {

std::vector<Finding> candidate_findings(const Candidate& c, const CandidateEvidence& e);

}  // namespace qrdiag
