#include "reporter.h"

#include <fmt/format.h>

#include "commands.h"
#include "console.h"

namespace qrdiag::cli {

Reporter::Reporter(const SharedOptions& options, const CheckOptions& check_options, std::size_t total_inputs,
                   std::string suite_name, std::ostream& out)
    : options_(options),
      log_(options.log, check_options.payload.now),
      progress_(console().err, total_inputs, console().stderr_is_terminal && !options.quiet),
      // Text output carries its own summary; the other formats are for machines, so a person at the
      // terminal gets the table on stderr.
      summary_on_stderr_(console().stderr_is_terminal && !options.quiet && format_of(options) != Format::Text &&
                         total_inputs > 1)
{
    OutputSettings settings;
    settings.format = format_of(options);
    settings.lang = lang_of(options);
    settings.color = console().color && !options.no_color;
    settings.fail_from = fail_threshold(options);
    settings.suite_name = std::move(suite_name);
    writer_ = make_writer(settings, out);
}

void Reporter::add(const Diagnosis& d, double seconds, std::optional<std::string_view> payload_text)
{
    log_.record(d, payload_text);
    if (d.verdict == Verdict::Error) {
        print_error(fmt::format("{}: {}", d.input, d.error.empty() ? "could not be checked" : d.error));
    }
    summary_.add(d);
    writer_->write(d, seconds);
}

void Reporter::progress(std::size_t done) { progress_.update(done); }

int Reporter::finish()
{
    progress_.finish();
    writer_->finish(summary_);
    if (summary_on_stderr_) {
        const bool color = console().stderr_is_terminal && !options_.no_color;
        std::fputs(format_summary_table(summary_, lang_of(options_), color).c_str(), console().err);
    }
    return log_.failed() ? kExitUsage : exit_status(summary_, fail_threshold(options_));
}

}  // namespace qrdiag::cli
