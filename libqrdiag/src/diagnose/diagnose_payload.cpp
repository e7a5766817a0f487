#include "qrdiag/diagnose.h"

namespace qrdiag {

Diagnosis diagnose_payload(std::string_view text, const CheckOptions& options)
{
    Diagnosis d;
    d.input = "-";
    CodeReport code;
    code.text = std::string(text);
    code.decoded = true;
    code.payload = check_payload(text, options.payload);

    std::vector<Finding> blamed;
    for (const Finding& f : code.payload->findings)
        (f.severity == Severity::Info ? d.notes : blamed).push_back(f);
    d.causes = rank_causes(blamed);
    d.verdict = verdict_of(d.causes);
    d.codes.push_back(std::move(code));
    return d;
}

}  // namespace qrdiag
