#include "recipes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include <opencv2/imgproc.hpp>

#include "card.h"
#include "damage.h"
#include "symbol.h"
#include "verify.h"

namespace samples {
namespace {

// Attempts per image before a label is kept unconfirmed; each attempt draws new randomness and,
// for defects, a stronger one.
constexpr int kMaxAttempts = 12;

std::string fmt(const char* f, double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string slug(std::string text, std::size_t max_len = 36)
{
    for (const char* prefix : {"VietQR with ", "VietQR: ", "VietQR "})
        if (text.rfind(prefix, 0) == 0) text = text.substr(std::string(prefix).size());
    std::string out;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= max_len) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

char pick_ec(Rng& rng)
{
    const double r = rng.uniform();
    return r < 0.15 ? 'L' : r < 0.6 ? 'M' : r < 0.85 ? 'Q' : 'H';
}

cv::Size pick_frame(Rng& rng, bool bench)
{
    static const std::vector<cv::Size> phone{{1280, 960}, {960, 1280}, {1280, 960}, {960, 1280}, {1024, 768}, {768, 1024},
                                             {1600, 1200}, {1200, 1600}, {1280, 720}, {1440, 1080}};
    static const std::vector<cv::Size> full{{4000, 3000}, {3000, 4000}, {3264, 2448}, {1920, 1080}};
    return rng.pick(bench ? full : phone);
}

// Module sizes that describe the camera's distance scale with the frame; 1400 px is the reference.
double resolution_scale(cv::Size frame) { return std::max(frame.width, frame.height) / 1400.0; }

// Largest module size at which the symbol, turned and tilted, still fits in the frame with a margin.
double fitting_module_px(cv::Size frame, int modules)
{
    return std::min(frame.width, frame.height) / (modules * 1.6 + 10);
}

Shot base_shot(Rng& rng, cv::Size frame, double module_px, int modules)
{
    Shot s;
    s.frame = frame;
    s.module_px = module_px;
    s.roll = rng.chance(0.2) ? rng.uniform(-180, 180) : std::clamp(rng.normal() * 8, -25.0, 25.0);
    s.tilt_x = std::clamp(rng.normal() * 12, -35.0, 35.0);
    s.tilt_y = std::clamp(rng.normal() * 12, -35.0, 35.0);
    if (rng.chance(0.1)) s.tilt_x = rng.sign() * rng.uniform(35, 50);  // a standee on a counter seen from above
    s.depth = rng.uniform(1.5, 5);
    s.camera_sigma = rng.uniform(0.3, 0.6) * std::max(1.0, resolution_scale(frame) * 0.6);
    s.noise = rng.uniform(1.0, 4.5);
    s.light_gradient = rng.uniform(0, 0.45);
    s.vignette = rng.uniform(0, 0.4);
    s.cast_shadow = rng.chance(0.3) ? rng.uniform(0.2, 0.5) : 0;
    s.glare = rng.chance(0.15) ? rng.uniform(0.1, 0.35) : 0;
    // Committed images stay small; phone cameras themselves write 80-95.
    s.jpeg_quality = resolution_scale(frame) > 2 ? rng.integer(80, 95) : rng.integer(45, 85);
    const double light = rng.uniform();
    if (light < 0.12) {  // a dim shop: darker and noisier
        s.exposure = rng.uniform(0.45, 0.7);
        s.noise *= 1.6;
    } else if (light < 0.18) {
        s.exposure = rng.uniform(1.15, 1.35);
    }
    const double half = modules * module_px * 0.75 + 4 * module_px;
    const double free_x = std::max(0.0, frame.width / 2.0 - half), free_y = std::max(0.0, frame.height / 2.0 - half);
    // People aim at the code: mostly near the centre of the frame.
    s.code_centre = cv::Point2d(frame.width / 2.0 + std::clamp(rng.normal() * 0.35, -0.9, 0.9) * free_x,
                                frame.height / 2.0 + std::clamp(rng.normal() * 0.35, -0.9, 0.9) * free_y);
    return s;
}

int card_module_px(double module_px, Rng& rng)
{
    return std::clamp(static_cast<int>(std::lround(module_px * rng.uniform(1.1, 1.6))), 2, 24);
}

// A symbol on a standee, photographed: what most recipes share.
struct Plan {
    Payload payload;
    Symbol symbol;
    CodeLayout layout;
    Shot shot;
    std::function<std::string(Card&, Rng&)> damage;  // optional
};

Plan clean_plan(const Payload& payload, const Context& ctx, Rng& rng, double min_px = 3.5, double max_px = 10)
{
    Plan p;
    p.payload = payload;
    p.symbol = encode_symbol(payload.text, pick_ec(rng), payload.utf8);
    p.layout.margin_modules = rng.uniform(4, 7);
    p.layout.centre_logo = (p.symbol.ec_level == 'Q' || p.symbol.ec_level == 'H') && rng.chance(0.4);
    const double style = rng.uniform();
    p.layout.style = style < 0.75 ? ModuleStyle::Square : style < 0.9 ? ModuleStyle::Rounded : ModuleStyle::Dots;
    const cv::Size frame = pick_frame(rng, ctx.bench);
    const double scale = resolution_scale(frame);
    if (rng.chance(0.15)) max_px *= 1.6;  // close-ups that fill the frame
    const double hi = std::min(max_px * scale, fitting_module_px(frame, p.symbol.modules));
    const double lo = min_px * std::max(1.0, scale);  // never below min_px: small frames are not far cameras
    const double px = std::max(lo, std::min(hi, rng.uniform(lo, std::max(lo, hi))));
    p.shot = base_shot(rng, frame, px, p.symbol.modules);
    return p;
}

Sample shoot(const std::string& cls, const Plan& plan, Rng& rng, std::string& damage_note)
{
    Card card = draw_standee(plan.symbol, plan.payload, card_module_px(plan.shot.module_px, rng), plan.layout, rng);
    if (plan.damage) damage_note = plan.damage(card, rng);
    Sample s;
    s.cls = cls;
    s.photo = photograph(card, plan.shot, rng);
    s.payload = plan.payload.text;
    s.options = plan.payload.options;
    s.module_px = plan.shot.module_px;
    return s;
}

std::string symbol_note(const Plan& p)
{
    static const char* styles[] = {"", " rounded modules", " dot modules"};
    return "v" + std::to_string(p.symbol.version()) + "-" + std::string(1, p.symbol.ec_level) +
           styles[static_cast<int>(p.layout.style)] + (p.layout.centre_logo ? " with a centre logo" : "") + ", " +
           fmt("%.1f px/module", p.shot.module_px) + ", " + std::to_string(p.shot.frame.width) + "x" +
           std::to_string(p.shot.frame.height) + ", jpeg q" + std::to_string(p.shot.jpeg_quality);
}

bool decodes_to(const Sample& s, const std::string& text)
{
    const auto texts = zxing_texts(s.photo.image);
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

bool decodes_nothing(const Sample& s) { return zxing_texts(s.photo.image).empty(); }

// A readable code whose label comes from its payload (clean, payload defects, expired, marginal standee).
Sample readable(const std::string& cls, const Context& ctx, Rng& rng, const std::function<Payload(Rng&)>& make_payload)
{
    const Payload payload = make_payload(rng);
    Plan plan = clean_plan(payload, ctx, rng);
    std::string unused;
    Sample s = shoot(cls, plan, rng, unused);
    s.expected_cause = payload.expected_cause;
    s.severity = payload.severity;
    s.description = slug(payload.expected_cause == "pass" ? payload.bank_name + " " + payload.notes : payload.notes, 30);
    s.notes = payload.notes + "; " + symbol_note(plan);
    s.order_reference = payload.order_reference;
    s.order_expires_at = payload.order_expires_at;
    s.verified = decodes_to(s, payload.text);
    return s;
}

Sample blur_damage(int index, int attempt, const Context& ctx, Rng& rng)
{
    const double escalate = std::pow(1.25, attempt);
    Plan plan = clean_plan(ctx.payloads.valid(rng), ctx, rng, 3.5, 8);
    std::string what, tag;
    if (index % 2 == 0) {
        const int kind = (index / 2) % 3;
        const double m = plan.shot.module_px;
        if (kind == 0) {
            const double sigma = rng.uniform(0.7, 1.2) * escalate;
            plan.shot.optics = Optics::Defocus;
            plan.shot.blur_px = sigma * m;
            what = "defocus sigma " + fmt("%.2f", sigma) + " modules";
            tag = "defocus";
        } else if (kind == 1) {
            const double radius = rng.uniform(1.2, 2.0) * escalate;
            plan.shot.optics = Optics::DiskDefocus;
            plan.shot.blur_px = radius * m;
            what = "out of focus, disk radius " + fmt("%.2f", radius) + " modules";
            tag = "disk-defocus";
        } else {
            const double length = rng.uniform(2.5, 4.0) * escalate;
            plan.shot.optics = Optics::Motion;
            plan.shot.blur_px = length * m;
            plan.shot.motion_angle = rng.uniform(0, 180);
            what = "motion blur " + fmt("%.1f", length) + " modules at " + fmt("%.0f deg", plan.shot.motion_angle);
            tag = "motion-blur";
        }
        plan.shot.background_in_focus = kind != 2 && rng.chance(0.4);
    } else {
        static const std::vector<Damage> kinds{Damage::TornCorner, Damage::Stains, Damage::PeeledBand, Damage::Scratches, Damage::Smudge};
        static const char* tags[] = {"torn-corner", "stains", "peeled-band", "scratches", "smudge"};
        const Damage kind = kinds[static_cast<std::size_t>((index / 2) % 5)];
        tag = tags[(index / 2) % 5];
        const double strength = std::pow(1.3, attempt);
        plan.damage = [kind, strength](Card& card, Rng& r) { return apply_damage(card, kind, strength, r); };
    }
    Sample s = shoot("blur_damage", plan, rng, what);  // damage describes itself into `what`
    s.expected_cause = "blur_damage";
    s.severity = "fail";
    s.description = tag;
    s.notes = what + "; " + plan.payload.notes + "; " + symbol_note(plan);
    s.verified = decodes_nothing(s);
    return s;
}

Sample quiet_zone(int index, int /*attempt: redrawing is enough, nothing to strengthen*/, const Context& ctx, Rng& rng)
{
    static const std::vector<Surround> kinds{Surround::DarkArtwork, Surround::DarkFrame, Surround::LowContrast,
                                             Surround::TextTouching, Surround::DarkArtwork};
    static const char* names[] = {"white panel", "dark busy artwork", "dark frame", "low-contrast artwork", "text and artwork"};
    static const char* slugs[] = {"white-panel", "dark-artwork", "dark-frame", "low-contrast-surround", "text-touching"};
    Plan plan = clean_plan(ctx.payloads.valid(rng), ctx, rng, 4, 9);
    plan.layout.surround = kinds[static_cast<std::size_t>(index % 5)];
    // Pressed against: no light gap at all.
    plan.layout.margin_modules = 0;
    plan.layout.centre_logo = false;
    std::string unused;
    Sample s = shoot("quiet_zone", plan, rng, unused);
    const std::string what = std::string(names[static_cast<int>(plan.layout.surround)]) + " at " +
                             fmt("%.1f", plan.layout.margin_modules) + " modules from the code";
    s.expected_cause = "quiet_zone";
    s.severity = "fail";
    s.description = slugs[static_cast<int>(plan.layout.surround)];
    s.notes = what + "; " + plan.payload.notes + "; " + symbol_note(plan);
    s.verified = decodes_nothing(s);
    return s;
}

Sample distance_scale(int index, int attempt, const Context& ctx, Rng& rng)
{
    Plan plan = clean_plan(ctx.payloads.valid(rng), ctx, rng, 5, 12);
    plan.layout.centre_logo = false;
    std::string what, tag;
    if (index % 3 != 2) {  // far away: few pixels per module
        const cv::Size frame = pick_frame(rng, ctx.bench);
        const double px = rng.uniform(0.9, 1.5) * std::pow(0.93, attempt);
        plan.shot = base_shot(rng, frame, px, plan.symbol.modules);
        what = "tiny code, " + fmt("%.2f", px) + " px per module";
        tag = "tiny-code";
    } else {  // too close: part of the symbol leaves the frame
        const double outside = std::min(0.7, rng.uniform(0.18, 0.35) + 0.07 * attempt);
        const double half = plan.symbol.modules * plan.shot.module_px / 2;
        plan.shot.roll = rng.normal() * 6;
        const int side = rng.integer(0, 3);
        const cv::Size f = plan.shot.frame;
        const double along = (side % 2 == 0 ? f.height : f.width) * rng.uniform(0.35, 0.65);
        switch (side) {
        case 0: plan.shot.code_centre = {f.width + half - 2 * outside * half, along}; break;
        case 1: plan.shot.code_centre = {along, f.height + half - 2 * outside * half}; break;
        case 2: plan.shot.code_centre = {half - 2 * outside * half, along}; break;
        default: plan.shot.code_centre = {along, half - 2 * outside * half};
        }
        static const char* edges[] = {"right", "bottom", "left", "top"};
        what = "too close, " + fmt("%.0f%%", outside * 100) + " of the code past the " + edges[side] + " edge";
        tag = "cut-by-frame-edge";
    }
    std::string unused;
    Sample s = shoot("distance_scale", plan, rng, unused);
    s.expected_cause = "distance_scale";
    s.severity = "fail";
    s.description = tag;
    s.notes = what + "; " + plan.payload.notes + "; " + symbol_note(plan);
    s.verified = decodes_nothing(s);
    return s;
}

Sample marginal(int index, int attempt, const Context& ctx, Rng& rng)
{
    if (index % 4 == 3) {
        Sample s = readable("marginal", ctx, rng, [&](Rng& r) { return ctx.payloads.dynamic_on_standee(r); });
        s.description = "dynamic-code-on-standee";
        return s;
    }
    Plan plan = clean_plan(ctx.payloads.valid(rng), ctx, rng, 4, 8);
    plan.payload.options.clear();  // nothing but the marginal measure should be blamed
    plan.layout.centre_logo = false;
    std::string what, cause, tag;
    if (index % 4 == 0) {
        plan.layout.surround = Surround::DarkArtwork;
        plan.layout.margin_modules = rng.uniform(1.8, 3.0) + 0.1 * attempt;
        what = "dark artwork " + fmt("%.1f", plan.layout.margin_modules) + " modules from the code";
        cause = "quiet_zone";
        tag = "narrow-margin";
    } else if (index % 4 == 1) {
        plan.shot = base_shot(rng, pick_frame(rng, ctx.bench), rng.uniform(2.2, 2.8) + 0.05 * attempt, plan.symbol.modules);
        plan.shot.tilt_x *= 0.5;
        plan.shot.tilt_y *= 0.5;
        what = "small code, " + fmt("%.2f", plan.shot.module_px) + " px per module";
        cause = "distance_scale";
        tag = "small-modules";
    } else {
        const double sigma = rng.uniform(0.36, 0.44) * std::pow(0.97, attempt);
        plan.shot.optics = Optics::Defocus;
        plan.shot.blur_px = sigma * plan.shot.module_px;
        what = "slightly out of focus, sigma " + fmt("%.2f", sigma) + " modules";
        cause = "blur_damage";
        tag = "slight-defocus";
    }
    plan.shot.cast_shadow = 0;
    plan.shot.glare = 0;
    plan.shot.exposure = 1;
    std::string unused;
    Sample s = shoot("marginal", plan, rng, unused);
    s.expected_cause = cause;
    s.severity = "warn";
    s.description = tag;
    s.notes = what + "; " + plan.payload.notes + "; " + symbol_note(plan);
    s.options.clear();
    s.verified = decodes_to(s, plan.payload.text);
    return s;
}

Sample no_code(const Context& ctx, Rng& rng)
{
    const int unit = rng.integer(2, 6);
    Card card = draw_codeless_card(unit, rng);
    const cv::Size frame = pick_frame(rng, ctx.bench);
    const int modules = static_cast<int>((card.code[1].x - card.code[0].x) / unit);
    const double px = std::min(fitting_module_px(frame, modules) * 1.3, rng.uniform(2, 6) * resolution_scale(frame));
    Shot shot = base_shot(rng, frame, px, modules);
    const bool card_in_view = rng.chance(0.8);
    if (!card_in_view) shot.code_centre = {-2.0 * frame.width, -2.0 * frame.height};  // just the table or wall
    Sample s;
    s.cls = "no_code";
    s.photo = photograph(card, shot, rng);
    s.expected_cause = "no_code_found";
    s.severity = "fail";
    s.description = card_in_view ? "standee-without-code" : "table-or-wall";
    s.notes = std::string(card_in_view ? "a standee or menu with no QR code; " : "a table or wall, no card; ") +
              std::to_string(frame.width) + "x" + std::to_string(frame.height);
    s.verified = decodes_nothing(s);
    return s;
}

// Clean renders for end-to-end tests of the payload half: the symbol alone or the flat standee artwork.
Sample payload_render(const std::string& cls, const Payload& payload, Rng& rng)
{
    const Symbol symbol = encode_symbol(payload.text, pick_ec(rng), payload.utf8);
    Photo photo;
    double module_px = 0;
    if (rng.chance(0.5)) {
        const int px = rng.integer(3, 6), quiet = 4;
        module_px = px;
        cv::Mat3b img((symbol.modules + 2 * quiet) * px, (symbol.modules + 2 * quiet) * px, cv::Vec3b(255, 255, 255));
        draw_symbol(img, symbol, {quiet * px, quiet * px}, px, cv::Scalar::all(0));
        Card flat;
        flat.art = img;
        photo = flat_render(flat, 1.0);
    } else {
        CodeLayout layout;
        layout.margin_modules = 4;
        module_px = rng.integer(3, 5);
        photo = flat_render(draw_standee(symbol, payload, static_cast<int>(module_px), layout, rng), 1.0);
    }
    Sample s;
    s.cls = cls;
    s.photo = photo;
    s.payload = payload.text;
    s.options = payload.options;
    s.expected_cause = payload.expected_cause;
    s.severity = payload.severity;
    s.description = slug(payload.notes, 30);
    s.notes = payload.notes + "; v" + std::to_string(symbol.version()) + "-" + std::string(1, symbol.ec_level);
    s.module_px = module_px;
    s.order_reference = payload.order_reference;
    s.order_expires_at = payload.order_expires_at;
    s.verified = decodes_to(s, payload.text);
    return s;
}

// Files a reader cannot use: a photo cut off mid-transfer, an empty upload, a web page saved as .jpg,
// a PNG whose data is garbage.
Sample unreadable(int index, const Context& ctx, Rng& rng)
{
    Sample s = readable("unreadable_input", ctx, rng, [&](Rng& r) { return ctx.payloads.valid(r); });
    std::vector<uchar>& bytes = s.photo.bytes;
    switch (index % 4) {
    case 0:
        bytes.resize(static_cast<std::size_t>(bytes.size() * rng.uniform(0.3, 0.6)));
        s.description = "truncated-transfer";
        s.notes = "a JPEG cut off part way through the transfer";
        break;
    case 1:
        bytes.clear();
        s.description = "empty-file";
        s.notes = "an empty file";
        break;
    case 2: {
        const std::string page = "<!DOCTYPE html><html><body>Dang tai anh...</body></html>\n";
        bytes.assign(page.begin(), page.end());
        s.description = "web-page-saved-as-image";
        s.notes = "an HTML page saved with an image name";
        break;
    }
    default:
        s.photo = flat_render(Card{s.photo.image, {}, {}, 0, 1}, 0.25);
        for (std::size_t i = 64; i < s.photo.bytes.size(); ++i) s.photo.bytes[i] = static_cast<uchar>(rng.integer(0, 255));
        s.description = "corrupt-png";
        s.notes = "a PNG whose compressed data is garbage";
    }
    s.expected_cause = "unreadable_input";
    s.severity = "fail";
    s.payload.clear();
    s.options.clear();
    s.module_px = 0;
    s.verified = true;  // made unreadable on purpose; nothing to confirm
    return s;
}

Sample attempt_sample(const std::string& cls, int index, int attempt, const Context& ctx, Rng& rng)
{
    const PayloadMaker& p = ctx.payloads;
    if (cls == "clean") return readable(cls, ctx, rng, [&](Rng& r) { return p.valid(r); });
    if (cls == "malformed_payload") return readable(cls, ctx, rng, [&](Rng& r) { return p.malformed(r, index); });
    if (cls == "wrong_account") return readable(cls, ctx, rng, [&](Rng& r) { return p.wrong_account(r, index); });
    if (cls == "expired") return readable(cls, ctx, rng, [&](Rng& r) { return p.expired(r, index); });
    if (cls == "blur_damage") return blur_damage(index, attempt, ctx, rng);
    if (cls == "quiet_zone") return quiet_zone(index, attempt, ctx, rng);
    if (cls == "distance_scale") return distance_scale(index, attempt, ctx, rng);
    if (cls == "marginal") return marginal(index, attempt, ctx, rng);
    if (cls == "no_code") return no_code(ctx, rng);
    if (cls == "unreadable_input") return unreadable(index, ctx, rng);
    if (cls == "payload_valid") return payload_render(cls, p.valid(rng), rng);
    if (cls == "payload_malformed") return payload_render(cls, p.malformed(rng, index), rng);
    if (cls == "payload_wrong_account") return payload_render(cls, p.wrong_account(rng, index), rng);
    if (cls == "payload_expired") return payload_render(cls, p.expired(rng, index), rng);
    throw std::invalid_argument("unknown sample class " + cls);
}

}  // namespace

std::vector<ClassPlan> sample_plan(bool bench)
{
    if (bench)
        return {{"clean", 10}, {"marginal", 8}, {"blur_damage", 10}, {"quiet_zone", 8}, {"distance_scale", 9},
                {"no_code", 4}, {"malformed_payload", 2}, {"wrong_account", 2}, {"expired", 2}};
    return {{"clean", 30},          {"blur_damage", 30},         {"quiet_zone", 30},      {"distance_scale", 30},
            {"malformed_payload", 25}, {"wrong_account", 25},    {"expired", 25},         {"marginal", 28},
            {"no_code", 20},        {"unreadable_input", 8},     {"payload_valid", 10},       {"payload_malformed", 20}, {"payload_wrong_account", 10},
            {"payload_expired", 6}};
}

Sample make_sample(const std::string& cls, int index, const Context& ctx)
{
    const std::string stream = (ctx.bench ? "bench/" : "") + cls;
    Sample s;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        Rng rng(Rng::seed_of(stream, static_cast<std::uint64_t>(index) * 1000 + static_cast<std::uint64_t>(attempt)));
        s = attempt_sample(cls, index, attempt, ctx, rng);
        if (s.verified) return s;
    }
    s.notes += " (label not confirmed by ZXing)";
    return s;
}

}  // namespace samples
