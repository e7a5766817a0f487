#include "triage/plain_words.h"

namespace qrdiag {

namespace {

const PlainWords kBlurDamage{
    {"the code is blurred, or the print is faded, dirty, torn or missing a corner, so phones cannot read all "
     "of its squares.",
     "mã QR bị mờ, hoặc bản in bị phai, bẩn, rách hay mất góc, nên điện thoại không đọc được đủ các ô của mã."},
    {"If only your photo is blurred, hold the phone still, tap the code to focus, and try again.",
     "Nếu chỉ ảnh chụp bị mờ, Quý khách vui lòng giữ chắc điện thoại, chạm vào mã để lấy nét rồi quét lại."},
    {"Print a fresh, sharp copy of the code. Until then, send the code to payers straight from the banking or "
     "e-wallet app.",
     "In lại mã mới, rõ nét. Trong lúc chờ, hãy gửi mã cho người thanh toán trực tiếp từ ứng dụng ngân hàng "
     "hoặc ví điện tử."}};

const PlainWords kQuietZone{
    {"the code has no clear white border around it (artwork, a frame or text touches it), so phones cannot "
     "pick it out from its surroundings.",
     "mã QR không có viền trắng đủ rộng xung quanh (hình trang trí, khung hoặc chữ chạm sát mã), nên điện thoại "
     "không tách được mã khỏi phần nền."},
    {},
    {"Download the code again from the bank's app or website and print it with a wide white margin on every "
     "side: dark squares on a light background, with nothing touching the code.",
     "Tải lại mã từ ứng dụng hoặc trang web của ngân hàng và in với viền trắng rộng ở cả bốn phía: ô màu tối "
     "trên nền sáng, không có hình hay chữ chạm vào mã."}};

const PlainWords kDistanceScale{
    {"the code was too small in the camera's view (the phone was too far away), or so close that part of it "
     "was outside the frame.",
     "mã QR quá nhỏ trong khung hình (điện thoại ở quá xa), hoặc quá gần khiến một phần mã nằm ngoài khung."},
    {"Hold the phone about 5–15 cm from the code, so that the code fills the scanning frame without going past "
     "its edges, and scan again.",
     "Quý khách vui lòng đặt điện thoại cách mã khoảng 5–15 cm sao cho mã lấp đầy khung quét mà không tràn ra "
     "ngoài, rồi quét lại."},
    {"If customers have to stand further away, print the code larger.",
     "Nếu khách hàng thường phải đứng xa, hãy in mã lớn hơn."}};

const PlainWords kExpired{
    {"this is a one-time code made for a single order, and its time has run out.",
     "đây là mã QR động, chỉ dùng cho một đơn hàng trong thời gian ngắn, và mã đã hết hiệu lực."},
    {"Please ask the merchant to create a new code for your order.",
     "Quý khách vui lòng đề nghị người bán tạo mã mới cho đơn hàng."},
    {"Create a new code for the order. Never print a one-time code on a stand: print the shop's static code, "
     "which does not expire.",
     "Tạo mã mới cho đơn hàng. Không in mã động lên standee: hãy in mã tĩnh của cửa hàng, loại mã không hết "
     "hạn."}};

const PlainWords kMalformedPayload{
    {"the information inside the code was written in the wrong format, so banking apps reject it as invalid.",
     "thông tin bên trong mã được tạo sai định dạng chuẩn, nên ứng dụng ngân hàng báo mã không hợp lệ."},
    {},
    {"Create the code again in the bank's app (or another generator that follows the VietQR standard) and "
     "replace the old one. The faulty part is named below.",
     "Tạo lại mã bằng ứng dụng ngân hàng (hoặc công cụ tạo mã đúng chuẩn VietQR) và thay mã cũ. Phần bị lỗi "
     "được nêu ở bên dưới."}};

const PlainWords kWrongAccount{
    {"the bank account in the code does not match the merchant's account; the account number, holder name or "
     "bank was most likely typed wrongly when the code was made.",
     "tài khoản trong mã không khớp với tài khoản của người bán; nhiều khả năng số tài khoản, tên chủ tài "
     "khoản hoặc ngân hàng đã bị nhập sai khi tạo mã."},
    {"Please do not transfer money with this code for now.",
     "Quý khách vui lòng tạm thời không chuyển tiền theo mã này."},
    {"Create the code again, preferably in your own bank's app, and check the bank and account number against "
     "the bank's records.",
     "Tạo lại mã, tốt nhất bằng ứng dụng của chính ngân hàng mình, và đối chiếu ngân hàng cùng số tài khoản với "
     "thông tin ngân hàng cung cấp."}};

const PlainWords kNoCodeFound{
    {"we could not find a QR code in the picture.", "chúng tôi không tìm thấy mã QR nào trong ảnh."},
    {"Please send a new photo in which the whole code is visible, sharp and fills most of the picture.",
     "Quý khách vui lòng gửi lại ảnh chụp thấy trọn vẹn mã, rõ nét và chiếm phần lớn khung hình."},
    {"Send the code to payers straight from the banking app if they cannot photograph it.",
     "Nếu người thanh toán không chụp được mã, hãy gửi mã trực tiếp từ ứng dụng ngân hàng."}};

const PlainWords kUnreadableInput{
    {"we could not open the file that was sent.", "chúng tôi không mở được tệp Quý khách đã gửi."},
    {"Please send the original photo or screenshot again, as a PNG or JPEG picture.",
     "Quý khách vui lòng gửi lại ảnh chụp hoặc ảnh chụp màn hình gốc, dạng PNG hoặc JPEG."},
    {}};

const PlainWords kOtherBarcode{
    {"the picture shows a barcode of another kind, not a payment QR code; banking apps do not read it for "
     "payment.",
     "ảnh chụp một mã vạch loại khác, không phải mã QR thanh toán; ứng dụng ngân hàng không đọc loại mã này để "
     "thanh toán."},
    {"Please scan the merchant's payment QR code: a square pattern with three large squares in its corners.",
     "Quý khách vui lòng quét mã QR thanh toán của cửa hàng: hình vuông có ba ô vuông lớn ở các góc."},
    {"Show payers the shop's VietQR payment code from the bank's app, not a product or order barcode.",
     "Hãy đưa cho người thanh toán mã VietQR của cửa hàng từ ứng dụng ngân hàng, không phải mã vạch sản phẩm "
     "hay đơn hàng."}};

const PlainWords kLightOnDark{
    {"the code is printed light on a dark background (inverted), which many phones' scanners cannot read.",
     "mã QR được in màu sáng trên nền tối (đảo màu), loại mà nhiều ứng dụng quét trên điện thoại không đọc được."},
    {},
    {"Print the code as the bank's app shows it: dark squares on a white background, with a white margin "
     "around it.",
     "In mã đúng như ứng dụng ngân hàng hiển thị: ô màu tối trên nền trắng, có viền trắng xung quanh."}};

}  // namespace

const PlainWords& plain_words(const Cause& cause)
{
    const std::string_view rule = cause.findings.empty() ? std::string_view() : std::string_view(cause.findings.front().rule);
    if (rule == "image.other_barcode") return kOtherBarcode;
    if (rule == "image.light_on_dark") return kLightOnDark;
    return plain_words(cause.id);
}

const PlainWords& plain_words(CauseId cause)
{
    switch (cause) {
    case CauseId::BlurDamage: return kBlurDamage;
    case CauseId::QuietZone: return kQuietZone;
    case CauseId::DistanceScale: return kDistanceScale;
    case CauseId::Expired: return kExpired;
    case CauseId::MalformedPayload: return kMalformedPayload;
    case CauseId::WrongAccount: return kWrongAccount;
    case CauseId::NoCodeFound: return kNoCodeFound;
    case CauseId::UnreadableInput: return kUnreadableInput;
    }
    return kUnreadableInput;
}

}  // namespace qrdiag
