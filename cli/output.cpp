#include "output.h"

namespace qrdiag::cli {

std::unique_ptr<ResultWriter> make_writer(const OutputSettings& settings, std::ostream& out)
{
    switch (settings.format) {
    case Format::Text: return make_text_writer(settings, out);
    case Format::Json: return make_json_writer(settings, out);
    case Format::Jsonl: return make_jsonl_writer(settings, out);
    case Format::Junit: return make_junit_writer(settings, out);
    }
    return make_text_writer(settings, out);
}

}  // namespace qrdiag::cli
