#include "test_payload_support.h"

#include <fstream>
#include <iterator>

#include "text/payload_messages.h"

using namespace qrdiag;
using namespace qrdiag::testing;

namespace {
std::string replaced(std::string body, std::string_view from, std::string_view to)
{
    body.replace(body.find(from), from.size(), to);
    return body;
}
const std::string kGood = VietQr{}.payload();
}  // namespace

TEST_CASE("payload.not_payment: web addresses, Wi-Fi, plain text")
{
    expect_pass(kGood);
    const Finding url = expect_lead("https://example.com/pay", CauseId::MalformedPayload, "payload.not_payment", "",
                                    "holds a web address");
    CHECK(url.summary.vi.find("một địa chỉ web") != std::string::npos);
    expect_lead("WIFI:S:Quan;T:WPA;P:12345678;;", CauseId::MalformedPayload, "payload.not_payment", "", "Wi-Fi settings");
    expect_lead("Chuyen khoan vao STK 0123", CauseId::MalformedPayload, "payload.not_payment", "", "plain text");
    expect_lead("momo://app?action=payWithApp&amount=1000", CauseId::MalformedPayload, "payload.not_payment", "",
                "a link to an app or web page");
    CHECK(check_payload("hello").scheme == Scheme::NotPayment);
    CHECK(check_payload(kGood).scheme == Scheme::VietQR);
}

TEST_CASE("payload.not_merchant_presented: EMV-shaped wallet data that is no merchant code")
{
    // VNPay's personal wallet (vietnam-qr-pay test data): 01 = 10, IDs 02-11 hold the wallet's own data, no 53
    // or 58. Its name in 08 is not a card scheme account to strip of diacritics, nor is the code Visa's.
    const std::string wallet = "00020101021002020103069084010411VNPayWallet071003933571580809Lê Anh Tú09051000010037"
                               "041107content63042678";
    const Finding f = expect_lead(wallet, Severity::Fail, CauseId::MalformedPayload, "payload.not_merchant_presented",
                                  "01", "This is not an EMVCo merchant-presented payment code: Point of Initiation (01) "
                                        "is '10'");
    CHECK(f.summary.vi.find("Đây không phải mã thanh toán EMVCo do người bán hiển thị") != std::string::npos);
    const auto causes = causes_of(wallet);
    REQUIRE(causes.size() == 1);
    CHECK(causes.front().findings.size() == 1);
    const PayloadReport report = check_payload(wallet);
    CHECK(report.scheme == Scheme::NotPayment);
    CHECK(report.scheme_label == "not an EMV merchant-presented payment code");

    // With a currency and a country it is a merchant code whose 01 is wrong.
    const std::string with_currency = emv::with_crc("000201010210" + tlv("26", tlv("00", "A000000775") + tlv("01", "0105313144")) +
                                                    "5303704" + tlv("58", "VN"));
    expect_lead(with_currency, Severity::Fail, CauseId::MalformedPayload, "emv.poi_value", "01", "is '10'");
}

TEST_CASE("payload.too_long: more text than a QR code holds")
{
    expect_pass(kGood);
    const Finding f = expect_lead(std::string(8000, '0'), CauseId::MalformedPayload, "payload.too_long", "",
                                  "no QR code holds more than 7089");
    CHECK(f.found == "8000");
    const auto many = check_payload("000201" + std::string(7000, '0'));  // bounded findings for garbage
    CHECK(many.findings.size() < 40);
}

TEST_CASE("emv.leading_data")
{
    expect_lead(" " + kGood, CauseId::MalformedPayload, "emv.leading_data", "", "before the Payload Format Indicator");
}

TEST_CASE("emv.pfi_missing, emv.pfi_not_first, emv.pfi_value")
{
    expect_pass(kGood);
    const std::string body = VietQr{}.body();
    expect_lead(emv::with_crc(body.substr(6)), CauseId::MalformedPayload, "emv.pfi_missing", "00", "is missing");
    expect_lead(emv::with_crc(body.substr(6, 6) + body.substr(0, 6) + body.substr(12)), CauseId::MalformedPayload,
                "emv.pfi_not_first", "00", "at byte 6, not first");
    expect_lead(emv::with_crc("000202" + body.substr(6)), CauseId::MalformedPayload, "emv.pfi_value", "00",
                "is '02', expected '01'");
}

