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

namespace {
// The rules of one cause's findings, lead first.
std::vector<std::string> rules_of(const Cause& cause)
{
    std::vector<std::string> rules;
    for (const Finding& f : cause.findings) rules.push_back(f.rule + " " + f.path);
    return rules;
}

// A data object whose declared length may differ from its value's.
std::string with_length(std::string_view tag, std::string_view value, std::size_t declared)
{
    return std::string(tag) + (declared < 10 ? "0" : "") + std::to_string(declared) + std::string(value);
}
}  // namespace

TEST_CASE("a shifted parse: the earliest structural error leads, its follow-ons are dropped")
{
    // payloads.tsv row 12: NAPAS's QRPUSH example as liopayvn/vietqr-php quotes it (CRC appended). 38.01.01
    // declares 14 but 16 follow, and 38.01 and 38 count them; 52 ends up inside 38, and the top level
    // reads 58 with 12 characters. 53 is there (inside the guessed 58), so "53 missing", 58's own length and
    // the service code (QRPUSH needs none when 52 is present) are follow-ons.
    const std::string push = "00020101021138480010A0000007270130000697043601141017595600255204581253037045802VN"
                             "5912NGO QUOC DAT6005HANOI62110307NPS68696304AC5E";
    const Finding lead = expect_lead(push, Severity::Fail, CauseId::MalformedPayload, "emv.length_mismatch", "38.01.01",
                                     "declares length 14 but its value '1017595600255204' has 16 characters");
    CHECK(lead.offset == 46);
    const auto causes = causes_of(push);
    REQUIRE(causes.size() == 1);
    CHECK(rules_of(causes.front()) == std::vector<std::string>{"emv.length_mismatch 38.01.01", "emv.length_mismatch 58"});

    // Row 19: an amount pasted after 53 without its tag 54 ('2000000'). The first fault is where the pasted
    // digits begin: an empty 20 at byte 77; the repeated 00 at byte 81 follows from it, and 58, read inside
    // that 00, is not missing.
    const std::string pasted = "00020101021138540010A00000072701240006970422011003393530730208QRIBFTTA53037042000000"
                               "5802VN63044451";
    expect_lead(pasted, Severity::Fail, CauseId::MalformedPayload, "emv.empty_value", "20", "at byte 77 is empty");
    const auto pasted_causes = causes_of(pasted);
    REQUIRE(pasted_causes.size() == 1);
    CHECK(rules_of(pasted_causes.front()) ==
          std::vector<std::string>{"emv.empty_value 20", "emv.duplicate_tag 00", "emv.crc_mismatch 63"});

    // The reverse: 38.01.01 declares 11 but 13 follow, and 38.01 and 38 count the declared length. Each level
    // is read with one length corrected; the outermost, earliest in the string, leads.
    const std::string account = "0011001932418";
    const std::string beneficiary = tlv("00", "970436") + with_length("01", account, 11);
    const std::string t38 = tlv("00", "A000000727") + with_length("01", beneficiary, beneficiary.size() - 2) +
                            tlv("02", "QRIBFTTA");
    const std::string shifted = emv::with_crc("000201010211" + with_length("38", t38, t38.size() - 2) + "53037045802VN");
    const Finding outer =
        expect_lead(shifted, Severity::Fail, CauseId::MalformedPayload, "emv.length_mismatch", "38", "declares length 55");
    CHECK(outer.offset == 14);
    const auto shifted_causes = causes_of(shifted);
    REQUIRE(shifted_causes.size() == 1);
    CHECK(rules_of(shifted_causes.front()) == std::vector<std::string>{"emv.length_mismatch 38", "emv.length_mismatch 38.01",
                                                                      "emv.length_mismatch 38.01.01"});
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
