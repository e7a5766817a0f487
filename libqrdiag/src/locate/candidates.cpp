#include "locate/candidates.h"

#include "decode/scaled.h"
#include "locate/blurred_finders.h"
#include "locate/cross.h"
#include "locate/alignment_patterns.h"
#include "locate/code_block.h"
#include "locate/cut_close_up.h"
#include "locate/defocused_square.h"
#include "locate/module_lattice.h"
#include "locate/square_outline.h"

#include "measure/fit_grid.h"
#include "measure/qr_layout.h"
#include "measure/quad_outline.h"
#include "repair/deconvolve.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace qrdiag {
namespace {

// Finder centres of one symbol are 14 (version 1) to 170 (version 40) modules apart.
constexpr double kMinFinderSpacingModules = 12;
constexpr double kMaxFinderSpacingModules = 175;
// The three finders of one symbol print at one module size; perspective and blur change the estimate.
constexpr double kMaxModuleRatio = 1.6;
// Right angle at the top-left finder, legs of equal length, within what a tilted phone produces.
constexpr double kMaxCosine = 0.35;
constexpr double kMaxLegRatio = 1.35;
// Share of fixed-pattern modules (finders, separators, timing) a fitted grid must match to be a symbol:
// a wrong grid falls to chance (0.5); damage to one finder costs about a fifth.
constexpr double kMinGridAgreement = 0.65;
// Finders none of which has its light outer ring are dark square blocks in a dark region (a menu board's
// tiles and headings, a code's own modules): the grid between them is then the only evidence of a symbol
// and must fit clearly better than the margin a damaged real finder leaves.
constexpr double kMinGridAgreementNoFreeRing = 0.70;

double min_grid_agreement(int finders_with_free_ring)
{
    return finders_with_free_ring > 0 ? kMinGridAgreement : kMinGridAgreementNoFreeRing;
}
// OpenCV's detector runs on the photo shrunk to this longest side.
constexpr int kDetectorLongestSide = 1600;
// Its finder search clusters with k-means seeded from cv::theRNG(): seeded afresh for each look, so that
// its outline depends on the photo alone, not on what else ran on the thread before.
constexpr std::uint64_t kDetectorSeed = 0x5152444941470002;
// A masked symbol is about half dark (ISO/IEC 18004 §7.8.3), a blurred or damaged one less evenly so; the
// texture search's bounds. A calendar page under OpenCV's outline on the image sets: 0.11 dark.
constexpr double kMinDetectorDarkShare = 0.25;
constexpr double kMaxDetectorDarkShare = 0.75;
// A grid fitted to a tilted outline (outline_in_perspective), tried once the square-on one failed: placed
// right it matches nearly all fixed-pattern modules (tilted codes on the image sets: 0.83–1.0), where
// letters taken for a finder and bent to fit reach 0.7.
constexpr double kMinTiltedGridAgreement = 0.8;
// ... and replaces a square-on outline whose grid fits too when it matches this much more: about a dozen
// of a version-5 symbol's 234 fixed-pattern modules.
constexpr double kMinTiltedGain = 0.05;
// Finder searches beyond this many patterns are looking at a textile, not at a code.
constexpr std::size_t kMaxFinders = 40;
// Pairs tried as a symbol with its third finder lost: each costs six grid fits, and a photo of
// checked cloth offers hundreds; a real code's pair is among the first.
constexpr int kMaxPairHypotheses = 40;
// Neighbouring modules that differ (module_busyness): about 0.3–0.5 over a symbol's data, even with a
// corner torn or the part beyond the photo's edge replicated; 0.05–0.15 over plain print.
constexpr double kMinDataBusyness = 0.2;
// Pair hypotheses whose fixed-pattern agreement is this close fit equally well: a few of a payment code's
// 250-350 fixed modules.
constexpr double kPairTieMargin = 0.03;
// A smeared region is undone at most this large: finders of a payment code keep 3 px per module or more.
constexpr int kDeblurLongestSide = 1024;
// Module texture over at least this share of the photo, running out of it: a close-up.
constexpr double kCloseUpShare = 0.5;
constexpr double kLatticeCloseUpShare = 0.3;
// A block of modules at a finder shorter than this is a square among print, not part of a code.
constexpr double kMinBlockModules = 12;
// Alignment patterns of one code share a module size (perspective aside).
constexpr double kMaxAlignmentModuleSpread = 1.5;
// A card is several times the area of the code printed on it.
constexpr double kCardToCodeArea = 4;
// A far-away code's speck encloses light cells all over it even at under a pixel per module (mostly 5–130 on
// the image sets' far codes); the digits and letters the far-away search also finds, 0–2 (6, 8, B),
// with Otsu's share 0.84–0.90.
constexpr int kMinFarCodeCells = 3;
// Wiener's noise-to-signal ratio: about a JPEG's noise floor against the print's contrast.
constexpr double kDeblurNoiseToSignal = 0.01;

// The outline of a symbol of `modules` whose finders are `tl`, `tr` and `bl`, seen at an angle. A
// perspective view scales the symbol by 1/w, w varying linearly across it, so a finder's module size goes
// as w^(-3/2) (the area of a small square as w^-3): the finders' sizes give w at each, and w with the
// three centres fixes the projection. Seen square on, all three are one size and this is the
// parallelogram outline_from_finders places.
Quad outline_in_perspective(const FinderPattern& tl, const FinderPattern& tr, const FinderPattern& bl, int modules)
{
    const double spacing = modules - 7;  // finder centres, in modules
    const double w_tr = std::pow(tl.module_px / tr.module_px, 2.0 / 3), w_bl = std::pow(tl.module_px / bl.module_px, 2.0 / 3);
    // Image point = (A q + t) / w(q), q in modules from the top-left finder's centre.
    const cv::Point2d t = tl.centre;
    const cv::Point2d a_u = (w_tr * cv::Point2d(tr.centre) - t) / spacing, a_v = (w_bl * cv::Point2d(bl.centre) - t) / spacing;
    const auto project = [&](double qu, double qv) {
        const double w = 1 + (w_tr - 1) * qu / spacing + (w_bl - 1) * qv / spacing;
        const cv::Point2d p = (a_u * qu + a_v * qv + t) / w;
        return cv::Point2f(static_cast<float>(p.x), static_cast<float>(p.y));
    };
    const double in = -3.5, out = modules - 3.5;
    return {project(in, in), project(out, in), project(out, out), project(in, out)};
}

int snap_modules(double modules)
{
    const int version = std::clamp(static_cast<int>(std::lround((modules - 17) / 4)), 1, 40);
    return modules_for_version(version);
}

// Top-left is the corner opposite the longest side; top-right follows clockwise (image y points down).
std::tuple<cv::Point2f, cv::Point2f, cv::Point2f> finder_roles(cv::Point2f p, cv::Point2f q, cv::Point2f r)
{
    const double pq = cv::norm(p - q), qr = cv::norm(q - r), rp = cv::norm(r - p);
    cv::Point2f tl = r, x = p, y = q;
    if (qr >= pq && qr >= rp) tl = p, x = q, y = r;
    else if (rp >= pq && rp >= qr) tl = q, x = r, y = p;
    if (cross(x - tl, y - tl) > 0) return {tl, x, y};
    return {tl, y, x};
}

struct Triple {
    int tl, tr, bl;
    double score;
};

std::vector<Triple> finder_triples(const std::vector<FinderPattern>& f)
{
    std::vector<Triple> triples;
    const int n = static_cast<int>(std::min(f.size(), kMaxFinders));
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            for (int k = j + 1; k < n; ++k) {
                const std::array<int, 3> idx{i, j, k};
                double lo = 1e9, hi = 0;
                for (int t : idx) lo = std::min(lo, f[static_cast<std::size_t>(t)].module_px), hi = std::max(hi, f[static_cast<std::size_t>(t)].module_px);
                if (hi / lo > kMaxModuleRatio) continue;
                const double module = (f[static_cast<std::size_t>(i)].module_px + f[static_cast<std::size_t>(j)].module_px + f[static_cast<std::size_t>(k)].module_px) / 3;
                for (int corner = 0; corner < 3; ++corner) {
                    const int a = idx[static_cast<std::size_t>(corner)], b = idx[static_cast<std::size_t>((corner + 1) % 3)], c = idx[static_cast<std::size_t>((corner + 2) % 3)];
                    const cv::Point2f ab = f[static_cast<std::size_t>(b)].centre - f[static_cast<std::size_t>(a)].centre;
                    const cv::Point2f ac = f[static_cast<std::size_t>(c)].centre - f[static_cast<std::size_t>(a)].centre;
                    const double lab = cv::norm(ab), lac = cv::norm(ac);
                    if (lab / module < kMinFinderSpacingModules || lac / module < kMinFinderSpacingModules) continue;
                    if (lab / module > kMaxFinderSpacingModules || lac / module > kMaxFinderSpacingModules) continue;
                    const double leg_ratio = std::max(lab, lac) / std::min(lab, lac);
                    const double cosine = ab.dot(ac) / (lab * lac);
                    if (leg_ratio > kMaxLegRatio || std::abs(cosine) > kMaxCosine) continue;
                    const bool clockwise = cross(ab, ac) > 0;  // image y points down
                    triples.push_back({a, clockwise ? b : c, clockwise ? c : b, (leg_ratio - 1) + std::abs(cosine)});
                }
            }
    std::sort(triples.begin(), triples.end(), [](const Triple& x, const Triple& y) { return x.score < y.score; });
    return triples;
}

double mean_module(const std::vector<const FinderPattern*>& fs)
{
    double sum = 0;
    for (const FinderPattern* f : fs) sum += f->module_px;
    return fs.empty() ? 0 : sum / static_cast<double>(fs.size());
}

void add_from_finders(const cv::Mat& gray, const std::vector<FinderPattern>& finders, std::vector<Candidate>& out,
                      CellLevels levels = CellLevels::SymbolMidpoint)
{
    std::vector<bool> used(finders.size(), false);
    for (const Triple& t : finder_triples(finders)) {
        if (used[static_cast<std::size_t>(t.tl)] || used[static_cast<std::size_t>(t.tr)] || used[static_cast<std::size_t>(t.bl)]) continue;
        const std::vector<const FinderPattern*> fs{&finders[static_cast<std::size_t>(t.tl)], &finders[static_cast<std::size_t>(t.tr)], &finders[static_cast<std::size_t>(t.bl)]};
        Candidate c;
        c.source = CandidateSource::FinderTriple;
        c.module_px = mean_module(fs);
        c.module_px_from_finders = true;
        for (const FinderPattern* f : fs) {
            c.finders.push_back(f->centre);
            c.finders_with_free_ring += f->outer_ring_free;
        }
        c.corners = outline_from_finders(fs[0]->centre, fs[1]->centre, fs[2]->centre, c.module_px);
        const double spacing = (cv::norm(fs[1]->centre - fs[0]->centre) + cv::norm(fs[2]->centre - fs[0]->centre)) / 2;
        GridFit fit = fit_grid(gray, c.corners, snap_modules(spacing / c.module_px + 7), levels);
        // Three square-in-square shapes at right angles are a symbol only if a module grid runs between
        // them (timing patterns, separators). Seen at an angle, the outline placed square on misses the
        // far modules: it is placed again by the finders' own sizes.
        const double needed = min_grid_agreement(c.finders_with_free_ring);
        // A square-on grid within the gain of a perfect fit cannot be bettered: no second fit for it.
        if (fit.agreement < needed || fit.agreement + kMinTiltedGain <= 1) {
            const Quad tilted = outline_in_perspective(*fs[0], *fs[1], *fs[2], fit.sampling.modules);
            GridFit refit = fit_grid(gray, tilted, fit.sampling.modules, levels);
            // A second hypothesis, freer to fit (the finders' sizes tilt it): kept only for a payment-sized
            // symbol whose fixed patterns clearly line up and whose data lie over module texture, and in
            // place of a square-on outline that fits too only when it lines up clearly more.
            const bool clearly_a_symbol = refit.agreement >= kMinTiltedGridAgreement && refit.busyness >= kMinDataBusyness &&
                                          refit.sampling.modules >= kMinPaymentModules;
            const bool better = fit.agreement < needed || refit.agreement >= fit.agreement + kMinTiltedGain;
            if (clearly_a_symbol && better) fit = std::move(refit), c.corners = tilted;
        }
        if (fit.agreement < needed) continue;
        c.modules = fit.sampling.modules;
        c.grid_agreement = fit.agreement;
        used[static_cast<std::size_t>(t.tl)] = used[static_cast<std::size_t>(t.tr)] = used[static_cast<std::size_t>(t.bl)] = true;
        out.push_back(std::move(c));
    }
    // Pairs left over: a symbol with one finder torn, stained or outside the photo.
    int hypotheses = 0;
    for (std::size_t i = 0; i < finders.size() && i < kMaxFinders && hypotheses < kMaxPairHypotheses; ++i)
        for (std::size_t j = i + 1; j < finders.size() && j < kMaxFinders; ++j) {
            if (used[i] || used[j]) continue;
            const FinderPattern &a = finders[i], &b = finders[j];
            const double ratio = std::max(a.module_px, b.module_px) / std::min(a.module_px, b.module_px);
            const double module = (a.module_px + b.module_px) / 2;
            const cv::Point2f d = b.centre - a.centre;
            const double spacing = cv::norm(d) / module;
            if (ratio > kMaxModuleRatio || spacing < kMinFinderSpacingModules || spacing > kMaxFinderSpacingModules * 1.42) continue;
            // Two finders merged into their surround are as likely two letters of a heading: with one
            // finder already missing, at least one must stand clear of its surround.
            if (!a.outer_ring_free && !b.outer_ring_free) continue;
            if (++hypotheses > kMaxPairHypotheses) break;
            const cv::Point2f perp(-d.y, d.x);
            const cv::Point2f mid = (a.centre + b.centre) * 0.5f;
            // Where the third finder may be: beside either end of a side (both ways round), or at either
            // end of the other diagonal when (a, b) is the TR–BL diagonal.
            const std::array<cv::Point2f, 6> thirds{a.centre + perp, a.centre - perp, b.centre + perp, b.centre - perp,
                                                    mid + perp * 0.5f, mid - perp * 0.5f};
            double best_score = 0, best_choice = 0;
            bool best_has_data = false;
            Candidate best;
            for (const cv::Point2f& third : thirds) {
                const auto [tl, tr, bl] = finder_roles(a.centre, b.centre, third);
                const Quad q = outline_from_finders(tl, tr, bl, module);
                // The right hypothesis lines up the timing patterns and the two finders that remain, and
                // lays its data over module texture. Its mirror image shares the two finders and can
                // match as many fixed modules, but over the plain card or poster beside the code.
                const int modules = snap_modules(cv::norm(tr - tl) / module + 7);
                if (modules < kMinPaymentModules) continue;  // too small to hold a payment payload
                const GridFit fit = fit_grid(gray, q, modules, levels);
                const double score = fit.agreement;
                const bool has_data = fit.busyness >= kMinDataBusyness;
                // Two hypotheses that fit about as well are told apart without the finder each says is
                // missing: that corner is torn, worn or abraded in the photo, and a wrong hypothesis's
                // corner of random data (or the alignment pattern, a small finder) can match a finder's
                // cells better than the damage does. What is left is mostly the timing patterns.
                const FinderCorner unseen = third == tl ? FinderCorner::TopLeft : third == tr ? FinderCorner::TopRight : FinderCorner::BottomLeft;
                const double choice = fixed_pattern_agreement(fit.cells, unseen);
                if (best_has_data && !has_data) continue;
                if (has_data == best_has_data) {
                    const bool clearly_better = score > best_score + kPairTieMargin;
                    const bool as_good = score > best_score - kPairTieMargin && choice > best_choice;
                    if (!clearly_better && !as_good) continue;
                }
                best_score = score;
                best_choice = choice;
                best_has_data = has_data;
                best = Candidate{};
                best.source = CandidateSource::FinderPair;
                best.corners = q;
                best.module_px = module;
                best.module_px_from_finders = true;
                best.finders = {a.centre, b.centre};
                best.finders_with_free_ring = a.outer_ring_free + b.outer_ring_free;
                best.missing_finders = {third};
                best.modules = fit.sampling.modules;
                best.grid_agreement = score;
            }
            if (best_score >= min_grid_agreement(a.outer_ring_free + b.outer_ring_free)) {
                used[i] = used[j] = true;
                out.push_back(std::move(best));
            }
        }
}

// A candidate found in a part of the photo (`scale` times smaller, its top-left corner at `origin`), in
// the photo's pixels.
Candidate in_photo(Candidate c, double scale, cv::Point2f origin)
{
    const auto back = [&](cv::Point2f p) { return p * static_cast<float>(scale) + origin; };
    for (cv::Point2f& p : c.corners) p = back(p);
    for (cv::Point2f& p : c.finders) p = back(p);
    for (cv::Point2f& p : c.missing_finders) p = back(p);
    c.module_px *= scale;
    return c;
}

// A region smeared by a moving camera hides its finders in streaks: undone, they binarise again. Only a
// symbol whose grid then fits is kept, so a smeared poster or a striped cloth yields nothing. `smear` is
// set to the smear measured, in the input's pixels, whether or not a symbol came of it.
std::optional<Candidate> deblurred_candidate(const cv::Mat& gray, const cv::RotatedRect& region, std::optional<MotionBlur>& smear)
{
    smear.reset();
    const cv::Rect bounds = bounds_with_margin(region, gray.size());
    if (bounds.area() <= 0) return std::nullopt;
    const auto [patch, scale] = shrunk_for_search(gray(bounds), kDeblurLongestSide);
    const std::optional<MotionBlur> blur = clearest_motion_blur(patch);
    if (!blur) return std::nullopt;
    smear = MotionBlur{blur->angle_deg, blur->length_px * scale, blur->anisotropy};
    const cv::Mat sharp = wiener_deconvolve(patch, motion_psf(*blur), kDeblurNoiseToSignal);
    std::vector<Candidate> found;
    add_from_finders(sharp, find_finder_patterns(sharp), found);
    if (found.empty()) return std::nullopt;
    Candidate c = in_photo(found.front(), scale, bounds.tl());
    c.motion_blur = MotionBlur{blur->angle_deg, blur->length_px * scale, blur->anisotropy};
    return c;
}

// A speck found only by the full-resolution search is a far-away code, or a small sharp one in a large
// photo: the photo is searched for finders at 1600 px, where a 12 MP photo's modules of 3–4 px shrink to
// under 2 and its finders' one-module rings close, with a threshold window sized to the photo. Its finders
// are looked for again at full resolution in its bounds, the window sized to them; a far-away code's
// modules of a pixel or two show none there either.
std::optional<Candidate> small_code_candidate(const cv::Mat& gray, const cv::RotatedRect& speck)
{
    const cv::Rect bounds = bounds_with_margin(speck, gray.size());
    if (bounds.area() <= 0) return std::nullopt;
    const cv::Mat patch = gray(bounds);
    std::vector<Candidate> found;
    add_from_finders(patch, find_finder_patterns(patch), found);
    if (found.empty()) return std::nullopt;
    return in_photo(found.front(), 1.0, bounds.tl());
}

// Print smeared by the camera's motion: its gradients run clearly one way (a defocus or a sharp print with
// edges both ways: 1–4; smeared codes on the image sets: 6.7–13.6), and its two tones are mixed into a
// continuous grey (kMaxSmearedBimodality). A sharp print whose edges all run one way, a 1-D barcode,
// keeps its two tones.
constexpr double kMinSmearAnisotropy = 6;

bool smeared_print(const TextureRegion& t, const std::optional<MotionBlur>& smear)
{
    return smear && smear->anisotropy >= kMinSmearAnisotropy && t.bimodality < kMaxSmearedBimodality;
}

double outline_area(const Candidate& c)
{
    return std::abs(cv::contourArea(std::vector<cv::Point2f>(c.corners.begin(), c.corners.end())));
}

// A rotated box as an outline, clockwise from its top-left corner.
Quad corners_of(const cv::RotatedRect& box)
{
    std::array<cv::Point2f, 4> pts;
    box.points(pts.data());  // bottom-left, top-left, top-right, bottom-right
    return {pts[1], pts[2], pts[3], pts[0]};
}

// `c` outlined by `box` at a module size a finder or alignment pattern gave; false when that many modules
// across are more than a payment code has.
bool outline_measured(Candidate& c, const cv::RotatedRect& box, double module_px)
{
    c.source = CandidateSource::Texture;
    c.corners = corners_of(box);
    c.module_px = module_px;
    c.module_px_from_finders = true;
    c.modules = snap_modules(std::sqrt(box.size.area()) / module_px);
    return c.modules <= kMaxPaymentModules;
}

// `c` outlined by `box` with no finder to count its modules by: a typical payment code's version is the
// best guess.
void outline_uncounted(Candidate& c, const cv::RotatedRect& box)
{
    c.source = CandidateSource::Texture;
    c.corners = corners_of(box);
    c.modules = kTypicalPaymentModules;
    c.module_px = std::sqrt(box.size.area()) / c.modules;
}

cv::Point2f centre_of(const Candidate& c)
{
    return (c.corners[0] + c.corners[1] + c.corners[2] + c.corners[3]) * 0.25f;
}

bool overlaps(const Candidate& c, cv::Point2f p)
{
    std::vector<cv::Point2f> poly(c.corners.begin(), c.corners.end());
    return cv::pointPolygonTest(poly, p, false) >= 0;
}

// A QR symbol's finders sit in its corners; a square-in-square in the middle of a busy region, with none
// in a corner, is an Aztec code's bullseye or a target printed on a label. Only a finder small enough
// for a symbol's worth of modules around it says so: a heavily defocused code shows one blob-sized
// square-in-square in its middle (modules of 80 px in a 300 px region).
constexpr double kCentreBand = 0.2;
constexpr double kMinModulesAround = 15;

// Where `p` lies in `box`, along its width and its height, as shares of them from its centre (±0.5 at
// its sides).
cv::Point2d offset_in(const cv::RotatedRect& box, cv::Point2f p)
{
    const float angle = static_cast<float>(box.angle * CV_PI / 180);
    const cv::Point2f along(std::cos(angle), std::sin(angle)), across(-std::sin(angle), std::cos(angle));
    const cv::Point2f d = p - box.center;
    return {d.dot(along) / box.size.width, d.dot(across) / box.size.height};
}

// Within the middle band of `box` both ways.
bool in_centre_band(const cv::RotatedRect& box, cv::Point2f p)
{
    const cv::Point2d u = offset_in(box, p);
    return std::abs(u.x) <= kCentreBand && std::abs(u.y) <= kCentreBand;
}

bool all_at_centre(const cv::RotatedRect& box, const std::vector<const FinderPattern*>& finders)
{
    if (finders.empty()) return false;
    const double side = std::sqrt(box.size.area());
    for (const FinderPattern* f : finders)
        if (side < kMinModulesAround * f->module_px || !in_centre_band(box, f->centre)) return false;
    return true;
}

// The finder patterns whose centres lie in `box`'s upright bounds.
std::vector<const FinderPattern*> finders_in(const cv::RotatedRect& box, const std::vector<FinderPattern>& finders)
{
    std::vector<const FinderPattern*> inside;
    for (const FinderPattern& f : finders)
        if (box.boundingRect2f().contains(f.centre)) inside.push_back(&f);
    return inside;
}

// Whether `c` lies on one of `candidates` (either's centre inside the other's outline): the same code.
bool on_a_candidate(const std::vector<Candidate>& candidates, const Candidate& c)
{
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& o) {
        return overlaps(o, centre_of(c)) || overlaps(c, centre_of(o));
    });
}

