// A diagnosis reduced to what a complaint log counts, and its JSON line.
#include <nlohmann/json.hpp>

#include "qrdiag/complaint_log.h"

namespace qrdiag {

ComplaintRecord make_complaint_record(const Diagnosis& d, std::string kind, std::string input_sha256, TimePoint time)
{
    ComplaintRecord r;
    r.time = time;
    r.kind = std::move(kind);
    r.input_sha256 = std::move(input_sha256);
    r.verdict = d.verdict;
    for (const Cause& c : d.causes) r.causes.emplace_back(to_string(c.id));
    for (const CodeReport& code : d.codes) {
        if (!code.payload) continue;
        r.scheme = std::string(to_string(code.payload->scheme));
        r.bank_bin = code.payload->bank_bin;
        r.bank_name = code.payload->bank_name;
        break;  // the first decoded code is the one the complaint is about
    }
    return r;
}

std::string to_json_line(const ComplaintRecord& r)
{
    nlohmann::json j{{"time", format_time(r.time)}, {"kind", r.kind},       {"input_sha256", r.input_sha256},
                     {"verdict", to_string(r.verdict)}, {"causes", r.causes}};
    if (!r.scheme.empty()) j["scheme"] = r.scheme;
    if (!r.bank_bin.empty()) j["bank_bin"] = r.bank_bin;
    if (!r.bank_name.empty()) j["bank_name"] = r.bank_name;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace qrdiag
