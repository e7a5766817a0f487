#include "diagnose/diagnose_undecoded.h"

#include "locate/candidates.h"
#include "measure/candidate_findings.h"
#include "measure/candidate_measures.h"
#include "measure/image_findings.h"
#include "measure/thresholds.h"
#include "repair/repairs.h"

#include <algorithm>

namespace qrdiag {
namespace {

// Candidates examined in depth: the best few, so a busy poster cannot make the diagnosis slow.
constexpr std::size_t kMaxCandidates = 3;

// Three dark blobs where a blurred symbol's finders would be are believed only where the picture is blurred:
// a code whose edges rise within a third of a module shows its finders to the finder search. Sharp
// pages, tables, standees, crosswords and Data Matrix labels offer such blobs (edge rise 0–0.26 module
// on the four image sets); defocused codes rise over 0.78 module, water-damaged 0.43. Two sharp codes
// whose finders are scratched through (0 and 0.29) are lost with them, unless their finders show once the
// scratches are bridged (find_scratched_finder_patterns). A smear is blur in one direction only
// (anisotropy 1.9 and more; a defocus 1.0–1.5), and modules of a pixel or two show no sharp edge.
constexpr double kMinBlurredFinderSpread = 0.35;
constexpr double kMaxDefocusAnisotropy = 1.5;
constexpr double kMinSharpModulePx = 3;
// A smear shorter than a module stops no decoder (ZXing reads to a streak of about 1-1.5 modules,
// image-diagnosis.md), so it cannot be why a code's finders go unseen: three blobs in such a picture with
// sharp edges are print. A fifth is allowed for the streak's estimate. Smeared codes on the draws streak
// 0.9-6.4 modules; blob triples on plain print that differ by direction (a standee without a code, a
// payment card's text) 0.4-0.7.
constexpr double kMinSmearModules = 0.8;
// A defocus softens a whole symbol alike, so few of its 3×3-module windows lose their contrast against
// the rest (defocused codes on the four image sets: blotch share 0–0.15). Between three blobs of a
// blurred page, bookshelf, barcode or Data Matrix lie large plain areas (0.33–0.45). A smear is left
// alone: it wipes out windows along its direction (motion-blurred codes reach 0.41).
constexpr double kMaxDefocusBlotchShare = 0.25;

// Three dark blobs where a blurred symbol's finders would be, in a picture that says they are not one.
bool blurred_finders_unlike_a_code(const cv::Mat& gray, const Candidate& c)
{
    if (c.source != CandidateSource::BlurredFinders || c.module_px < kMinSharpModulePx) return false;
    const CandidateEvidence e = measure_candidate(gray, c);
    if (e.anisotropy >= kMaxDefocusAnisotropy && e.streak_modules >= kMinSmearModules) return false;
    return e.edge_spread_modules < kMinBlurredFinderSpread || e.blotch_share > kMaxDefocusBlotchShare;
}

// A region taken for a damaged code (no finder, but sharp module texture inside it) is one only if it
// stands apart from its surround: on the image sets those codes kept a light margin (dark share of the
// ring 0–0.34), while a patch of a text page or crossword runs on into more print (0.65–0.9).
constexpr double kMaxDamagedCodeSurround = 0.5;

// Finder patterns seen are the surest sign of a code: a triple or pair placed on a grid, then module
// texture holding a finder that stands clear of its surround (a close-up's corner, a code with its other
// finders peeled off), then dark blobs where blurred finders would be, then texture alone.
int source_rank(const Candidate& c)
{
    switch (c.source) {
    case CandidateSource::FinderTriple: return 0;
    case CandidateSource::FinderPair: return 1;
    case CandidateSource::BlurredFinders: return 3;
    case CandidateSource::Texture: return c.finders_with_free_ring > 0 ? 2 : c.defocused ? 3 : 4;
    case CandidateSource::OpenCvDetector: return 5;
    }
    return 6;
}

// The repair that would confirm a finding's cause, tried in the order the findings rank.
std::optional<Repair> repair_for(const Finding& f, const cv::Mat& gray, const Candidate& c, const CandidateEvidence& e)
{
    if (f.rule == "image.quiet_zone") return repair_margin(gray, c);
    if (f.rule == "image.small_modules") return repair_upscale(gray, c);
    if (f.rule == "image.motion_blur") {
        if (auto r = repair_motion(gray, c)) return r;
    }
    if (f.rule == "image.blur" || f.rule == "image.motion_blur")
        return repair_sharpen(gray, c, e.edge_spread_modules * e.module_px / kEdgeSpreadPerSigma);
    if (f.rule == "image.finder_missing" || f.rule == "image.finders_scratched") return repair_finders(gray, c);
    return std::nullopt;
}

CodeReport located_code(const Candidate& c)
{
    CodeReport code;
    for (int i = 0; i < 4; ++i) code.corners[static_cast<std::size_t>(i)] = {c.corners[static_cast<std::size_t>(i)].x, c.corners[static_cast<std::size_t>(i)].y};
    code.version = (c.modules - 17) / 4;
    SymbolMeasures m;
    m.module_px = c.module_px;
    code.measures = m;
    return code;
}

}  // namespace

bool damaged_texture_unlike_a_code(const cv::Mat& gray, const Candidate& c)
{
    if (c.source != CandidateSource::Texture || !c.finders.empty() || c.far_away || c.touches_frame || c.motion_blur) return false;
    return measure_candidate(gray, c).surround_dark_share > kMaxDamagedCodeSurround;
}

std::vector<Candidate> ranked_candidates(const cv::Mat& gray)
{
    std::vector<Candidate> candidates = locate_candidates(gray);
    std::erase_if(candidates, [&](const Candidate& c) {
        return blurred_finders_unlike_a_code(gray, c) || damaged_texture_unlike_a_code(gray, c);
    });
    // A code whose own finder patterns are seen is what the photo is about; a far-away speck of a pixel
    // or two per module is a code only when nothing larger is.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        const bool a_speck = a.far_away && a.finders.empty(), b_speck = b.far_away && b.finders.empty();
        if (a_speck != b_speck) return b_speck;
        return source_rank(a) < source_rank(b);
    });
    if (candidates.size() > kMaxCandidates) candidates.resize(kMaxCandidates);
    return candidates;
}

