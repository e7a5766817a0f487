// Measures of a code that decodes, turned into warnings about the phones that will not read it.
#pragma once

#include "measure/symbol_measures.h"
#include "qrdiag/report.h"

#include <optional>
#include <vector>

namespace qrdiag {

struct PhysicalContext {
    std::optional<double> dpi;          // --dpi, or the file's metadata
    std::optional<double> distance_cm;  // --distance
};

// Fills module_mm / max_distance_cm when the DPI is known.
void add_physical_size(SymbolMeasures& m, int modules, const PhysicalContext& physical);

// Warnings plus info notes. When only a retry or the most tolerant decoder read the code
// (`read_by_default` false), measures past a cause's threshold are failures: most phones will not read it.
std::vector<Finding> decoded_findings(const SymbolEvidence& e, int modules, const PhysicalContext& physical,
                                      bool read_by_default);

}  // namespace qrdiag
