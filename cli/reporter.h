// What every diagnosing command does with its results: write them in the chosen format, say on stderr
// which inputs could not be read, draw progress, count, log, and decide the exit status.
#pragma once

#include <iostream>
#include <memory>
#include <optional>

#include "complaint_logger.h"
#include "options.h"
#include "output.h"
#include "progress.h"
#include "summary.h"

namespace qrdiag::cli {

class Reporter {
public:
    Reporter(const SharedOptions& options, const CheckOptions& check_options, std::size_t total_inputs,
             std::string suite_name, std::ostream& out = std::cout);
    // One result, in input order. For --log the input is hashed: the payload text when given, else the
    // file named by diagnosis.input.
    void add(const Diagnosis& diagnosis, double seconds, std::optional<std::string_view> payload_text = {});
    void progress(std::size_t done);
    // Writes the end of the output and the summary; returns the exit status.
    int finish();

private:
    const SharedOptions& options_;
    ComplaintLogger log_;
    std::unique_ptr<ResultWriter> writer_;
    ProgressBar progress_;
    Summary summary_;
    bool summary_on_stderr_;
};

}  // namespace qrdiag::cli
