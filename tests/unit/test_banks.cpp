#include "test_payload_support.h"

#include "banks/account_checks.h"

using namespace qrdiag;
using namespace qrdiag::testing;

TEST_CASE("the built-in bank directory is the shared list")
{
    const auto banks = BankDirectory::builtin();
    CHECK(banks->size() == 63);
    const auto vcb = banks->find("970436");
    REQUIRE(vcb.size() == 1);
    CHECK(vcb[0].code == "VCB");
    CHECK(vcb[0].short_name == "Vietcombank");
    CHECK(vcb[0].name == "Ngân hàng TMCP Ngoại Thương Việt Nam");
    CHECK(banks->find("970499").empty());
    CHECK_FALSE(banks->find("970410").front().on_vietqr);
}

TEST_CASE("a user-supplied bank list replaces the built-in one")
{
    auto parsed = BankDirectory::parse("bin,code,short_name,name,swift_code,vietqr_status\n970499,NEW,New Bank,\"Ngân hàng Mới, Hà Nội\",,1\n");
    REQUIRE(parsed);
    CHECK((*parsed.value)->find("970499").front().name == "Ngân hàng Mới, Hà Nội");
    PayloadOptions options;
    options.banks = *parsed.value;
    expect_pass(VietQr{.bin = "970499"}.payload(), options);
    CHECK_FALSE(BankDirectory::parse("name\nx\n"));
    CHECK(BankDirectory::parse("bin,short_name\n12345,X\n").error.find("line 2") != std::string::npos);
    CHECK(BankDirectory::load("/nonexistent/banks.csv").error.find("cannot open") != std::string::npos);
}

TEST_CASE("parse_account_ref")
{
    const auto ref = parse_account_ref("970436:0011001932418");
    REQUIRE(ref);
    CHECK(ref.value->bin == "970436");
    CHECK(ref.value->account == "0011001932418");
    CHECK_FALSE(parse_account_ref("970436"));
    CHECK_FALSE(parse_account_ref("97043:123"));
    CHECK_FALSE(parse_account_ref("970436:"));
}

TEST_CASE("account.bin_unknown")
{
    expect_pass(VietQr{.bin = "970436"}.payload());
    expect_pass(VietQr{.bin = "546034"}.payload());  // CAKE: not every BIN is 9704xx
    expect_lead(VietQr{.bin = "970499"}.payload(), CauseId::WrongAccount, "account.bin_unknown", "38.01.00",
                "970499 is in no NAPAS bank list");
}

TEST_CASE("account.bin_not_on_vietqr is stated, not blamed")
{
    expect_pass(VietQr{.bin = "970410"}.payload());
    const PayloadReport r = check_payload(VietQr{.bin = "970410"}.payload());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "account.bin_not_on_vietqr");
    CHECK(r.findings[0].severity == Severity::Info);
    CHECK(r.findings[0].summary.en.find("970410 (Standard Chartered Vietnam)") != std::string::npos);
}

TEST_CASE("account.account_characters: separators typed into an account number")
{
    expect_pass(VietQr{.account = "0011001932418"}.payload());
    expect_lead(VietQr{.account = "0011 0019 32418"}.payload(), CauseId::WrongAccount, "account.account_characters",
                "38.01.01", "contains ' '");
    expect_lead(VietQr{.account = "0011-001932418"}.payload(), CauseId::WrongAccount, "account.account_characters",
                "38.01.01", "contains '-'");
}

TEST_CASE("account.account_placeholder: one digit repeated is a form's filler, not an account")
{
    expect_lead(VietQr{.account = "000000000000"}.payload(), CauseId::WrongAccount, "account.account_placeholder",
                "38.01.01", "one digit repeated");
    expect_lead(VietQr{.account = "1111111"}.payload(), CauseId::WrongAccount, "account.account_placeholder",
                "38.01.01", "one digit repeated");
    expect_pass(VietQr{.account = "00000"}.payload());          // short: some wallets number this way
    expect_pass(VietQr{.account = "0000000000001"}.payload());  // a real account may start with zeros
}

