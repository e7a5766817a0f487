// json: one document {"results": [...], "summary": {...}}; jsonl: one contract line per input.
#include <string>

#include "output.h"

namespace qrdiag::cli {
namespace {

class JsonlWriter : public ResultWriter {
public:
    JsonlWriter(const OutputSettings& settings, std::ostream& out) : lang_(settings.lang), out_(out) {}
    void write(const Diagnosis& d, double) override { out_ << qrdiag::to_json(d, lang_) << '\n' << std::flush; }
    void finish(const Summary&) override {}

private:
    Lang lang_;
    std::ostream& out_;
};

// Streams the results array as they come, so a long batch needs no memory for earlier results; each
// element is the same contract object as a jsonl line.
class JsonWriter : public ResultWriter {
public:
    JsonWriter(const OutputSettings& settings, std::ostream& out) : lang_(settings.lang), out_(out) {}
    void write(const Diagnosis& d, double) override
    {
        out_ << (first_ ? "{\"results\":[\n" : ",\n") << qrdiag::to_json(d, lang_);
        first_ = false;
    }
    void finish(const Summary& summary) override
    {
        out_ << (first_ ? "{\"results\":[" : "\n") << "],\n\"summary\":"
             << to_json(summary).dump() << "}\n" << std::flush;
    }

private:
    Lang lang_;
    std::ostream& out_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<ResultWriter> make_json_writer(const OutputSettings& settings, std::ostream& out)
{
    return std::make_unique<JsonWriter>(settings, out);
}

std::unique_ptr<ResultWriter> make_jsonl_writer(const OutputSettings& settings, std::ostream& out)
{
    return std::make_unique<JsonlWriter>(settings, out);
}

}  // namespace qrdiag::cli
