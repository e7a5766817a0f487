// libFuzzer target: any bytes as a payload string through validation, diagnosis and the JSON report, and
// through the small parsers that also take user text (times, durations, account references, bank CSV).
// The contract under test: nothing crashes, throws or trips a sanitizer, and the JSON is always one line.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "qrdiag/diagnose.h"

namespace {

qrdiag::CheckOptions fixed_options()
{
    qrdiag::CheckOptions options;
    // A fixed "now" keeps runs reproducible: expiry checks must not depend on the wall clock.
    options.payload.now = qrdiag::TimePoint{std::chrono::seconds{1'790'000'000}};
    // With an expected account and an order, the wrong_account and expiry-by-reference paths run too.
    options.payload.expect_account = qrdiag::AccountRef{"970436", "0011012345678"};
    options.payload.orders = {{"INV2026112201", qrdiag::TimePoint{std::chrono::seconds{1'780'000'000}}}};
    return options;
}

// Rendering the report costs several times the validation (under ASan, mostly allocations), so it runs
// on one input in four, chosen by length so a crash reproduces from its input alone, alternating the
// language so both languages' texts are rendered.
void check_report(const qrdiag::Diagnosis& diagnosis, std::size_t size)
{
    if (size % 4 != 0) return;
    const qrdiag::Lang lang = size % 8 ? qrdiag::Lang::Vi : qrdiag::Lang::En;
    if (qrdiag::to_json(diagnosis, lang).find('\n') != std::string::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const qrdiag::CheckOptions options = fixed_options();
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    qrdiag::parse_time(text);
    qrdiag::parse_duration(text);
    qrdiag::parse_account_ref(text);
    qrdiag::BankDirectory::parse(text);
    // diagnose_payload runs check_payload itself.
    check_report(qrdiag::diagnose_payload(text, options), size);
    return 0;
}