TEST_CASE("letters in an account number are never wrong")
{
    expect_pass(VietQr{.bin = "970454", .account = "99MM24011M34875080"}.payload());
    expect_pass(VietQr{.bin = "971025", .account = "PSP123456789000000"}.payload());
}

TEST_CASE("Luhn")
{
    CHECK(banks::passes_luhn("9704366614528458"));
    CHECK(banks::passes_luhn("4111111111111111"));
    CHECK_FALSE(banks::passes_luhn("9704366614528459"));
}

TEST_CASE("card numbers for QRIBFTTC: digits, length, Luhn, the bank's own prefix")
{
    expect_pass(VietQr{.bin = "970436", .account = "9704366614528458", .service = "QRIBFTTC"}.payload());
    expect_lead(VietQr{.bin = "970436", .account = "9704366614528459", .service = "QRIBFTTC"}.payload(),
                CauseId::WrongAccount, "account.card_luhn", "38.01.01",
                "fails the card-number check digit (Luhn): a digit is wrong or missing, or it is not a card number.");
    // NAPAS's own static-to-card example (VietQR spec 6.1.2) carries a placeholder card that fails the check:
    // the words may not claim it was mistyped, since it may be no card at all.
    const Finding napas = expect_lead(
        "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52",
        CauseId::WrongAccount, "account.card_luhn", "38.01.01", "9704031101234567 fails the card-number check digit");
    CHECK(napas.severity == Severity::Fail);
    CHECK(napas.summary.en.find("mistyped") == std::string::npos);
    CHECK(napas.summary.vi.find("sai chữ số kiểm tra của số thẻ (Luhn): có chữ số bị sai hoặc bị thiếu, hoặc đây không "
                                "phải là số thẻ") != std::string::npos);
    expect_lead(VietQr{.bin = "970436", .account = "9704 3666 1452", .service = "QRIBFTTC"}.payload(),
                CauseId::WrongAccount, "account.card_not_digits", "38.01.01", "is not all digits");
    expect_lead(VietQr{.bin = "970436", .account = "970436661452", .service = "QRIBFTTC"}.payload(),
                CauseId::WrongAccount, "account.card_length", "38.01.01", "has 12 digits");
    const Finding other = expect_lead(VietQr{.bin = "970436", .account = "9704150000000003", .service = "QRIBFTTC"}.payload(),
                                      CauseId::WrongAccount, "account.card_other_bank", "38.01.01",
                                      "prefix of another bank (970415 VietinBank)");
    CHECK(other.expected == "970436 (Vietcombank)");
    expect_lead(VietQr{.bin = "970436", .account = "4111111111111111", .service = "QRIBFTTC"}.payload(),
                CauseId::WrongAccount, "account.card_not_domestic", "38.01.01", "does not start with 9704");
    // The same number is a fine account number for QRIBFTTA.
    expect_pass(VietQr{.bin = "970436", .account = "9704366614528459"}.payload());
}

TEST_CASE("account.expect_*: the merchant's own account, naming which part differs")
{
    PayloadOptions mine;
    mine.expect_account = AccountRef{"970436", "0011001932418"};
    expect_pass(VietQr{}.payload(), mine);
    expect_lead(VietQr{.bin = "970415"}.payload(), CauseId::WrongAccount, "account.expect_bin", "38.01.00",
                "not your bank 970436", mine);
    expect_lead(VietQr{.account = "0011001932419"}.payload(), CauseId::WrongAccount, "account.expect_account",
                "38.01.01", "not your account 0011001932418", mine);
    expect_lead(VietQr{.bin = "970415", .account = "123"}.payload(), CauseId::WrongAccount, "account.expect_both",
                "38.01", "both the bank and the account differ", mine);
}
