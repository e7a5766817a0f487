#include "payloads.h"

#include "emv/crc16.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace samples {
namespace {

// Top-level data objects in order, so a defect can remove, repeat or reorder one before serialising.
using Fields = std::vector<std::pair<std::string, std::string>>;

std::string two_digits(std::size_t n)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02zu", n);
    return buf;
}

std::string tlv(const std::string& id, const std::string& value) { return id + two_digits(value.size()) + value; }

std::string join(const Fields& fields)
{
    std::string out;
    for (const auto& [id, value] : fields) out += tlv(id, value);
    return out;
}

using qrdiag::emv::with_crc;
std::uint16_t crc16(const std::string& data) { return qrdiag::emv::crc16_ccitt_false(data); }
std::string hex4(std::uint16_t crc) { return qrdiag::emv::crc_hex(crc); }

std::string digits(Rng& rng, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.integer(0, 9));
    return s;
}

int luhn_check_digit(const std::string& body)
{
    int sum = 0;
    bool twice = true;  // the digit left of the check digit is doubled
    for (auto it = body.rbegin(); it != body.rend(); ++it, twice = !twice) {
        int d = *it - '0';
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

std::string card_number(Rng& rng, const std::string& bin)
{
    std::string body = bin + digits(rng, rng.chance(0.8) ? 9 : 12);
    return body + static_cast<char>('0' + luhn_check_digit(body));
}

std::string account_number(Rng& rng)
{
    static const std::vector<int> lengths{8, 9, 10, 12, 13, 14};
    std::string acc = digits(rng, rng.pick(lengths));
    if (acc[0] == '0' && rng.chance(0.5)) acc[0] = '1';
    return acc;
}

const std::vector<std::string> kHolders{
    "NGUYEN VAN AN", "TRAN THI BICH NGOC", "LE HOANG NAM", "PHAM MINH TUAN", "HOANG THI MAI", "VU DUC THANG",
    "DANG THU HA", "BUI QUANG HUY", "DO THI LAN", "NGO VAN KHANH", "DUONG MINH CHAU", "LY THANH TAM",
    "TRINH THI HUONG", "CAO VAN LONG", "PHAN NGOC ANH"};
const std::vector<std::string> kShops{
    "CA PHE MAI", "PHO GIA TRUYEN", "TIEM BANH HOA", "BUN CHA HUONG LIEN", "TAP HOA MINH ANH",
    "QUAN COM TAM 79", "TRA SUA NHA LAM", "SUA XE HUNG", "NHA THUOC AN KHANG", "HOA TUOI BICH",
    "BANH MI PHUONG", "CHE BA TU", "KARAOKE SAO VIET", "SPA THANH XUAN", "LAU DE 68"};
const std::vector<std::string> kCities{"HA NOI", "HO CHI MINH", "DA NANG", "HUE", "CAN THO", "HAI PHONG",
                                        "NHA TRANG", "VUNG TAU", "DA LAT", "QUY NHON"};
const std::vector<std::string> kPurposes{"Thanh toan don hang", "Chuyen tien", "Tra tien ca phe", "Ung ho",
                                          "Hoc phi thang 11", "Tien nha", "Thanh toan hoa don", "CK"};

std::string amount(Rng& rng)
{
    static const std::vector<int> thousands{15, 25, 30, 45, 50, 99, 120, 150, 200, 350, 500, 1200, 2500, 10000};
    return std::to_string(rng.pick(thousands) * 1000);
}

// Reference times: minutes since 2026-11-01T00:00+07:00, written in ISO 8601 with the +07:00 offset.
std::string iso_time(long minutes_since_nov1)
{
    using namespace std::chrono;
    const sys_days nov1 = year{2026} / November / 1;
    const auto t = nov1 + minutes{minutes_since_nov1};
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{t - day};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:00+07:00", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()));
    return buf;
}

struct Ttl {
    const char* text;
    long minutes;
};
const std::vector<Ttl> kTtls{{"5m", 5}, {"10m", 10}, {"15m", 15}, {"30m", 30}, {"1h", 60}, {"2h", 120}, {"24h", 1440}};

// --issued-at/--ttl/--now with the code expired (late > 0) or still valid (late < 0), in minutes.
std::string expiry_options(Rng& rng, long late_minutes, const Ttl& ttl)
{
    const long issued = rng.integer(0, 26) * 1440L + rng.integer(7 * 60, 21 * 60);
    return "--now " + iso_time(issued + ttl.minutes + late_minutes) + " --issued-at " + iso_time(issued) +
           " --ttl " + ttl.text;
}

struct Account {
    const BankEntry* bank = nullptr;
    std::string bin, consumer, service;
};

Fields vietqr(const Account& a, Rng& rng, bool dynamic, const std::string& holder)
{
    std::string beneficiary = tlv("00", a.bin) + tlv("01", a.consumer);
    Fields f{{"00", "01"},
             {"01", dynamic ? "12" : "11"},
             {"38", tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", a.service)},
             {"53", "704"}};
    if (dynamic) f.emplace_back("54", amount(rng));
    f.emplace_back("58", "VN");
    if (rng.chance(0.3)) {
        f.emplace_back("59", holder.substr(0, 25));
        f.emplace_back("60", rng.pick(kCities));
    }
    std::string additional;
    if (dynamic) additional += tlv("01", "HD" + digits(rng, rng.integer(5, 10)));
    if (dynamic || rng.chance(0.3)) additional += tlv("08", rng.pick(kPurposes) + (rng.chance(0.5) ? " " + digits(rng, 5) : ""));
    if (!additional.empty()) f.emplace_back("62", additional);
    return f;
}

Fields vnpay(Rng& rng, bool dynamic, const std::string& shop)
{
    static const std::vector<std::string> mccs{"5812", "5411", "5999", "7230", "5814", "5912", "5691"};
    Fields f{{"00", "01"},
             {"01", dynamic ? "12" : "11"},
             {"26", tlv("00", "A000000775") + tlv("01", "0" + digits(rng, 9))},
             {"52", rng.pick(mccs)},
             {"53", "704"}};
    if (dynamic) f.emplace_back("54", amount(rng));
    f.emplace_back("58", "VN");
    f.emplace_back("59", shop.substr(0, 25));
    f.emplace_back("60", rng.pick(kCities));
    std::string additional = tlv("03", "CH" + digits(rng, 3));
    if (dynamic) additional = tlv("01", "BILL" + digits(rng, 8)) + additional + tlv("05", digits(rng, 12));
    additional += tlv("07", "POS" + digits(rng, 2));
    f.emplace_back("62", additional);
    return f;
}

Payload describe(const Account& a, const std::string& holder, const std::string& text, const std::string& notes)
{
    Payload p;
    p.text = text;
    p.expected_cause = "pass";
    p.severity = "pass";
    p.notes = notes;
    p.bank_name = a.bank ? a.bank->short_name : "VNPAY";
    p.holder = holder;
    p.account = a.consumer;
    return p;
}

void set_field(Fields& f, const std::string& id, const std::string& value)
{
    for (auto& [fid, v] : f)
        if (fid == id) v = value;
}

}  // namespace

std::vector<BankEntry> load_banks(const std::string& csv_path)
{
    std::ifstream in(csv_path);
    if (!in) throw std::runtime_error("cannot read " + csv_path);
    std::vector<BankEntry> banks;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string c; std::getline(ss, c, ',');) cols.push_back(c);
        if (cols.size() < 6) continue;
        BankEntry b{cols[0], cols[1], "", cols[5] == "1"};
        for (char c : cols[2])
            if (static_cast<unsigned char>(c) < 0x80) b.short_name += c;
        banks.push_back(b);
    }
    return banks;
}

