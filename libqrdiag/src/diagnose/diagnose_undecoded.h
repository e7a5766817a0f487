// Images no decoder reads: locate QR-like candidates, measure what each cause predicts, decide, and
// confirm by virtual repair.
#pragma once

#include "annotate/annotate.h"
#include "qrdiag/diagnose.h"

#include <opencv2/core.hpp>

namespace qrdiag {

struct UndecodedDiagnosis {
    std::vector<CodeReport> codes;     // located candidates; decoded when a repair made them read
    std::vector<Finding> findings;     // warn/fail findings, most telling first within each cause
    std::vector<AnnotatedCode> marks;  // for the annotated picture
};

// `repair` false: findings only (for a code that a tolerant decoder read but that we could not place).
UndecodedDiagnosis diagnose_undecoded(const cv::Mat& gray, bool repair = true);

}  // namespace qrdiag
