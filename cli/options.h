// The options every diagnosing subcommand shares, bound to CLI11 and turned into library options.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "qrdiag/diagnose.h"

namespace qrdiag::cli {

enum class Format { Text, Json, Jsonl, Junit };

struct SharedOptions {
    std::string format = "text";
    std::string lang = "en";
    std::string now, expect_account, orders, issued_at, ttl, banks;
    bool standee = false;
    std::string fail_on = "fail";
    std::optional<double> dpi;
    std::string distance;
    std::string annotate;
    std::string log;
    std::uint64_t max_pixels = kDefaultMaxPixels;
    bool quiet = false;
    bool no_color = false;
};

// Groups of options, so each subcommand offers only those that mean something to it.
enum OptionGroup : unsigned {
    kPayloadOptions = 1,  // --lang --now --expect-account --orders --issued-at --ttl --standee --banks
    kImageOptions = 2,    // --dpi --distance --annotate --max-pixels
    kReportOptions = 4,   // --format --fail-on --log --quiet --no-color
};
void add_shared_options(CLI::App& command, SharedOptions& options, unsigned groups);

Format format_of(const SharedOptions& options);
Lang lang_of(const SharedOptions& options);
// The verdict from which the exit status becomes 1: Fail by default, Warn with --fail-on warn.
Verdict fail_threshold(const SharedOptions& options);

// A length for --distance or --size: "40cm", "0.4m", "400mm"; a bare number is centimetres.
Loaded<double> parse_length_cm(std::string_view text);

// Parses times, durations, the account, the orders and bank files. The error names the option.
Loaded<CheckOptions> to_check_options(const SharedOptions& options);
// The same, with the error printed on stderr; nullopt means the command ends with a usage error.
std::optional<CheckOptions> check_options_or_report(const SharedOptions& options);

}  // namespace qrdiag::cli
