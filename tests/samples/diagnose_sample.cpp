#include "diagnose_sample.h"

#include <array>
#include <cstdio>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "check_options.h"
#include "qrdiag/diagnose.h"

namespace sample_tests {
namespace {

std::string shell_quoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

Outcome diagnose_with_library(const std::filesystem::path& image, const std::string& options,
                              const std::filesystem::path& base_dir)
{
    const qrdiag::Diagnosis d = qrdiag::diagnose_file(image, check_options(options, base_dir));
    if (d.verdict == qrdiag::Verdict::Pass) return {"pass", "pass"};
    if (d.causes.empty()) return {"error", "none"};
    return {std::string(qrdiag::to_string(d.causes.front().id)), std::string(qrdiag::to_string(d.causes.front().severity))};
}

Outcome diagnose_with_cli(const std::string& cli, const std::filesystem::path& image, const std::string& options,
                          const std::filesystem::path& base_dir)
{
    std::string command = shell_quoted(cli) + " check --format jsonl";
    std::istringstream words(options);
    bool is_file = false;  // the manifest names files relative to itself
    for (std::string w; words >> w; is_file = w == "--orders")
        command += " " + shell_quoted(is_file ? (base_dir / w).string() : w);
    command += " " + shell_quoted(image.string()) + " 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return {"error", "none"};
    std::string output;  // read to the end, so the CLI never blocks on a full pipe
    std::array<char, 4096> buf;
    for (std::size_t n; (n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0;) output.append(buf.data(), n);
    const std::string line = output.substr(0, output.find('\n'));
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return {"error", "none"};
    if (j.value("verdict", "") == "pass") return {"pass", "pass"};
    const auto causes = j.find("causes");
    if (causes == j.end() || !causes->is_array() || causes->empty()) return {"error", "none"};
    return {causes->front().value("id", "error"), causes->front().value("severity", "none")};
}

}  // namespace sample_tests