TEST_CASE("emv.pfi_version: another two-digit version is a warning outside the Vietnamese schemes")
{
    // A real Malaysian DuitNow code as its bank made it: 000202, CRC right.
    const std::string duitnow = "00020201021126440014A0000006150001010689005302121102928373325204000053034585802MY"
                                "5910JAMESONLAM6002MY6213060988866479363043A1C";
    const Finding f = expect_lead(duitnow, CauseId::MalformedPayload, "emv.pfi_version", "00",
                                  "is '02'; the EMVCo version is 01, and some scanner apps reject other values");
    CHECK(f.severity == Severity::Warn);
    CHECK(f.summary.vi.find("phiên bản EMVCo là 01") != std::string::npos);
    CHECK(f.fix.en.find("ask the bank or provider that issued it") != std::string::npos);
    const auto causes = causes_of(duitnow);
    CHECK(causes.size() == 1);
    CHECK(verdict_of(causes) == Verdict::Warn);
    CHECK(check_payload(duitnow).scheme_label == "EMV QR, looks like DuitNow (Malaysia)");

    // Held to 01: VietQR (38 with A000000727) and VNPAY-QR (A000000775), whose profiles build on version 01.
    const std::string vietqr = emv::with_crc("000202" + VietQr{}.body().substr(6));
    expect_lead(vietqr, Severity::Fail, CauseId::MalformedPayload, "emv.pfi_value", "00", "is '02', expected '01'");
    const std::string vnpay = emv::with_crc("000202010211" + tlv("26", tlv("00", "A000000775") + tlv("01", "0105313144")) +
                                            "5303704" + tlv("58", "VN"));
    CHECK(check_payload(vnpay).scheme == Scheme::VnpayQR);
    expect_lead(vnpay, Severity::Fail, CauseId::MalformedPayload, "emv.pfi_value", "00", "is '02'");

    // Anywhere: a Payload Format Indicator that is not two digits, or none at all, fails.
    const std::string body = duitnow.substr(6, duitnow.size() - 6 - 8);
    expect_lead(emv::with_crc("00020A" + body), Severity::Fail, CauseId::MalformedPayload, "emv.pfi_value", "00",
                                        "is '0A', expected '01'");
    expect_lead(emv::with_crc("0003002" + body), Severity::Fail, CauseId::MalformedPayload, "emv.pfi_value", "00",
                                      "is '002', expected '01'");
    expect_lead(emv::with_crc(body), Severity::Fail, CauseId::MalformedPayload, "emv.pfi_missing", "00", "is missing");
}

TEST_CASE("emv.crc_mismatch shows expected and found")
{
    expect_pass(kGood);
    std::string stale = kGood;
    stale.replace(stale.find("0011001932418"), 13, "0011001932419");
    const Finding f = expect_lead(stale, CauseId::MalformedPayload, "emv.crc_mismatch", "63", "but the payload's checksum is");
    CHECK(f.found == kGood.substr(kGood.size() - 4));
    CHECK(f.expected == emv::with_crc(VietQr{.account = "0011001932419"}.body()).substr(kGood.size() - 4));
    CHECK(f.summary.en.find(f.found) != std::string::npos);
    CHECK(f.summary.en.find(f.expected) != std::string::npos);
}

