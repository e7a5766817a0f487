// Images no decoder reads: locate QR-like candidates, measure what each cause predicts, decide, and
// confirm by virtual repair.
#pragma once

#include "annotate/annotate.h"
#include "locate/candidates.h"
#include "qrdiag/diagnose.h"

#include <opencv2/core.hpp>

namespace qrdiag {

struct UndecodedDiagnosis {
    std::vector<CodeReport> codes;     // located candidates; decoded when a repair made them read
    std::vector<Finding> findings;     // warn/fail findings, most telling first within each cause
    std::vector<AnnotatedCode> marks;  // for the annotated picture
};

// Whether `c`, module texture with no finder in a region clear of the photo's edge (taken for a damaged
// code), runs on into print all round it: a patch of a page, not a code with its margin.
bool damaged_texture_unlike_a_code(const cv::Mat& gray, const Candidate& c);

// The candidates worth a closer look, the one the photo is most likely about first.
std::vector<Candidate> ranked_candidates(const cv::Mat& gray);

// `candidates` from ranked_candidates. `repair` false: findings only (for a code that a tolerant decoder
// read but that we could not place).
UndecodedDiagnosis diagnose_undecoded(const cv::Mat& gray, const std::vector<Candidate>& candidates, bool repair = true);

}  // namespace qrdiag
