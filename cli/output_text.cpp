// text: for a person. The verdict first, then each cause with its evidence and fix, then the decoded
// payload as a table. Everything that came from the input is escaped.
#include <fmt/format.h>

#include <algorithm>

#include "escape.h"
#include "output.h"
#include "qrdiag/triage.h"
#include "style.h"

namespace qrdiag::cli {
namespace {

// Field values longer than this are cut in the table; the json output has them whole.
constexpr std::size_t kMaxShownValue = 96;

struct Labels {
    std::string_view verdict[4], evidence, fix, found, expected, at_offset, code, fields, not_decoded, notes,
        module_px, quiet_zone, grade, all_pass;
};

const Labels kEnglish{{"PASS", "WARN", "FAIL", "ERROR"},
                      "evidence", "fix", "found", "expected", "at byte", "Code", "Fields",
                      "located but not decoded", "Notes", "px/module", "quiet zone (modules)",
                      "grade", "All checks pass."};
const Labels kVietnamese{{"ĐẠT", "CẢNH BÁO", "LỖI", "KHÔNG ĐỌC ĐƯỢC"},
                         "bằng chứng", "cách khắc phục", "thấy", "cần", "tại byte", "Mã", "Các trường",
                         "tìm thấy nhưng không giải mã được", "Ghi chú", "px/mô-đun",
                         "lề trắng (mô-đun)", "hạng", "Mọi kiểm tra đều đạt."};

std::size_t display_width(std::string_view s)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) == 0x80) continue;  // continuation byte
        // Combining diacritics (U+0300..U+036F: 0xCC 0x80 .. 0xCD 0xAF) take no column.
        if ((c == 0xCC || (c == 0xCD && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0xAF))) continue;
        ++n;
    }
    return n;
}

std::string pad(std::string_view s, std::size_t width)
{
    const std::size_t w = display_width(s);
    return std::string(s) + std::string(w < width ? width - w : 0, ' ');
}

std::string evidence_line(const Finding& f, const Labels& l)
{
    std::vector<std::string> parts;
    if (!f.path.empty()) parts.push_back(fmt::format("{} {}", f.path, f.rule));
    else if (!f.rule.empty()) parts.push_back(f.rule);
    if (!f.found.empty()) parts.push_back(fmt::format("{} \"{}\"", l.found, escape_for_terminal(f.found, kMaxShownValue)));
    if (!f.expected.empty()) parts.push_back(fmt::format("{} {}", l.expected, escape_for_terminal(f.expected, kMaxShownValue)));
    if (f.offset) parts.push_back(fmt::format("{} {}", l.at_offset, *f.offset));
    for (const auto& [name, value] : f.metrics) parts.push_back(fmt::format("{}={:.3g}", name, value));
    return fmt::format("{}", fmt::join(parts, ", "));
}

class TextWriter : public ResultWriter {
public:
    TextWriter(const OutputSettings& settings, std::ostream& out)
        : lang_(settings.lang), color_(settings.color), labels_(lang_ == Lang::Vi ? kVietnamese : kEnglish),
          out_(out)
    {
    }

    void write(const Diagnosis& d, double) override
    {
        if (count_++) out_ << '\n';
        const auto verdict = static_cast<std::size_t>(d.verdict);
        out_ << paint(labels_.verdict[verdict], style_of(d.verdict), color_) << "  "
             << paint(escape_for_terminal(d.input), Style::Bold, color_);
        if (!d.error.empty()) out_ << ": " << escape_for_terminal(d.error);
        out_ << '\n';
        write_causes(d);
        if (d.verdict == Verdict::Pass)
            out_ << "  " << labels_.all_pass << ' ' << payer_side_hint().in(lang_) << '\n';
        for (std::size_t i = 0; i < d.codes.size(); ++i) write_code(d.codes[i], i + 1, d.codes.size());
        if (!d.notes.empty()) {
            out_ << "  " << paint(labels_.notes, Style::Bold, color_) << '\n';
            for (const Finding& f : d.notes) out_ << "    - " << escape_for_terminal(f.summary.in(lang_)) << '\n';
        }
        out_ << std::flush;
    }

