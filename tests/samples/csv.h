// Reading the sample manifest and the floors file: CSV with a header row and RFC 4180 quoting.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace sample_tests {

using CsvRow = std::map<std::string, std::string>;  // column name -> value

// Throws std::runtime_error naming the file when it cannot be read.
std::vector<CsvRow> read_csv(const std::string& path);

}  // namespace sample_tests