// Squares of blurred mottle (defocused_square.h) as candidates, less those lying on one of `known`. Their
// modules are a typical payment code's (no finder to count them by). A square-in-square binarising in
// the middle only is an Aztec code's bullseye, as for texture regions.
std::vector<Candidate> defocused_candidates(const cv::Mat& gray, const std::vector<FinderPattern>& finders,
                                            const std::vector<Candidate>& known)
{
    std::vector<Candidate> squares;
    for (const DefocusedSquare& square : defocused_squares(gray)) {
        if (all_at_centre(square.box, finders_in(square.box, finders))) continue;
        Candidate c;
        outline_uncounted(c, square.box);
        c.defocused = true;
        if (!on_a_candidate(known, c)) squares.push_back(std::move(c));
    }
    return squares;
}

}  // namespace

Quad outline_from_finders(cv::Point2f tl, cv::Point2f tr, cv::Point2f bl, double module_px)
{
    const cv::Point2f u = (tr - tl) / static_cast<float>(cv::norm(tr - tl));
    const cv::Point2f v = (bl - tl) / static_cast<float>(cv::norm(bl - tl));
    // Finder centres sit 3.5 modules in from the symbol's outer edge.
    const float m = static_cast<float>(3.5 * module_px);
    const cv::Point2f br = tr + bl - tl;
    return {tl - m * u - m * v, tr + m * u - m * v, br + m * u + m * v, bl - m * u + m * v};
}

