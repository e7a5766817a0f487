// Whether the account a VietQR code pays into can exist: BIN in the directory, card numbers that are
// possible for the bank, and the merchant's own account when given.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "emv/problem.h"
#include "qrdiag/payload.h"

namespace qrdiag::banks {

struct AccountInCode {
    std::string_view bin;       // 38.01.00, 6 digits
    std::string_view consumer;  // 38.01.01
    std::string_view service;   // 38.02, may be empty
    std::size_t bin_offset = 0, consumer_offset = 0;
};

std::vector<emv::Problem> check_account(const AccountInCode& account, const BankDirectory& directory,
                                        const std::optional<AccountRef>& expected);

bool passes_luhn(std::string_view digits);

}  // namespace qrdiag::banks
