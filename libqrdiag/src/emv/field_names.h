// Human names of EMV / VietQR / VNPAY-QR data objects, by tag path, in English and Vietnamese.
#pragma once

#include <string_view>

#include "qrdiag/report.h"

namespace qrdiag::emv {

Text field_name(std::string_view path);

}  // namespace qrdiag::emv
