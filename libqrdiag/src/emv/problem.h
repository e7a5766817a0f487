// A problem one check found in a payload, before it is worded: which rule, where, what was found.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace qrdiag::emv {

struct Problem {
    std::string_view rule;              // an id from the rule table in text/payload_messages.cpp
    std::string path;                   // "38.01.00"; empty for the payload as a whole
    std::optional<std::size_t> offset;  // byte offset into the payload
    std::string found;
    std::string expected;
    std::string detail;                 // extra words some messages need (a bank name, a time)
    std::string detail_vi{};            // the same in Vietnamese, when the words are not names or numbers
};

}  // namespace qrdiag::emv

#include <algorithm>
#include <vector>

namespace qrdiag::emv {

inline bool has_problem_at(const std::vector<Problem>& problems, std::string_view path)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.path == path; });
}

}  // namespace qrdiag::emv
