// QR-like candidates in an image no decoder could read: symbols assembled from finder patterns, OpenCV's
// detector, and texture regions, each with an estimated outline and module size.
#pragma once

#include "decode/decode_qr.h"
#include "locate/finder_patterns.h"
#include "locate/payment_symbol.h"
#include "locate/texture_regions.h"
#include "measure/motion_blur.h"

#include <optional>
#include <vector>

namespace qrdiag {

enum class CandidateSource { FinderTriple, FinderPair, BlurredFinders, Texture, OpenCvDetector };

struct Candidate {
    CandidateSource source = CandidateSource::Texture;
    Quad corners{};                 // estimated symbol outline, clockwise from the symbol's top-left
    double module_px = 0;           // estimated
    bool module_px_from_finders = false;
    int modules = 0;                // estimated modules per side
    std::vector<cv::Point2f> finders;          // centres of the finder patterns seen
    std::vector<cv::Point2f> missing_finders;  // where the unseen ones should be
    int finders_with_free_ring = 0;            // of `finders`, how many stand clear of a dark surround
    bool finders_bridged = false;              // `finders` showed only once thin light lines were bridged
    double grid_agreement = 0;                 // fixed-pattern agreement of the fitted grid (finder candidates)
    double texture_bimodality = 0;
    bool touches_frame = false;     // a texture region running into the photo's edge
    bool far_away = false;          // a texture of one- or two-pixel modules, found at full resolution
    bool defocused = false;         // a square of blurred mottle on its paper (see defocused_square.h)
    double frame_shorter_side = 0;  // the photo's shorter side, pixels
    std::optional<MotionBlur> motion_blur;  // the smear undone to find its finders, input pixels
};


std::vector<Candidate> locate_candidates(const cv::Mat& gray);

// The outline of a symbol from its three finder centres (top-left, top-right, bottom-left) and module size.
Quad outline_from_finders(cv::Point2f tl, cv::Point2f tr, cv::Point2f bl, double module_px);

}  // namespace qrdiag
