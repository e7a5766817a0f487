// The support reply: recap, apology, cause, fix for whoever must act, evidence; in both languages.
#include <doctest/doctest.h>

#include <string>

#include "qrdiag/triage.h"

using namespace qrdiag;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Diagnosis bad_crc()
{
    const std::string payload = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9E";
    return diagnose_payload(payload);
}

}  // namespace

TEST_CASE("who acts: the payer retakes or resends, the merchant remakes or reprints")
{
    CHECK(who_acts(CauseId::DistanceScale) == Actor::Payer);
    CHECK(who_acts(CauseId::UnreadableInput) == Actor::Payer);
    CHECK(who_acts(CauseId::NoCodeFound) == Actor::Payer);
    CHECK(who_acts(CauseId::Expired) == Actor::Payer);
    CHECK(who_acts(CauseId::BlurDamage) == Actor::Merchant);
    CHECK(who_acts(CauseId::QuietZone) == Actor::Merchant);
    CHECK(who_acts(CauseId::MalformedPayload) == Actor::Merchant);
    CHECK(who_acts(CauseId::WrongAccount) == Actor::Merchant);
}

TEST_CASE("a malformed payload: recap, apology, cause, merchant's fix and the field as evidence")
{
    const Diagnosis d = bad_crc();
    REQUIRE(d.causes.size() >= 1);
    REQUIRE(d.causes.front().id == CauseId::MalformedPayload);

    const std::string en = compose_reply(d, {Lang::En, ""});
    CHECK(has(en, "VietQR"));
    CHECK(has(en, "account 257678859"));
    CHECK(has(en, "sorry"));
    CHECK(has(en, "What went wrong: the information inside the code was written in the wrong format"));
    CHECK(has(en, "What the merchant should do: Create the code again"));
    CHECK_FALSE(has(en, "What you can do:"));  // nothing for the payer to do about a malformed code
    CHECK(has(en, "field 63 (CRC) = \"AE9E\""));

    const std::string vi = compose_reply(d, {Lang::Vi, "/tmp/marked.png"});
    CHECK(has(vi, "Kính chào Quý khách,"));
    CHECK(has(vi, "xin lỗi"));
    CHECK(has(vi, "Nguyên nhân: thông tin bên trong mã được tạo sai định dạng chuẩn"));
    CHECK(has(vi, "Việc người bán cần làm: Tạo lại mã"));
    CHECK(has(vi, "trường 63 (CRC) = \"AE9E\""));
    CHECK(has(vi, "Vị trí lỗi được đánh dấu trên ảnh: /tmp/marked.png"));
}

TEST_CASE("when every check passes the reply says so and points at the payer's phone")
{
    const Diagnosis d = diagnose_payload("00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F");
    REQUIRE(d.verdict == Verdict::Pass);
    const std::string en = compose_reply(d, {Lang::En, ""});
    CHECK(has(en, "The code itself is in order"));
    CHECK(has(en, "allow the banking app to use the camera"));
    CHECK_FALSE(has(en, "sorry for the trouble"));  // nothing of ours went wrong; no cause to apologise for
    const std::string vi = compose_reply(d, {Lang::Vi, ""});
    CHECK(has(vi, "Bản thân mã QR không có lỗi"));
    CHECK(has(vi, "cho phép ứng dụng ngân hàng dùng máy ảnh"));
}

TEST_CASE("an unreadable file: the payer is asked to send it again")
{
    const Diagnosis d = diagnose_file("/nonexistent/photo.jpg");
    const std::string en = compose_reply(d, {Lang::En, ""});
    CHECK(has(en, "We tried to open the file you sent."));
    CHECK(has(en, "What you can do: Please send the original photo"));
    const std::string vi = compose_reply(d, {Lang::Vi, ""});
    CHECK(has(vi, "Cách khắc phục cho Quý khách: Quý khách vui lòng gửi lại"));
}

TEST_CASE("a photo of another kind of barcode: the payer is told to scan the payment QR code instead")
{
    // A diagnosis as check gives it for a product barcode (the image tests make the real one).
    Finding f;
    f.cause = CauseId::NoCodeFound;
    f.rule = "image.other_barcode";
    f.summary = {"No QR code is visible: the picture holds a barcode of another kind (EAN-13).", "Không thấy mã QR."};
    Diagnosis d;
    d.verdict = Verdict::Fail;
    d.causes = rank_causes({f});
    const std::string en = compose_reply(d, {Lang::En, ""});
    CHECK(has(en, "What went wrong: the picture shows a barcode of another kind, not a payment QR code"));
    CHECK(has(en, "What you can do: Please scan the merchant's payment QR code"));
    CHECK_FALSE(has(en, "we could not find a QR code"));
}
