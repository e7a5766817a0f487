// Counting a batch's results: per verdict and per cause.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "qrdiag/diagnose.h"

namespace qrdiag::cli {

struct Summary {
    std::size_t inputs = 0, pass = 0, warn = 0, fail = 0, error = 0;
    std::map<std::string, std::size_t> causes;  // cause id -> inputs with that cause

    void add(const Diagnosis& diagnosis);
    // The worst verdict seen: Error, then Fail, Warn, Pass.
    Verdict worst() const;
};

nlohmann::json to_json(const Summary& summary);
// A small table for a person, in the chosen language; `color` adds ANSI colour.
std::string format_summary_table(const Summary& summary, Lang lang, bool color);

// 0 when nothing reached `fail_from` (Fail, or Warn with --fail-on warn), 1 when something did, 2 when an
// input could not be read.
int exit_status(const Summary& summary, Verdict fail_from);

}  // namespace qrdiag::cli
