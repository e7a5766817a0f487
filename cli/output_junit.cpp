// junit: the JUnit XML that CI servers read. One testcase per input; a failure's text lists the causes
// with their fixes; an unreadable input is an <error>. Warnings fail only with --fail-on warn.
#include <fmt/format.h>

#include <sstream>

#include "output.h"
#include "xml_escape.h"

namespace qrdiag::cli {
namespace {

std::string causes_text(const Diagnosis& d, Lang lang)
{
    std::string text;
    for (const Cause& c : d.causes) {
        text += fmt::format("{} ({}): {}\n", to_string(c.id), to_string(c.severity), c.summary.in(lang));
        if (!c.fix.in(lang).empty()) text += fmt::format("  fix: {}\n", c.fix.in(lang));
    }
    return text;
}

std::string first_cause_line(const Diagnosis& d, Lang lang)
{
    if (d.causes.empty()) return std::string(to_string(d.verdict));
    const Cause& c = d.causes.front();
    return fmt::format("{}: {}", to_string(c.id), c.summary.in(lang));
}

class JunitWriter : public ResultWriter {
public:
    JunitWriter(const OutputSettings& settings, std::ostream& out) : settings_(settings), out_(out) {}

    void write(const Diagnosis& d, double seconds) override
    {
        total_seconds_ += seconds;
        cases_ << fmt::format("    <testcase classname=\"qrdiag\" name=\"{}\" time=\"{:.3f}\">\n",
                              xml_escape(d.input), seconds);
        const Lang lang = settings_.lang;
        const bool failed = d.verdict == Verdict::Fail || (d.verdict == Verdict::Warn && settings_.fail_from == Verdict::Warn);
        const std::string type = d.causes.empty() ? "" : std::string(to_string(d.causes.front().id));
        if (d.verdict == Verdict::Error) {
            ++errors_;
            cases_ << fmt::format("      <error type=\"{}\" message=\"{}\">{}</error>\n", xml_escape(type),
                                  xml_escape(d.error.empty() ? first_cause_line(d, lang) : d.error),
                                  xml_escape(causes_text(d, lang)));
        } else if (failed) {
            ++failures_;
            cases_ << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", xml_escape(type),
                                  xml_escape(first_cause_line(d, lang)), xml_escape(causes_text(d, lang)));
        } else if (!d.causes.empty()) {
            cases_ << fmt::format("      <system-out>{}</system-out>\n", xml_escape(causes_text(d, lang)));
        }
        cases_ << "    </testcase>\n";
        ++tests_;
    }

    void finish(const Summary&) override
    {
        const std::string name = xml_escape(settings_.suite_name);
        out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             << fmt::format("<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{:.3f}\">\n",
                            name, tests_, failures_, errors_, total_seconds_)
             << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\" "
                            "time=\"{:.3f}\">\n",
                            name, tests_, failures_, errors_, total_seconds_)
             << cases_.str() << "  </testsuite>\n</testsuites>\n"
             << std::flush;
    }

private:
    const OutputSettings settings_;
    std::ostream& out_;
    std::ostringstream cases_;
    std::size_t tests_ = 0, failures_ = 0, errors_ = 0;
    double total_seconds_ = 0;
};

}  // namespace

std::unique_ptr<ResultWriter> make_junit_writer(const OutputSettings& settings, std::ostream& out)
{
    return std::make_unique<JunitWriter>(settings, out);
}

}  // namespace qrdiag::cli