// The finder standing clear of its surround, if any, else the first: the one most surely a finder.
const FinderPattern* first_free(const std::vector<const FinderPattern*>& finders)
{
    for (const FinderPattern* f : finders)
        if (f->outer_ring_free) return f;
    return finders.front();
}

// The block of modules at finder `f` in region `t`, when `f` sits in a corner of it as a QR symbol's
// finders do, or at least at one of its sides (a block cut short by a peeled band), not in its middle
// as an Aztec code's bullseye is.
std::optional<cv::RotatedRect> block_cornered_by(const cv::Mat& gray, const TextureRegion& t, const FinderPattern& f)
{
    const auto block = code_block_at_finder(gray, bounds_with_margin(t.box, gray.size()), f.centre, f.module_px);
    if (!block) return std::nullopt;
    const double longest = std::max(block->size.width, block->size.height) / f.module_px;
    if (longest < kMinBlockModules || snap_modules(longest) > kMaxPaymentModules) return std::nullopt;
    if (in_centre_band(*block, f.centre)) return std::nullopt;
    return block;
}

// Beside a far-away or small sharp code (`speck`): a blurred symbol has no sharp detail, so a
// blurred-finder outline many times the speck's size around it is its card (logo and heading taken for
// blurred finders), and one beside it (a mottled wall) no code either. Their indices go to `cards`.
void mark_cards_round(const std::vector<Candidate>& out, const TextureRegion& speck, std::vector<std::size_t>& cards)
{
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i].source == CandidateSource::BlurredFinders && outline_area(out[i]) > kCardToCodeArea * speck.box.size.area())
            cards.push_back(i);
}

