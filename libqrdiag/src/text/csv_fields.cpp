#include "text/csv_fields.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace qrdiag::text {

std::optional<std::string> read_csv_file(const std::string& path, std::size_t max_bytes, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open " + path;
        return std::nullopt;
    }
    std::string text(max_bytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
        error = path + " is too large";
        return std::nullopt;
    }
    return text;
}

std::vector<std::vector<std::string>> csv_rows(std::string_view text)
{
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, row_has_content = false;
    auto end_row = [&] {
        if (row_has_content || !field.empty()) {
            row.push_back(std::move(field));
            rows.push_back(std::move(row));
        }
        row.clear();
        field.clear();
        row_has_content = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            row_has_content = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            row_has_content = true;
        } else if (c == '\n') {
            end_row();
        } else if (c != '\r') {
            field += c;
        }
    }
    end_row();
    return rows;
}

std::string trimmed(std::string_view cell)
{
    const auto first = cell.find_first_not_of(" \t");
    const auto last = cell.find_last_not_of(" \t");
    return first == std::string_view::npos ? std::string{} : std::string(cell.substr(first, last - first + 1));
}

int csv_column(const std::vector<std::string>& header, std::string_view name)
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string h = header[i];
        h.erase(std::remove_if(h.begin(), h.end(), [](unsigned char c) { return std::isspace(c); }), h.end());
        std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return std::tolower(c); });
        if (h == name) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace qrdiag::text
