#include "emv/field_names.h"

#include <string>

namespace qrdiag::emv {
namespace {

struct Name {
    std::string_view path;
    std::string_view en;
    std::string_view vi;
};

// EMV QRCPS MPM 1.1 section 4 (top level, 62, 64), NAPAS VietQR 1.5.2 (38), VNPAY-QR (26).
constexpr Name kNames[] = {
    {"00", "Payload Format Indicator", "Chỉ báo định dạng dữ liệu"},
    {"01", "Point of Initiation Method", "Phương thức khởi tạo"},
    {"26.01", "Merchant ID", "Mã đơn vị chấp nhận thanh toán"},
    {"38", "VietQR beneficiary account", "Thông tin người thụ hưởng VietQR"},
    {"38.00", "VietQR GUID", "Mã định danh VietQR (GUID)"},
    {"38.01", "Beneficiary organisation", "Tổ chức thụ hưởng"},
    {"38.01.00", "Bank BIN", "Mã BIN ngân hàng"},
    {"38.01.01", "Account or card number", "Số tài khoản hoặc số thẻ"},
    {"38.02", "Service code", "Mã dịch vụ"},
    {"52", "Merchant Category Code", "Mã danh mục người bán (MCC)"},
    {"53", "Transaction Currency", "Mã tiền tệ"},
    {"54", "Transaction Amount", "Số tiền giao dịch"},
    {"55", "Tip or Convenience Indicator", "Chỉ báo tiền boa / phí tiện ích"},
    {"56", "Convenience Fee Fixed", "Phí tiện ích cố định"},
    {"57", "Convenience Fee Percentage", "Phí tiện ích theo phần trăm"},
    {"58", "Country Code", "Mã quốc gia"},
    {"59", "Merchant Name", "Tên người bán"},
    {"60", "Merchant City", "Thành phố của người bán"},
    {"61", "Postal Code", "Mã bưu chính"},
    {"62", "Additional Data", "Dữ liệu bổ sung"},
    {"62.01", "Bill Number", "Số hóa đơn"},
    {"62.02", "Mobile Number", "Số điện thoại"},
    {"62.03", "Store Label", "Mã cửa hàng"},
    {"62.04", "Loyalty Number", "Mã khách hàng thân thiết"},
    {"62.05", "Reference Label", "Mã tham chiếu"},
    {"62.06", "Customer Label", "Mã khách hàng"},
    {"62.07", "Terminal Label", "Mã điểm bán"},
    {"62.08", "Purpose of Transaction", "Nội dung giao dịch"},
    {"62.09", "Additional Consumer Data Request", "Yêu cầu dữ liệu bổ sung"},
    {"62.10", "Merchant Tax ID", "Mã số thuế người bán"},
    {"62.11", "Merchant Channel", "Kênh thanh toán"},
    {"63", "CRC", "Mã kiểm tra CRC"},
    {"64", "Language Template", "Thông tin người bán bằng ngôn ngữ khác"},
    {"64.00", "Language Preference", "Mã ngôn ngữ"},
    {"64.01", "Merchant Name (alternate language)", "Tên người bán (ngôn ngữ khác)"},
    {"64.02", "Merchant City (alternate language)", "Thành phố (ngôn ngữ khác)"},
    {"26.00", "Scheme GUID", "Mã định danh hệ thống thanh toán (GUID)"},
    {"26.02", "Scheme sub-field 02", "Trường con 02"},
    {"26.03", "Scheme sub-field 03", "Trường con 03"},
    {"26.04", "Scheme sub-field 04 (PayNow expiry date)", "Trường con 04 (ngày hết hạn PayNow)"},
    {"99.00", "Creation timestamp (KHQR)", "Thời điểm tạo (KHQR)"},
    {"99.01", "Expiration timestamp (KHQR)", "Thời điểm hết hạn (KHQR)"},
};

int tag_number(std::string_view path)
{
    if (path.size() < 2 || path[0] < '0' || path[0] > '9' || path[1] < '0' || path[1] > '9') return -1;
    return (path[0] - '0') * 10 + (path[1] - '0');
}

}  // namespace

Text field_name(std::string_view path)
{
    for (const Name& n : kNames)
        if (n.path == path) return {std::string(n.en), std::string(n.vi)};
    const int top = tag_number(path);
    const bool nested = path.size() > 2;
    if (!nested && top >= 2 && top <= 25) return {"Card scheme account", "Tài khoản tổ chức thẻ"};
    if (!nested && top >= 26 && top <= 51) return {"Merchant Account Information", "Thông tin tài khoản người bán"};
    if (!nested && top >= 80 && top <= 99) return {"Unreserved template", "Mẫu dữ liệu tự do"};
    if (nested && path.size() == 5 && path.substr(3) == "00")
        return {"Template GUID", "Mã định danh của mẫu (GUID)"};
    return {"Field", "Trường"};
}

}  // namespace qrdiag::emv
