// An ISO/IEC 15415-style print-quality grade from a phone photo: uncalibrated (no controlled light or
// aperture), so it ranks prints against each other rather than certifying one.
#pragma once

#include "qrdiag/diagnose.h"

namespace qrdiag {

// Each parameter graded 4 (A) .. 0 (F); the overall grade is the lowest (ISO/IEC 15415).
char overall_grade(const SymbolMeasures& m);

}  // namespace qrdiag
