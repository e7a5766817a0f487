#include "test_payload_support.h"

using namespace qrdiag;
using namespace qrdiag::testing;

namespace {
std::string vnpay(std::string_view guid, std::string_view merchant_fields, std::string_view country = "VN")
{
    return emv::with_crc("000201010211" + tlv("26", tlv("00", guid) + std::string(merchant_fields)) + "52045411" +
                         "5303704" + tlv("58", country) + tlv("59", "CUA HANG ABC") + tlv("60", "HA NOI"));
}
}  // namespace

TEST_CASE("VNPAY-QR payloads are recognised and pass")
{
    // vietnam-qr-pay README: a dynamic VNPAY-QR code without 52 and 60.
    const std::string real = "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312"
                             "CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685";
    expect_pass(real);
    const PayloadReport r = check_payload(real);
    CHECK(r.scheme == Scheme::VnpayQR);
    CHECK(r.account == "0105313144");
    CHECK(r.reference == "02190806161312785");
    CHECK(r.merchant_name == "CELLPHONES");
    expect_pass(vnpay("A000000775", tlv("01", "0105313144")));
}

TEST_CASE("vnpay.guid: a mistyped VNPAY GUID")
{
    expect_lead(vnpay("A000000776", tlv("01", "0105313144")), CauseId::MalformedPayload, "vnpay.guid", "26.00",
                "'A000000776'");
}

TEST_CASE("VNPAY-QR merchant id (26.01) is mandatory")
{
    expect_lead(vnpay("A000000775", ""), CauseId::MalformedPayload, "emv.mandatory_missing", "26.01",
                "Merchant ID (26.01) is missing");
}

TEST_CASE("vnpay.country and vnpay.currency")
{
    expect_lead(vnpay("A000000775", tlv("01", "0105313144"), "TH"), CauseId::MalformedPayload, "vnpay.country", "58",
                "'TH'");
    std::string usd = vnpay("A000000775", tlv("01", "0105313144"));
    usd.replace(usd.find("5303704"), 7, "5303840");
    expect_lead(emv::with_crc(usd.substr(0, usd.size() - 8)), CauseId::MalformedPayload, "vnpay.currency", "53", "'840'");
}