TEST_CASE("emv.crc_lowercase")
{
    // payment-qr.md: ...6304AE9F has upper-case letters to lower.
    const std::string good = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";
    expect_pass(good);
    const Finding f = expect_lead(good.substr(0, good.size() - 4) + "ae9f", CauseId::MalformedPayload,
                                  "emv.crc_lowercase", "63", "is right but written in lower case; it should be");
    CHECK(f.expected == "AE9F");
    // Upper case is a convention some apps enforce, not a wrong checksum: a warning, and the fix says how.
    CHECK(f.severity == Severity::Warn);
    CHECK(f.summary.en.find("must") == std::string::npos);
    CHECK(f.fix.en.find("upper case (AE9F)") != std::string::npos);
    CHECK(f.fix.vi.find("in hoa (AE9F)") != std::string::npos);
    CHECK(verdict_of(causes_of(good.substr(0, good.size() - 4) + "ae9f")) == Verdict::Warn);
    // A real HDFC BharatQR code with its (right) CRC in lower case.
    const std::string hdfc =
        "000201010211021644038499331959060415522024099331959061661000309933195920825HDFC0000001501003081282002656"
        "0010A0000005240138centralwarehousingco.99331959@hdfcbank27430010A0000005240125STQ200318122305804I040108"
        "5204939953033565802IN5923CENTRAL WAREHOUSING NEW6009New Delhi610611001662410525STQ200318122305804I0401"
        "080708993319596304e9fc";
    expect_lead(hdfc, Severity::Warn, CauseId::MalformedPayload, "emv.crc_lowercase", "63", "'e9fc' is right");
    CHECK(verdict_of(causes_of(hdfc)) == Verdict::Warn);
}

TEST_CASE("emv.crc_mismatch in lower case stays a failure")
{
    const std::string good = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";
    expect_lead(good.substr(0, good.size() - 4) + "ae9e", Severity::Fail, CauseId::MalformedPayload,
                                  "emv.crc_mismatch", "63", "but the payload's checksum is AE9F");
}

TEST_CASE("emv.crc_leading_zero: a 3-digit CRC")
{
    // Find a payload whose CRC starts with 0, then drop that zero as buggy generators do.
    for (int i = 0;; ++i) {
        VietQr v;
        v.additional = tlv("08", "Don " + std::to_string(i));
        const std::string payload = v.payload();
        if (payload[payload.size() - 4] != '0') continue;
        expect_pass(payload);
        const Finding f = expect_lead(payload.substr(0, payload.size() - 4) + payload.substr(payload.size() - 3),
                                      CauseId::MalformedPayload, "emv.crc_leading_zero", "63", "leading zero");
        CHECK(f.expected == payload.substr(payload.size() - 4));
        break;
    }
}

TEST_CASE("emv.crc_format and emv.crc_without_prefix")
{
    const std::string body = VietQr{}.body();
    expect_lead(body + "6304XYZW", CauseId::MalformedPayload, "emv.crc_format", "63", "not 4 hexadecimal digits");
    const std::string without = body + "6304" + emv::crc_hex(emv::crc16_ccitt_false(body));
    expect_lead(without, CauseId::MalformedPayload, "emv.crc_without_prefix", "63", "without the '6304'");
}

TEST_CASE("emv.crc_missing, emv.crc_not_last, emv.data_after_crc")
{
    const std::string body = VietQr{}.body();
    expect_lead(body, CauseId::MalformedPayload, "emv.crc_missing", "63", "CRC (63) is missing");
    const std::string crc_first = emv::with_crc(body) + tlv("62", tlv("08", "late"));
    expect_lead(crc_first, CauseId::MalformedPayload, "emv.crc_not_last", "63", "is not the last data object");
    const Finding f = expect_lead(kGood + "\n", CauseId::MalformedPayload, "emv.data_after_crc", "63", "follows the CRC");
    CHECK(f.found == "\\x0A");
    CHECK(f.offset == kGood.size());
}

TEST_CASE("emv.poi_value")
{
    expect_pass(VietQr{.poi = "12"}.payload());
    expect_lead(VietQr{.poi = "13"}.payload(), CauseId::MalformedPayload, "emv.poi_value", "01", "is '13'");
}

TEST_CASE("emv.numeric_format and emv.currency_unknown")
{
    expect_lead(VietQr{.currency = "VND"}.payload(), CauseId::MalformedPayload, "emv.numeric_format", "53",
                "'VND': it must be digits only");
    expect_lead(VietQr{.currency = "999"}.payload(), CauseId::MalformedPayload, "emv.currency_unknown", "53",
                "'999' is not an ISO 4217");
}

