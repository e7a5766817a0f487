#include "text/payload_messages.h"

#include <string>

#include "emv/field_names.h"

namespace qrdiag::text {
namespace {

constexpr CauseId kMalformed = CauseId::MalformedPayload;
constexpr CauseId kAccount = CauseId::WrongAccount;
constexpr CauseId kExpired = CauseId::Expired;
constexpr Severity kFail = Severity::Fail;
constexpr Severity kWarn = Severity::Warn;
constexpr Severity kInfo = Severity::Info;

// Weights: structure that no parser gets past > checksum > field formats > scheme profile > account > expiry.
constexpr double kStructure = 0.98, kChecksum = 0.95, kFormat = 0.9, kProfile = 0.88, kAccountWeight = 0.7,
                 kExpiryWeight = 0.6, kNote = 0.1;

constexpr std::string_view kRegenEn =
    "Merchant: create the code again in your bank's app (or a generator that follows the VietQR / EMV "
    "standard) and replace the shared or printed one; the faulty field is {path}.";
constexpr std::string_view kRegenVi =
    "Người bán: tạo lại mã trong ứng dụng ngân hàng (hoặc công cụ tạo mã đúng chuẩn VietQR / EMV) và thay "
    "mã đã chia sẻ hoặc đã in; trường bị lỗi là {path}.";
constexpr std::string_view kAccountEn =
    "Merchant: create the code again from your bank's own app and check the bank and account number "
    "against your bank's records before printing or sharing it.";
constexpr std::string_view kAccountVi =
    "Người bán: tạo lại mã từ chính ứng dụng ngân hàng của bạn và đối chiếu ngân hàng, số tài khoản với "
    "thông tin ngân hàng trước khi in hoặc chia sẻ.";
constexpr std::string_view kExpiredEn =
    "Payer: ask the merchant to create a new code for this order. Merchant: never print a dynamic code; "
    "print the static code from your bank's app.";
constexpr std::string_view kExpiredVi =
    "Người trả tiền: đề nghị người bán tạo mã mới cho đơn hàng này. Người bán: không in mã động; hãy in mã "
    "tĩnh lấy từ ứng dụng ngân hàng.";
constexpr std::string_view kNoFix = "";

constexpr PayloadRule kRules[] = {
    // --- not a payment code at all
    {"payload.not_payment", kMalformed, kFail, 1.0, "This QR code holds {detail}, not a bank payment code.",
     "Mã QR này chứa {detail}, không phải mã thanh toán ngân hàng.",
     "Merchant: display the VietQR payment code from your bank's app instead. Payer: ask the merchant for "
     "their payment QR code.",
     "Người bán: hãy đặt mã thanh toán VietQR lấy từ ứng dụng ngân hàng thay cho mã này. Người trả tiền: hãy "
     "xin người bán mã QR thanh toán."},
    {"payload.not_merchant_presented", kMalformed, kFail, 1.0,
     "This is not an EMVCo merchant-presented payment code: Point of Initiation (01) is '{found}' (EMV uses 11 "
     "or 12) and there is no Transaction Currency (53) or Country Code (58). It follows an app's own format, "
     "which banking apps need not read.",
     "Đây không phải mã thanh toán EMVCo do người bán hiển thị: Phương thức khởi tạo (01) là '{found}' (EMV "
     "dùng 11 hoặc 12) và không có Mã tiền tệ (53) hay Mã quốc gia (58). Mã theo định dạng riêng của một ứng "
     "dụng, các ứng dụng ngân hàng không nhất thiết đọc được.",
     "Payer: scan it with the app that made it, if you know which. Merchant: to be paid from any banking app, "
     "show the VietQR code from your bank's app instead.",
     "Người trả tiền: quét bằng chính ứng dụng đã tạo mã, nếu biết. Người bán: để nhận tiền từ mọi ứng dụng "
     "ngân hàng, hãy dùng mã VietQR lấy từ ứng dụng ngân hàng."},
    {"payload.too_long", kMalformed, kFail, 1.0,
     "The text has {found} characters; no QR code holds more than {expected}, so it is not a scanned payload.",
     "Văn bản có {found} ký tự; không mã QR nào chứa quá {expected} ký tự, nên đây không phải dữ liệu quét từ mã.",
     "Check that the text pasted is the content of one QR code, nothing more.",
     "Hãy kiểm tra văn bản đã dán chỉ là nội dung của một mã QR."},
    // --- structure (EMV QRCPS MPM 4.1: ID, length, value)
    {"emv.leading_data", kMalformed, kFail, kStructure,
     "{found} stands before the Payload Format Indicator (00); a payload must start with 000201.",
     "Có {found} đứng trước Chỉ báo định dạng (00); dữ liệu phải bắt đầu bằng 000201.", kRegenEn, kRegenVi},
    {"emv.truncated_object", kMalformed, kFail, kStructure,
     "Byte {offset}: '{found}' is left where a data object (ID and length) should start; the payload is cut "
     "short.",
     "Byte {offset}: còn thừa '{found}' ở chỗ phải là một trường dữ liệu (ID và độ dài); dữ liệu bị cắt cụt.",
     kRegenEn, kRegenVi},
    {"emv.tag_not_numeric", kMalformed, kFail, kStructure,
     "Byte {offset}: the data object ID '{found}' is not two digits.",
     "Byte {offset}: mã trường '{found}' không phải hai chữ số.", kRegenEn, kRegenVi},
    {"emv.length_not_numeric", kMalformed, kFail, kStructure,
     "{field} ({path}) at byte {offset}: length '{found}' is not two digits.",
     "{field} ({path}) tại byte {offset}: độ dài '{found}' không phải hai chữ số.", kRegenEn, kRegenVi},
    {"emv.value_past_end", kMalformed, kFail, kStructure,
     "{field} ({path}) at byte {offset} declares length {found}, but only {expected} characters remain: a length "
     "is wrong or the payload is cut short.",
     "{field} ({path}) tại byte {offset} khai báo độ dài {found} nhưng chỉ còn {expected} ký tự: độ dài sai "
     "hoặc dữ liệu bị cắt cụt.",
     kRegenEn, kRegenVi},
    {"emv.length_mismatch", kMalformed, kFail, kStructure,
     "{field} ({path}) declares length {found} but its value '{detail}' has {expected} characters.",
     "{field} ({path}) khai báo độ dài {found} nhưng giá trị '{detail}' có {expected} ký tự.", kRegenEn,
     kRegenVi},
    // Info: outside 64 such text is already an emv.charset failure, and for 64 the spec is unclear.
    {"emv.length_in_characters", kMalformed, kInfo, kNote,
     "{field} ({path}) length {found} counts characters, not bytes ({expected}); apps disagree on such text.",
     "Độ dài {found} của {field} ({path}) đếm theo ký tự, không theo byte ({expected}); các ứng dụng xử lý "
     "khác nhau.",
     kRegenEn, kRegenVi},
    // Structure: lengths run 01-99, and a length 00 is often where a reading out of step began ('2000000'
    // pasted after 53 reads as an empty 20).
    {"emv.empty_value", kMalformed, kFail, kStructure, "{field} ({path}) at byte {offset} is empty (length 00).",
     "{field} ({path}) tại byte {offset} rỗng (độ dài 00).", kRegenEn, kRegenVi},
    {"emv.duplicate_tag", kMalformed, kFail, kStructure,
     "{field} ({path}) appears a second time at byte {offset}; each ID may appear once per level.",
     "{field} ({path}) xuất hiện lần thứ hai tại byte {offset}; mỗi mã trường chỉ được xuất hiện một lần.",
     kRegenEn, kRegenVi},
    // --- payload format indicator (00) and CRC (63)
    {"emv.pfi_missing", kMalformed, kFail, kStructure,
     "The Payload Format Indicator (00) is missing; the payload must start with 000201.",
     "Thiếu Chỉ báo định dạng dữ liệu (00); dữ liệu phải bắt đầu bằng 000201.", kRegenEn, kRegenVi},
    {"emv.pfi_not_first", kMalformed, kFail, kStructure,
     "The Payload Format Indicator (00) is at byte {offset}, not first.",
     "Chỉ báo định dạng dữ liệu (00) nằm ở byte {offset}, không ở đầu.", kRegenEn, kRegenVi},
    {"emv.pfi_value", kMalformed, kFail, kStructure, "Payload Format Indicator (00) is '{found}', expected '01'.",
     "Chỉ báo định dạng dữ liệu (00) là '{found}', phải là '01'.", kRegenEn, kRegenVi},
    // A warning: EMVCo defines only version 01, but real codes of other schemes carry another (DuitNow: 02)
    // and pay in their home apps. The fix goes to whoever issued the code; the merchant cannot edit it.
    {"emv.pfi_version", kMalformed, kWarn, kStructure,
     "Payload Format Indicator (00) is '{found}'; the EMVCo version is 01, and some scanner apps reject "
     "other values.",
     "Chỉ báo định dạng dữ liệu (00) là '{found}'; phiên bản EMVCo là 01, một số ứng dụng quét mã từ chối "
     "giá trị khác.",
     "Merchant: if a payer's app refuses this code, ask the bank or provider that issued it for a code that "
     "starts with 000201.",
     "Người bán: nếu ứng dụng của người trả tiền từ chối mã này, hãy đề nghị ngân hàng hoặc đơn vị đã cấp mã "
     "này cung cấp mã bắt đầu bằng 000201."},
    {"emv.crc_missing", kMalformed, kFail, kChecksum,
     "The CRC (63) is missing; the payload must end with 6304 and 4 hexadecimal digits.",
     "Thiếu mã kiểm tra CRC (63); dữ liệu phải kết thúc bằng 6304 và 4 chữ số hệ 16.", kRegenEn, kRegenVi},
    {"emv.crc_not_last", kMalformed, kFail, kStructure,
     "The CRC (63) is not the last data object: '{found}' follows it.",
     "Mã kiểm tra CRC (63) không nằm cuối: sau nó còn '{found}'.", kRegenEn, kRegenVi},
    {"emv.data_after_crc", kMalformed, kFail, kStructure,
     "'{found}' follows the CRC (63), which must end the payload.",
     "Có '{found}' sau mã kiểm tra CRC (63), trong khi CRC phải kết thúc dữ liệu.", kRegenEn, kRegenVi},
    {"emv.crc_mismatch", kMalformed, kFail, kChecksum,
     "CRC (63) is {found} but the payload's checksum is {expected}: the payload was changed after the CRC "
     "was computed, or the CRC is wrong.",
     "Mã CRC (63) là {found} nhưng tổng kiểm tra đúng là {expected}: dữ liệu đã bị sửa sau khi tính CRC, hoặc "
     "CRC sai.",
     kRegenEn, kRegenVi},
    // A warning: the value is right, and upper case is a convention (payment-qr.md) that only some apps enforce.
    {"emv.crc_lowercase", kMalformed, kWarn, kChecksum,
     "CRC (63) '{found}' is right but written in lower case; it should be upper-case hexadecimal ({expected}), "
     "as some apps refuse lower case.",
     "Mã CRC (63) '{found}' đúng nhưng viết chữ thường; nên viết chữ số hệ 16 in hoa ({expected}), vì một số "
     "ứng dụng từ chối chữ thường.",
     "Merchant: create the code again with the checksum in upper case ({expected}), in your bank's app or a "
     "generator that follows the EMV standard.",
     "Người bán: tạo lại mã với mã kiểm tra viết in hoa ({expected}), trong ứng dụng ngân hàng hoặc công cụ "
     "tạo mã đúng chuẩn EMV."},
    {"emv.crc_leading_zero", kMalformed, kFail, kChecksum,
     "CRC (63) '{found}' has 3 digits: the leading zero of {expected} was dropped.",
     "Mã CRC (63) '{found}' chỉ có 3 chữ số: đã mất số 0 đứng đầu của {expected}.", kRegenEn, kRegenVi},
    {"emv.crc_format", kMalformed, kFail, kChecksum,
     "CRC (63) '{found}' is not 4 hexadecimal digits (expected {expected}).",
     "Mã CRC (63) '{found}' không phải 4 chữ số hệ 16 (phải là {expected}).", kRegenEn, kRegenVi},
    {"emv.crc_without_prefix", kMalformed, kFail, kChecksum,
     "CRC (63) {found} was computed without the '6304' that precedes it; including '6304' it is {expected}.",
     "Mã CRC (63) {found} được tính mà không gồm '6304' đứng trước nó; tính đúng (gồm '6304') là {expected}.",
     kRegenEn, kRegenVi},
    // --- field formats (EMV QRCPS MPM 4.2-4.8)
    {"emv.mandatory_missing", kMalformed, kFail, kFormat, "{field} ({path}) is missing; it is mandatory.",
     "Thiếu {field} ({path}); đây là trường bắt buộc.", kRegenEn, kRegenVi},
    {"emv.optional_missing", kMalformed, kInfo, kNote,
     "{field} ({path}) is absent; EMV lists it as mandatory, but many payment apps do without it.",
     "Không có {field} ({path}); EMV coi là bắt buộc nhưng nhiều ứng dụng thanh toán vẫn chấp nhận.", kNoFix, kNoFix},
    {"emv.merchant_account_missing", kMalformed, kFail, kFormat,
     "No Merchant Account Information (IDs 02-51): the code does not say whom to pay.",
     "Không có Thông tin tài khoản người bán (ID 02-51): mã không cho biết trả tiền cho ai.", kRegenEn,
     kRegenVi},
    {"emv.template_guid_missing", kMalformed, kFail, kFormat,
     "{field} ({path}) has no globally unique identifier (sub-ID 00) naming its scheme.",
     "{field} ({path}) không có mã định danh toàn cầu (trường con 00) cho biết hệ thống thanh toán.", kRegenEn,
     kRegenVi},
    {"emv.numeric_format", kMalformed, kFail, kFormat, "{field} ({path}) is '{found}': it must be digits only.",
     "{field} ({path}) là '{found}': chỉ được gồm chữ số.", kRegenEn, kRegenVi},
    {"emv.length_range", kMalformed, kFail, kFormat,
     "{field} ({path}) '{detail}' has {found} characters; expected {expected}.",
     "{field} ({path}) '{detail}' có {found} ký tự; yêu cầu {expected}.", kRegenEn, kRegenVi},
    {"emv.charset", kMalformed, kFail, kFormat,
     "{field} ({path}) contains '{found}', outside printable ASCII; text with diacritics belongs only in the "
     "language template (64).",
     "{field} ({path}) chứa '{found}' ngoài bảng ASCII in được; chữ có dấu chỉ được đặt trong mẫu ngôn ngữ "
     "(64).",
     "Merchant: create the code again and type this field without diacritics (e.g. 'Chuyen tien'); the "
     "faulty field is {path}.",
     "Người bán: tạo lại mã và nhập trường này không dấu (ví dụ 'Chuyen tien'); trường bị lỗi là {path}."},
    {"emv.poi_value", kMalformed, kFail, kFormat,
     "Point of Initiation Method (01) is '{found}'; expected 11 (static) or 12 (dynamic).",
     "Phương thức khởi tạo (01) là '{found}'; phải là 11 (mã tĩnh) hoặc 12 (mã động).", kRegenEn, kRegenVi},
    {"emv.currency_unknown", kMalformed, kFail, kFormat,
     "Transaction Currency (53) '{found}' is not an ISO 4217 numeric currency code (VND is 704).",
     "Mã tiền tệ (53) '{found}' không phải mã số ISO 4217 (VND là 704).", kRegenEn, kRegenVi},
    {"emv.amount_syntax", kMalformed, kFail, kFormat,
     "{field} ({path}) '{found}' is not an amount: digits with at most one '.' as decimal mark, no sign, "
     "spaces or thousands separators.",
     "{field} ({path}) '{found}' không phải số tiền hợp lệ: chỉ gồm chữ số và tối đa một dấu '.' thập phân, "
     "không dấu âm, khoảng trắng hay dấu phân cách hàng nghìn.",
     kRegenEn, kRegenVi},
    {"emv.amount_zero", kMalformed, kFail, kFormat, "{field} ({path}) is '{found}': an amount must be above zero.",
     "{field} ({path}) là '{found}': số tiền phải lớn hơn 0.", kRegenEn, kRegenVi},
    {"emv.amount_thousands_separator", kMalformed, kFail, kFormat,
     "{field} ({path}) '{found}' uses '.' as a thousands separator; VND has no decimals. Write {expected}.",
     "{field} ({path}) '{found}' dùng dấu '.' để phân cách hàng nghìn; VND không có phần thập phân. Hãy ghi "
     "{expected}.",
     kRegenEn, kRegenVi},
    {"emv.amount_minor_unit", kMalformed, kFail, kFormat,
     "{field} ({path}) '{found}' has a fraction, but VND has no minor unit; write a whole number of dong "
     "(e.g. {expected}).",
     "{field} ({path}) '{found}' có phần lẻ, nhưng VND không có đơn vị nhỏ hơn đồng; hãy ghi số nguyên (ví dụ "
     "{expected}).",
     kRegenEn, kRegenVi},
    {"emv.tip_indicator", kMalformed, kFail, kFormat,
     "Tip or Convenience Indicator (55) is '{found}'; expected 01, 02 or 03.",
     "Chỉ báo tiền boa / phí (55) là '{found}'; phải là 01, 02 hoặc 03.", kRegenEn, kRegenVi},
    {"emv.fee_missing", kMalformed, kFail, kFormat,
     "Tip or Convenience Indicator (55) is {found} but {field} ({path}) is missing.",
     "Chỉ báo tiền boa / phí (55) là {found} nhưng thiếu {field} ({path}).", kRegenEn, kRegenVi},
    {"emv.fee_percentage", kMalformed, kFail, kFormat,
     "Convenience Fee Percentage (57) '{found}' is not a percentage between 00.01 and 99.99.",
     "Phí tiện ích theo phần trăm (57) '{found}' không nằm trong khoảng 00.01 đến 99.99.", kRegenEn, kRegenVi},
    {"emv.country_format", kMalformed, kFail, kFormat,
     "Country Code (58) '{found}' is not two upper-case letters (ISO 3166-1 alpha-2, e.g. VN).",
     "Mã quốc gia (58) '{found}' không phải hai chữ cái viết hoa (ISO 3166-1 alpha-2, ví dụ VN).", kRegenEn,
     kRegenVi},
    {"emv.language_format", kMalformed, kFail, kFormat,
     "Language Preference (64.00) '{found}' is not a two-letter ISO 639 code (e.g. vi).",
     "Mã ngôn ngữ (64.00) '{found}' không phải mã ISO 639 hai chữ cái (ví dụ vi).", kRegenEn, kRegenVi},
    {"emv.consumer_data_request", kMalformed, kFail, kFormat,
     "Additional Consumer Data Request (62.09) '{found}' must be up to 3 of the letters A, M, E.",
     "Yêu cầu dữ liệu bổ sung (62.09) '{found}' chỉ được gồm tối đa 3 chữ A, M, E.", kRegenEn, kRegenVi},
    // --- VietQR (NAPAS 1.5.2) and VNPAY-QR profiles
    {"vietqr.guid", kMalformed, kFail, kProfile,
     "VietQR GUID (38.00) is '{found}'; NAPAS codes carry {expected}.",
     "Mã định danh VietQR (38.00) là '{found}'; mã NAPAS phải là {expected}.", kRegenEn, kRegenVi},
    {"vietqr.wrong_template", kMalformed, kFail, kProfile,
     "The NAPAS GUID A000000727 is in template {path}; VietQR puts it in template 38.",
     "Mã định danh NAPAS A000000727 nằm trong mẫu {path}; VietQR đặt nó trong mẫu 38.", kRegenEn, kRegenVi},
    {"vietqr.bin_format", kMalformed, kFail, kProfile, "Bank BIN (38.01.00) '{found}' is not 6 digits.",
     "Mã BIN ngân hàng (38.01.00) '{found}' không phải 6 chữ số.", kRegenEn, kRegenVi},
    {"vietqr.service_unknown", kMalformed, kFail, kProfile,
     "Service code (38.02) '{found}' is not a VietQR service ({expected}).",
     "Mã dịch vụ (38.02) '{found}' không phải dịch vụ VietQR ({expected}).", kRegenEn, kRegenVi},
    {"vietqr.service_missing", kMalformed, kFail, kProfile,
     "Service code (38.02) is missing; a VietQR transfer code names QRIBFTTA (account) or QRIBFTTC (card).",
     "Thiếu mã dịch vụ (38.02); mã chuyển khoản VietQR phải ghi QRIBFTTA (tài khoản) hoặc QRIBFTTC (thẻ).",
     kRegenEn, kRegenVi},
    {"vietqr.currency", kMalformed, kFail, kProfile,
     "Transaction Currency (53) is '{found}'; VietQR transfers are in VND ({expected}).",
     "Mã tiền tệ (53) là '{found}'; giao dịch VietQR dùng VND ({expected}).", kRegenEn, kRegenVi},
    {"vietqr.country", kMalformed, kFail, kProfile, "Country Code (58) is '{found}'; VietQR codes carry {expected}.",
     "Mã quốc gia (58) là '{found}'; mã VietQR phải là {expected}.", kRegenEn, kRegenVi},
    {"vnpay.guid", kMalformed, kFail, kProfile, "VNPAY-QR GUID (26.00) is '{found}'; VNPAY codes carry {expected}.",
     "Mã định danh VNPAY-QR (26.00) là '{found}'; mã VNPAY phải là {expected}.", kRegenEn, kRegenVi},
    {"vnpay.currency", kMalformed, kFail, kProfile,
     "Transaction Currency (53) is '{found}'; VNPAY-QR payments are in VND ({expected}).",
     "Mã tiền tệ (53) là '{found}'; thanh toán VNPAY-QR dùng VND ({expected}).", kRegenEn, kRegenVi},
    {"vnpay.country", kMalformed, kFail, kProfile, "Country Code (58) is '{found}'; VNPAY-QR codes carry {expected}.",
     "Mã quốc gia (58) là '{found}'; mã VNPAY-QR phải là {expected}.", kRegenEn, kRegenVi},
    {"scheme.expiry_format", kMalformed, kFail, kFormat,
     "{field} ({path}) '{found}' is not a valid expiry ({expected}).",
     "{field} ({path}) '{found}' không phải thời hạn hợp lệ ({expected}).", kRegenEn, kRegenVi},
    // --- the account behind the code
    {"account.bin_unknown", kAccount, kFail, kAccountWeight,
     "Bank BIN (38.01.00) {found} is in no NAPAS bank list: no bank will accept a transfer to it.",
     "Mã BIN ngân hàng (38.01.00) {found} không có trong danh sách ngân hàng NAPAS: không ngân hàng nào nhận "
     "chuyển khoản tới mã này.",
     kAccountEn, kAccountVi},
    // Info, not a warning: the published status lags reality (several "0" banks take NAPAS 247 transfers),
    // and a valid code must not be blamed for it.
    {"account.bin_not_on_vietqr", kAccount, kInfo, kNote,
     "Bank BIN (38.01.00) {found} ({detail}) is listed but not (fully) on VietQR: some banking apps refuse it.",
     "Mã BIN ngân hàng (38.01.00) {found} ({detail}) có trong danh sách nhưng chưa tham gia (đầy đủ) VietQR: "
     "một số ứng dụng ngân hàng sẽ từ chối.",
     "Merchant: ask your bank whether it accepts VietQR transfers, or receive payments to an account at a "
     "bank that does.",
     "Người bán: hỏi ngân hàng của bạn có nhận chuyển khoản VietQR không, hoặc nhận tiền qua tài khoản ở ngân "
     "hàng có hỗ trợ."},
    {"account.account_characters", kAccount, kFail, kAccountWeight,
     "Account number (38.01.01) '{found}' contains '{detail}'; bank account numbers are letters and digits "
     "only, so no account matches it.",
     "Số tài khoản (38.01.01) '{found}' chứa '{detail}'; số tài khoản ngân hàng chỉ gồm chữ và số, nên không "
     "có tài khoản nào như vậy.",
     kAccountEn, kAccountVi},
    {"account.account_placeholder", kAccount, kFail, kAccountWeight,
     "Account number (38.01.01) {found} is one digit repeated: a placeholder left in the form, not an "
     "account, so the payment cannot go through.",
     "Số tài khoản (38.01.01) {found} chỉ lặp lại một chữ số: đây là số điền tạm trong biểu mẫu, không phải "
     "tài khoản thật, nên không thể thanh toán.",
     kAccountEn, kAccountVi},
    {"account.card_not_digits", kAccount, kFail, kAccountWeight,
     "Card number (38.01.01) '{found}' is not all digits, but service QRIBFTTC pays to a card number.",
     "Số thẻ (38.01.01) '{found}' không chỉ gồm chữ số, trong khi dịch vụ QRIBFTTC chuyển tới số thẻ.",
     kAccountEn, kAccountVi},
    {"account.card_length", kAccount, kFail, kAccountWeight,
     "Card number (38.01.01) {found} has {detail} digits; cards issued in Vietnam have {expected}.",
     "Số thẻ (38.01.01) {found} có {detail} chữ số; thẻ phát hành tại Việt Nam có {expected} chữ số.",
     kAccountEn, kAccountVi},
    {"account.card_luhn", kAccount, kFail, kAccountWeight,
     // The check digit says the number is not a card's; it cannot say why (a typo, a dropped digit, or an
     // account number under QRIBFTTC), so the summary names all three.
     "Card number (38.01.01) {found} fails the card-number check digit (Luhn): a digit is wrong or missing, "
     "or it is not a card number.",
     "Số thẻ (38.01.01) {found} sai chữ số kiểm tra của số thẻ (Luhn): có chữ số bị sai hoặc bị thiếu, hoặc "
     "đây không phải là số thẻ.",
     kAccountEn, kAccountVi},
    {"account.card_not_domestic", kAccount, kFail, kAccountWeight,
     "Card number (38.01.01) {found} does not start with 9704; VietQR card transfers go to cards issued in "
     "Vietnam ({expected}).",
     "Số thẻ (38.01.01) {found} không bắt đầu bằng 9704; chuyển khoản VietQR tới thẻ chỉ dùng thẻ phát hành "
     "tại Việt Nam ({expected}).",
     kAccountEn, kAccountVi},
    {"account.card_other_bank", kAccount, kFail, kAccountWeight,
     "Card number (38.01.01) {found} carries the prefix of another bank ({detail}), but the code's bank BIN "
     "is {expected}.",
     "Số thẻ (38.01.01) {found} mang đầu số của ngân hàng khác ({detail}), trong khi mã BIN của mã QR là "
     "{expected}.",
     kAccountEn, kAccountVi},
    {"account.expect_bin", kAccount, kFail, 0.8,
     "The code pays into bank BIN {found}, not your bank {expected}; the account number matches.",
     "Mã QR chuyển tiền vào ngân hàng có BIN {found}, không phải ngân hàng của bạn {expected}; số tài khoản "
     "trùng khớp.",
     kAccountEn, kAccountVi},
    {"account.expect_account", kAccount, kFail, 0.8,
     "The code pays into account {found}, not your account {expected} at the same bank.",
     "Mã QR chuyển tiền vào tài khoản {found}, không phải tài khoản {expected} của bạn (cùng ngân hàng).",
     kAccountEn, kAccountVi},
    {"account.expect_both", kAccount, kFail, 0.8,
     "The code pays into {found}, not your account {expected}: both the bank and the account differ.",
     "Mã QR chuyển tiền vào {found}, không phải tài khoản {expected} của bạn: cả ngân hàng và số tài khoản đều "
     "khác.",
     kAccountEn, kAccountVi},
    // --- expiry of dynamic codes
    {"expiry.expired", kExpired, kFail, kExpiryWeight,
     "This code expired at {found} ({detail}); the reference time is {expected}.",
     "Mã này đã hết hiệu lực lúc {found} ({detail}); thời điểm kiểm tra là {expected}.", kExpiredEn,
     kExpiredVi},
    {"expiry.dynamic_on_standee", kExpired, kWarn, kExpiryWeight,
     "The standee carries a dynamic code (01 = 12), made for one order: it will be refused once that order "
     "is over.",
     "Standee đang dùng mã động (01 = 12), chỉ dành cho một đơn hàng: mã sẽ bị từ chối khi đơn hàng đó kết "
     "thúc.",
     "Merchant: replace it with your static code (01 = 11) from your bank's app; keep dynamic codes for the "
     "screen at the till.",
     "Người bán: thay bằng mã tĩnh (01 = 11) lấy từ ứng dụng ngân hàng; chỉ hiển thị mã động trên màn hình "
     "tại quầy."},
    {"expiry.unknown", kExpired, kInfo, kNote,
     "Dynamic code (01 = 12): its expiry is not in the payload and no order, issue time or validity period "
     "was given, so it is unknown.",
     "Mã động (01 = 12): thời hạn không có trong mã và không có thông tin đơn hàng, thời điểm tạo hay thời "
     "gian hiệu lực, nên chưa rõ.",
     "Pass --orders FILE or --issued-at with --ttl to check it; a dynamic code belongs on a screen, not a "
     "printed standee.",
     "Dùng --orders FILE hoặc --issued-at cùng --ttl để kiểm tra; mã động chỉ nên hiển thị trên màn hình, "
     "không in lên standee."},
    {"expiry.valid_until", kExpired, kInfo, kNote, "Dynamic code valid until {found} ({detail}).",
     "Mã động còn hiệu lực đến {found} ({detail}).", kNoFix, kNoFix},
};

void replace_all(std::string& text, std::string_view key, std::string_view value)
{
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
}

std::string fill(std::string_view pattern, const emv::Problem& p, const std::string& field,
                 const std::string& found, const std::string& expected, const std::string& detail)
{
    std::string out(pattern);
    replace_all(out, "{field}", field);
    replace_all(out, "{path}", p.path.empty() ? "-" : p.path);
    replace_all(out, "{offset}", p.offset ? std::to_string(*p.offset) : "?");
    replace_all(out, "{found}", found);
    replace_all(out, "{expected}", expected);
    replace_all(out, "{detail}", detail);
    return out;
}

}  // namespace

std::span<const PayloadRule> payload_rules() { return kRules; }

const PayloadRule* find_payload_rule(std::string_view id)
{
    for (const PayloadRule& r : kRules)
        if (r.id == id) return &r;
    return nullptr;
}

std::string printable(std::string_view value, std::size_t max_chars)
{
    constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < value.size(); ++chars) {
        if (chars == max_chars) {
            out += "...";
            break;
        }
        const auto c = static_cast<unsigned char>(value[i]);
        std::size_t width = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool valid = width > 0 && i + width <= value.size();
        for (std::size_t k = 1; valid && k < width; ++k)
            valid = (static_cast<unsigned char>(value[i + k]) & 0xC0) == 0x80;
        if (!valid || c < 0x20 || c == 0x7F) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
            ++i;
            continue;
        }
        out.append(value.substr(i, width));
        i += width;
    }
    return out;
}

Finding describe(const emv::Problem& p)
{
    const PayloadRule* rule = find_payload_rule(p.rule);
    Finding f;
    f.rule = std::string(p.rule);
    f.path = p.path;
    f.offset = p.offset;
    f.found = printable(p.found);
    f.expected = printable(p.expected);
    if (!rule) {  // a check named a rule the table lacks: still report it, plainly
        f.summary = {f.rule + " " + f.path, f.rule + " " + f.path};
        return f;
    }
    f.cause = rule->cause;
    f.severity = rule->severity;
    f.weight = rule->weight;
    const Text field = emv::field_name(p.path);
    const std::string detail = printable(p.detail, 64);
    const std::string detail_vi = p.detail_vi.empty() ? detail : printable(p.detail_vi, 64);
    f.summary = {fill(rule->summary_en, p, field.en, f.found, f.expected, detail),
                 fill(rule->summary_vi, p, field.vi, f.found, f.expected, detail_vi)};
    f.fix = {fill(rule->fix_en, p, field.en, f.found, f.expected, detail),
             fill(rule->fix_vi, p, field.vi, f.found, f.expected, detail_vi)};
    return f;
}

}  // namespace qrdiag::text
