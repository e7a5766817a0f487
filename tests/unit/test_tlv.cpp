#include "test_payload_support.h"

#include "emv/tlv.h"

using namespace qrdiag;
using namespace qrdiag::testing;

TEST_CASE("parse_level reads nested paths and offsets")
{
    const std::string text = "0002010102113808" "0004ABCD";
    const auto level = emv::parse_level(text, 0, "");
    REQUIRE_FALSE(level.broken);
    REQUIRE(level.objects.size() == 3);
    CHECK(level.objects[2].path == "38");
    CHECK(level.objects[2].offset == 12);
    CHECK(level.objects[2].value == "0004ABCD");
    const auto nested = emv::parse_level(level.objects[2].value, level.objects[2].value_offset, "38");
    REQUIRE(nested.objects.size() == 1);
    CHECK(nested.objects[0].path == "38.00");
    CHECK(nested.objects[0].offset == 16);
}

TEST_CASE("emv.length_not_numeric names the field and the byte")
{
    expect_pass(VietQr{}.payload());
    std::string body = VietQr{}.body();
    body.replace(body.find("5802VN"), 6, "580AVN");
    const Finding f = expect_lead(emv::with_crc(body), CauseId::MalformedPayload, "emv.length_not_numeric", "58",
                                  "length '0A' is not two digits");
    CHECK(f.offset == body.find("0AVN"));
}

TEST_CASE("emv.tag_not_numeric")
{
    std::string body = VietQr{}.body();
    body.replace(body.find("5802VN"), 2, "5X");
    expect_lead(emv::with_crc(body), CauseId::MalformedPayload, "emv.tag_not_numeric", "5X", "ID '5X' is not two digits");
}

TEST_CASE("emv.value_past_end: a value longer than what remains")
{
    const std::string payload = VietQr{}.body() + "62990811Chuyen tien";
    expect_lead(payload, CauseId::MalformedPayload, "emv.value_past_end", "62", "declares length 99");
}

TEST_CASE("emv.truncated_object: stray characters where an object should start")
{
    const std::string payload = VietQr{}.payload().substr(0, VietQr{}.payload().size() - 6);
    const auto causes = causes_of(payload);
    REQUIRE_FALSE(causes.empty());
    CHECK(causes.front().id == CauseId::MalformedPayload);
    expect_lead("000201010211" "380" , CauseId::MalformedPayload, "emv.truncated_object", "", "'380' is left");
}

TEST_CASE("emv.length_mismatch: one wrong length is found and named")
{
    VietQr good;
    good.additional = tlv("08", "Chuyen tien");
    expect_pass(good.payload());
    std::string body = good.body();
    body.replace(body.find("0811Chuyen"), 4, "0812");  // 62.08 claims one character more
    body.replace(body.find("6215"), 4, "6216");        // and its template agrees
    const Finding f = expect_lead(emv::with_crc(body), CauseId::MalformedPayload, "emv.length_mismatch", "62",
                                  "declares length 16");
    CHECK(f.expected == "15");

    std::string nested = good.body();
    nested.replace(nested.find("0113001100"), 4, "0114");  // 38.01.01 one too long inside its template
    expect_lead(emv::with_crc(nested), CauseId::MalformedPayload, "emv.length_mismatch", "38.01.01",
                "declares length 14");
}

TEST_CASE("emv.empty_value")
{
    VietQr v;
    v.extra = "6100";
    expect_lead(v.payload(), CauseId::MalformedPayload, "emv.empty_value", "61", "is empty (length 00)");
}

TEST_CASE("emv.duplicate_tag")
{
    VietQr v;
    v.amount = "10000";
    v.poi = "12";
    expect_pass(v.payload());
    v.extra = tlv("54", "20000");
    const Finding f = expect_lead(v.payload(), CauseId::MalformedPayload, "emv.duplicate_tag", "54", "appears a second time");
    CHECK(f.offset == v.body().size() - 9);
}

TEST_CASE("emv.length_in_characters: a generator that counted characters, not bytes")
{
    VietQr v;
    v.extra = tlv("64", tlv("00", "vi") + tlv("01", "Cà phê"));
    expect_pass(v.payload());
    std::string body = VietQr{}.body() + "6416" "0002vi" "0106Cà phê";  // 16 and 06 count characters
    const auto report = check_payload(emv::with_crc(body));
    bool named = false;
    for (const Finding& f : report.findings) named = named || f.rule == "emv.length_in_characters";
    CHECK(named);
}

TEST_CASE("free templates 80-99 may hold a plain value")
{
    // MoMo writes a plain value into 80 (vietnam-qr-pay README).
    expect_pass("00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515"
                "MOMOW2W3487508080030466304EBC8");
}
