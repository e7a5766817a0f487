// The picture support staff send back: the photo with the code outline, the quiet-zone ring, finder
// patterns found or missing, wrong modules, and the verdict written on it.
#pragma once

#include "decode/decode_qr.h"
#include "qrdiag/diagnose.h"

#include <string>
#include <vector>

namespace qrdiag {

// Marks for a code the decoders did not read (decoded codes are drawn from the Diagnosis itself).
struct AnnotatedCode {
    Quad outline{};
    double module_px = 0;
    std::vector<cv::Point2f> finders;          // seen
    std::vector<cv::Point2f> missing_finders;  // expected but not seen
};

// Writes a PNG; returns an empty string on success, else a one-line reason.
std::string write_annotated(const cv::Mat& gray, const Diagnosis& d, const std::vector<AnnotatedCode>& marks,
                            const std::string& path);

}  // namespace qrdiag
