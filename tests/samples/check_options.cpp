#include "check_options.h"

#include <sstream>
#include <stdexcept>
#include <vector>

namespace sample_tests {
namespace {

template <class T>
T value_of(const qrdiag::Loaded<T>& loaded, const std::string& flag)
{
    if (!loaded) throw std::runtime_error("bad value for " + flag + ": " + loaded.error);
    return *loaded.value;
}

}  // namespace

qrdiag::CheckOptions check_options(const std::string& flags, const std::filesystem::path& base_dir)
{
    std::istringstream in(flags);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    qrdiag::CheckOptions options;
    qrdiag::PayloadOptions& p = options.payload;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& flag = words[i];
        if (flag == "--standee") {
            p.standee = true;
            continue;
        }
        if (i + 1 >= words.size()) throw std::runtime_error(flag + " needs a value");
        const std::string& v = words[++i];
        if (flag == "--now") p.now = value_of(qrdiag::parse_time(v), flag);
        else if (flag == "--issued-at") p.issued_at = value_of(qrdiag::parse_time(v), flag);
        else if (flag == "--ttl") p.ttl = value_of(qrdiag::parse_duration(v), flag);
        else if (flag == "--expect-account") p.expect_account = value_of(qrdiag::parse_account_ref(v), flag);
        else if (flag == "--orders") p.orders = value_of(qrdiag::load_orders((base_dir / v).string()), flag);
        else throw std::runtime_error("unknown option in manifest: " + flag);
    }
    return options;
}

}  // namespace sample_tests