PayloadMaker::PayloadMaker(std::vector<BankEntry> banks) : banks_(std::move(banks))
{
    if (banks_.empty()) throw std::runtime_error("empty bank directory");
}

const BankEntry& PayloadMaker::vietqr_bank(Rng& rng) const
{
    for (;;) {
        const BankEntry& b = rng.pick(banks_);
        if (b.on_vietqr) return b;
    }
}

const BankEntry& PayloadMaker::card_bank(Rng& rng) const
{
    for (;;) {
        const BankEntry& b = vietqr_bank(rng);
        if (b.bin.rfind("9704", 0) == 0) return b;
    }
}

std::string PayloadMaker::unknown_bin(Rng& rng) const
{
    for (;;) {
        std::string bin = rng.chance(0.7) ? "9704" + digits(rng, 2) : (rng.chance(0.5) ? "9710" : "9703") + digits(rng, 2);
        if (std::none_of(banks_.begin(), banks_.end(), [&](const BankEntry& b) { return b.bin == bin; })) return bin;
    }
}

Payload PayloadMaker::valid(Rng& rng) const
{
    const double r = rng.uniform();
    if (r < 0.15) {
        const bool dynamic = rng.chance(0.4);
        const std::string shop = rng.pick(kShops);
        Payload p = describe({}, shop, with_crc(join(vnpay(rng, dynamic, shop))),
                             dynamic ? "VNPAY-QR dynamic, expiry unknown" : "VNPAY-QR static");
        return p;
    }
    Account a;
    a.bank = r < 0.35 ? &card_bank(rng) : &vietqr_bank(rng);
    a.bin = a.bank->bin;
    a.service = r < 0.35 ? "QRIBFTTC" : "QRIBFTTA";
    a.consumer = r < 0.35 ? card_number(rng, a.bin) : account_number(rng);
    const bool dynamic = rng.chance(0.3);
    const std::string holder = rng.chance(0.6) ? rng.pick(kHolders) : rng.pick(kShops);
    Payload p = describe(a, holder, with_crc(join(vietqr(a, rng, dynamic, holder))),
                         std::string("VietQR ") + (dynamic ? "dynamic" : "static") + " to " +
                             (a.service == "QRIBFTTC" ? "card" : "account") + " at " + a.bank->code);
    if (dynamic && rng.chance(0.5)) {
        // Still valid at --now: the expiry source is known and says the code is live.
        p.options = expiry_options(rng, -rng.integer(1, 4), rng.pick(kTtls));
        p.notes += ", not yet expired at --now";
    } else if (dynamic) {
        p.notes += ", expiry unknown";
    }
    return p;
}

