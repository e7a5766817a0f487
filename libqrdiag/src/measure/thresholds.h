// Where a measure turns into a finding. Every number cites its source; docs/image-diagnosis.md explains
// each one. None is fitted to our own sample generator.
#pragma once

namespace qrdiag {

// --- Module size (image-diagnosis.md, "Scanning distance and size" and the tolerance table) ---
// Below ≈1.5 px/module nothing reads; ZXing reads 9/10 at 1.8 and 10/10 at 2.0 px/module.
inline constexpr double kUnreadableModulePx = 2.0;
// "Good" from 3 px/module, marginal at 2–3 (image-diagnosis.md): real photos shrunk on purpose read
// 54/82 at 2.0 px, 72/82 at 2.5 px, 73/82 at 3.0 px with ZXing.
inline constexpr double kMarginalModulePx = 3.0;

// --- Blur, as the 10–90% rise of an edge. A Gaussian of σ has a 10–90% rise of 2.563σ. ---
inline constexpr double kEdgeSpreadPerSigma = 2.563;
// Total blur σ ≤ 0.35 module is good, 0.35–0.45 marginal, beyond that a likely cause; ZXing fails at
// σ ≥ 0.6 module (image-diagnosis.md, tolerance table and "A sensible rule").
inline constexpr double kMarginalBlurSigma = 0.35;
inline constexpr double kFailBlurSigma = 0.45;
inline constexpr double kMarginalEdgeSpread = kMarginalBlurSigma * kEdgeSpreadPerSigma;  // ≈0.90 module
inline constexpr double kFailEdgeSpread = kFailBlurSigma * kEdgeSpreadPerSigma;          // ≈1.15 modules
// Motion blur: ZXing reads to a streak of ≈1–1.5 modules; a box blur of length L rises 10–90% in 0.8 L.
inline constexpr double kFailMotionStreakModules = 1.5;

// --- Quiet zone (ISO/IEC 18004 §6.3.8; image-diagnosis.md) ---
inline constexpr double kStandardQuietZone = 4.0;  // below: non-conformant print (stated)
// Below 3 clear modules we warn. Decoders cope with less than 4 on a white page (image-diagnosis.md) and
// many bank-issued standees frame the code at 3–4 modules; our margin is counted in whole modules, so a
// frame at 3.5 modules measures 3.
inline constexpr double kWarnQuietZone = 3.0;
inline constexpr double kCauseQuietZone = 1.0;     // below: a likely cause of failed scans
inline constexpr double kCauseQuietZoneBlurred = 2.0;  // the same when the edges are soft

// --- Contrast (ISO/IEC 15415 grade D floor; image-diagnosis.md: ZXing's default binarizer fails below
// SC ≈ 0.3–0.4, GlobalHistogram reads to ≈0.10) ---
inline constexpr double kLowSymbolContrast = 0.20;

// --- Damage: error-correction budget. Below ISO/IEC 15415 grade C (0.37 unused) little is left for a
// worse camera, a scratch or glare. ---
inline constexpr double kLowUnusedEc = 0.37;

// --- Reading distance: a code's width should be at least a tenth of the scanning distance
// (image-diagnosis.md, "Scanning distance and size"). ---
inline constexpr double kDistancePerCodeWidth = 10.0;

}  // namespace qrdiag
