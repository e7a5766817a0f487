#include "measure/decoded_findings.h"

#include "measure/image_findings.h"
#include "measure/thresholds.h"

namespace qrdiag {
namespace {

constexpr double kMmPerInch = 25.4;

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
    auto add = [&](Finding f, bool past_cause_threshold) {
        if (!read_by_default && past_cause_threshold) f.severity = Severity::Fail;
        out.push_back(std::move(f));
    };
    if (m.module_px < kMarginalModulePx)
        add(small_modules_finding(m.module_px, true), m.module_px < kUnreadableModulePx);
    if (e.blur.edges > 0 && m.blur_modules > kMarginalEdgeSpread)
        add(blur_finding(m.blur_modules, true), m.blur_modules > kFailEdgeSpread);
    if (m.unused_ec >= 0 && m.unused_ec < kLowUnusedEc)
        add(damage_finding(m.damage_ratio, m.unused_ec, true), true);

    // The narrowest side where something dark intrudes; a margin cut by the photo's edge says nothing
    // about the print.
    int side = -1;
    for (int s = 0; s < 4; ++s) {
        const auto i = static_cast<std::size_t>(s);
        if (e.quiet.intruded[i] && m.quiet_zone_modules[i] < kStandardQuietZone &&
            (side < 0 || m.quiet_zone_modules[i] < m.quiet_zone_modules[static_cast<std::size_t>(side)]))
            side = s;
    }
    if (side >= 0) {
        const double qz = m.quiet_zone_modules[static_cast<std::size_t>(side)];
        const double cause_below = m.blur_modules > kMarginalEdgeSpread ? kCauseQuietZoneBlurred : kCauseQuietZone;
        Finding f = quiet_zone_finding(qz, side_name_en(side), side_name_vi(side), true, 0);
        if (qz < cause_below) f.weight = std::max(f.weight, 0.6);
        add(std::move(f), qz < cause_below);
    }

    if (m.symbol_contrast < kLowSymbolContrast) add(low_contrast_finding(m.symbol_contrast, true), true);

    if (m.module_mm && m.max_distance_cm) {
        out.push_back(physical_size_note(*m.module_mm, *m.max_distance_cm));
        const double code_cm = *m.module_mm * modules / 10;
        if (physical.distance_cm && code_cm * kDistancePerCodeWidth < *physical.distance_cm)
            out.push_back(too_far_for_distance_finding(code_cm, *physical.distance_cm));
    }
    return out;
}

}  // namespace qrdiag
