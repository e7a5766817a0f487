#include "banks/account_checks.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "emv/characters.h"
#include "schemes/vietqr.h"

namespace qrdiag::banks {
namespace {

// Cards issued in Vietnam start with 9704 followed by the issuing bank's code (NAPAS; payment-qr.md),
// and have 16 or 19 digits.
constexpr std::string_view kDomesticCardPrefix = "9704";
constexpr std::size_t kBinDigits = 6;
// Shorter runs of one digit could be a real (if odd) wallet or merchant number.
constexpr std::size_t kMinPlaceholderDigits = 6;

std::string bank_label(const std::vector<Bank>& entries)
{
    return entries.empty() ? std::string("unknown bank") : entries.front().short_name;
}

bool same_bank(const std::vector<Bank>& a, const std::vector<Bank>& b)
{
    for (const Bank& x : a)
        for (const Bank& y : b)
            if (x.bin == y.bin || (!x.code.empty() && x.code == y.code)) return true;
    return false;
}

void check_card(const AccountInCode& account, const BankDirectory& directory, const std::vector<Bank>& banks,
                std::vector<emv::Problem>& out)
{
    const std::string card(account.consumer);
    if (!emv::all_digits(card)) {
        out.push_back({"account.card_not_digits", "38.01.01", account.consumer_offset, card, "digits", ""});
        return;
    }
    if (card.size() != 16 && card.size() != 19) {
        out.push_back({"account.card_length", "38.01.01", account.consumer_offset, card, "16/19",
                       std::to_string(card.size())});
        return;
    }
    if (!passes_luhn(card)) {
        out.push_back({"account.card_luhn", "38.01.01", account.consumer_offset, card, "a valid check digit", ""});
        return;
    }
    const bool bin_is_domestic_prefix = account.bin.rfind(kDomesticCardPrefix, 0) == 0;
    if (card.rfind(kDomesticCardPrefix, 0) != 0) {
        if (bin_is_domestic_prefix)
            out.push_back({"account.card_not_domestic", "38.01.01", account.consumer_offset, card,
                           std::string(account.bin) + "...", ""});
        return;
    }
    const std::string prefix = card.substr(0, kBinDigits);
    if (!bin_is_domestic_prefix || prefix == account.bin) return;
    const std::vector<Bank> issuer = directory.find(prefix);
    if (!same_bank(issuer, banks))
        out.push_back({"account.card_other_bank", "38.01.01", account.consumer_offset, card,
                       std::string(account.bin) + " (" + bank_label(banks) + ")",
                       prefix + " " + bank_label(issuer)});
}

}  // namespace

bool passes_luhn(std::string_view number)
{
    int sum = 0;
    bool double_it = false;
    for (auto it = number.rbegin(); it != number.rend(); ++it) {
        int d = *it - '0';
        if (double_it) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        double_it = !double_it;
    }
    return sum % 10 == 0;
}

std::vector<emv::Problem> check_account(const AccountInCode& account, const BankDirectory& directory,
                                        const std::optional<AccountRef>& expected)
{
    std::vector<emv::Problem> out;
    if (expected) {
        const bool bin_differs = expected->bin != account.bin;
        const bool account_differs = expected->account != account.consumer;
        const std::string code_side = std::string(account.bin) + ":" + std::string(account.consumer);
        const std::string own = expected->bin + ":" + expected->account;
        if (bin_differs && account_differs)
            out.push_back({"account.expect_both", "38.01", account.bin_offset, code_side, own, ""});
        else if (bin_differs)
            out.push_back({"account.expect_bin", "38.01.00", account.bin_offset, std::string(account.bin), expected->bin, ""});
        else if (account_differs)
            out.push_back({"account.expect_account", "38.01.01", account.consumer_offset, std::string(account.consumer),
                           expected->account, ""});
    }
    const std::vector<Bank> banks = directory.find(account.bin);
    if (banks.empty()) {
        out.push_back({"account.bin_unknown", "38.01.00", account.bin_offset, std::string(account.bin),
                       "a BIN from the NAPAS list", ""});
        return out;
    }
    const bool on_vietqr = std::any_of(banks.begin(), banks.end(), [](const Bank& b) { return b.on_vietqr; });
    if (!on_vietqr)
        out.push_back({"account.bin_not_on_vietqr", "38.01.00", account.bin_offset, std::string(account.bin),
                       "a bank on VietQR", bank_label(banks)});
    if (account.service == schemes::kServiceToCard) {
        check_card(account, directory, banks, out);
    } else if (account.service == schemes::kServiceToAccount) {
        // Account numbers are letters and digits (wallets use letters: PSP..., 99MM...); a space, dash or dot
        // is a separator typed by hand, and no bank has such an account.
        const auto separator = std::find_if(account.consumer.begin(), account.consumer.end(), [](char c) {
            return !std::isalnum(static_cast<unsigned char>(c));
        });
        if (separator != account.consumer.end())
            out.push_back({"account.account_characters", "38.01.01", account.consumer_offset,
                           std::string(account.consumer), "letters and digits only", std::string(1, *separator)});
        // One digit repeated (000000000000, 1111111) is a template's or a form's filler left in place: no
        // bank numbers an account that way.
        else if (account.consumer.size() >= kMinPlaceholderDigits &&
                 std::all_of(account.consumer.begin(), account.consumer.end(),
                             [&](char c) { return c == account.consumer.front() && std::isdigit(static_cast<unsigned char>(c)); }))
            out.push_back({"account.account_placeholder", "38.01.01", account.consumer_offset,
                           std::string(account.consumer), "a real account number", ""});
    }
    return out;
}

}  // namespace qrdiag::banks
