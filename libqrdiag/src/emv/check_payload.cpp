// The payload validator: parse, then generic EMV rules, the scheme's profile, the account, the expiry.
#include "qrdiag/payload.h"

#include <algorithm>
#include <cstdint>

#include "banks/account_checks.h"
#include "emv/crc_rules.h"
#include "emv/emv_rules.h"
#include "emv/field_names.h"
#include "emv/templates.h"
#include "emv/tlv.h"
#include "expiry/expiry_check.h"
#include "schemes/detect_scheme.h"
#include "schemes/vietqr.h"
#include "schemes/vnpay.h"
#include "text/payload_messages.h"

namespace qrdiag {
namespace {

using emv::DataObject;
using emv::Problem;

// The most a QR code holds: version 40-L in numeric mode (ISO/IEC 18004, table 7). Longer text cannot
// have come from a QR code, so it is refused before parsing.
constexpr std::size_t kMaxQrCharacters = 7089;

void append(std::vector<Problem>& to, std::vector<Problem> from)
{
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

std::string value_at(const std::vector<DataObject>& top, std::string_view path)
{
    const DataObject* o = emv::find_path(top, path);
    return o ? std::string(o->value) : std::string{};
}

void list_fields(const std::vector<DataObject>& level, std::vector<PayloadField>& out)
{
    for (const DataObject& o : level) {
        out.push_back({o.path, emv::field_name(o.path).en, std::string(o.value), o.offset, o.is_template});
        if (o.is_template) list_fields(o.children, out);
    }
}

std::string bank_names(const std::vector<Bank>& banks)
{
    std::string names;
    for (const Bank& b : banks) names += (names.empty() ? "" : " / ") + b.short_name;
    return names;
}

// A top level read with a guessed length, an empty object or a repeated ID may be out of step with what the
// generator wrote (a wrong length inside template 38 pushes 52 into it and shifts all after): an object it
// lacks may sit inside another's value, so there an absent object proves nothing.
bool read_in_step(const emv::ParsedLevel& top)
{
    if (top.broken) return false;
    return std::none_of(top.problems.begin(), top.problems.end(), [](const Problem& p) {
        return p.rule == "emv.length_mismatch" || p.rule == "emv.empty_value" || p.rule == "emv.duplicate_tag";
    });
}

// Among equally telling problems the earliest in the string leads: a fault early on (a wrong nested
// length) shifts the reading of everything after it, so the later ones are its consequences.
void sort_by_offset(std::vector<Problem>& problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        return a.offset.value_or(SIZE_MAX) < b.offset.value_or(SIZE_MAX);
    });
}

// The account of a VietQR code, when the profile could read it well enough to judge it.
std::optional<banks::AccountInCode> readable_account(const std::vector<DataObject>& top,
                                                     const std::vector<Problem>& problems)
{
    const DataObject* bin = emv::find_path(top, "38.01.00");
    const DataObject* consumer = emv::find_path(top, "38.01.01");
    if (!bin || !consumer || consumer->value.empty()) return std::nullopt;
    for (std::string_view path : {"38.01.00", "38.01.01", "38.02"})
        if (emv::has_problem_at(problems, path)) return std::nullopt;
    const DataObject* service = emv::find_path(top, "38.02");
    return banks::AccountInCode{bin->value, consumer->value, service ? service->value : std::string_view{},
                                bin->value_offset, consumer->value_offset};
}

void fill_key_facts(const std::vector<DataObject>& top, const BankDirectory& directory, PayloadReport& report)
{
    if (report.scheme == Scheme::VietQR) {
        report.bank_bin = value_at(top, "38.01.00");
        report.bank_name = bank_names(directory.find(report.bank_bin));
        report.account = value_at(top, "38.01.01");
        report.service = value_at(top, "38.02");
    } else if (report.scheme == Scheme::VnpayQR) {
        for (const DataObject& o : top)
            if (o.is_template && schemes::template_guid(o) == schemes::kVnpayGuid)
                report.account = value_at(o.children, "01");
    }
    report.amount = value_at(top, "54");
    report.currency = value_at(top, "53");
    report.reference = value_at(top, "62.05");
    if (report.reference.empty()) report.reference = value_at(top, "62.01");
    report.merchant_name = value_at(top, "59");
}

// The rules of a merchant-presented code: generic EMV, the scheme's profile, the account and the expiry.
void check_merchant_code(const std::vector<DataObject>& top, std::string_view payload, bool in_step,
                         const PayloadOptions& options, const BankDirectory& directory, PayloadReport& report,
                         std::vector<Problem>& problems)
{
    const schemes::SchemeGuess guess = schemes::detect_scheme(top, payload);
    report.scheme = guess.scheme;
    report.scheme_label = guess.label;
    const bool vietnamese = guess.scheme == Scheme::VietQR || guess.scheme == Scheme::VnpayQR;
    append(problems, emv::check_emv_rules(top, {.structure_intact = in_step, .vietnamese_scheme = vietnamese}));
    if (guess.scheme == Scheme::VietQR) append(problems, schemes::check_vietqr(top, problems, in_step));
    if (guess.scheme == Scheme::VnpayQR) append(problems, schemes::check_vnpay(top, problems));

    if (guess.scheme == Scheme::VietQR)
        if (auto account = readable_account(top, problems))
            append(problems, banks::check_account(*account, directory, options.expect_account));

    const std::string initiation = value_at(top, "01");
    if (initiation == "12") report.dynamic = true;
    if (initiation == "11") report.dynamic = false;
    expiry::ExpiryOutcome expiry = expiry::check_expiry(top, report.dynamic, options);
    report.expires_at = expiry.expires_at;
    report.expiry_source = expiry.source;
    append(problems, std::move(expiry.problems));
}

}  // namespace

