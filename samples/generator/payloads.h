// The texts the sample codes carry: valid VietQR / VNPAY-QR payloads and defective ones, each with the
// cause qrdiag should name first and the CLI options that make that cause knowable (e.g. --now for expiry).
#pragma once

#include <string>
#include <vector>

#include "rng.h"

namespace samples {

struct BankEntry {
    std::string bin;
    std::string code;
    std::string short_name;  // ASCII only, for printing on the standee
    bool on_vietqr = false;
};

// Reads libqrdiag/data/banks.csv (bin,code,short_name,name,swift_code,vietqr_status).
std::vector<BankEntry> load_banks(const std::string& csv_path);

struct Payload {
    std::string text;
    std::string expected_cause;    // "pass", "malformed_payload", "wrong_account", "expired"
    std::string severity;          // "pass", "warn", "fail"
    std::string options;           // qrdiag check options needed to know the cause
    std::string notes;             // what the payload is, and what is wrong with it
    std::string bank_name;         // printed on the standee
    std::string holder;            // account holder / shop name printed on the standee
    std::string account;           // printed on the standee
    bool utf8 = false;             // carries non-ASCII bytes: encode the symbol as UTF-8
    std::string order_reference;   // with order_expires_at: a row of the order export (orders.csv)
    std::string order_expires_at;
};

// The order export the `--orders orders.csv` options in the manifest refer to.
inline constexpr const char* kOrdersFile = "orders.csv";

class PayloadMaker {
public:
    explicit PayloadMaker(std::vector<BankEntry> banks);

    Payload valid(Rng& rng) const;                       // static or dynamic, account, card or VNPAY
    Payload malformed(Rng& rng, int kind) const;         // kind taken modulo the number of defects
    Payload wrong_account(Rng& rng, int kind) const;
    Payload expired(Rng& rng, int kind) const;
    Payload dynamic_on_standee(Rng& rng) const;          // expired warn: --standee and a dynamic code

private:
    const BankEntry& vietqr_bank(Rng& rng) const;
    const BankEntry& card_bank(Rng& rng) const;          // a bank whose cards start with its 9704xx BIN
    std::string unknown_bin(Rng& rng) const;
    std::vector<BankEntry> banks_;
};

}  // namespace samples