// Whether the inside of `quad` is about half dark, as a symbol's masked modules are: a ruled page (a
// calendar) whose lines pass OpenCV's finder test is mostly paper.
bool about_half_dark(const cv::Mat& gray, const std::vector<cv::Point2f>& quad)
{
    const std::vector<cv::Point> outline = grown_outline(Quad{quad[0], quad[1], quad[2], quad[3]}, 0);
    const cv::Rect bounds = cv::boundingRect(outline) & cv::Rect(0, 0, gray.cols, gray.rows);
    if (bounds.empty()) return false;
    const double dark = texture_stats(gray(bounds), outline_mask(outline, bounds)).dark_share;
    return dark >= kMinDetectorDarkShare && dark <= kMaxDetectorDarkShare;
}

// An alignment pattern in a texture region, and only one size of them: two patterns whose modules differ
// by half are not of one code.
std::optional<AlignmentPattern> alignment_in(const cv::Mat& gray, const cv::RotatedRect& region)
{
    const std::vector<AlignmentPattern> found = find_alignment_patterns(gray, region.boundingRect());
    if (found.empty()) return std::nullopt;
    const auto [smallest, largest] = std::minmax_element(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.module_px < b.module_px;
    });
    if (largest->module_px > kMaxAlignmentModuleSpread * smallest->module_px) return std::nullopt;
    return found.front();
}

