#include "manifest.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace samples {
namespace {

std::string quoted(const std::string& field)
{
    if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

void write_manifest(const std::filesystem::path& path, const std::vector<ManifestRow>& rows)
{
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    out << "file,expected_cause,severity,class,payload,options,width,height,module_px,notes\n";
    for (const ManifestRow& r : rows) {
        char px[16];
        std::snprintf(px, sizeof px, "%.2f", r.module_px);
        out << quoted(r.file) << ',' << quoted(r.expected_cause) << ',' << quoted(r.severity) << ',' << quoted(r.cls) << ','
            << quoted(r.payload) << ',' << quoted(r.options) << ',' << r.width << ',' << r.height << ',' << px << ','
            << quoted(r.notes) << '\n';
    }
}

}  // namespace samples
