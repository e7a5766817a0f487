#include "schemes/vietqr.h"

#include <algorithm>
#include <array>

#include "emv/characters.h"
#include "emv/templates.h"
#include "schemes/detect_scheme.h"

namespace qrdiag::schemes {
namespace {

// NAPAS VietQR specification 1.5.2: the services a 38.02 service code may name.
constexpr std::array<std::string_view, 4> kServices{"QRIBFTTA", "QRIBFTTC", "QRPUSH", "QRCASH"};
constexpr std::size_t kBinDigits = 6;
constexpr std::size_t kMaxConsumerId = 19;  // 38.01.01: ANS, up to 19

const emv::DataObject* top_object(const std::vector<emv::DataObject>& top, std::string_view tag)
{
    for (const emv::DataObject& o : top)
        if (o.tag == tag) return &o;
    return nullptr;
}

}  // namespace

void check_vietnamese_currency_and_country(const std::vector<emv::DataObject>& top, std::string_view scheme,
                                           const std::vector<emv::Problem>& found_so_far,
                                           std::vector<emv::Problem>& out)
{
    static constexpr std::string_view kRules[][2] = {{"vietqr.currency", "vietqr.country"},
                                                     {"vnpay.currency", "vnpay.country"}};
    const auto& rules = kRules[scheme == "vnpay" ? 1 : 0];
    if (const auto* currency = top_object(top, "53");
        currency && currency->value != "704" && !emv::has_problem_at(found_so_far, "53"))
        out.push_back({rules[0], "53", currency->value_offset, std::string(currency->value), "704", ""});
    if (const auto* country = top_object(top, "58");
        country && country->value != "VN" && !emv::has_problem_at(found_so_far, "58"))
        out.push_back({rules[1], "58", country->value_offset, std::string(country->value), "VN", ""});
}

std::vector<emv::Problem> check_vietqr(const std::vector<emv::DataObject>& top,
                                       const std::vector<emv::Problem>& found_so_far, bool structure_intact)
{
    std::vector<emv::Problem> out;
    for (const emv::DataObject& o : top)
        if (o.tag != "38" && o.is_template && template_guid(o) == kNapasGuid)
            out.push_back({"vietqr.wrong_template", o.path, o.offset, o.tag, "38", ""});

    const emv::DataObject* account = top_object(top, "38");
    if (account && account->is_template) {
        const emv::DataObject* guid = account->child("00");
        if (guid && guid->value != kNapasGuid && !emv::has_problem_at(found_so_far, guid->path))
            out.push_back({"vietqr.guid", guid->path, guid->value_offset, std::string(guid->value),
                           std::string(kNapasGuid), ""});
        const emv::DataObject* beneficiary = account->child("01");
        if (!beneficiary) {
            out.push_back({"emv.mandatory_missing", "38.01", account->offset, "", "bank BIN and account", ""});
        } else if (beneficiary->is_template) {
            const emv::DataObject* bin = beneficiary->child("00");
            const emv::DataObject* consumer = beneficiary->child("01");
            if (!bin)
                out.push_back({"emv.mandatory_missing", "38.01.00", beneficiary->offset, "", "6-digit bank BIN", ""});
            else if ((bin->value.size() != kBinDigits || !emv::all_digits(bin->value)) &&
                     !emv::has_problem_at(found_so_far, bin->path))
                out.push_back({"vietqr.bin_format", bin->path, bin->value_offset, std::string(bin->value),
                               "6 digits", ""});
            if (!consumer)
                out.push_back({"emv.mandatory_missing", "38.01.01", beneficiary->offset, "", "account or card number", ""});
            else if (consumer->value.size() > kMaxConsumerId && !emv::has_problem_at(found_so_far, consumer->path))
                out.push_back({"emv.length_range", consumer->path, consumer->offset,
                               std::to_string(consumer->value.size()), "1-19", std::string(consumer->value)});
        }
        const emv::DataObject* service = account->child("02");
        if (!service) {
            // QRPUSH merchant codes may leave the service out; they carry a merchant category code (whose
            // absence proves nothing in a top level read out of step).
            if (!top_object(top, "52") && structure_intact)
                out.push_back({"vietqr.service_missing", "38.02", account->offset, "", "QRIBFTTA or QRIBFTTC", ""});
        } else if (std::find(kServices.begin(), kServices.end(), service->value) == kServices.end() &&
                   !emv::has_problem_at(found_so_far, service->path)) {
            out.push_back({"vietqr.service_unknown", service->path, service->value_offset, std::string(service->value),
                           "QRIBFTTA, QRIBFTTC, QRPUSH, QRCASH", ""});
        }
    } else if (!account && out.empty() && structure_intact) {
        out.push_back({"emv.mandatory_missing", "38", std::nullopt, "", "VietQR template 38", ""});
    }
    check_vietnamese_currency_and_country(top, "vietqr", found_so_far, out);
    return out;
}

}  // namespace qrdiag::schemes
