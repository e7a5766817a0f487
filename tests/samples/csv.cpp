#include "csv.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sample_tests {
namespace {

std::vector<std::vector<std::string>> parse(const std::string& text)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            record.push_back(std::move(field));
            field.clear();
            if (!(record.size() == 1 && record[0].empty())) records.push_back(std::move(record));
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !record.empty()) {
        record.push_back(std::move(field));
        records.push_back(std::move(record));
    }
    return records;
}

}  // namespace

std::vector<CsvRow> read_csv(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto records = parse(buffer.str());
    if (records.empty()) throw std::runtime_error(path + " is empty");
    std::vector<CsvRow> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        CsvRow row;
        for (std::size_t c = 0; c < records[0].size(); ++c) row[records[0][c]] = c < records[r].size() ? records[r][c] : "";
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace sample_tests
