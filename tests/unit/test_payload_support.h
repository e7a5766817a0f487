// Builders and assertions shared by the payload rule tests.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "emv/crc16.h"
#include "qrdiag/payload.h"

namespace qrdiag::testing {

inline std::string tlv(std::string_view tag, std::string_view value)
{
    std::string length = std::to_string(value.size());
    if (length.size() < 2) length.insert(0, "0");
    return std::string(tag) + length + std::string(value);
}

// A VietQR payload as a bank app makes it; change a member to break one thing.
struct VietQr {
    std::string poi = "11";
    std::string guid = "A000000727";
    std::string bin = "970436";  // Vietcombank
    std::string account = "0011001932418";
    std::string service = "QRIBFTTA";
    std::string currency = "704";
    std::string amount;
    std::string country = "VN";
    std::string additional;  // the value of 62
    std::string extra;       // appended before the CRC

    std::string body() const
    {
        std::string t38 = tlv("00", guid) + tlv("01", tlv("00", bin) + tlv("01", account));
        if (!service.empty()) t38 += tlv("02", service);
        std::string out = tlv("00", "01") + tlv("01", poi) + tlv("38", t38) + tlv("53", currency);
        if (!amount.empty()) out += tlv("54", amount);
        out += tlv("58", country);
        if (!additional.empty()) out += tlv("62", additional);
        return out + extra;
    }
    std::string payload() const { return emv::with_crc(body()); }
};

inline std::vector<Cause> causes_of(std::string_view payload, const PayloadOptions& options = {})
{
    return rank_causes(check_payload(payload, options).findings);
}

// The payload passes: no warn or fail finding at all.
inline void expect_pass(std::string_view payload, const PayloadOptions& options = {})
{
    const auto causes = causes_of(payload, options);
    INFO("payload: " << payload);
    CHECK_MESSAGE(causes.empty(), (causes.empty() ? "" : causes.front().findings.front().rule + ": " +
                                                             causes.front().summary.en));
}

// The first cause and its lead finding are exactly these.
inline Finding expect_lead(std::string_view payload, CauseId cause, std::string_view rule, std::string_view path,
                           std::string_view summary_part, const PayloadOptions& options = {})
{
    const auto causes = causes_of(payload, options);
    INFO("payload: " << payload);
    REQUIRE_FALSE(causes.empty());
    const Finding& lead = causes.front().findings.front();
    INFO("lead: " << lead.rule << " " << lead.summary.en);
    CHECK(to_string(causes.front().id) == to_string(cause));
    CHECK(lead.rule == rule);
    CHECK(lead.path == path);
    CHECK(lead.summary.en.find(summary_part) != std::string::npos);
    CHECK_FALSE(lead.summary.vi.empty());
    CHECK_FALSE(lead.fix.en.empty());
    CHECK_FALSE(lead.fix.vi.empty());
    return lead;
}

// As above, and the first cause and its lead finding have this severity.
inline Finding expect_lead(std::string_view payload, Severity severity, CauseId cause, std::string_view rule,
                           std::string_view path, std::string_view summary_part)
{
    const Finding lead = expect_lead(payload, cause, rule, path, summary_part);
    CHECK(to_string(lead.severity) == to_string(severity));
    CHECK(to_string(causes_of(payload).front().severity) == to_string(severity));
    return lead;
}

}  // namespace qrdiag::testing