TEST_CASE("emv.length_range: fixed and maximum lengths")
{
    expect_lead(VietQr{.currency = "7040"}.payload(), CauseId::MalformedPayload, "emv.length_range", "53",
                "has 4 characters; expected 3");
    VietQr named;
    named.extra = tlv("59", "CONG TY TNHH THUONG MAI DICH VU ABC");
    expect_lead(named.payload(), CauseId::MalformedPayload, "emv.length_range", "59", "expected 1-25");
    VietQr ok_name;
    ok_name.extra = tlv("59", "CONG TY TNHH THUONG MAI D") + tlv("60", "HO CHI MINH");
    expect_pass(ok_name.payload());
    VietQr city;
    city.extra = tlv("60", "THANH PHO HO CHI MINH");
    expect_lead(city.payload(), CauseId::MalformedPayload, "emv.length_range", "60", "expected 1-15");
}

TEST_CASE("emv.charset: diacritics outside template 64")
{
    VietQr v;
    v.additional = tlv("08", "Chuyển tiền");
    const Finding f = expect_lead(v.payload(), CauseId::MalformedPayload, "emv.charset", "62.08", "contains 'ể'");
    CHECK(f.fix.en.find("without diacritics") != std::string::npos);
    VietQr fine;
    fine.additional = tlv("08", "Chuyen tien");
    fine.extra = tlv("64", tlv("00", "vi") + tlv("01", "Cà phê Sữa"));
    expect_pass(fine.payload());
    VietQr name;
    name.extra = tlv("59", "Nguyễn Văn A");
    expect_lead(name.payload(), CauseId::MalformedPayload, "emv.charset", "59", "outside printable ASCII");
}

TEST_CASE("emv.amount_syntax, emv.amount_zero, emv.amount_thousands_separator, emv.amount_minor_unit")
{
    for (const char* amount : {"10000", "10000.00", "10000.", "1"}) expect_pass(VietQr{.poi = "12", .amount = amount}.payload());
    const Finding fraction = expect_lead(VietQr{.amount = "50000.50"}.payload(), CauseId::MalformedPayload,
                                         "emv.amount_minor_unit", "54", "VND has no minor unit");
    CHECK(fraction.expected == "50000");
    for (const char* amount : {"10,000", "-5000", "1e5", "12 000", "+100", "1..5", ".5"})
        expect_lead(VietQr{.amount = amount}.payload(), CauseId::MalformedPayload, "emv.amount_syntax", "54",
                    "is not an amount");
    expect_lead(VietQr{.amount = "0"}.payload(), CauseId::MalformedPayload, "emv.amount_zero", "54", "above zero");
    const Finding f = expect_lead(VietQr{.amount = "1.500.000"}.payload(), CauseId::MalformedPayload,
                                  "emv.amount_thousands_separator", "54", "thousands separator");
    CHECK(f.expected == "1500000");
}

TEST_CASE("emv.tip_indicator, emv.fee_missing, emv.fee_percentage")
{
    expect_pass(VietQr{.extra = ""}.payload());
    VietQr fixed_fee;
    fixed_fee.extra = "550202" + tlv("56", "5000");
    expect_pass(fixed_fee.payload());
    expect_lead(VietQr{.extra = "550204"}.payload(), CauseId::MalformedPayload, "emv.tip_indicator", "55", "'04'");
    expect_lead(VietQr{.extra = "550202"}.payload(), CauseId::MalformedPayload, "emv.fee_missing", "56",
                "Convenience Fee Fixed (56) is missing");
    expect_lead(VietQr{.extra = "550203" + tlv("57", "150")}.payload(), CauseId::MalformedPayload, "emv.fee_percentage",
                "57", "'150'");
}

TEST_CASE("emv.country_format")
{
    expect_lead(VietQr{.country = "vn"}.payload(), CauseId::MalformedPayload, "emv.country_format", "58",
                "not two upper-case letters");
    expect_lead(VietQr{.country = "84"}.payload(), CauseId::MalformedPayload, "emv.country_format", "58", "'84'");
}

