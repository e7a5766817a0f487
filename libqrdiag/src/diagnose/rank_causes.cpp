#include "qrdiag/report.h"

#include <algorithm>
#include <map>

namespace qrdiag {

std::vector<Cause> rank_causes(const std::vector<Finding>& findings)
{
    std::map<CauseId, Cause> by_cause;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Info) continue;
        Cause& c = by_cause[f.cause];
        c.id = f.cause;
        c.findings.push_back(f);
    }

    std::vector<Cause> causes;
    for (auto& [id, cause] : by_cause) {
        // Lead with the most telling finding: fails before warnings, then by weight; ties keep
        // the order the checks ran in (payload order for fields).
        std::stable_sort(cause.findings.begin(), cause.findings.end(), [](const Finding& a, const Finding& b) {
            if (a.severity != b.severity) return a.severity > b.severity;
            return a.weight > b.weight;
        });
        const Finding& lead = cause.findings.front();
        cause.severity = lead.severity;
        cause.summary = lead.summary;
        cause.fix = lead.fix;
        // A failing cause always outranks a warning one; within a severity the strongest evidence wins.
        cause.score = (lead.severity == Severity::Fail ? 1.0 : 0.0) + lead.weight;
        causes.push_back(std::move(cause));
    }
    std::stable_sort(causes.begin(), causes.end(),
                     [](const Cause& a, const Cause& b) { return a.score > b.score; });
    return causes;
}

Verdict verdict_of(const std::vector<Cause>& causes)
{
    Verdict v = Verdict::Pass;
    for (const Cause& c : causes) {
        if (c.severity == Severity::Fail) return Verdict::Fail;
        if (c.severity == Severity::Warn) v = Verdict::Warn;
    }
    return v;
}

}  // namespace qrdiag