std::string_view to_string(Scheme scheme)
{
    switch (scheme) {
    case Scheme::VietQR: return "vietqr";
    case Scheme::VnpayQR: return "vnpay";
    case Scheme::OtherEmv: return "emv";
    case Scheme::NotPayment: return "not_payment";
    }
    return "not_payment";
}

PayloadReport check_payload(std::string_view text, const PayloadOptions& options)
{
    PayloadReport report;
    std::vector<Problem> problems;
    if (text.size() > kMaxQrCharacters) {
        report.scheme_label = "not a payment code: longer than any QR code";
        report.findings.push_back(text::describe({"payload.too_long", "", std::nullopt, std::to_string(text.size()),
                                                  std::to_string(kMaxQrCharacters), ""}));
        return report;
    }
    if (auto what = schemes::describe_non_payment(text)) {
        report.scheme = Scheme::NotPayment;
        report.scheme_label = "not a payment code: " + what->en;
        problems.push_back({"payload.not_payment", "", std::size_t{0}, what->en, "an EMV payment payload (000201...)",
                            what->en, what->vi});
        report.findings.push_back(text::describe(problems.front()));
        return report;
    }

    const std::size_t start = schemes::payload_start(text);
    if (start > 0)
        problems.push_back({"emv.leading_data", "", std::size_t{0}, std::string(text.substr(0, start)), "000201", ""});
    const std::string_view payload = text.substr(start);
    emv::ParsedLevel top = emv::parse_level(payload, start, "");
    std::vector<Problem> crc_problems = emv::check_crc(payload, start, top);
    const bool in_step = read_in_step(top);
    append(problems, std::move(top.problems));
    append(problems, std::move(crc_problems));
    emv::parse_templates(top.objects, problems);

    const std::shared_ptr<const BankDirectory> directory = options.banks ? options.banks : BankDirectory::builtin();
    if (in_step && !schemes::is_merchant_presented(top.objects)) {
        // Judged field by field as EMV, its wallet data would be blamed as card-scheme accounts.
        const DataObject* initiation = emv::find_path(top.objects, "01");
        report.scheme = Scheme::NotPayment;
        report.scheme_label = "not an EMV merchant-presented payment code";
        problems.push_back({"payload.not_merchant_presented", "01", initiation->value_offset,
                            std::string(initiation->value), "11 or 12, with 53 and 58", ""});
    } else {
        check_merchant_code(top.objects, payload, in_step, options, *directory, report, problems);
    }

    list_fields(top.objects, report.fields);
    fill_key_facts(top.objects, *directory, report);
    sort_by_offset(problems);
    report.findings.reserve(problems.size());
    for (const Problem& p : problems) report.findings.push_back(text::describe(p));
    return report;
}

}  // namespace qrdiag
