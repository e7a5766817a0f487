// The order of the checks is the order in which one cause hides another: a code partly outside the
// photo or a few pixels per module cannot show its blur or its margin; a blurred code smears its margin
// and finders; only a sharp, well-sized code shows what is wrong with its print or its surround.
#include "measure/candidate_findings.h"

#include "measure/image_findings.h"
#include "measure/thresholds.h"

#include <string>

namespace qrdiag {
namespace {

// A region this large against the photo's shorter side, running into the frame, is a close-up cut off by it.
constexpr double kLargeInFrame = 0.4;
// Share of the outline outside the photo beyond the outline's own error (about half a module a side).
constexpr double kOutsideShare = 0.03;
// A texture region's box reaches the photo's edge over a card or table as easily as over modules: its
// strip along that edge must carry module edges like the region's inside (true close-ups 0.89–2.2 of the
// inside's density on the four image sets; boxes round damaged codes inside the photo 0.37–0.63).
constexpr double kMinFrameStripTexture = 0.75;
// A sharp photo renders an edge within ≈2 px whatever the print (pixel size plus lens); when a candidate's
// edges are that sharp yet its modules are under 3 px (image-diagnosis.md: "good at ≥3 px/module"), the
// pixels, not the optics, limit it.
constexpr double kSharpEdgePx = 2.5;
constexpr double kGoodModulePx = 3.0;
// Surround darker than the symbol's own threshold: over a quarter of the ring means artwork runs into
// the code; ISO/IEC 18004 wants the whole ring light.
constexpr double kDarkSurround = 0.25;
constexpr double kSomeDarkSurround = 0.10;
// A blotch over one finder darkens the ring along that corner only (0–0.33 of it for codes with a finder
// lost to damage on the five image sets); artwork pressed against the code, most of it (0.75).
constexpr double kOneCornerSurround = 0.5;
// The far-away search looks for one- or two-pixel modules in a 7 px window (texture_regions.cpp). Far-away
// codes on the image sets with a streak measured at all: 2.8–4.1 px; motion-smeared codes it took for
// far-away ones: 15–32 px.
constexpr double kMaxFarStreakPx = 8;
// Nor does a defocus wider than two such modules leave their texture: edges rising over this many pixels
// (a Gaussian of about 1.6 px) belong to a larger, blurred code. Far-away codes on the image sets rise
// within 0–3.0 px; defocused codes the far-away search took for far ones: 4.1–6.8 px.
constexpr double kMaxFarEdgeRisePx = 4;
// Motion: blur differs with direction. Defocus is the same in every direction, up to the √2 a direction
// between the symbol's two edge axes sees; beyond that, a streak.
constexpr double kMotionAnisotropy = 1.6;
// Covered or wiped windows beyond what a clean print shows (≈0.4% one-colour 3×3 windows) plus margin.
constexpr double kBlotchShare = 0.06;
// Beyond EC level H's 30% of codewords: no margin could make up for that much of the symbol.
constexpr double kLargeBlotchShare = 0.3;
// Two of a symbol's three finders without their light ring: artwork round the code, not one stain.
constexpr int kMinMergedFinders = 2;

std::string sides(int mask, bool vietnamese)
{
    std::string out;
    for (int s = 0; s < 4; ++s)
        if (mask & (1 << s)) {
            if (!out.empty()) out += vietnamese ? " và " : " and ";
            out += vietnamese ? side_name_vi(s) : side_name_en(s);
        }
    return out;
}

}  // namespace

std::vector<Finding> candidate_findings(const Candidate& c, const CandidateEvidence& e)
{
    std::vector<Finding> out;
    const double spread_px = e.edge_spread_modules * e.module_px;
    const int finders_seen = static_cast<int>(c.finders.size());
    // A code region running into the photo's edge with some of its finders seen and the others not:
    // they are beyond the edge (a tear or stain that happens to sit at the edge is rarer).
    const bool cut_finders = c.source == CandidateSource::Texture && c.touches_frame && finders_seen > 0 && finders_seen < 3;
    // A lone finder in such a region, whose outline runs out of the photo, says so even where the strip
    // along the edge is plain (a light part of the code, glare): damage takes one corner, not two (damaged
    // codes found this way on the sets kept two or three finders, or their outline stayed inside the
    // photo, a tear showing one finder in the region's box; codes cut by the frame showed one finder,
    // outlines 23–83% outside, strips down to 0.52).
    const bool lone_finder_cut = cut_finders && finders_seen == 1 && e.outside_share > kOutsideShare;
    const bool modules_reach_frame = c.source != CandidateSource::Texture || lone_finder_cut ||
                                     e.frame_strip_texture >= kMinFrameStripTexture;
    const bool outside = modules_reach_frame &&
                         (e.outside_share > kOutsideShare || e.frame_sides != 0 ||
                          (c.touches_frame && c.module_px * c.modules > kLargeInFrame * c.frame_shorter_side) || cut_finders);
    const bool motion = e.streak_modules > kFailMotionStreakModules && e.anisotropy > kMotionAnisotropy;
    // Smeared over more pixels than the far-away search's window, or defocused over more than two of its
    // modules: that washes out modules of a pixel or two, so fine texture found there is the streaks or
    // mottle of a larger code, and edges sharp across a smear say nothing of the pixels limiting it.
    const bool smeared_wide = motion && e.streak_modules * e.module_px >= kMaxFarStreakPx;
    const bool blurred_wide = spread_px >= kMaxFarEdgeRisePx;
    const bool small = e.module_px < kUnreadableModulePx ||
                       (!smeared_wide && !blurred_wide && (c.far_away || (e.module_px < kGoodModulePx && spread_px <= kSharpEdgePx &&
                                                         !c.module_px_from_finders)));
    const bool blurred = e.edge_spread_modules > kFailEdgeSpread;
    // Under ISO/IEC 15415's grade-D floor of symbol contrast, with no blur to have mixed the tones: the
    // print itself has faded (a blurred code loses contrast too, and its blur is then the finding).
    const bool faded = e.symbol_contrast < kLowSymbolContrast;

    if (outside) out.push_back(leaves_frame_finding(sides(e.frame_sides, false), sides(e.frame_sides, true), e.outside_share));
    if (small) out.push_back(small_modules_finding(e.module_px, false));
    if (finders_seen == 0) {
        // No finder pattern anywhere in a code of readable size: their one-module rings merged (blur) or
        // they are covered. Both are this cause; the measures say which. Unless the code runs out of the
        // photo: then the frame cut them off, and a sharp code is not blamed for them.
        if (motion) out.push_back(motion_blur_finding(e.streak_modules, e.streak_angle_deg));
        const bool soft = blurred || e.edge_spread_modules > kMarginalEdgeSpread;
        if (faded && !soft && !motion && !small && !outside) out.push_back(low_contrast_finding(e.symbol_contrast, false));
        if (soft)
            out.push_back(blur_finding(e.edge_spread_modules, false));
        else if (!(motion || e.blotch_share > kBlotchShare || outside || faded))
            out.push_back(no_finders_finding(e.edge_spread_modules));
        if (e.blotch_share > kBlotchShare) out.push_back(blotch_finding(e.blotch_share));
    } else {
        if (motion) out.push_back(motion_blur_finding(e.streak_modules, e.streak_angle_deg));
        if (blurred) out.push_back(blur_finding(e.edge_spread_modules, false));
        // A blur smears the symbol into its margin, so the surround says something only about sharp codes.
        const bool sharp = !blurred && !motion;
        // Print faded towards its paper: measured against the paper, any surround looks dark, and the
        // modules themselves are what phones cannot separate.
        if (sharp && !small && faded) out.push_back(low_contrast_finding(e.symbol_contrast, false));
        // A texture region's box is where busy pixels are, not a fitted outline: on a card it takes in part
        // of the card, whose colour then reads as a dark ring round a code that has a clear white margin.
        const bool outline_fitted = c.source != CandidateSource::Texture;
        // A region's box, not a fitted outline, round sharp finders most of which have no light ring: the
        // surround runs into them (its blotches are measured over the box, artwork included).
        const int merged = finders_seen - c.finders_with_free_ring;
        if (sharp && !outline_fitted && merged >= kMinMergedFinders) out.push_back(finders_merged_finding(merged, finders_seen));
        // Much of the symbol gone (a tear shows the table behind it): that, not the surround, is it.
        if (sharp && !small && e.blotch_share > kLargeBlotchShare) out.push_back(blotch_finding(e.blotch_share));
        // Finders cut open by scratches: the scratches run over the margin too, and a shadow across a phone
        // screen darkens it, but the cut finders are what stop phones.
        if (sharp && c.finders_bridged) out.push_back(scratched_finders_finding(finders_seen));
        // A finder lost under a smudge or stain that spills over the margin at its corner: the finder, not
        // the margin, is what stops phones. Artwork round the code darkens more of the ring than one corner.
        const bool finder_lost = sharp && !outside && finders_seen < 3;
        const bool corner_surround = e.surround_dark_share <= kOneCornerSurround;
        if (finder_lost && corner_surround) out.push_back(missing_finder_finding(finders_seen));
        if (sharp && outline_fitted && e.surround_dark_share > kDarkSurround)
            out.push_back(dark_surround_finding(e.surround_dark_share));
        if (finder_lost && !corner_surround) out.push_back(missing_finder_finding(finders_seen));
        if (sharp && !small && e.blotch_share > kBlotchShare && e.blotch_share <= kLargeBlotchShare)
            out.push_back(blotch_finding(e.blotch_share));
        if (sharp && outline_fitted && e.surround_dark_share > kSomeDarkSurround && e.surround_dark_share <= kDarkSurround)
            out.push_back(dark_surround_finding(e.surround_dark_share));
    }
    if (out.empty()) out.push_back(unreadable_symbol_finding());

    // The checks ran in order of precedence: the weights say so to rank_causes.
    for (std::size_t i = 0; i < out.size(); ++i) out[i].weight = 0.9 - 0.1 * static_cast<double>(std::min<std::size_t>(i, 5));
    return out;
}

}  // namespace qrdiag