    void finish(const Summary& summary) override
    {
        if (summary.inputs > 1) out_ << '\n' << format_summary_table(summary, lang_, color_) << std::flush;
    }

private:
    void write_causes(const Diagnosis& d)
    {
        if (d.verdict == Verdict::Error) {  // the error is on the verdict line; what to do is all that is left
            for (const Cause& c : d.causes)
                out_ << fmt::format("  {}: {}\n", paint(labels_.fix, Style::Bold, color_), escape_for_terminal(c.fix.in(lang_)));
            return;
        }
        std::size_t n = 0;
        for (const Cause& c : d.causes) {
            out_ << fmt::format("  {}. {} ({}): {}\n", ++n, paint(to_string(c.id), style_of(c.severity), color_),
                                to_string(c.severity), escape_for_terminal(c.summary.in(lang_)));
            if (!c.findings.empty()) {
                const std::string evidence = evidence_line(c.findings.front(), labels_);
                if (!evidence.empty()) out_ << fmt::format("     {}: {}\n", labels_.evidence, evidence);
            }
            for (std::size_t k = 1; k < c.findings.size(); ++k)
                out_ << fmt::format("     + {}\n", escape_for_terminal(c.findings[k].summary.in(lang_)));
            if (!c.fix.in(lang_).empty())
                out_ << fmt::format("     {}: {}\n", paint(labels_.fix, Style::Bold, color_),
                                    escape_for_terminal(c.fix.in(lang_)));
        }
    }

    void write_code(const CodeReport& code, std::size_t number, std::size_t total)
    {
        std::string heading = total > 1 ? fmt::format("{} {}", labels_.code, number) : std::string(labels_.code);
        if (code.payload && !code.payload->scheme_label.empty())
            heading += ": " + escape_for_terminal(code.payload->scheme_label);
        if (!code.decoded) heading += fmt::format(" ({})", labels_.not_decoded);
        out_ << "  " << paint(heading, Style::Bold, color_) << '\n';
        if (code.measures) {
            const SymbolMeasures& m = *code.measures;
            out_ << fmt::format("    {} {:.1f}, {} {:.1f}/{:.1f}/{:.1f}/{:.1f}, {} {}\n", labels_.module_px,
                                m.module_px, labels_.quiet_zone, m.quiet_zone_modules[0], m.quiet_zone_modules[1],
                                m.quiet_zone_modules[2], m.quiet_zone_modules[3], labels_.grade, m.grade);
        }
        if (code.decoded && (!code.payload || code.payload->fields.empty()))
            out_ << "    " << escape_for_terminal(code.text, kMaxShownValue * 4) << '\n';
        if (!code.payload || code.payload->fields.empty()) return;
        std::size_t path_width = 0, name_width = 0;
        for (const PayloadField& f : code.payload->fields) {
            path_width = std::max(path_width, f.path.size());
            name_width = std::max(name_width, display_width(f.name));
        }
        for (const PayloadField& f : code.payload->fields) {
            if (f.is_template) {
                out_ << "    " << pad(escape_for_terminal(f.path), path_width) << "  " << escape_for_terminal(f.name) << '\n';
                continue;
            }
            out_ << "    " << pad(escape_for_terminal(f.path), path_width) << "  "
                 << pad(escape_for_terminal(f.name), name_width) << "  "
                 << escape_for_terminal(f.value, kMaxShownValue) << '\n';
        }
    }

    Lang lang_;
    bool color_;
    const Labels& labels_;
    std::ostream& out_;
    std::size_t count_ = 0;
};

}  // namespace

std::unique_ptr<ResultWriter> make_text_writer(const OutputSettings& settings, std::ostream& out)
{
    return std::make_unique<TextWriter>(settings, out);
}

}  // namespace qrdiag::cli
