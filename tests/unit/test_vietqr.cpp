#include "test_payload_support.h"

using namespace qrdiag;
using namespace qrdiag::testing;

TEST_CASE("real VietQR payloads pass and report their key facts")
{
    // payment-qr.md and vietnam-qr-pay / subiz/vietqr READMEs.
    for (const char* payload : {
             "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F",
             "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6",
             "00020101021138620010A000000727013200069710250118PSP1234567890000000208QRIBFTTA53037045802VN62190515MOMOW2W123456786304821F",
             "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
         })
        expect_pass(payload);
    const PayloadReport r = check_payload(
        "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6");
    CHECK(r.scheme == Scheme::VietQR);
    CHECK(r.scheme_label == "VietQR (NAPAS 247)");
    CHECK(r.bank_bin == "970416");
    CHECK(r.bank_name == "ACB");
    CHECK(r.account == "257678859");
    CHECK(r.service == "QRIBFTTA");
    CHECK(r.amount == "10000");
    CHECK(r.currency == "704");
    CHECK(r.dynamic == true);
    REQUIRE(r.fields.size() >= 10);
    CHECK(r.fields[3].path == "38.00");
    CHECK(r.fields[3].name == "VietQR GUID");
    CHECK(r.fields[5].path == "38.01.00");
    CHECK(r.fields[5].offset == 34);
}

TEST_CASE("renamed banks show the newest name first")
{
    CHECK(check_payload(VietQr{.bin = "970406"}.payload()).bank_name == "Vikki Bank / DongA Bank");
    CHECK(check_payload(VietQr{.bin = "970449"}.payload()).bank_name == "LPBank / LienVietPostBank");
    CHECK(check_payload(VietQr{.bin = "970414"}.payload()).bank_name.rfind("MBV", 0) == 0);
}

TEST_CASE("vietqr.guid")
{
    expect_pass(VietQr{}.payload());
    const Finding f = expect_lead(VietQr{.guid = "A000000728"}.payload(), CauseId::MalformedPayload, "vietqr.guid",
                                  "38.00", "'A000000728'");
    CHECK(f.expected == "A000000727");
}

TEST_CASE("vietqr.wrong_template")
{
    std::string body = VietQr{}.body();
    body.replace(body.find("38"), 2, "27");
    expect_lead(emv::with_crc(body), CauseId::MalformedPayload, "vietqr.wrong_template", "27", "in template 27");
}

TEST_CASE("vietqr.bin_format")
{
    expect_lead(VietQr{.bin = "97041"}.payload(), CauseId::MalformedPayload, "vietqr.bin_format", "38.01.00",
                "'97041' is not 6 digits");
    expect_lead(VietQr{.bin = "97A416"}.payload(), CauseId::MalformedPayload, "vietqr.bin_format", "38.01.00", "97A416");
}

TEST_CASE("38.01.01 consumer id: at most 19 characters, letters allowed")
{
    expect_pass(VietQr{.bin = "971025", .account = "PSP123456789000000"}.payload());
    expect_lead(VietQr{.account = "12345678901234567890"}.payload(), CauseId::MalformedPayload, "emv.length_range",
                "38.01.01", "expected 1-19");
    expect_lead(VietQr{.account = ""}.payload(), CauseId::MalformedPayload, "emv.empty_value", "38.01.01", "is empty");
}

TEST_CASE("vietqr.service_unknown and vietqr.service_missing")
{
    for (const char* service : {"QRIBFTTA", "QRIBFTTC", "QRPUSH", "QRCASH"}) {
        VietQr v{.account = "9704366614528458", .service = service};
        expect_pass(v.payload());
    }
    expect_lead(VietQr{.service = "QRIBFT"}.payload(), CauseId::MalformedPayload, "vietqr.service_unknown", "38.02",
                "'QRIBFT' is not a VietQR service");
    expect_lead(VietQr{.service = ""}.payload(), CauseId::MalformedPayload, "vietqr.service_missing", "38.02",
                "Service code (38.02) is missing");
    VietQr push{.service = ""};  // QRPUSH merchant codes may omit it; they carry an MCC
    push.extra = "52045812" + tlv("59", "QUAN AN") + tlv("60", "HA NOI");
    expect_pass(push.payload());
}

TEST_CASE("vietqr.currency and vietqr.country")
{
    expect_lead(VietQr{.currency = "840"}.payload(), CauseId::MalformedPayload, "vietqr.currency", "53",
                "'840'; VietQR transfers are in VND (704)");
    expect_lead(VietQr{.country = "US"}.payload(), CauseId::MalformedPayload, "vietqr.country", "58", "'US'");
}

TEST_CASE("structural breakage outranks account and expiry findings")
{
    VietQr v{.poi = "12", .bin = "970499", .amount = "10000"};
    std::string payload = v.payload();
    payload.back() = payload.back() == '0' ? '1' : '0';
    PayloadOptions options;
    options.standee = true;
    const auto causes = causes_of(payload, options);
    REQUIRE(causes.size() == 3);
    CHECK(causes[0].id == CauseId::MalformedPayload);
    CHECK(causes[1].id == CauseId::WrongAccount);
    CHECK(causes[2].id == CauseId::Expired);
}
