// What we may assume about a payment QR code when the symbol itself cannot tell us.
#pragma once

namespace qrdiag {

// Modules per side of a typical payment code: VietQR / EMV payloads of 100–150 bytes need versions 6–8
// (41–49 modules) at EC level M (ISO/IEC 18004 capacity tables). Used only when no finder gives the scale.
inline constexpr int kTypicalPaymentModules = 45;
// The smallest plausible: EMV's mandatory fields alone (format indicator, merchant account template,
// currency, country, name, city, CRC) take about 60 characters, more than version 2 holds even at EC level
// L in alphanumeric mode (47); version 3 holds 77.
inline constexpr int kMinPaymentModules = 29;
// The largest plausible: a 512-byte payload (EMV's limit) at EC level H needs version 20 (97 modules).
inline constexpr int kMaxPaymentModules = 97;

}  // namespace qrdiag
