#include "schemes/detect_scheme.h"

#include <algorithm>
#include <cctype>

#include "emv/characters.h"
#include "emv/templates.h"

namespace qrdiag::schemes {
namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && lower(text.substr(0, prefix.size())) == prefix;
}

struct Known {
    std::string_view prefix;  // lower case
    std::string_view what;
    std::string_view what_vi;
};

// What non-payment QR codes commonly hold (ZXing's result parsers recognise the same prefixes).
constexpr Known kNonPayment[] = {
    {"http://", "a web address", "một địa chỉ web"},
    {"https://", "a web address", "một địa chỉ web"},
    {"www.", "a web address", "một địa chỉ web"},
    {"wifi:", "Wi-Fi settings", "cấu hình Wi-Fi"},
    {"begin:vcard", "a contact card", "một danh thiếp"},
    {"mecard:", "a contact card", "một danh thiếp"},
    {"mailto:", "an email address", "một địa chỉ email"},
    {"matmsg:", "an email", "một email"},
    {"tel:", "a phone number", "một số điện thoại"},
    {"smsto:", "a text message", "một tin nhắn SMS"},
    {"sms:", "a text message", "một tin nhắn SMS"},
    {"geo:", "a map location", "một vị trí bản đồ"},
    {"begin:vevent", "a calendar event", "một sự kiện lịch"},
    {"market://", "an app store link", "một liên kết kho ứng dụng"},
};

constexpr std::string_view kPayloadHead = "000201";
// Junk longer than this before "000201" is not a damaged payment payload but some other text.
constexpr std::size_t kMaxLeadingJunk = 8;

struct Label {
    std::string_view guid;  // upper case prefix of the template GUID
    std::string_view name;
};
constexpr Label kGuidLabels[] = {
    {"SG.PAYNOW", "PayNow (Singapore)"},
    {"SG.COM.NETS", "NETS (Singapore)"},
    {"SG.SGQR", "SGQR (Singapore)"},
    {"A000000677", "PromptPay (Thailand)"},
    {"A005266284662577", "LAO QR (Laos)"},
    {"BR.GOV.BCB.PIX", "Pix (Brazil)"},
    {"ID.CO.QRIS", "QRIS (Indonesia)"},
    {"HK.COM.HKICL", "FPS (Hong Kong)"},
    {"A0000006150001", "DuitNow (Malaysia)"},
    {"COM.QRPH", "QR Ph (Philippines)"},
    {"PH.PPMI", "QR Ph (Philippines)"},
    {"UPI", "UPI (India)"},
    // NPCI's registered application provider id (RuPay, UPI): BharatQR codes carry their UPI handle under it.
    {"A000000524", "BharatQR / UPI (India)"},
};

constexpr std::pair<int, std::string_view> kCardSchemes[] = {
    {2, "Visa"}, {4, "Mastercard"}, {6, "EMVCo"}, {9, "Discover"},
    {11, "American Express"}, {13, "JCB"}, {15, "UnionPay"}, {17, "EMVCo"},
};

std::string_view card_scheme(int tag)
{
    std::string_view name;
    for (const auto& [first, scheme] : kCardSchemes)
        if (tag >= first) name = scheme;
    return name;
}

}  // namespace

std::size_t payload_start(std::string_view text)
{
    const std::size_t at = text.find(kPayloadHead);
    if (at == std::string_view::npos || at > kMaxLeadingJunk) return 0;
    // Whole data objects before 000201 are a payload whose 00 is out of place, not junk before it.
    const emv::ParsedLevel before = emv::parse_level(text.substr(0, at), 0, "");
    return before.broken || before.objects.empty() ? at : 0;
}

