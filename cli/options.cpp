#include "options.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "console.h"
#include "escape.h"

namespace qrdiag::cli {

void add_shared_options(CLI::App& command, SharedOptions& o, unsigned groups)
{
    if (groups & kReportOptions)
        command.add_option("--format", o.format, "Output: text (for a person), json, jsonl (one line per input), junit")
            ->check(CLI::IsMember({"text", "json", "jsonl", "junit"}))
            ->capture_default_str();
    if (groups & kPayloadOptions) {
        command.add_option("--lang", o.lang, "Language of messages: en or vi")
            ->check(CLI::IsMember({"en", "vi"}))
            ->capture_default_str();
        command.add_option("--now", o.now, "Reference time for expiry checks (ISO 8601), instead of the clock");
        command.add_option("--expect-account", o.expect_account,
                           "The merchant's own account, BIN:ACCOUNT (e.g. 970416:257678859)");
        command.add_option("--orders", o.orders, "CSV order export with columns reference,expires_at");
        command.add_option("--issued-at", o.issued_at, "When a dynamic code was issued (ISO 8601); use with --ttl");
        command.add_option("--ttl", o.ttl, "How long a dynamic code stays valid (90s, 15m, 2h, 1h30m)");
        command.add_flag("--standee", o.standee, "The code is printed on a standee: a dynamic code is a problem");
        command.add_option("--banks", o.banks, "A newer bank directory CSV (same columns as data/banks.csv)");
    }
    if (groups & kImageOptions) {
        command.add_option("--dpi", o.dpi, "Resolution of the image, overriding the file's metadata")
            ->check(CLI::PositiveNumber);
        command.add_option("--distance", o.distance, "How far payers stand from the code (40cm, 0.5m, 300mm)");
        command.add_option("--annotate", o.annotate,
                           "Write an annotated PNG; with several inputs a directory, or a pattern with {stem} or {index}");
        command.add_option("--max-pixels", o.max_pixels, "Refuse images with more pixels than this, before decoding")
            ->check(CLI::PositiveNumber)
            ->capture_default_str();
    }
    if (groups & kReportOptions) {
        command.add_option("--fail-on", o.fail_on, "Exit 1 on: fail (default) or warn")
            ->check(CLI::IsMember({"warn", "fail"}))
            ->capture_default_str();
        command.add_option("--log", o.log, "Append one record per diagnosis to this complaint log (JSON lines)");
        command.add_flag("-q,--quiet", o.quiet, "No progress bar, no summary table");
        command.add_flag("--no-color", o.no_color, "No colour even on a terminal");
    }
}

Format format_of(const SharedOptions& o)
{
    if (o.format == "json") return Format::Json;
    if (o.format == "jsonl") return Format::Jsonl;
    if (o.format == "junit") return Format::Junit;
    return Format::Text;
}

Lang lang_of(const SharedOptions& o) { return o.lang == "vi" ? Lang::Vi : Lang::En; }

Verdict fail_threshold(const SharedOptions& o) { return o.fail_on == "warn" ? Verdict::Warn : Verdict::Fail; }

Loaded<double> parse_length_cm(std::string_view text)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || !std::isfinite(value) || value <= 0)
        return {std::nullopt, "expected a positive length such as 40cm, 0.5m or 300mm"};
    const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
    if (unit.empty() || unit == "cm") return {value, {}};
    if (unit == "mm") return {value / 10, {}};
    if (unit == "m") return {value * 100, {}};
    return {std::nullopt, "unknown unit \"" + escape_for_terminal(unit) + "\" (use cm, m or mm)"};
}

namespace {

template <class T>
std::string option_error(std::string_view option, const Loaded<T>& loaded)
{
    return fmt::format("{}: {}", option, loaded.error);
}

}  // namespace

Loaded<CheckOptions> to_check_options(const SharedOptions& o)
{
    CheckOptions c;
    PayloadOptions& p = c.payload;
    if (!o.now.empty()) {
        auto t = parse_time(o.now);
        if (!t) return {std::nullopt, option_error("--now", t)};
        p.now = *t.value;
    }
    if (!o.expect_account.empty()) {
        auto a = parse_account_ref(o.expect_account);
        if (!a) return {std::nullopt, option_error("--expect-account", a)};
        p.expect_account = *a.value;
    }
    if (!o.orders.empty()) {
        auto orders = load_orders(o.orders);
        if (!orders) return {std::nullopt, option_error("--orders", orders)};
        p.orders = std::move(*orders.value);
    }
    if (o.issued_at.empty() != o.ttl.empty())
        return {std::nullopt, "--issued-at and --ttl go together: give both or neither"};
    if (!o.issued_at.empty()) {
        auto t = parse_time(o.issued_at);
        if (!t) return {std::nullopt, option_error("--issued-at", t)};
        auto d = parse_duration(o.ttl);
        if (!d) return {std::nullopt, option_error("--ttl", d)};
        p.issued_at = *t.value;
        p.ttl = *d.value;
    }
    p.standee = o.standee;
    if (!o.banks.empty()) {
        auto banks = BankDirectory::load(o.banks);
        if (!banks) return {std::nullopt, option_error("--banks", banks)};
        p.banks = *banks.value;
    }
    c.dpi = o.dpi;
    if (!o.distance.empty()) {
        auto d = parse_length_cm(o.distance);
        if (!d) return {std::nullopt, option_error("--distance", d)};
        c.distance_cm = *d.value;
    }
    c.max_pixels = o.max_pixels;
    return {c, {}};
}

std::optional<CheckOptions> check_options_or_report(const SharedOptions& options)
{
    auto check_options = to_check_options(options);
    if (!check_options) print_error(check_options.error);
    return std::move(check_options.value);
}

}  // namespace qrdiag::cli
