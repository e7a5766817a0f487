#include "annotate_paths.h"

#include <filesystem>
#include <set>

namespace qrdiag::cli {
namespace fs = std::filesystem;

namespace {

void replace_all(std::string& text, const std::string& key, const std::string& value)
{
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
}

bool is_pattern(const std::string& spec)
{
    return spec.find("{stem}") != std::string::npos || spec.find("{name}") != std::string::npos ||
           spec.find("{index}") != std::string::npos;
}

}  // namespace

std::vector<std::string> annotate_paths(const std::string& spec, const std::vector<std::string>& inputs)
{
    std::vector<std::string> out(inputs.size());
    if (spec.empty()) return out;
    if (is_pattern(spec)) {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            std::string path = spec;
            replace_all(path, "{stem}", fs::path(inputs[i]).stem().string());
            replace_all(path, "{name}", fs::path(inputs[i]).filename().string());
            replace_all(path, "{index}", std::to_string(i + 1));
            out[i] = path;
        }
        return out;
    }
    std::error_code ec;
    const bool is_directory = fs::is_directory(spec, ec) || spec.back() == '/';
    if (inputs.size() == 1 && !is_directory) {
        out[0] = spec;
        return out;
    }
    fs::create_directories(spec, ec);  // a failure shows up as the library's error writing the picture
    std::set<std::string> used;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string stem = fs::path(inputs[i]).stem().string();
        std::string name = stem + ".annotated.png";
        for (int n = 2; !used.insert(name).second; ++n) name = stem + "-" + std::to_string(n) + ".annotated.png";
        out[i] = (fs::path(spec) / name).string();
    }
    return out;
}

}  // namespace qrdiag::cli