UndecodedDiagnosis diagnose_undecoded(const cv::Mat& gray, const std::vector<Candidate>& candidates, bool repair)
{
    UndecodedDiagnosis out;
    if (candidates.empty()) {
        out.findings.push_back(no_code_finding());
        return out;
    }

    // The first candidate is the one the photo is about; others are reported, not blamed.
    const Candidate& main = candidates.front();
    const CandidateEvidence evidence = measure_candidate(gray, main);
    std::vector<Finding> findings = candidate_findings(main, evidence);

    CodeReport code = located_code(main);
    code.measures->blur_modules = evidence.edge_spread_modules;
    code.measures->symbol_contrast = evidence.symbol_contrast;
    for (const Finding& f : findings) {
        if (!repair) break;
        auto repaired = repair_for(f, gray, main, evidence);
        if (!repaired) continue;
        Finding confirmed = repaired_finding(repaired->confirms, repaired->what.en, repaired->what.vi);
        confirmed.weight = 1.0;
        findings.insert(findings.begin(), std::move(confirmed));
        code.text = repaired->symbol.text;
        code.decoded = true;
        code.decoder = repaired->symbol.decoder;
        code.repair = repaired->what.en;
        code.ec_level = repaired->symbol.ec_level;
        break;  // one confirmed cause is enough: stop spending time
    }
    out.findings = std::move(findings);
    out.codes.push_back(std::move(code));
    out.marks.push_back({main.corners, main.module_px, main.finders, main.missing_finders});
    return out;
}

}  // namespace qrdiag
