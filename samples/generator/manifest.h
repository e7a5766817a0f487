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
    int width = 0, height = 0;   // image size
    double module_px = 0;        // pixels per module at the symbol centre; 0 without a code
    std::string notes;
};

// Columns: file,expected_cause,severity,class,payload,options,width,height,module_px,notes (RFC 4180 quoting).
void write_manifest(const std::filesystem::path& path, const std::vector<ManifestRow>& rows);

}  // namespace samples
