#include "measure/decoded_findings.h"

#include "measure/image_findings.h"
#include "measure/thresholds.h"

#include <algorithm>

namespace qrdiag {
namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kUnreadableCauseWeight = 0.9;
constexpr double kNoMarginCauseWeight = 0.95;

}  // namespace

void add_physical_size(SymbolMeasures& m, int modules, const PhysicalContext& physical)
{
    if (!physical.dpi || *physical.dpi <= 0 || m.module_px <= 0) return;
    m.module_mm = m.module_px / *physical.dpi * kMmPerInch;
    const double code_cm = *m.module_mm * modules / 10;
    m.max_distance_cm = code_cm * kDistancePerCodeWidth;
}

std::vector<Finding> decoded_findings(const SymbolEvidence& e, int modules, const PhysicalContext& physical,
                                      bool read_by_default)
{
    const SymbolMeasures& m = e.measures;
    std::vector<Finding> out;
    // Worded and graded as a cause when phones will not read it, as a warning when they will.
    auto reads = [&](bool past_cause_threshold) { return read_by_default || !past_cause_threshold; };
    if (m.module_px < kMarginalModulePx)
        out.push_back(small_modules_finding(m.module_px, reads(m.module_px < kUnreadableModulePx)));
    // Under the marginal module size, pixels alone spread an edge over most of a module and sampling
    // misreads modules: blur and damage measured there would only restate the size.
    const bool resolved = m.module_px >= kMarginalModulePx;
    if (resolved && e.blur.edges > 0 && m.blur_modules > kMarginalEdgeSpread)
        out.push_back(blur_finding(m.blur_modules, reads(m.blur_modules > kFailEdgeSpread)));
    if (resolved && m.unused_ec >= 0 && m.unused_ec < kLowUnusedEc)
        out.push_back(damage_finding(m.damage_ratio, m.unused_ec, reads(true)));

    // The narrowest side where something dark intrudes; a margin cut by the photo's edge says nothing
    // about the print.
    int side = -1;
    for (int s = 0; s < 4; ++s) {
        const auto i = static_cast<std::size_t>(s);
        if (e.quiet.intruded[i] && m.quiet_zone_modules[i] < kStandardQuietZone &&
            (side < 0 || m.quiet_zone_modules[i] < m.quiet_zone_modules[static_cast<std::size_t>(side)]))
            side = s;
    }
    if (side >= 0 && resolved) {
        const double qz = m.quiet_zone_modules[static_cast<std::size_t>(side)];
        const double cause_below = m.blur_modules > kMarginalEdgeSpread ? kCauseQuietZoneBlurred : kCauseQuietZone;
        Finding f = quiet_zone_finding(qz, side_name_en(side), side_name_vi(side), reads(qz < cause_below));
        if (qz < cause_below) f.weight = std::max(f.weight, 0.6);
        if (qz >= kWarnQuietZone) f.severity = Severity::Info;  // non-conformant, yet read everywhere
        out.push_back(std::move(f));
    }

    if (m.symbol_contrast < kLowSymbolContrast) out.push_back(low_contrast_finding(m.symbol_contrast, reads(true)));

    // A cause that stops most phones outranks what the payload holds: the payer never gets that far.
    // A missing margin leads: it stops the finder search itself, and the dark surround also makes the
    // modules along the edge sample wrong, which would otherwise read as damage.
    for (Finding& f : out)
        if (f.severity == Severity::Fail)
            f.weight = std::max(f.weight, f.cause == CauseId::QuietZone ? kNoMarginCauseWeight : kUnreadableCauseWeight);

    if (m.module_mm && m.max_distance_cm) {
        out.push_back(physical_size_note(*m.module_mm, *m.max_distance_cm));
        const double code_cm = *m.module_mm * modules / 10;
        if (physical.distance_cm && code_cm * kDistancePerCodeWidth < *physical.distance_cm)
            out.push_back(too_far_for_distance_finding(code_cm, *physical.distance_cm));
    }
    return out;
}

}  // namespace qrdiag
