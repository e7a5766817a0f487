// Where each input's annotated picture goes, from the single --annotate value.
#pragma once

#include <string>
#include <vector>

namespace qrdiag::cli {

// Empty spec: no pictures. A pattern with {stem}, {name} or {index}: filled in per input. One input and
// a spec that is not a directory: the spec itself. Otherwise the spec is a directory (created if needed)
// and each picture is <stem>.annotated.png there, with -2, -3... added when two inputs share a stem.
std::vector<std::string> annotate_paths(const std::string& spec, const std::vector<std::string>& inputs);

}  // namespace qrdiag::cli
