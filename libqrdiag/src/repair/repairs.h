// Virtual repairs: apply a cause's fix to the photo and decode again. A decode after a repair confirms
// the cause and recovers the payload.
#pragma once

#include "decode/decode_qr.h"
#include "locate/candidates.h"
#include "qrdiag/report.h"

#include <optional>
#include <string>

namespace qrdiag {

struct Repair {
    CauseId confirms = CauseId::BlurDamage;
    Text what;                    // "a 4-module white margin is added"
    DecodedSymbol symbol;         // positions in the input image's pixels
};

// No repair, a closer look: the candidate's crop at a workable module size through ZXing, and WeChat
// when asked (it reads some codes ZXing does not, at the cost of several ZXing passes).
std::optional<DecodedSymbol> decode_candidate(const cv::Mat& gray, const Candidate& c, bool with_wechat);

// Paints a clean light margin of 4 modules around the candidate (ISO/IEC 18004 quiet zone).
std::optional<Repair> repair_margin(const cv::Mat& gray, const Candidate& c);
// Sharpens (unsharp mask, then a Wiener deconvolution for the estimated Gaussian blur).
std::optional<Repair> repair_sharpen(const cv::Mat& gray, const Candidate& c, double blur_sigma_px);
// Undoes a camera's straight smear (measured on the candidate) by Wiener deconvolution.
std::optional<Repair> repair_motion(const cv::Mat& gray, const Candidate& c);
// Enlarges the candidate 3× so decoders have pixels to bin.
std::optional<Repair> repair_upscale(const cv::Mat& gray, const Candidate& c);
// Redraws the three finder patterns (with separators and a light margin) at their estimated places.
std::optional<Repair> repair_finders(const cv::Mat& gray, const Candidate& c);

}  // namespace qrdiag
