#include "emv/emv_rules.h"

#include <algorithm>
#include <set>
#include <string>

#include "emv/characters.h"
#include "emv/templates.h"

namespace qrdiag::emv {
namespace {

enum class Format {
    Numeric,  // N: digits
    Ans,      // ANS: printable ASCII 0x20-0x7E
    AnyText,  // 64.01 / 64.02: the merchant's own language, UTF-8
};

struct FieldSpec {
    std::string_view path;
    Format format;
    std::size_t min, max;
};

// EMV QRCPS MPM 1.1, tables 3.5, 4.1-4.3 (sizes in characters).
constexpr FieldSpec kSpecs[] = {
    {"00", Format::Numeric, 2, 2},   {"01", Format::Numeric, 2, 2},   {"52", Format::Numeric, 4, 4},
    {"53", Format::Numeric, 3, 3},   {"54", Format::Ans, 1, 13},      {"55", Format::Numeric, 2, 2},
    {"56", Format::Ans, 1, 13},      {"57", Format::Ans, 1, 5},       {"58", Format::Ans, 2, 2},
    {"59", Format::Ans, 1, 25},      {"60", Format::Ans, 1, 15},      {"61", Format::Ans, 1, 10},
    {"62.01", Format::Ans, 1, 25},   {"62.02", Format::Ans, 1, 25},   {"62.03", Format::Ans, 1, 25},
    {"62.04", Format::Ans, 1, 25},   {"62.05", Format::Ans, 1, 25},   {"62.06", Format::Ans, 1, 25},
    {"62.07", Format::Ans, 1, 25},   {"62.08", Format::Ans, 1, 25},   {"62.09", Format::Ans, 1, 3},
    {"62.10", Format::Ans, 1, 20},   {"62.11", Format::Ans, 3, 3},    {"64.00", Format::Ans, 2, 2},
    {"64.01", Format::AnyText, 1, 25}, {"64.02", Format::AnyText, 1, 15},
};

// ISO 4217 numeric codes of currencies in current use (a subset: the region's and the widely traded).
constexpr std::string_view kCurrencies[] = {
    "704", "840", "978", "702", "764", "418", "116", "458", "360", "608", "156", "392", "410", "344", "446",
    "901", "104", "096", "356", "050", "144", "524", "586", "826", "036", "554", "124", "756", "752", "578",
    "208", "985", "203", "348", "946", "643", "980", "949", "376", "682", "784", "634", "414", "048", "512",
    "818", "566", "404", "710", "986", "484", "032", "152", "170", "604", "858", "064", "462", "496", "398",
    "860", "971", "368", "760",
};

bool is_upper_alpha(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_upper_alpha(c) || (c >= 'a' && c <= 'z'); }

std::size_t utf8_length(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

const FieldSpec* spec_for(std::string_view path)
{
    for (const FieldSpec& s : kSpecs)
        if (s.path == path) return &s;
    return nullptr;
}

const DataObject* top_object(const std::vector<DataObject>& top, std::string_view tag)
{
    for (const DataObject& o : top)
        if (o.tag == tag) return &o;
    return nullptr;
}

std::string expected_length(const FieldSpec& spec)
{
    if (spec.min == spec.max) return std::to_string(spec.min);
    return std::to_string(spec.min) + "-" + std::to_string(spec.max);
}

// The first character outside printable ASCII, as a UTF-8 sequence, with its position in the value.
std::optional<std::pair<std::size_t, std::string>> first_non_ascii(std::string_view value)
{
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x20 && c <= 0x7E) continue;
        std::size_t end = i + 1;
        if (c >= 0xC0)
            while (end < value.size() && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) ++end;
        return std::pair{i, std::string(value.substr(i, end - i))};
    }
    return std::nullopt;
}

void check_leaf(const DataObject& o, std::vector<Problem>& out)
{
    const FieldSpec* spec = spec_for(o.path);
    const bool in_language_template = o.path.rfind("64", 0) == 0;
    if (!in_language_template && !(spec && spec->format == Format::AnyText)) {
        if (auto bad = first_non_ascii(o.value)) {
            out.push_back({"emv.charset", o.path, o.value_offset + bad->first, bad->second, "printable ASCII", ""});
            return;
        }
    }
    if (!spec || o.value.empty()) return;
    if (spec->format == Format::Numeric && !all_digits(o.value)) {
        out.push_back({"emv.numeric_format", o.path, o.value_offset, std::string(o.value), "digits", ""});
        return;
    }
    const std::size_t length = spec->format == Format::AnyText ? utf8_length(o.value) : o.value.size();
    if (length < spec->min || length > spec->max)
        out.push_back({"emv.length_range", o.path, o.offset, std::to_string(length), expected_length(*spec),
                       std::string(o.value)});
}

void check_tree(const std::vector<DataObject>& level, std::vector<Problem>& out)
{
    std::set<std::string_view> seen;
    for (const DataObject& o : level) {
        // A repeated ID is already reported (emv.duplicate_tag); after a shift it is often text read out of
        // step, and judging its value would only add follow-on noise.
        if (!seen.insert(o.tag).second) continue;
        if (o.is_template)
            check_tree(o.children, out);
        else
            check_leaf(o, out);
    }
}

// "10.000" or "1.000.000" in VND: a Vietnamese thousands separator where EMV wants a decimal mark
// (VND has no minor unit, ISO 4217).
bool dotted_thousands(std::string_view value)
{
    const std::size_t first = value.find('.');
    if (first == 0 || first == std::string_view::npos || first > 3 || !all_digits(value.substr(0, first))) return false;
    for (std::size_t i = first; i < value.size(); i += 4)
        if (value[i] != '.' || i + 4 > value.size() || !all_digits(value.substr(i + 1, 3))) return false;
    return true;
}

void check_amount(const DataObject& o, std::string_view currency, std::vector<Problem>& out)
{
    if (o.value.empty() || has_problem_at(out, o.path)) return;
    std::string digits(o.value);
    std::erase(digits, '.');
    if (currency == "704" && dotted_thousands(o.value)) {
        out.push_back({"emv.amount_thousands_separator", o.path, o.value_offset, std::string(o.value), digits, ""});
        return;
    }
    if (!is_amount(o.value)) {
        out.push_back({"emv.amount_syntax", o.path, o.value_offset, std::string(o.value), "e.g. 50000", ""});
        return;
    }
    if (std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0'; })) {
        out.push_back({"emv.amount_zero", o.path, o.value_offset, std::string(o.value), "more than 0", ""});
        return;
    }
    // VND has no minor unit (ISO 4217): "50000.00" says nothing wrong, "50000.50" asks for half a dong.
    const std::size_t dot = o.value.find('.');
    if (currency == "704" && dot != std::string_view::npos &&
        o.value.find_first_not_of('0', dot + 1) != std::string_view::npos)
        out.push_back({"emv.amount_minor_unit", o.path, o.value_offset, std::string(o.value),
                       std::string(o.value.substr(0, dot)), ""});
}

void check_fee_percentage(const DataObject& o, std::vector<Problem>& out)
{
    if (o.value.empty() || has_problem_at(out, o.path)) return;
    bool ok = is_amount(o.value);
    if (ok) {
        const double percent = std::stod(std::string(o.value));
        ok = percent >= 0.01 && percent <= 99.99;
    }
    if (!ok) out.push_back({"emv.fee_percentage", o.path, o.value_offset, std::string(o.value), "00.01 to 99.99", ""});
}

}  // namespace