Payload PayloadMaker::malformed(Rng& rng, int kind) const
{
    Account a;
    a.bank = &vietqr_bank(rng);
    a.bin = a.bank->bin;
    a.service = "QRIBFTTA";
    a.consumer = account_number(rng);
    const std::string holder = rng.pick(kHolders);
    const bool dynamic = rng.chance(0.5);
    Fields f = vietqr(a, rng, dynamic, holder);
    auto make = [&](const std::string& text, const std::string& notes) {
        Payload p = describe(a, holder, text, "VietQR with " + notes);
        p.expected_cause = "malformed_payload";
        p.severity = "fail";
        return p;
    };
    // Variations of one field until the CRC has the property a defect needs (letters, a leading zero).
    auto vary_until = [&](auto wanted) {
        for (int i = 0;; ++i) {
            set_field(f, "62", tlv("05", "REF" + digits(rng, 8)));
            if (std::none_of(f.begin(), f.end(), [](auto& kv) { return kv.first == "62"; }))
                f.emplace_back("62", tlv("05", "REF" + digits(rng, 8)));
            const std::string body = join(f) + "6304";
            if (wanted(crc16(body)) || i > 2000) return body;
        }
    };
    switch (kind % 20) {
    case 0: {
        std::string text = with_crc(join(f));
        const std::size_t pos = text.find(a.consumer) + a.consumer.size() - 1;  // the account's last digit
        text[pos] = text[pos] == '7' ? '8' : '7';
        return make(text, "a stale CRC: the account's last digit was edited after the CRC was computed");
    }
    case 1: {
        std::string body = vary_until([](std::uint16_t c) { return hex4(c).find_first_of("ABCDEF") != std::string::npos; });
        std::string crc = hex4(crc16(body));
        std::transform(crc.begin(), crc.end(), crc.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
        // The right CRC in lower case: a convention broken, which some apps refuse, so a warning.
        Payload p = make(body + crc, "the CRC in lower-case hex");
        p.severity = "warn";
        return p;
    }
    case 2: {
        std::string body = vary_until([](std::uint16_t c) { return c < 0x1000; });
        char buf[8];
        std::snprintf(buf, sizeof buf, "%X", crc16(body));
        return make(body + buf, "the CRC written without its leading zero (3 digits)");
    }
    case 3: {
        const std::string body = join(f);
        return make(body + "6304" + hex4(crc16(body)), "the CRC computed without the 6304 prefix");
    }
    case 4: {
        std::string body = join(f);
        const std::string acc = tlv("01", a.consumer);
        body.replace(body.find(acc), acc.size(), "01" + two_digits(a.consumer.size() + 1) + a.consumer);
        return make(with_crc(body), "38.01.01 declaring one character more than its value has");
    }
    case 5:
        f.erase(std::find_if(f.begin(), f.end(), [](auto& kv) { return kv.first == "53"; }));
        return make(with_crc(join(f)), "no transaction currency (53 missing)");
    case 6:
        f.erase(std::find_if(f.begin(), f.end(), [](auto& kv) { return kv.first == "58"; }));
        return make(with_crc(join(f)), "no country code (58 missing)");
    case 7:
        return make(with_crc(join(f)) + (rng.chance(0.5) ? "0000" : tlv("62", tlv("08", "Chuyen tien"))),
                    "data after the CRC (63 not last)");
    case 8:
        set_field(f, "01", rng.chance(0.5) ? "13" : "10");
        return make(with_crc(join(f)), "an invalid point of initiation method in 01");
    case 9: {
        static const std::vector<std::string> bad{"150,000", "1.500.000", "-50000", "150000VND", "1e5", "50 000"};
        Fields g;
        for (auto& kv : f) {
            g.push_back(kv);
            if (kv.first == "53" && !dynamic) g.emplace_back("54", "");
        }
        f = g;
        set_field(f, "01", "12");
        set_field(f, "54", rng.pick(bad));
        return make(with_crc(join(f)), "a transaction amount (54) that is not a plain number");
    }
    case 10:
        set_field(f, "53", rng.chance(0.5) ? "VND" : "840");
        return make(with_crc(join(f)), "a currency (53) that is not VND's 704");
    case 11:
        set_field(f, "58", rng.chance(0.5) ? "VNM" : "vn");
        return make(with_crc(join(f)), "a malformed country code (58)");
    case 12: {
        f.erase(std::remove_if(f.begin(), f.end(), [](auto& kv) { return kv.first == "62"; }), f.end());
        f.emplace_back("62", tlv("08", rng.chance(0.5) ? "Chuy\xe1\xbb\x83n ti\xe1\xbb\x81n" : "Thanh to\xc3\xa1n \xc4\x91\xc6\xa1n h\xc3\xa0ng"));
        Payload p = make(with_crc(join(f)), "Vietnamese diacritics in 62.08 (ANS allows printable ASCII only)");
        p.utf8 = true;
        return p;
    }
    case 13: {
        f.erase(std::remove_if(f.begin(), f.end(), [](auto& kv) { return kv.first == "59" || kv.first == "60"; }), f.end());
        auto at = std::find_if(f.begin(), f.end(), [](auto& kv) { return kv.first == "58"; }) + 1;
        f.insert(at, {"59", "CONG TY TNHH THUONG MAI DICH VU " + holder});
        return make(with_crc(join(f)), "a merchant name (59) longer than 25 characters");
    }
    case 14:
        set_field(f, "38", tlv("00", "A000000727") + tlv("01", tlv("00", a.bin) + tlv("01", a.consumer)) +
                               tlv("02", rng.chance(0.5) ? "QRIBFTTX" : "IBFT"));
        return make(with_crc(join(f)), "an unknown VietQR service code in 38.02");
    case 15: {
        auto at = std::find_if(f.begin(), f.end(), [](auto& kv) { return kv.first == "58"; });
        f.insert(at + 1, *at);
        return make(with_crc(join(f)), "the country code (58) twice");
    }
    case 16: {
        const std::string text = with_crc(join(f));
        return make(text.substr(0, text.size() - static_cast<std::size_t>(rng.integer(6, 14))),
                    "the payload cut short (the last value runs past the end, CRC lost)");
    }
    case 17: {
        std::string body = join(f);
        const std::size_t at = body.find("5802VN");
        body.replace(at, 4, "58" + std::string(rng.chance(0.5) ? "0A" : " 2"));
        return make(with_crc(body), "a length that is not two digits (58)");
    }
    case 18:
        set_field(f, "00", "02");
        return make(with_crc(join(f)), "payload format indicator 00 = 02 (must be 01)");
    default:
        std::swap(f[0], f[1]);
        return make(with_crc(join(f)), "00 not the first data object");
    }
}

Payload PayloadMaker::wrong_account(Rng& rng, int kind) const
{
    Account a;
    a.bank = &card_bank(rng);
    a.bin = a.bank->bin;
    a.service = "QRIBFTTA";
    a.consumer = account_number(rng);
    std::string options, notes;
    switch (kind % 5) {
    case 0:
        a.bin = unknown_bin(rng);
        notes = "BIN " + a.bin + " is not in the NAPAS bank directory";
        break;
    case 1: {
        a.service = "QRIBFTTC";
        a.consumer = card_number(rng, a.bin);
        char& last = a.consumer.back();
        last = static_cast<char>('0' + (last - '0' + rng.integer(1, 9)) % 10);
        notes = "card number " + a.consumer + " fails the Luhn check";
        break;
    }
    case 2: {
        const BankEntry* other = &card_bank(rng);
        while (other->bin == a.bin) other = &card_bank(rng);
        a.service = "QRIBFTTC";
        a.consumer = card_number(rng, other->bin);
        notes = "card of " + other->code + " (" + other->bin + ") under BIN " + a.bin + " (" + a.bank->code + ")";
        break;
    }
    case 3: {
        std::string mine = a.consumer;
        const std::size_t i = static_cast<std::size_t>(rng.integer(0, static_cast<int>(mine.size()) - 1));
        mine[i] = static_cast<char>('0' + (mine[i] - '0' + rng.integer(1, 9)) % 10);
        options = "--expect-account " + a.bin + ":" + mine;
        notes = "account differs from --expect-account in one digit";
        break;
    }
    default: {
        const BankEntry* other = &vietqr_bank(rng);
        while (other->bin == a.bin) other = &vietqr_bank(rng);
        options = "--expect-account " + other->bin + ":" + a.consumer;
        notes = "bank " + a.bin + " differs from --expect-account bank " + other->bin;
        break;
    }
    }
    const std::string holder = rng.pick(kHolders);
    Payload p = describe(a, holder, with_crc(join(vietqr(a, rng, rng.chance(0.3), holder))), "VietQR: " + notes);
    p.expected_cause = "wrong_account";
    p.severity = "fail";
    p.options = options;
    return p;
}

Payload PayloadMaker::expired(Rng& rng, int kind) const
{
    const Ttl& ttl = rng.pick(kTtls);
    const long late = rng.chance(0.5) ? rng.integer(1, 59) : rng.integer(60, 3 * 1440);
    Payload p;
    Fields f;
    if (kind % 4 == 1 || (kind % 4 == 3 && rng.chance(0.5))) {
        const std::string shop = rng.pick(kShops);
        f = vnpay(rng, true, shop);
        p = describe({}, shop, with_crc(join(f)), "VNPAY-QR dynamic");
    } else {
        Account a;
        a.bank = kind % 4 == 2 ? &card_bank(rng) : &vietqr_bank(rng);
        a.bin = a.bank->bin;
        a.service = kind % 4 == 2 ? "QRIBFTTC" : "QRIBFTTA";
        a.consumer = kind % 4 == 2 ? card_number(rng, a.bin) : account_number(rng);
        const std::string holder = rng.pick(kShops);
        f = vietqr(a, rng, true, holder);
        p = describe(a, holder, with_crc(join(f)), "VietQR dynamic");
    }
    p.expected_cause = "expired";
    p.severity = "fail";
    if (kind % 4 == 3) {
        // The expiry comes from the merchant's order export, matched by the bill number (62.01).
        const long issued = rng.integer(0, 26) * 1440L + rng.integer(7 * 60, 21 * 60);
        const std::string additional = std::find_if(f.begin(), f.end(), [](auto& kv) { return kv.first == "62"; })->second;
        p.order_reference = additional.substr(4, std::stoul(additional.substr(2, 2)));
        p.order_expires_at = iso_time(issued + ttl.minutes);
        p.options = "--now " + iso_time(issued + ttl.minutes + late) + " --orders " + kOrdersFile;
        p.notes += ", bill " + p.order_reference + " expired " + std::to_string(late) + " min before --now (orders file)";
        return p;
    }
    p.options = expiry_options(rng, late, ttl);
    p.notes += ", expired " + std::to_string(late) + " min before --now (ttl " + ttl.text + ")";
    return p;
}

Payload PayloadMaker::dynamic_on_standee(Rng& rng) const
{
    Account a;
    a.bank = &vietqr_bank(rng);
    a.bin = a.bank->bin;
    a.service = "QRIBFTTA";
    a.consumer = account_number(rng);
    const std::string holder = rng.pick(kShops);
    Payload p = describe(a, holder, with_crc(join(vietqr(a, rng, true, holder))),
                         "VietQR dynamic code printed on a standee (--standee)");
    p.expected_cause = "expired";
    p.severity = "warn";
    p.options = "--standee";
    return p;
}

}  // namespace samples
