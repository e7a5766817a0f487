// Splitting CSV text (RFC 4180 quoting) into rows of fields, for the bank list and order exports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qrdiag::text {

// The whole file, or nullopt with `error` set when it cannot be opened or exceeds max_bytes.
std::optional<std::string> read_csv_file(const std::string& path, std::size_t max_bytes, std::string& error);

// Rows of fields; blank lines are skipped; a UTF-8 byte-order mark and CR before LF are dropped.
std::vector<std::vector<std::string>> csv_rows(std::string_view text);

// A cell without the spaces and tabs spreadsheet exports pad it with.
std::string trimmed(std::string_view cell);

// Index of the column named `name` (case-insensitive, trimmed) in a header row, or -1.
int csv_column(const std::vector<std::string>& header, std::string_view name);

}  // namespace qrdiag::text