TEST_CASE("emv.mandatory_missing and emv.merchant_account_missing")
{
    std::string body = VietQr{}.body();
    expect_lead(emv::with_crc(replaced(body, "5303704", "")), CauseId::MalformedPayload, "emv.mandatory_missing", "53",
                "Transaction Currency (53) is missing");
    expect_lead(emv::with_crc(replaced(body, "5802VN", "")), CauseId::MalformedPayload, "emv.mandatory_missing", "58",
                "Country Code (58) is missing");
    expect_lead(emv::with_crc("000201010211" "5303704" "5802VN"), CauseId::MalformedPayload,
                "emv.merchant_account_missing", "", "does not say whom to pay");
}

TEST_CASE("emv.template_guid_missing, emv.language_format, emv.consumer_data_request")
{
    VietQr guidless;
    guidless.extra = tlv("27", tlv("01", "123"));
    expect_lead(guidless.payload(), CauseId::MalformedPayload, "emv.template_guid_missing", "27", "sub-ID 00");
    VietQr language;
    language.extra = tlv("64", tlv("00", "v1") + tlv("01", "Ten"));
    expect_lead(language.payload(), CauseId::MalformedPayload, "emv.language_format", "64.00", "'v1'");
    VietQr no_language;
    no_language.extra = tlv("64", tlv("01", "Ten"));
    expect_lead(no_language.payload(), CauseId::MalformedPayload, "emv.mandatory_missing", "64.00", "is missing");
    VietQr request;
    request.additional = tlv("09", "AME");
    expect_pass(request.payload());
    request.additional = tlv("09", "AXZ");
    expect_lead(request.payload(), CauseId::MalformedPayload, "emv.consumer_data_request", "62.09", "'AXZ'");
}

TEST_CASE("other EMV schemes get generic checks and a label")
{
    const std::string promptpay = emv::with_crc("000201010211" + tlv("29", tlv("00", "A000000677010111") + tlv("01", "0066812345678")) +
                                                "5303764" "5802TH");
    const PayloadReport report = check_payload(promptpay);
    CHECK(report.scheme == Scheme::OtherEmv);
    CHECK(report.scheme_label == "EMV QR, looks like PromptPay (Thailand)");
    expect_pass(promptpay);
    bool noted = false;  // absent 52/59/60 are stated as info, never blamed
    for (const Finding& f : report.findings) noted = noted || (f.rule == "emv.optional_missing" && f.severity == Severity::Info);
    CHECK(noted);
    CHECK(check_payload(emv::with_crc("000201010211" + tlv("02", "4000123456789012") + "5303840" "5802US" +
                                      tlv("59", "SHOP") + tlv("60", "NYC") + "52045411"))
              .scheme_label == "EMV QR, looks like Visa card acceptance");
    // A BharatQR code lists card accounts (02 Visa first) and a UPI handle under NPCI's id: people pay it by UPI.
    // The payload is PayU's documented example.
    const std::string bharat =
        "000201010211021644038470007469080415522024070007469061661000307000746960825HDFC00006225020001855322626470010"
        "A0000005240129yellowqr.payutest.94@hdfcbank27370010A0000005240119STQ9y45z1cv3z5450925204569153033565802IN5910"
        "vendorName6010vendorCity610650017262350519STQ9y45z1cv3z545092070870007469630417EF";
    CHECK(check_payload(bharat).scheme_label == "EMV QR, looks like BharatQR / UPI (India)");
    expect_pass(bharat);
}

TEST_CASE("every payload rule is documented and worded in both languages")
{
    std::ifstream in(QRDIAG_SOURCE_DIR "/docs/payload-rules.md");
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(doc.empty());
    for (const text::PayloadRule& rule : text::payload_rules()) {
        INFO(rule.id);
        CHECK(doc.find("| `" + std::string(rule.id) + "` |") != std::string::npos);
        CHECK_FALSE(rule.summary_en.empty());
        CHECK_FALSE(rule.summary_vi.empty());
        if (rule.severity != Severity::Info) {
            CHECK_FALSE(rule.fix_en.empty());
            CHECK_FALSE(rule.fix_vi.empty());
        }
    }
}
