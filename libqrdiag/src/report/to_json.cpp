// The JSON shape of the CLI contract (DEVELOPERS.md): one object per input.
#include "report/to_json.h"

#include "qrdiag/diagnose.h"

namespace qrdiag {
namespace {

using nlohmann::json;

json finding_json(const Finding& f, Lang lang)
{
    json j{{"rule", f.rule},
           {"cause", to_string(f.cause)},
           {"severity", to_string(f.severity)},
           {"summary", f.summary.in(lang)},
           {"fix", f.fix.in(lang)}};
    if (!f.path.empty()) j["path"] = f.path;
    if (f.offset) j["offset"] = *f.offset;
    if (!f.found.empty()) j["found"] = f.found;
    if (!f.expected.empty()) j["expected"] = f.expected;
    if (!f.metrics.empty()) {
        json m = json::object();
        for (const auto& [name, value] : f.metrics) m[name] = value;
        j["metrics"] = m;
    }
    return j;
}

json measures_json(const SymbolMeasures& m)
{
    json j{{"module_px", m.module_px},
           {"quiet_zone_modules", {{"top", m.quiet_zone_modules[0]}, {"right", m.quiet_zone_modules[1]},
                                   {"bottom", m.quiet_zone_modules[2]}, {"left", m.quiet_zone_modules[3]}}},
           {"symbol_contrast", m.symbol_contrast},
           {"modulation", m.modulation},
           {"blur_modules", m.blur_modules},
           {"damage_ratio", m.damage_ratio},
           {"grade", std::string(1, m.grade)},
           {"grade_note", "uncalibrated estimate in the spirit of ISO/IEC 15415"}};
    if (m.unused_ec >= 0) j["unused_ec"] = m.unused_ec;
    if (m.fixed_pattern_damage >= 0) j["fixed_pattern_damage"] = m.fixed_pattern_damage;
    if (m.module_mm) j["module_mm"] = *m.module_mm;
    if (m.max_distance_cm) j["max_distance_cm"] = *m.max_distance_cm;
    return j;
}

}  // namespace

json payload_json(const PayloadReport& p, Lang lang)
{
    json fields = json::array();
    for (const PayloadField& f : p.fields)
        fields.push_back({{"path", f.path}, {"name", f.name}, {"value", f.value}, {"offset", f.offset}});
    json j{{"scheme", to_string(p.scheme)}, {"scheme_label", p.scheme_label}, {"fields", fields}};
    if (p.dynamic) j["dynamic"] = *p.dynamic;
    if (p.expires_at) j["expires_at"] = format_time(*p.expires_at);
    if (!p.expiry_source.empty()) j["expiry_source"] = p.expiry_source;
    const std::pair<const char*, const std::string*> facts[] = {
        {"bank_bin", &p.bank_bin}, {"bank_name", &p.bank_name}, {"account", &p.account},
        {"service", &p.service},   {"amount", &p.amount},       {"currency", &p.currency},
        {"reference", &p.reference}, {"merchant_name", &p.merchant_name}};
    for (const auto& [key, value] : facts)
        if (!value->empty()) j[key] = *value;
    json findings = json::array();
    for (const Finding& f : p.findings) findings.push_back(finding_json(f, lang));
    j["findings"] = findings;
    return j;
}

json diagnosis_json(const Diagnosis& d, Lang lang)
{
    json codes = json::array();
    std::string payload;
    for (const CodeReport& c : d.codes) {
        json code{{"text", c.text}, {"decoded", c.decoded}};
        if (c.decoded && payload.empty()) payload = c.text;
        json corners = json::array();
        for (const Point& p : c.corners) corners.push_back({p.x, p.y});
        code["corners"] = corners;
        if (!c.decoder.empty()) code["decoder"] = c.decoder;
        if (!c.repair.empty()) code["repair"] = c.repair;
        if (c.version > 0) code["version"] = c.version;
        if (!c.ec_level.empty()) code["ec_level"] = c.ec_level;
        if (c.measures) code["measures"] = measures_json(*c.measures);
        if (c.payload) code["payload"] = payload_json(*c.payload, lang);
        codes.push_back(code);
    }
    json causes = json::array();
    for (const Cause& c : d.causes) {
        json findings = json::array();
        for (const Finding& f : c.findings) findings.push_back(finding_json(f, lang));
        causes.push_back({{"id", to_string(c.id)},
                          {"severity", to_string(c.severity)},
                          {"summary", c.summary.in(lang)},
                          {"fix", c.fix.in(lang)},
                          {"score", c.score},
                          {"findings", findings}});
    }
    json notes = json::array();
    for (const Finding& f : d.notes) notes.push_back(finding_json(f, lang));

    json j{{"input", d.input}, {"verdict", to_string(d.verdict)}, {"payload", payload},
           {"codes", codes},   {"causes", causes},                {"notes", notes}};
    if (!d.error.empty()) j["error"] = d.error;
    if (d.width > 0) j["image"] = {{"width", d.width}, {"height", d.height}};
    return j;
}

std::string to_json(const Diagnosis& diagnosis, Lang lang)
{
    // Invalid UTF-8 from an input must not make dump() throw: replace it instead.
    return diagnosis_json(diagnosis, lang).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace qrdiag
