#include "qrdiag/diagnose.h"

#include "diagnose/image_input.h"
#include "load/load_image.h"

namespace qrdiag {

Diagnosis diagnose_file(const std::filesystem::path& path, const CheckOptions& options)
{
    auto loaded = load_image_file(path, options.max_pixels);
    if (!loaded) {
        Diagnosis d;
        d.input = path.string();
        d.verdict = Verdict::Error;
        d.error = loaded.error;
        d.causes = rank_causes({unreadable_input_finding(loaded.error)});
        return d;
    }
    Diagnosis d = diagnose_gray(loaded.value->gray, options, loaded.value->dpi);
    d.input = path.string();
    return d;
}

}  // namespace qrdiag
