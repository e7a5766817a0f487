// Validating the text inside a payment QR code: EMV merchant-presented mode, VietQR, VNPAY-QR.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qrdiag/report.h"

namespace qrdiag {

using Clock = std::chrono::system_clock;
using TimePoint = std::chrono::sys_seconds;

// A value or the one-line reason it could not be had. Errors are values, never exceptions.
template <class T>
struct Loaded {
    std::optional<T> value;
    std::string error;
    explicit operator bool() const { return value.has_value(); }
};

// ISO 8601 with an offset ("2026-11-22T09:00:00+07:00", "...Z"); also a plain date, read as UTC midnight.
Loaded<TimePoint> parse_time(std::string_view text);
// "90s", "15m", "2h", "1d", combinations like "1h30m"; a bare number is seconds.
Loaded<std::chrono::seconds> parse_duration(std::string_view text);
std::string format_time(TimePoint t);  // ISO 8601 UTC, "2026-11-22T02:00:00Z"

struct Bank {
    std::string bin;         // 6 digits
    std::string code;        // e.g. "VCB"
    std::string short_name;  // e.g. "Vietcombank"
    std::string name;        // full Vietnamese name
    bool on_vietqr = true;
};

// The NAPAS bank directory. builtin() is compiled from data/banks.csv; load() reads a newer file
// with the same columns (bin,code,short_name,name,swift_code,vietqr_status).
class BankDirectory {
public:
    static std::shared_ptr<const BankDirectory> builtin();
    static Loaded<std::shared_ptr<const BankDirectory>> load(const std::string& csv_path);
    static Loaded<std::shared_ptr<const BankDirectory>> parse(std::string_view csv_text);

    // All entries for a BIN, newest name first (a BIN appears twice after a bank was renamed).
    std::vector<Bank> find(std::string_view bin) const;
    std::size_t size() const { return banks_.size(); }

private:
    std::vector<Bank> banks_;
};

// The merchant's own account, as given with --expect-account BIN:ACCOUNT.
struct AccountRef {
    std::string bin;
    std::string account;
};
Loaded<AccountRef> parse_account_ref(std::string_view text);

// One row of an order export: a dynamic code's reference and when it stops being valid.
struct Order {
    std::string reference;
    TimePoint expires_at;
};
// CSV with a header naming the columns `reference` and `expires_at` (ISO 8601).
Loaded<std::vector<Order>> load_orders(const std::string& csv_path);

struct PayloadOptions {
    std::optional<TimePoint> now;                  // reference time; the clock when unset
    std::optional<AccountRef> expect_account;      // the merchant's own account
    std::vector<Order> orders;                     // expiry by reference
    std::optional<TimePoint> issued_at;            // with ttl: expiry = issued_at + ttl
    std::optional<std::chrono::seconds> ttl;
    bool standee = false;                          // a printed standee: any dynamic code is a warning
    std::shared_ptr<const BankDirectory> banks;    // builtin() when null
};

// One data object as parsed, at any nesting level.
struct PayloadField {
    std::string path;    // "38.01.00"
    std::string name;    // "Acquirer / bank BIN"
    std::string value;   // raw value (templates: their whole content)
    std::size_t offset = 0;  // byte offset of the tag in the payload
    bool is_template = false;
};

enum class Scheme { VietQR, VnpayQR, OtherEmv, NotPayment };
std::string_view to_string(Scheme scheme);  // "vietqr", "vnpay", "emv", "not_payment"

struct PayloadReport {
    Scheme scheme = Scheme::NotPayment;
    std::string scheme_label;               // human: "VietQR (NAPAS 247)", or what it looks like
    std::vector<PayloadField> fields;       // in payload order, nested ones after their template
    std::vector<Finding> findings;          // warn/fail findings and info notes
    std::optional<bool> dynamic;            // 01 = 12 (true) or 11 (false); unset when absent
    std::optional<TimePoint> expires_at;    // when known
    std::string expiry_source;              // "scheme field 26.04", "orders file", "issued-at + ttl"
    // Key facts, when present, for summaries and logs.
    std::string bank_bin, bank_name, account, service, amount, currency, reference, merchant_name;
};

// Never throws; every problem becomes a finding with its tag path and byte offset.
PayloadReport check_payload(std::string_view text, const PayloadOptions& options = {});

}  // namespace qrdiag
