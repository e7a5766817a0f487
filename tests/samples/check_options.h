// The manifest's per-image `options` column (qrdiag check flags) turned into CheckOptions.
#pragma once

#include <filesystem>
#include <string>

#include "qrdiag/diagnose.h"

namespace sample_tests {

// Understands --now, --issued-at, --ttl, --expect-account, --orders FILE (relative to base_dir) and
// --standee. Anything else, or a value that does not parse, is an error in the manifest: throws.
qrdiag::CheckOptions check_options(const std::string& flags, const std::filesystem::path& base_dir);

}  // namespace sample_tests
