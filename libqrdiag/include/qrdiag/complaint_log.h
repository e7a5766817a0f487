// The complaint log: one JSON line per diagnosis made for a customer, so a support team sees when many
// customers report the same cause. It records what was found, never the input itself (only its hash).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qrdiag/diagnose.h"

namespace qrdiag {

struct ComplaintRecord {
    TimePoint time;
    std::string kind;                 // "image" or "payload"
    std::string input_sha256;         // of the file's bytes or the payload text
    Verdict verdict = Verdict::Pass;
    std::vector<std::string> causes;  // cause ids, most likely first
    std::string scheme;               // "vietqr", "vnpay", "emv", "not_payment"; empty when nothing decoded
    std::string bank_bin, bank_name;
};

ComplaintRecord make_complaint_record(const Diagnosis& diagnosis, std::string kind, std::string input_sha256,
                                      TimePoint time);
std::string to_json_line(const ComplaintRecord& record);  // one line, ending in '\n'

// Appends the record as one whole line with a single write() on an O_APPEND descriptor, so runs
// appending at the same time never interleave or overwrite each other. Returns an error line, or "".
std::string append_complaint(const std::filesystem::path& log, const ComplaintRecord& record);

struct ComplaintStats {
    std::size_t records = 0;
    std::size_t unreadable_lines = 0;  // lines that are not records (skipped, counted)
    std::optional<TimePoint> first, last;
    std::map<std::string, std::size_t> verdicts, causes, schemes, banks;
    // Per UTC day ("2026-11-22"): how many records, and the causes named that day, to see a cause surge.
    std::map<std::string, std::size_t> days;
    std::map<std::string, std::map<std::string, std::size_t>> causes_by_day;
};

// Counts the records at or after `since` (all when unset).
Loaded<ComplaintStats> read_complaint_stats(const std::filesystem::path& log, std::optional<TimePoint> since);

std::string sha256_hex(std::string_view bytes);
// Of a file's bytes, streamed; empty when the file cannot be read.
std::string sha256_file_hex(const std::filesystem::path& path);

}  // namespace qrdiag
