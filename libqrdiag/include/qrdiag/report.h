// The vocabulary of a diagnosis: causes, findings (the evidence behind a cause) and the verdict.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qrdiag {

// The stable cause ids of the CLI/JSON contract; to_string() gives the snake_case id.
enum class CauseId {
    BlurDamage,
    QuietZone,
    DistanceScale,
    Expired,
    MalformedPayload,
    WrongAccount,
    NoCodeFound,
    UnreadableInput,
};

enum class Severity {
    Info,  // stated, not blamed: e.g. "dynamic code, expiry unknown"
    Warn,  // works now, will fail for some payers or later
    Fail,  // the code will not scan or will not pay
};

enum class Verdict { Pass, Warn, Fail, Error };

enum class Lang { En, Vi };

std::string_view to_string(CauseId id);
std::string_view to_string(Severity severity);
std::string_view to_string(Verdict verdict);
std::optional<CauseId> cause_from_string(std::string_view id);

// A message in both languages we write: English and Vietnamese (with diacritics).
struct Text {
    std::string en;
    std::string vi;
    const std::string& in(Lang lang) const { return lang == Lang::Vi && !vi.empty() ? vi : en; }
};

// One piece of evidence. It names the rule that fired, where (tag path and byte offset for a payload,
// a region for an image), what was found and what was expected, and the numbers behind it.
struct Finding {
    CauseId cause = CauseId::MalformedPayload;
    Severity severity = Severity::Fail;
    std::string rule;                   // stable machine id of the check, e.g. "emv.crc_mismatch"
    std::string path;                   // payload tag path, e.g. "38.01.00"; empty for image findings
    std::optional<std::size_t> offset;  // byte offset into the payload where the problem starts
    std::string found;                  // the offending value as found (may be empty)
    std::string expected;               // what the rule expected
    Text summary;                       // one line naming the field/measure and its value
    Text fix;                           // what to do, addressed to merchant or payer
    double weight = 1.0;                // 0..1, how strongly this points at its cause; orders causes
    std::vector<std::pair<std::string, double>> metrics;  // e.g. {"px_per_module", 1.6}
};

// A cause as reported: the findings that point to it, most telling first.
struct Cause {
    CauseId id = CauseId::MalformedPayload;
    Severity severity = Severity::Fail;
    Text summary;  // the lead finding's summary
    Text fix;      // the lead finding's fix
    double score = 0;  // ordering key: higher is more likely
    std::vector<Finding> findings;
};

// Groups warn/fail findings by cause and orders them most likely first. Info findings are left out.
std::vector<Cause> rank_causes(const std::vector<Finding>& findings);

// Fail if any cause fails, Warn if any warns, else Pass.
Verdict verdict_of(const std::vector<Cause>& causes);

}  // namespace qrdiag
