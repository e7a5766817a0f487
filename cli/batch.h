// Checking many image files on several threads, handing results back in input order.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "qrdiag/diagnose.h"

namespace qrdiag::cli {

struct BatchItem {
    std::string path;
    std::string annotate_path;  // empty: no annotated picture for this input
};

struct BatchResult {
    Diagnosis diagnosis;
    double seconds = 0;  // wall time spent diagnosing this input
};

// Runs diagnose_file on every item with `jobs` threads (at least 1). `deliver` sees each result once, in
// input order, on the calling thread; `on_progress(done)` is called on the calling thread as results
// complete, in any order.
void run_batch(const std::vector<BatchItem>& items, const CheckOptions& options, unsigned jobs,
               const std::function<void(std::size_t index, BatchResult&& result)>& deliver,
               const std::function<void(std::size_t done)>& on_progress);

}  // namespace qrdiag::cli