std::optional<Text> describe_non_payment(std::string_view text)
{
    if (text.empty()) return Text{"nothing (empty text)", "không có gì (văn bản rỗng)"};
    for (const Known& k : kNonPayment)
        if (starts_with_ci(text, k.prefix)) return Text{std::string(k.what), std::string(k.what_vi)};
    // Any other "scheme://" is a link into an app (momo://, zalopay://, otpauth://...).
    const std::size_t colon = text.find("://");
    if (colon != std::string_view::npos && colon > 0 &&
        std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon),
                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '.' || c == '-'; }) &&
        std::isalpha(static_cast<unsigned char>(text[0])))
        return Text{"a link to an app or web page", "một liên kết tới ứng dụng hoặc trang web"};
    if (payload_start(text) > 0) return std::nullopt;
    // EMV-shaped: digits for the first ID and length, and the marks of a payment payload.
    const bool numeric_head = text.size() >= 4 && emv::is_digit(text[0]) && emv::is_digit(text[1]);
    const bool marks = text.rfind("00", 0) == 0 || text.find("6304") != std::string_view::npos ||
                       text.find("A000000") != std::string_view::npos;
    if (numeric_head && marks) return std::nullopt;
    if (numeric_head && emv::parse_level(text, 0, "").objects.size() >= 3) return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return emv::is_digit(c) || c == ' '; })) return Text{"a number", "một dãy số"};
    return Text{"plain text", "văn bản thường"};
}

std::string template_guid(const emv::DataObject& object)
{
    const emv::DataObject* guid = object.child("00");
    if (!guid) return {};
    std::string out(guid->value);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool is_merchant_presented(const std::vector<emv::DataObject>& top)
{
    const auto has = [&](std::string_view tag) {
        return std::any_of(top.begin(), top.end(), [&](const emv::DataObject& o) { return o.tag == tag; });
    };
    const auto initiation = std::find_if(top.begin(), top.end(), [](const emv::DataObject& o) { return o.tag == "01"; });
    const bool foreign_initiation =
        initiation != top.end() && initiation->value != "11" && initiation->value != "12";
    return !(foreign_initiation && !has("53") && !has("58"));
}

bool near_guid(std::string_view guid, std::string_view known)
{
    // One character off a scheme's GUID is that GUID mistyped (A000000727 and A000000775 differ in two).
    constexpr std::size_t kMaxTypos = 1;
    if (guid == known || guid.size() + 1 < known.size() || guid.size() > known.size() + 1) return false;
    std::size_t differing = guid.size() > known.size() ? guid.size() - known.size() : known.size() - guid.size();
    for (std::size_t i = 0; i < std::min(guid.size(), known.size()); ++i) differing += guid[i] != known[i];
    return differing <= kMaxTypos;
}

SchemeGuess detect_scheme(const std::vector<emv::DataObject>& top, std::string_view payload)
{
    bool napas = false, vnpay = false, template38 = false;
    std::string other;
    std::string country;
    for (const emv::DataObject& o : top) {
        const int tag = emv::tag_number(o.tag);
        if (o.tag == "58") country = std::string(o.value);
        if (tag == 38) template38 = true;
        if (tag >= 2 && tag <= 25 && other.empty()) other = std::string(card_scheme(tag)) + " card acceptance";
        if (!o.is_template) continue;
        const std::string guid = template_guid(o);
        napas = napas || guid == kNapasGuid;
        vnpay = vnpay || guid == kVnpayGuid || (tag == 26 && near_guid(guid, kVnpayGuid));
        for (const Label& l : kGuidLabels)
            if (guid.rfind(l.guid, 0) == 0) other = l.name;
        if (tag == 99 && o.child("01") && country == "KH") other = "KHQR (Cambodia)";
    }
    if (country == "KH" && other.empty()) other = "KHQR (Cambodia)";
    // A template 38 that names no other scheme in a Vietnamese code is a VietQR code with a broken GUID.
    if (napas || (template38 && other.empty() && (country == "VN" || country.empty())))
        return {Scheme::VietQR, vnpay ? "VietQR (NAPAS 247) with VNPAY-QR" : "VietQR (NAPAS 247)"};
    if (vnpay) return {Scheme::VnpayQR, "VNPAY-QR"};
    if (other.empty() && payload.find(kNapasGuid) != std::string_view::npos)
        return {Scheme::VietQR, "VietQR (NAPAS 247)"};
    if (other.empty() && payload.find(kVnpayGuid) != std::string_view::npos) return {Scheme::VnpayQR, "VNPAY-QR"};
    if (!other.empty()) return {Scheme::OtherEmv, "EMV QR, looks like " + other};
    return {Scheme::OtherEmv, country.empty() ? "EMV QR (scheme not recognised)"
                                              : "EMV QR from country " + country + " (scheme not recognised)"};
}

}  // namespace qrdiag::schemes
