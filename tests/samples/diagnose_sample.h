// What qrdiag names first for one sample image: through the library, or through the built CLI.
#pragma once

#include <filesystem>
#include <string>

namespace sample_tests {

struct Outcome {
    std::string cause;     // first cause id, "pass" when the verdict is pass, "error" when nothing came back
    std::string severity;  // that cause's severity; "pass" for a pass
};

Outcome diagnose_with_library(const std::filesystem::path& image, const std::string& options,
                              const std::filesystem::path& base_dir);

// Runs `CLI check --format jsonl OPTIONS IMAGE` and reads its one JSON line.
Outcome diagnose_with_cli(const std::string& cli, const std::filesystem::path& image, const std::string& options,
                          const std::filesystem::path& base_dir);

}  // namespace sample_tests
