// Which scheme a payload belongs to, and what a QR code that is no payment code holds instead.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "emv/tlv.h"
#include "qrdiag/payload.h"

namespace qrdiag::schemes {

// "a web address", "plain text"... (English, Vietnamese); nullopt when the text is shaped like an EMV payload.
std::optional<Text> describe_non_payment(std::string_view text);

// Where the EMV payload starts: 0, or just after junk that precedes "000201".
std::size_t payload_start(std::string_view text);

struct SchemeGuess {
    Scheme scheme = Scheme::OtherEmv;
    std::string label;  // "VietQR (NAPAS 247)", "EMV QR, looks like PayNow (Singapore)"
};
// `payload` is the raw text: when the structure is too broken to reach a template, the scheme's GUID in
// the text still tells which scheme the code was meant for.
SchemeGuess detect_scheme(const std::vector<emv::DataObject>& top, std::string_view payload);

// The GUID (sub-ID 00) of a merchant account template, upper-cased; empty when absent.
std::string template_guid(const emv::DataObject& object);

// False for a payload shaped like EMV that is no merchant-presented code: its Point of Initiation (01) is
// neither 11 nor 12 and it names neither a currency (53) nor a country (58). VNPay's personal wallet writes
// such codes (01 = 10, IDs 02-11 for its own data). Only meaningful when the top level was read in step.
bool is_merchant_presented(const std::vector<emv::DataObject>& top);

// True when `guid` differs from `known` by one wrong, missing or extra character.
bool near_guid(std::string_view guid, std::string_view known);

inline constexpr std::string_view kNapasGuid = "A000000727";
inline constexpr std::string_view kVnpayGuid = "A000000775";

}  // namespace qrdiag::schemes