bool is_known_currency(std::string_view code)
{
    return std::find(std::begin(kCurrencies), std::end(kCurrencies), code) != std::end(kCurrencies);
}

bool is_amount(std::string_view value)
{
    if (value.empty() || value.front() == '.') return false;
    std::size_t dots = 0;
    for (char c : value) {
        if (c == '.')
            ++dots;
        else if (c < '0' || c > '9')
            return false;
    }
    return dots <= 1;
}

namespace {

std::vector<Problem> check_objects(const std::vector<DataObject>& top, const EmvContext& context)
{
    std::vector<Problem> out;
    // 00 must come first and say "01" (EMV QRCPS MPM 4.1).
    const DataObject* pfi = top_object(top, "00");
    if (!pfi) {
        if (context.structure_intact || top.empty())
            out.push_back({"emv.pfi_missing", "00", std::size_t{0}, top.empty() ? "" : top.front().tag, "000201", ""});
    } else {
        if (&top.front() != pfi) out.push_back({"emv.pfi_not_first", "00", pfi->offset, pfi->tag, "first", ""});
        // Real DuitNow codes made by Malaysian banks carry 02 and pay; only a Vietnamese profile is held to 01.
        const bool other_version = pfi->value.size() == 2 && all_digits(pfi->value) && !context.vietnamese_scheme;
        if (pfi->value != "01")
            out.push_back({other_version ? "emv.pfi_version" : "emv.pfi_value", "00", pfi->value_offset,
                           std::string(pfi->value), "01", ""});
    }

    check_tree(top, out);

    if (const DataObject* poi = top_object(top, "01"); poi && !has_problem_at(out, "01") && poi->value != "11" &&
                                                        poi->value != "12")
        out.push_back({"emv.poi_value", "01", poi->value_offset, std::string(poi->value), "11 or 12", ""});

    const DataObject* currency = top_object(top, "53");
    if (currency && !has_problem_at(out, "53") && !is_known_currency(currency->value))
        out.push_back({"emv.currency_unknown", "53", currency->value_offset, std::string(currency->value), "704", ""});
    const std::string_view currency_code = currency ? currency->value : std::string_view{};
    if (const DataObject* amount = top_object(top, "54")) check_amount(*amount, currency_code, out);
    if (const DataObject* fee = top_object(top, "56")) check_amount(*fee, currency_code, out);
    if (const DataObject* percent = top_object(top, "57")) check_fee_percentage(*percent, out);

    if (const DataObject* tip = top_object(top, "55"); tip && !has_problem_at(out, "55")) {
        if (tip->value != "01" && tip->value != "02" && tip->value != "03")
            out.push_back({"emv.tip_indicator", "55", tip->value_offset, std::string(tip->value), "01, 02 or 03", ""});
        else if (tip->value == "02" && !top_object(top, "56"))
            out.push_back({"emv.fee_missing", "56", tip->offset, "02", "56", ""});
        else if (tip->value == "03" && !top_object(top, "57"))
            out.push_back({"emv.fee_missing", "57", tip->offset, "03", "57", ""});
    }

    if (const DataObject* country = top_object(top, "58"); country && !has_problem_at(out, "58")) {
        const auto v = country->value;
        if (v.size() != 2 || !is_upper_alpha(v[0]) || !is_upper_alpha(v[1]))
            out.push_back({"emv.country_format", "58", country->value_offset, std::string(v), "VN", ""});
    }

    if (const DataObject* adf = top_object(top, "62"); adf && adf->is_template) {
        if (const DataObject* request = adf->child("09"); request && !has_problem_at(out, request->path)) {
            std::string seen;
            bool ok = true;
            for (char c : request->value) {
                ok = ok && (c == 'A' || c == 'M' || c == 'E') && seen.find(c) == std::string::npos;
                seen += c;
            }
            if (!ok)
                out.push_back({"emv.consumer_data_request", request->path, request->value_offset,
                               std::string(request->value), "A, M, E", ""});
        }
    }

    if (const DataObject* language = top_object(top, "64"); language && language->is_template) {
        const DataObject* code = language->child("00");
        if (!code)
            out.push_back({"emv.mandatory_missing", "64.00", language->offset, "", "2-letter language code", ""});
        else if (code->value.size() != 2 || !is_alpha(code->value[0]) || !is_alpha(code->value[1]))
            out.push_back({"emv.language_format", code->path, code->value_offset, std::string(code->value), "vi", ""});
        if (!language->child("01"))
            out.push_back({"emv.mandatory_missing", "64.01", language->offset, "", "merchant name", ""});
    }

    // Merchant account templates 26-51 name their scheme in sub-ID 00. (80-99 should too, but wallets fill
    // them freely and payers' apps ignore them, so they are not held to it.)
    for (const DataObject& o : top) {
        if (!o.is_template) continue;
        const int tag = tag_number(o.tag);
        if (tag >= 26 && tag <= 51 && !o.child("00"))
            out.push_back({"emv.template_guid_missing", o.path, o.offset, "", "sub-ID 00", ""});
    }

    if (!context.structure_intact) return out;
    // Mandatory objects (EMV QRCPS MPM 4.1, table 3.5). CRC (63) is checked with the checksum.
    const bool has_account = std::any_of(top.begin(), top.end(), [](const DataObject& o) {
        const int tag = tag_number(o.tag);
        return tag >= 2 && tag <= 51;
    });
    if (!has_account)
        out.push_back({"emv.merchant_account_missing", "", std::size_t{0}, "", "one of IDs 02-51", ""});
    for (std::string_view tag : {"53", "58"})
        if (!top_object(top, tag)) out.push_back({"emv.mandatory_missing", std::string(tag), std::nullopt, "", "present", ""});
    // Bank-app VietQR and VNPAY-QR codes routinely omit these (payment-qr.md), so only other schemes get a
    // note, and never blame: the payer's app does not need them to pay.
    if (context.vietnamese_scheme) return out;
    for (std::string_view tag : {"52", "59", "60"})
        if (!top_object(top, tag))
            out.push_back({"emv.optional_missing", std::string(tag), std::nullopt, "", "present", ""});
    return out;
}

}  // namespace

std::vector<Problem> check_emv_rules(const std::vector<DataObject>& top, const EmvContext& context)
{
    std::vector<Problem> out = check_objects(top, context);
    // A value read with a guessed length holds what the guess took in (Country Code '53037045802VN' after a
    // shift): its length and format only restate the emv.length_mismatch already reported for it.
    std::erase_if(out, [&](const Problem& p) {
        const DataObject* o = p.path.empty() ? nullptr : find_path(top, p.path);
        return o && o->length_guessed;
    });
    return out;
}

}  // namespace qrdiag::emv
