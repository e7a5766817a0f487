#include "test_payload_support.h"

#include <cstdio>
#include <fstream>

using namespace qrdiag;
using namespace qrdiag::testing;

namespace {
TimePoint at(const char* iso) { return *parse_time(iso).value; }

VietQr dynamic_with(std::string additional)
{
    VietQr v{.poi = "12", .amount = "99000"};
    v.additional = std::move(additional);
    return v;
}

const Finding* note(const PayloadReport& r, std::string_view rule)
{
    for (const Finding& f : r.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}
}  // namespace

TEST_CASE("static and dynamic codes; unknown expiry is stated, not blamed")
{
    const PayloadReport stat = check_payload(VietQr{}.payload());
    CHECK(stat.dynamic == false);
    CHECK_FALSE(note(stat, "expiry.unknown"));
    const PayloadReport dyn = check_payload(dynamic_with("").payload());
    CHECK(dyn.dynamic == true);
    const Finding* unknown = note(dyn, "expiry.unknown");
    REQUIRE(unknown);
    CHECK(unknown->severity == Severity::Info);
    CHECK(unknown->cause == CauseId::Expired);
    expect_pass(dynamic_with("").payload());
}

TEST_CASE("expiry.expired from an orders file, by reference label or bill number")
{
    PayloadOptions options;
    options.now = at("2026-11-22T10:00:00+07:00");
    options.orders = {{"ORD123", at("2026-11-22T09:45:00+07:00")}, {"HD77", at("2026-11-22T10:30:00+07:00")}};
    const Finding f = expect_lead(dynamic_with(tlv("05", "ORD123")).payload(), CauseId::Expired, "expiry.expired", "01",
                                  "expired at 2026-11-22T02:45:00Z (orders file, reference ORD123)", options);
    CHECK(f.fix.en.find("Payer: ask the merchant") != std::string::npos);
    expect_pass(dynamic_with(tlv("01", "HD77")).payload(), options);
    const PayloadReport valid = check_payload(dynamic_with(tlv("01", "HD77")).payload(), options);
    const Finding* until = note(valid, "expiry.valid_until");
    REQUIRE(until);
    CHECK(until->summary.en.find("valid until 2026-11-22T03:30:00Z") != std::string::npos);
    CHECK(valid.expiry_source == "orders file, reference HD77");
}

TEST_CASE("expiry from issued-at + ttl")
{
    PayloadOptions options;
    options.now = at("2026-11-22T10:00:00+07:00");
    options.issued_at = at("2026-11-22T09:40:00+07:00");
    options.ttl = std::chrono::minutes{15};
    expect_lead(dynamic_with("").payload(), CauseId::Expired, "expiry.expired", "01", "issued-at + ttl", options);
    options.ttl = std::chrono::minutes{30};
    expect_pass(dynamic_with("").payload(), options);
    expect_pass(VietQr{}.payload(), options);  // a static code does not expire
}

TEST_CASE("expiry.dynamic_on_standee")
{
    PayloadOptions standee;
    standee.standee = true;
    expect_pass(VietQr{}.payload(), standee);
    const Finding f = expect_lead(dynamic_with("").payload(), CauseId::Expired, "expiry.dynamic_on_standee", "01",
                                  "dynamic code (01 = 12)", standee);
    CHECK(f.severity == Severity::Warn);
}

TEST_CASE("scheme expiry fields: PayNow 26.04, LAO QR, KHQR 99.01")
{
    PayloadOptions options;
    options.now = at("2026-11-22T10:00:00+07:00");
    const auto paynow = [](std::string_view expiry) {
        return emv::with_crc("000201010212" +
                             tlv("26", tlv("00", "SG.PAYNOW") + tlv("01", "2") + tlv("02", "201403121W") +
                                           tlv("03", "0") + tlv("04", expiry)) +
                             "52040000" "5303702" + tlv("54", "10.50") + "5802SG" + tlv("59", "ACME") +
                             tlv("60", "Singapore"));
    };
    expect_pass(paynow("20261122"), options);  // valid through that day in Singapore
    const PayloadReport r = check_payload(paynow("20261122"), options);
    CHECK(r.expiry_source == "scheme field 26.04 (PayNow)");
    CHECK(format_time(*r.expires_at) == "2026-11-22T16:00:00Z");
    expect_lead(paynow("20261121"), CauseId::Expired, "expiry.expired", "01", "scheme field 26.04 (PayNow)", options);
    expect_lead(paynow("2026-11-21"), CauseId::MalformedPayload, "scheme.expiry_format", "26.04", "'2026-11-21'", options);

    const auto lao = [](std::string_view millis) {
        return emv::with_crc("000201010212" +
                             tlv("38", tlv("00", "A005266284662577") + tlv("01", "12345678") + tlv("02", millis) +
                                           tlv("03", "TARGET")) +
                             "52040000" "5303418" + tlv("54", "1000") + "5802LA" + tlv("62", tlv("01", "bill1")));
    };
    // 2026-11-22T02:50:00Z and 03:10Z as Unix milliseconds.
    expect_lead(lao("1795315800000"), CauseId::Expired, "expiry.expired", "01", "LAO QR", options);
    CHECK(check_payload(lao("1795317000000"), options).scheme_label == "EMV QR, looks like LAO QR (Laos)");

    const std::string khqr = emv::with_crc("000201010212" + tlv("29", tlv("00", "abc@aclb")) + "52045999" "5303116" +
                                           "5802KH" + tlv("59", "SHOP") + tlv("60", "Phnom Penh") +
                                           tlv("99", tlv("00", "1795310000000") + tlv("01", "1795315800000")));
    expect_lead(khqr, CauseId::Expired, "expiry.expired", "01", "99.01 (KHQR)", options);
}

TEST_CASE("load_orders reads reference,expires_at with any column order")
{
    const std::string path = "/tmp/qrdiag_test_orders.csv";
    {
        std::ofstream out(path);
        out << "expires_at,amount,reference\n 2026-11-22T09:45:00+07:00 ,1000, ORD1 \n\"2026-11-22T10:45:00+07:00\",5,\"ORD,2\"\n";
    }
    const auto orders = load_orders(path);
    REQUIRE(orders);
    REQUIRE(orders.value->size() == 2);
    CHECK((*orders.value)[0].reference == "ORD1");
    CHECK((*orders.value)[1].reference == "ORD,2");
    CHECK(format_time((*orders.value)[0].expires_at) == "2026-11-22T02:45:00Z");
    {
        std::ofstream out(path);
        out << "reference,expires_at\nORD1,soon\n";
    }
    CHECK(load_orders(path).error.find("line 2") != std::string::npos);
    std::remove(path.c_str());
    CHECK_FALSE(load_orders("/nonexistent/orders.csv"));
}

TEST_CASE("expiry messages name their source in both languages")
{
    PayloadOptions options;
    options.now = at("2026-11-22T10:00:00+07:00");
    options.issued_at = at("2026-11-22T09:00:00+07:00");
    options.ttl = std::chrono::minutes{15};
    const Finding f = expect_lead(dynamic_with("").payload(), CauseId::Expired, "expiry.expired", "01",
                                  "expired at 2026-11-22T02:15:00Z (issued-at + ttl)", options);
    CHECK(f.summary.vi == "Mã này đã hết hiệu lực lúc 2026-11-22T02:15:00Z (thời điểm tạo + thời gian hiệu lực); "
                          "thời điểm kiểm tra là 2026-11-22T03:00:00Z.");
    CHECK(f.offset == 6);
}
