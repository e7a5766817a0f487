// Turning the command line's INPUT arguments into the list of files to check, in a stable order.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace qrdiag::cli {

// File names we treat as images when walking a directory (by extension, case-insensitive).
bool has_image_extension(const std::string& path);

// Files stay as given (a missing one is reported when it is checked); a directory becomes its image
// files, recursively, sorted by path; a directory without any stays as itself so the check reports it;
// "-" reads one path per line from `list` (blank lines skipped, CR stripped).
std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments, std::istream& list);

}  // namespace qrdiag::cli
