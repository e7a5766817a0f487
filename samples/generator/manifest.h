// samples/manifest.csv: one row per image with the cause qrdiag should name first.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace samples {

struct ManifestRow {
    std::string file;            // relative to the manifest's directory
    std::string expected_cause;  // "pass" or a cause id
    std::string severity;        // "pass", "warn", "fail"
    std::string cls;
    std::string payload;
    std::string options;         // qrdiag check options, space separated
    std::string notes;
};

// Columns: file,expected_cause,severity,class,payload,options,notes (RFC 4180 quoting).
void write_manifest(const std::filesystem::path& path, const std::vector<ManifestRow>& rows);

}  // namespace samples
