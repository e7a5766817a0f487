// PLACEHOLDER until the EMV/VietQR validator lands: replace this whole file.
#include "qrdiag/payload.h"

namespace qrdiag {
PayloadReport check_payload(std::string_view, const PayloadOptions&) { return {}; }
std::string_view to_string(Scheme scheme)
{
    switch (scheme) {
    case Scheme::VietQR: return "vietqr";
    case Scheme::VnpayQR: return "vnpay";
    case Scheme::OtherEmv: return "emv";
    case Scheme::NotPayment: return "not_payment";
    }
    return "not_payment";
}
std::string format_time(TimePoint) { return {}; }
}  // namespace qrdiag
