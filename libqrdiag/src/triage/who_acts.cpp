// Who must act on each cause, and what the payer checks when the code itself is fine (docs/causes.md).
#include "qrdiag/triage.h"

namespace qrdiag {

Actor who_acts(CauseId cause)
{
    switch (cause) {
    // A photo that is too far, too close or shaken is retaken by the payer; the code may be fine.
    case CauseId::DistanceScale:
    // The customer sent something we cannot open, or a picture without a code in it: they send again.
    case CauseId::UnreadableInput:
    case CauseId::NoCodeFound:
    // An expired one-time code: the payer asks for a new one before the merchant can act.
    case CauseId::Expired: return Actor::Payer;
    // A worn print, a crowded margin, a wrong or malformed payload: only the merchant can make or print a
    // new code.
    case CauseId::BlurDamage:
    case CauseId::QuietZone:
    case CauseId::MalformedPayload:
    case CauseId::WrongAccount: return Actor::Merchant;
    }
    return Actor::Merchant;
}

const Text& payer_side_hint()
{
    static const Text hint{
        "If a payer still cannot scan it, the cause is on their phone: turn on QR scanning in the camera "
        "settings and allow the banking app to use the camera (Android: Settings → Apps → the banking app → "
        "Permissions → Camera → Allow), then reopen the app and scan again.",
        "Nếu người thanh toán vẫn không quét được, nguyên nhân nằm ở điện thoại của họ: bật tính năng quét mã QR "
        "trong cài đặt máy ảnh và cho phép ứng dụng ngân hàng dùng máy ảnh (Android: Cài đặt → Ứng dụng → ứng "
        "dụng ngân hàng → Quyền → Máy ảnh → Cho phép), rồi mở lại ứng dụng và quét lại."};
    return hint;
}

}  // namespace qrdiag
