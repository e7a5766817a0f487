// libFuzzer target: any bytes as a payload string through validation, diagnosis and the JSON report.
// The contract under test: nothing crashes, throws or trips a sanitizer, and the JSON is always one line.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "qrdiag/diagnose.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    // A fixed "now" keeps runs reproducible: expiry checks must not depend on the wall clock.
    qrdiag::CheckOptions options;
    options.payload.now = qrdiag::TimePoint{std::chrono::seconds{1'790'000'000}};

    qrdiag::check_payload(text, options.payload);
    const qrdiag::Diagnosis diagnosis = qrdiag::diagnose_payload(text, options);
    for (qrdiag::Lang lang : {qrdiag::Lang::En, qrdiag::Lang::Vi}) {
        const std::string json = qrdiag::to_json(diagnosis, lang);
        // A jsonl line must stay one line whatever bytes the payload holds.
        if (json.find('\n') != std::string::npos) std::abort();
    }
    return 0;
}
