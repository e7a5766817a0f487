// Writing a batch's results in the chosen format: text for a person, json, jsonl, junit.
#pragma once

#include <memory>
#include <ostream>

#include "options.h"
#include "summary.h"

namespace qrdiag::cli {

struct OutputSettings {
    Format format = Format::Text;
    Lang lang = Lang::En;
    bool color = false;                // ANSI colour (text only)
    Verdict fail_from = Verdict::Fail; // what counts as a failure (junit)
    std::string suite_name = "qrdiag check";
};

class ResultWriter {
public:
    virtual ~ResultWriter() = default;
    // One input's result, in input order, as soon as it is known.
    virtual void write(const Diagnosis& diagnosis, double seconds) = 0;
    // After the last result.
    virtual void finish(const Summary& summary) = 0;
};

std::unique_ptr<ResultWriter> make_writer(const OutputSettings& settings, std::ostream& out);

// Writer factories, one per file.
std::unique_ptr<ResultWriter> make_text_writer(const OutputSettings& settings, std::ostream& out);
std::unique_ptr<ResultWriter> make_json_writer(const OutputSettings& settings, std::ostream& out);
std::unique_ptr<ResultWriter> make_jsonl_writer(const OutputSettings& settings, std::ostream& out);
std::unique_ptr<ResultWriter> make_junit_writer(const OutputSettings& settings, std::ostream& out);

}  // namespace qrdiag::cli
