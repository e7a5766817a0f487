// Reading an order export: which dynamic code (by reference) stops being valid when.
#include <algorithm>

#include "qrdiag/payload.h"
#include "text/csv_fields.h"

namespace qrdiag {
namespace {
constexpr std::size_t kMaxOrdersBytes = 64 * 1024 * 1024;  // an export of millions of orders; beyond is a mistake
}  // namespace

Loaded<std::vector<Order>> load_orders(const std::string& csv_path)
{
    std::string error;
    const std::optional<std::string> text = text::read_csv_file(csv_path, kMaxOrdersBytes, error);
    if (!text) return {std::nullopt, "orders file: " + error};
    const auto rows = text::csv_rows(*text);
    if (rows.empty()) return {std::nullopt, csv_path + ": empty; expected a header reference,expires_at"};
    const int reference = text::csv_column(rows.front(), "reference");
    const int expires = text::csv_column(rows.front(), "expires_at");
    if (reference < 0 || expires < 0)
        return {std::nullopt, csv_path + ": the header must name the columns reference and expires_at"};
    std::vector<Order> orders;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const auto needed = static_cast<std::size_t>(std::max(reference, expires));
        if (row.size() <= needed)
            return {std::nullopt, csv_path + " line " + std::to_string(r + 1) + ": missing columns"};
        auto when = parse_time(text::trimmed(row[static_cast<std::size_t>(expires)]));
        if (!when) return {std::nullopt, csv_path + " line " + std::to_string(r + 1) + ": " + when.error};
        orders.push_back({text::trimmed(row[static_cast<std::size_t>(reference)]), *when.value});
    }
    return {orders, ""};
}

}  // namespace qrdiag
