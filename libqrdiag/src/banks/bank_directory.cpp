#include <algorithm>
#include <array>

#include "qrdiag/payload.h"
#include "text/csv_fields.h"

namespace qrdiag {
namespace banks {
extern const std::string_view kBuiltinBanksCsv;  // generated from data/banks.csv (cmake/embed_banks.cmake)
}

namespace {

// Renamed banks keep their BIN, so the list holds both names (shared/data/README.md). The list has no
// dates, so the newer name is known from the renames themselves.
constexpr std::array<std::string_view, 3> kNewerNames{"VIKKI", "MBV", "LPBank"};
constexpr std::size_t kMaxCsvBytes = 4 * 1024 * 1024;  // a bank list is a few kB; refuse anything absurd

bool is_newer_name(const Bank& bank)
{
    return std::find(kNewerNames.begin(), kNewerNames.end(), bank.code) != kNewerNames.end() ||
           std::find(kNewerNames.begin(), kNewerNames.end(), bank.short_name) != kNewerNames.end();
}

}  // namespace

Loaded<std::shared_ptr<const BankDirectory>> BankDirectory::parse(std::string_view csv_text)
{
    const auto rows = text::csv_rows(csv_text);
    if (rows.empty()) return {std::nullopt, "the bank list is empty"};
    const auto& header = rows.front();
    const int bin = text::csv_column(header, "bin"), code = text::csv_column(header, "code"),
              short_name = text::csv_column(header, "short_name"), name = text::csv_column(header, "name"),
              status = text::csv_column(header, "vietqr_status");
    if (bin < 0 || short_name < 0)
        return {std::nullopt, "the bank list needs a header with columns bin and short_name"};
    auto directory = std::make_shared<BankDirectory>();
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto at = [&](int column) { return column >= 0 && column < static_cast<int>(row.size()) ? text::trimmed(row[column]) : std::string{}; };
        Bank bank{at(bin), at(code), at(short_name), at(name), at(status) != "0"};
        if (bank.bin.size() != 6 || !std::all_of(bank.bin.begin(), bank.bin.end(), ::isdigit))
            return {std::nullopt, "bank list line " + std::to_string(r + 1) + ": bin is not 6 digits"};
        directory->banks_.push_back(std::move(bank));
    }
    return {std::shared_ptr<const BankDirectory>(std::move(directory)), ""};
}

Loaded<std::shared_ptr<const BankDirectory>> BankDirectory::load(const std::string& csv_path)
{
    std::string error;
    const std::optional<std::string> text = text::read_csv_file(csv_path, kMaxCsvBytes, error);
    if (!text) return {std::nullopt, "bank list: " + error};
    auto parsed = parse(*text);
    if (!parsed) parsed.error = csv_path + ": " + parsed.error;
    return parsed;
}

std::shared_ptr<const BankDirectory> BankDirectory::builtin()
{
    static const std::shared_ptr<const BankDirectory> directory = [] {
        auto parsed = parse(banks::kBuiltinBanksCsv);
        return parsed ? *parsed.value : std::make_shared<const BankDirectory>();
    }();
    return directory;
}

std::vector<Bank> BankDirectory::find(std::string_view bin) const
{
    std::vector<Bank> found;
    for (const Bank& b : banks_)
        if (b.bin == bin) found.push_back(b);
    std::stable_sort(found.begin(), found.end(), [](const Bank& a, const Bank& b) {
        if (is_newer_name(a) != is_newer_name(b)) return is_newer_name(a);
        return a.on_vietqr && !b.on_vietqr;
    });
    return found;
}

Loaded<AccountRef> parse_account_ref(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return {std::nullopt, "expected BIN:ACCOUNT, e.g. 970436:0011001932418"};
    AccountRef ref{text::trimmed(text.substr(0, colon)), text::trimmed(text.substr(colon + 1))};
    if (ref.bin.size() != 6 || !std::all_of(ref.bin.begin(), ref.bin.end(), ::isdigit))
        return {std::nullopt, "the BIN before ':' must be 6 digits"};
    if (ref.account.empty() || ref.account.size() > 19)
        return {std::nullopt, "the account after ':' must be 1 to 19 characters"};
    return {ref, ""};
}

}  // namespace qrdiag