std::vector<Candidate> locate_candidates(const cv::Mat& gray)
{
    std::vector<Candidate> out;
    FinderThresholdMaps threshold_maps;
    const std::vector<FinderPattern> finders = find_finder_patterns(gray, &threshold_maps);
    add_from_finders(gray, finders, out);
    // No symbol on a grid: perhaps scratches cut its finders open. Bridged finders count only as a pair or
    // triple a module grid confirms: the bridge also closes a far-away code into one square-in-square.
    std::optional<std::vector<FinderPattern>> faint;
    if (out.empty()) {
        const std::vector<FinderPattern> bridged = find_scratched_finder_patterns(threshold_maps);
        add_from_finders(gray, bridged, out);
        // The finders of a scratched code may show to different searches: one with its scratch bridged,
        // one (its ink worn thin by the scratching) once the contrast is stretched. Only finders the plain
        // search did not see are pooled: one it saw merged into artwork, seen again, is no scratch.
        if (out.empty() && !bridged.empty()) {
            faint = find_faint_finder_patterns(gray);
            std::vector<FinderPattern> pooled = not_seen_in(bridged, finders);
            const std::vector<FinderPattern> worn = not_seen_in(*faint, finders);
            pooled.insert(pooled.end(), worn.begin(), worn.end());
            add_from_finders(gray, pooled, out);
        }
        for (Candidate& c : out) c.finders_bridged = true;
    }
    threshold_maps = {};  // a few MB of a big photo's maps, not needed by the searches below

    std::vector<std::size_t> cards_not_codes;  // blurred-finder outlines found to be around or beside a far-away code
    std::vector<Candidate> smeared;            // regions of smeared print, not yet known to be no other candidate
    const std::vector<TextureRegion> regions = find_texture_regions(gray);
    for (const TextureRegion& t : regions) {
        bool known = false;
        bool in_card = false;  // a blurred-finder outline many times this region's size is around it
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (!overlaps(out[i], t.box.center)) continue;
            if (t.far_away && out[i].source == CandidateSource::BlurredFinders && outline_area(out[i]) > kCardToCodeArea * t.box.size.area())
                in_card = true;
            else
                known = true;
        }
        if (known) continue;
        if (t.far_away) {
            if (auto small = small_code_candidate(gray, t.box)) {
                // A sharp code: a blurred-finder outline many times its size round it is its card.
                mark_cards_round(out, t, cards_not_codes);
                out.push_back(std::move(*small));
                continue;
            }
            // Sharp two-toned specks found at full resolution are letters, or a patch of a larger code:
            // they speak for the region round them (holds_sharp_texture), not for a code of their own.
            if (!mixed_like_a_far_code(t)) continue;
            // Nor is a speck two-toned enough to show a code's cells at its threshold that encloses no
            // maze of light cells: a number on a calendar, a word. A greyer one (a code behind glass, its
            // modules washed towards the paper) says nothing by its cells.
            if (t.bimodality >= kMaxSmearedBimodality && enclosed_light_cells(gray, t.box) < kMinFarCodeCells) continue;
        }
        // Finder patterns inside the region give its scale and outline.
        const std::vector<const FinderPattern*> inside = finders_in(t.box, finders);
        Candidate c;
        std::optional<MotionBlur> smear;
        c.texture_bimodality = t.bimodality;
        c.touches_frame = t.touches_frame;
        int free_rings = 0;
        for (const FinderPattern* f : inside) free_rings += f->outer_ring_free;
        // A finder merged into its surround is trusted only in a triple that a grid confirms; alone in
        // a texture region it is as likely a letter. Except in a close-up: module texture filling the
        // photo and running out of it, with a finder among it, is a code too close to fit (its finders
        // cut by the edge, or their rings taken into modules as large as the local threshold's window).
        const bool close_up = t.touches_frame && t.box.size.area() >= kCloseUpShare * static_cast<double>(gray.total());
        // Modules on a lattice need less of the photo to be told from other print: a code cut 40% by
        // the frame shows a third of it.
        const bool lattice_close_up = t.touches_frame && t.box.size.area() >= kLatticeCloseUpShare * static_cast<double>(gray.total());
        const bool centred = all_at_centre(t.box, inside);
        if (centred && free_rings == 0) continue;
        if (free_rings > 0 || (close_up && !inside.empty())) {
            const double module_px = mean_module(inside);
            cv::RotatedRect box = t.box;
            // Too many of the finders' modules for one symbol, or finders only in its middle: the region
            // is the card or poster round a code whose other finders are covered or peeled off (or an
            // Aztec code's bullseye). The code is the block of modules its finder sits in a corner of.
            if (centred || snap_modules(std::sqrt(box.size.area()) / module_px) > kMaxPaymentModules) {
                const auto block = block_cornered_by(gray, t, *first_free(inside));
                if (!block) continue;
                box = *block;
                c.touches_frame = reaches_frame(box, gray.size());
            }
            if (!outline_measured(c, box, module_px)) continue;
            for (const FinderPattern* f : inside) {
                if (!box.boundingRect2f().contains(f->centre)) continue;
                c.finders.push_back(f->centre);
                c.finders_with_free_ring += f->outer_ring_free;
            }
        } else if (auto aligned = t.touches_frame ? alignment_in(gray, t.box) : std::nullopt) {
            // Module texture running out of the photo with no finder in view but an alignment pattern: a
            // code so close the frame cuts off all three corners. The pattern gives the module size.
            if (!outline_measured(c, t.box, aligned->module_px)) continue;
        } else if (auto lattice = lattice_close_up && inside.empty() ? module_lattice(gray, t.box) : std::nullopt) {
            // Nor an alignment pattern in view (dot modules, a version-1 code, a logo over it), but the
            // photo filled with two-tone print on a square module lattice: a code too close to fit.
            if (!outline_measured(c, t.box, lattice->module_px)) continue;
        } else if (auto blurred = find_blurred_finders(gray, t.box)) {
            // No finder binarises, yet three dark blobs sit where finders would: a blurred symbol.
            c.source = CandidateSource::BlurredFinders;
            c.module_px = blurred->module_px;
            c.modules = blurred->modules;
            c.corners = outline_from_finders(blurred->top_left, blurred->top_right, blurred->bottom_left, c.module_px);
            // The outline, placed by the finders, says whether the code leaves the photo; the region
            // around it (a card, a blurred table) running into the edge does not.
            c.touches_frame = false;
            // Found by the full-resolution search: modules of a pixel or two, whose finders look like blobs
            // however sharp the print. The triple gives the outline; the region says it is far away.
            c.far_away = t.far_away;
        } else if (auto deblurred = deblurred_candidate(gray, t.box, smear)) {
            c = std::move(*deblurred);
        } else if (t.far_away) {
            // Modules of a pixel or two: no finder survives the photo's sharpness and JPEG, but a small
            // square of module texture, half dark and not periodic, is as QR-like as such a photo can show.
            outline_uncounted(c, t.box);
            c.far_away = true;
        } else if (holds_sharp_texture(regions, t)) {
            // Nothing of its finders left (scratched through, torn or wiped away), but sharp module texture
            // in it: a code of readable size, damaged.
            outline_uncounted(c, t.box);
        } else if (smeared_print(t, smear)) {
            // Finders smeared past undoing, but module texture smeared one way and no longer two-toned: a
            // code photographed with the camera moving. Kept aside until every region has had its look: a
            // smeared card or photo around a code must not hide the code's own region inside it.
            outline_uncounted(c, t.box);
            c.motion_blur = smear;
            smeared.push_back(std::move(c));
            continue;
        } else {
            continue;  // busy, two-toned, but nothing of a QR symbol's structure
        }
        // Inside a blurred-finder outline many times its size, only a far-away code is something else.
        if (in_card && !c.far_away) continue;
        if (c.far_away) mark_cards_round(out, t, cards_not_codes);
        out.push_back(std::move(c));
    }
    for (Candidate& c : smeared)
        if (!on_a_candidate(out, c)) out.push_back(std::move(c));
    std::sort(cards_not_codes.begin(), cards_not_codes.end());
    cards_not_codes.erase(std::unique(cards_not_codes.begin(), cards_not_codes.end()), cards_not_codes.end());
    for (auto i = cards_not_codes.rbegin(); i != cards_not_codes.rend(); ++i)
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(*i));
    // A code cut through its data by the photo's edge shows a finder and a strip of modules. The strip may
    // have been found as texture running into the edge: the symbol placed at its finder outlines it better.
    const bool only_strips = std::all_of(out.begin(), out.end(), [](const Candidate& c) {
        return c.source == CandidateSource::Texture && c.touches_frame;
    });
    if (only_strips)
        if (auto cut = cut_close_up_candidate(gray, finders)) out = {std::move(*cut)};
    // Nothing found: perhaps print faded towards its paper, whose finders show once the photo's contrast
    // is stretched locally, and whose modules stand out only against their neighbours where the light
    // is uneven. Looked for last, as the stretch raises every texture and stain with them.
    if (out.empty()) add_from_finders(gray, faint ? *faint : find_faint_finder_patterns(gray), out, CellLevels::OrNeighbours);
    // OpenCV's detector, last: its outline of a code our own searches missed.
    if (out.empty()) {
        std::vector<cv::Point2f> quad;
        cv::QRCodeDetector detector;
        cv::theRNG() = cv::RNG(kDetectorSeed);
        // Its cost grows with the pixels and its outline needs few of them.
        const int longest = std::max(gray.cols, gray.rows);
        const double shrink = longest > kDetectorLongestSide ? static_cast<double>(kDetectorLongestSide) / longest : 1.0;
        const bool found = detector.detect(shrink < 1 ? scaled(gray, shrink, cv::INTER_AREA) : gray, quad) && projects_from_square(quad);
        if (found)
            for (cv::Point2f& p : quad) p /= static_cast<float>(shrink);
        // Its finder test passes a chessboard's squares too, and its outline then runs over the board
        // into the table beside it: an outline on a texture region of repeating pattern (a chessboard,
        // graph paper) is no symbol, whose data are masked to look random. Nothing was found, so no
        // region was passed over above as known.
        const bool on_repeating = found && std::any_of(regions.begin(), regions.end(), [&](const TextureRegion& t) {
            std::array<cv::Point2f, 4> corners;
            t.box.points(corners.data());
            std::vector<cv::Point2f> common;
            const bool on_it = cv::intersectConvexConvex(quad, std::vector<cv::Point2f>(corners.begin(), corners.end()), common) > 0;
            return !t.far_away && on_it && periodic(gray, t.box);
        });
        if (found && !on_repeating && about_half_dark(gray, quad)) {
            Candidate c;
            c.source = CandidateSource::OpenCvDetector;
            for (int i = 0; i < 4; ++i) c.corners[static_cast<std::size_t>(i)] = quad[static_cast<std::size_t>(i)];
            const double side = std::sqrt(std::abs(cv::contourArea(quad)));
            c.modules = kTypicalPaymentModules;
            c.module_px = side / c.modules;
            out.push_back(std::move(c));
        }
    }
    // Last, a code defocused past anything the searches above recognise: a square of blurred mottle on its
    // paper, looked for while no candidate shows a finder, and ranked ahead of those it is not on.
    const bool no_finder_seen = std::all_of(out.begin(), out.end(), [](const Candidate& c) { return c.finders.empty(); });
    if (no_finder_seen) {
        const std::vector<Candidate> squares = defocused_candidates(gray, finders, out);
        out.insert(out.begin(), squares.begin(), squares.end());
    }

    for (Candidate& c : out) c.frame_shorter_side = std::min(gray.cols, gray.rows);
    return out;
}

}  // namespace qrdiag
