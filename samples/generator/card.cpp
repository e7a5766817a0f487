#include "card.h"

#include <algorithm>
#include <map>

#include <opencv2/imgproc.hpp>

namespace samples {
namespace {

const std::vector<int> kFonts{cv::FONT_HERSHEY_SIMPLEX, cv::FONT_HERSHEY_DUPLEX, cv::FONT_HERSHEY_TRIPLEX,
                              cv::FONT_HERSHEY_COMPLEX};

cv::Scalar bgr(int r, int g, int b) { return {double(b), double(g), double(r)}; }

// Brand colours of some banks and wallets, as their standees print them; others get a random hue.
cv::Scalar brand_colour(const std::string& bank, Rng& rng)
{
    static const std::map<std::string, cv::Scalar> brands{
        {"Vietcombank", bgr(0, 112, 60)}, {"Techcombank", bgr(230, 30, 40)}, {"MB Bank", bgr(20, 60, 160)},
        {"VPBank", bgr(0, 150, 80)},      {"BIDV", bgr(0, 110, 120)},        {"ACB", bgr(30, 60, 150)},
        {"Agribank", bgr(160, 30, 50)},   {"MoMo", bgr(170, 0, 110)},        {"VietinBank", bgr(0, 80, 150)},
        {"TPBank", bgr(100, 40, 130)},    {"Sacombank", bgr(0, 90, 170)},    {"VNPAY", bgr(0, 90, 170)},
        {"HDBank", bgr(220, 40, 30)},     {"SHB", bgr(240, 120, 0)},         {"VIB", bgr(0, 80, 160)}};
    if (auto it = brands.find(bank); it != brands.end() && rng.chance(0.8)) return it->second;
    cv::Mat3b hsv(1, 1, cv::Vec3b(static_cast<uchar>(rng.integer(0, 179)), static_cast<uchar>(rng.integer(150, 255)),
                                  static_cast<uchar>(rng.integer(110, 210))));
    cv::Mat3b out;
    cv::cvtColor(hsv, out, cv::COLOR_HSV2BGR);
    return cv::Scalar(out(0, 0)[0], out(0, 0)[1], out(0, 0)[2]);
}

cv::Scalar tint(const cv::Scalar& c, double towards_white)
{
    return c * (1 - towards_white) + cv::Scalar::all(255) * towards_white;
}

cv::Scalar shade(const cv::Scalar& c, double factor) { return c * factor; }

enum class Align { Left, Centre };

// Writes text as large as fits in box.
void text_in(cv::Mat& img, const std::string& text, cv::Rect box, const cv::Scalar& colour, int font, double weight,
             Align align = Align::Centre)
{
    if (box.width < 4 || box.height < 4 || text.empty()) return;
    int base = 0;
    const cv::Size unit = cv::getTextSize(text, font, 1.0, 1, &base);
    const double scale = std::min(box.width / double(unit.width), box.height / double(unit.height + base));
    const int thickness = std::max(1, static_cast<int>(scale * weight + 0.5));
    const cv::Size size = cv::getTextSize(text, font, scale, thickness, &base);
    const int x = align == Align::Centre ? box.x + (box.width - size.width) / 2 : box.x;
    cv::putText(img, text, {x, box.y + (box.height + size.height) / 2 - base / 3}, font, scale, colour, thickness,
                cv::LINE_AA);
}

void rounded_rect(cv::Mat& img, cv::Rect r, int radius, const cv::Scalar& colour)
{
    radius = std::max(0, std::min({radius, r.width / 2, r.height / 2}));
    cv::rectangle(img, cv::Rect(r.x + radius, r.y, r.width - 2 * radius, r.height), colour, cv::FILLED, cv::LINE_AA);
    cv::rectangle(img, cv::Rect(r.x, r.y + radius, r.width, r.height - 2 * radius), colour, cv::FILLED, cv::LINE_AA);
    for (cv::Point c : {cv::Point(r.x + radius, r.y + radius), cv::Point(r.x + r.width - radius - 1, r.y + radius),
                        cv::Point(r.x + radius, r.y + r.height - radius - 1),
                        cv::Point(r.x + r.width - radius - 1, r.y + r.height - radius - 1)})
        cv::circle(img, c, radius, colour, cv::FILLED, cv::LINE_AA);
}

std::string initials(const std::string& name)
{
    std::string out;
    bool start = true;
    for (char c : name) {
        if (std::isalpha(static_cast<unsigned char>(c)) && start) out += static_cast<char>(std::toupper(c));
        start = c == ' ';
    }
    return out.substr(0, 3).empty() ? "QR" : out.substr(0, 3);
}

void logo(cv::Mat& img, cv::Point centre, int radius, const cv::Scalar& fill, const cv::Scalar& letters,
          const std::string& name, Rng& rng)
{
    const int kind = rng.integer(0, 2);
    if (kind == 0) {
        cv::circle(img, centre, radius, fill, cv::FILLED, cv::LINE_AA);
    } else if (kind == 1) {
        rounded_rect(img, {centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}, radius / 3, fill);
    } else {
        std::vector<cv::Point> diamond{{centre.x, centre.y - radius}, {centre.x + radius, centre.y},
                                       {centre.x, centre.y + radius}, {centre.x - radius, centre.y}};
        cv::fillConvexPoly(img, diamond, fill, cv::LINE_AA);
    }
    const int r = radius * 6 / 10;
    text_in(img, initials(name), {centre.x - r, centre.y - r / 2, 2 * r, r}, letters, rng.pick(kFonts), 0.12);
}

// The VietQR and NAPAS 247 marks as they appear on bank standees: red "VIET", blue "QR".
void vietqr_mark(cv::Mat& img, cv::Rect box, Rng& rng)
{
    const int font = cv::FONT_HERSHEY_DUPLEX;
    text_in(img, "VIET", {box.x, box.y, box.width * 45 / 100, box.height}, bgr(218, 37, 29), font, 0.12, Align::Left);
    text_in(img, "QR", {box.x + box.width * 46 / 100, box.y, box.width * 25 / 100, box.height}, bgr(0, 84, 166), font,
            0.12, Align::Left);
    if (rng.chance(0.7))
        text_in(img, "napas 247", {box.x + box.width * 74 / 100, box.y + box.height / 4, box.width * 26 / 100, box.height / 2},
                bgr(0, 84, 166), cv::FONT_HERSHEY_SIMPLEX, 0.1, Align::Left);
}

// Circles, bands and waves in tints of the brand colour, as printed standees are decorated.
void decorate(cv::Mat& img, const cv::Scalar& brand, Rng& rng)
{
    const int w = img.cols, h = img.rows;
    cv::Mat layer = img.clone();
    const int shapes = rng.integer(3, 9);
    for (int i = 0; i < shapes; ++i) {
        const cv::Scalar c = rng.chance(0.5) ? tint(brand, rng.uniform(0.2, 0.7)) : shade(brand, rng.uniform(0.6, 0.9));
        const cv::Point p(rng.integer(0, w), rng.integer(0, h));
        switch (rng.integer(0, 2)) {
        case 0: cv::circle(layer, p, rng.integer(w / 10, w / 2), c, cv::FILLED, cv::LINE_AA); break;
        case 1: {
            const int t = rng.integer(w / 30, w / 8);
            cv::line(layer, {p.x - w, p.y - w / 2}, {p.x + w, p.y + w / 2}, c, t, cv::LINE_AA);
            break;
        }
        default: {
            std::vector<cv::Point> wave;
            const double amp = rng.uniform(0.02, 0.06) * h, per = rng.uniform(0.5, 1.5) * w;
            for (int x = 0; x <= w; x += 4) wave.emplace_back(x, p.y + static_cast<int>(amp * std::sin(x / per * 6.28)));
            wave.emplace_back(w, h);
            wave.emplace_back(0, h);
            cv::fillPoly(layer, std::vector<std::vector<cv::Point>>{wave}, c, cv::LINE_AA);
        }
        }
    }
    const double opacity = rng.uniform(0.25, 0.6);
    cv::addWeighted(layer, opacity, img, 1.0 - opacity, 0.0, img);
}

// Busy dark artwork for a region: a dark photo-like fill, stripes, shapes and light text.
void busy_dark_art(cv::Mat& img, cv::Rect region, const cv::Scalar& brand, Rng& rng)
{
    region &= cv::Rect(0, 0, img.cols, img.rows);
    cv::Mat roi = img(region);
    const cv::Scalar base = rng.chance(0.5) ? shade(brand, rng.uniform(0.2, 0.45)) : cv::Scalar::all(rng.integer(15, 60));
    roi.setTo(base);
    const int n = rng.integer(25, 60);
    for (int i = 0; i < n; ++i) {
        const cv::Point p(rng.integer(0, roi.cols), rng.integer(0, roi.rows));
        const cv::Scalar c = rng.chance(0.7) ? cv::Scalar(rng.integer(0, 110), rng.integer(0, 110), rng.integer(0, 110))
                                             : shade(brand, rng.uniform(0.4, 0.9));
        switch (rng.integer(0, 3)) {
        case 0: cv::circle(roi, p, rng.integer(2, std::max(3, roi.cols / 8)), c, cv::FILLED, cv::LINE_AA); break;
        case 1:
            cv::line(roi, p, {p.x + rng.integer(-roi.cols, roi.cols), p.y + rng.integer(-roi.rows, roi.rows)}, c,
                     rng.integer(1, std::max(2, roi.cols / 40)), cv::LINE_AA);
            break;
        case 2:
            cv::rectangle(roi, cv::Rect(p.x, p.y, rng.integer(4, std::max(5, roi.cols / 6)), rng.integer(4, std::max(5, roi.rows / 6))),
                          c, cv::FILLED);
            break;
        default: {
            static const std::vector<std::string> words{"SALE", "50%", "HOT", "NEW", "COMBO", "FREESHIP", "TET", "VIP"};
            const int s = std::max(8, roi.cols / 10);
            text_in(roi, rng.pick(words), {p.x, p.y, s * 2, s}, cv::Scalar::all(rng.integer(120, 230)), rng.pick(kFonts), 0.12);
        }
        }
    }
}

// Artwork that reaches the code is dark right up to it: the edge of a photo, a banner, a border.
void dark_ring(cv::Mat& img, cv::Rect panel, int module_px, Rng& rng)
{
    const int t = static_cast<int>(module_px * rng.uniform(1.2, 2.5));
    cv::rectangle(img, cv::Rect(panel.x - t, panel.y - t, panel.width + 2 * t, panel.height + 2 * t),
                  cv::Scalar::all(rng.integer(5, 35)), cv::FILLED);
}

cv::Scalar ink_colour(Rng& rng)
{
    if (rng.chance(0.75)) return cv::Scalar::all(rng.integer(10, 45));
    static const std::vector<cv::Scalar> inks{bgr(20, 30, 70), bgr(10, 50, 30), bgr(60, 30, 20), bgr(40, 20, 60)};
    return rng.pick(inks);
}

cv::Scalar paper_colour(Rng& rng)
{
    const int w = rng.integer(232, 252);
    return cv::Scalar(w - rng.integer(0, 10), w - rng.integer(0, 4), w);
}

struct Frame {
    cv::Mat3b art;
    cv::Scalar brand;
    cv::Rect header, slot, footer;  // where the header, the code (or picture) and the footer text go
};

// The card around a slot of slot_px square: its size, colours, header and decorations.
Frame draw_frame(int slot_px, const std::string& bank, const std::string& holder, Rng& rng)
{
    Frame f;
    f.brand = brand_colour(bank, rng);
    const int style = rng.integer(0, 3);  // 0 bank portrait, 1 shop sign, 2 sticker, 3 landscape table tent
    const double widen = rng.uniform(1.25, 1.8);
    int w = static_cast<int>(slot_px * widen), h = 0;
    if (style == 2) h = static_cast<int>(w * rng.uniform(1.15, 1.35));
    else if (style == 3) w = static_cast<int>(slot_px * rng.uniform(2.0, 2.6)), h = static_cast<int>(slot_px * rng.uniform(1.25, 1.45));
    else h = static_cast<int>(w * rng.uniform(1.35, 1.6));
    f.art = cv::Mat3b(h, w);
    bool full_colour = style == 1 ? true : rng.chance(0.4);
    f.art.setTo(full_colour ? f.brand : (rng.chance(0.5) ? paper_colour(rng) : tint(f.brand, rng.uniform(0.75, 0.9))));
    decorate(f.art, f.brand, rng);

    if (style == 3) {
        f.slot = {(h - slot_px) / 3, (h - slot_px) / 2, slot_px, slot_px};
        const int tx = f.slot.x + slot_px + slot_px / 10;
        f.header = {tx, h / 10, w - tx - slot_px / 10, h / 4};
        f.footer = {tx, h / 2, w - tx - slot_px / 10, h * 4 / 10};
    } else {
        const int header_h = static_cast<int>(h * (style == 2 ? 0.1 : rng.uniform(0.14, 0.2)));
        f.slot = {(w - slot_px) / 2, header_h + (h - header_h - slot_px) / (style == 2 ? 3 : 4), slot_px, slot_px};
        f.header = {w / 12, 0, w * 10 / 12, header_h};
        f.footer = {w / 12, f.slot.y + slot_px, w * 10 / 12, h - f.slot.y - slot_px};
    }
    if (!full_colour && rng.chance(0.7) && style != 3) {
        cv::rectangle(f.art, {0, 0, w, f.header.height}, f.brand, cv::FILLED);
        full_colour = true;
    }
    const cv::Scalar header_ink = full_colour ? cv::Scalar::all(250) : f.brand;
    const int r = std::max(4, f.header.height * 35 / 100);
    logo(f.art, {f.header.x + r + r / 3, f.header.y + f.header.height / 2}, r,
         full_colour ? cv::Scalar::all(250) : f.brand, full_colour ? f.brand : cv::Scalar::all(250), bank, rng);
    text_in(f.art, bank, {f.header.x + 3 * r, f.header.y + f.header.height / 5, f.header.width - 3 * r, f.header.height * 3 / 5},
            header_ink, rng.pick(kFonts), 0.1, Align::Left);
    (void)holder;
    return f;
}

void footer_text(Frame& f, const Payload& payload, bool on_colour, Rng& rng)
{
    const cv::Rect b = f.footer;
    if (b.height < 10) return;
    const cv::Scalar ink = on_colour ? cv::Scalar::all(248) : cv::Scalar::all(rng.integer(20, 60));
    const int line = b.height / 5;
    int y = b.y + line / 4;
    vietqr_mark(f.art, {b.x + b.width / 4, y, b.width / 2, line * 8 / 10}, rng);
    y += line;
    text_in(f.art, payload.holder, {b.x, y, b.width, line * 8 / 10}, ink, rng.pick(kFonts), 0.12);
    y += line;
    if (!payload.account.empty())
        text_in(f.art, "STK: " + payload.account, {b.x + b.width / 8, y, b.width * 3 / 4, line * 7 / 10}, ink,
                cv::FONT_HERSHEY_SIMPLEX, 0.1);
    y += line;
    static const std::vector<std::string> calls{"Quet ma QR de thanh toan", "SCAN TO PAY", "Quet ma - Chuyen khoan nhanh 24/7",
                                                "Thanh toan khong tien mat", "Chap nhan moi ung dung ngan hang"};
    text_in(f.art, rng.pick(calls), {b.x + b.width / 10, y, b.width * 8 / 10, line * 6 / 10}, ink, rng.pick(kFonts), 0.08);
}

bool is_colour_card(const Frame& f, cv::Rect r)
{
    r &= cv::Rect(0, 0, f.art.cols, f.art.rows);
    if (r.empty()) return false;
    const cv::Scalar m = cv::mean(f.art(r));
    return 0.114 * m[0] + 0.587 * m[1] + 0.299 * m[2] < 150;
}

Card finish(Frame& f, int module_px, int modules, cv::Point2d origin, Rng& rng)
{
    Card c;
    c.art = f.art;
    c.alpha = cv::Mat1b(f.art.size(), uchar(0));
    rounded_rect(c.alpha, {0, 0, f.art.cols, f.art.rows}, rng.chance(0.6) ? f.art.cols / rng.integer(15, 40) : 0,
                 cv::Scalar(255));
    c.modules = modules;
    c.module_px = module_px;
    const double side = modules * module_px;
    c.code = {origin, origin + cv::Point2d(side, 0), origin + cv::Point2d(side, side), origin + cv::Point2d(0, side)};
    return c;
}

}  // namespace

Card draw_standee(const Symbol& symbol, const Payload& payload, int module_px, const CodeLayout& layout, Rng& rng)
{
    const int q = symbol.modules * module_px;
    const int margin = static_cast<int>(std::lround(layout.margin_modules * module_px));
    const int surround_px = layout.surround == Surround::WhitePanel ? 0 : module_px * rng.integer(3, 7);
    const int slot_px = q + 2 * margin + 2 * surround_px;
    Frame f = draw_frame(slot_px, payload.bank_name, payload.holder, rng);
    const cv::Rect panel(f.slot.x + surround_px, f.slot.y + surround_px, q + 2 * margin, q + 2 * margin);
    cv::Scalar light = paper_colour(rng);
    const cv::Scalar ink = ink_colour(rng);

    switch (layout.surround) {
    case Surround::WhitePanel:
        rounded_rect(f.art, panel, margin > module_px ? rng.integer(0, margin / 2) : 0, light);
        if (rng.chance(0.4))
            cv::rectangle(f.art, panel, f.brand, std::max(1, module_px / 2), cv::LINE_AA);
        break;
    case Surround::DarkArtwork:
        busy_dark_art(f.art, f.slot, f.brand, rng);
        dark_ring(f.art, panel, module_px, rng);
        cv::rectangle(f.art, panel, light, cv::FILLED);
        break;
    case Surround::DarkFrame: {
        const cv::Scalar frame_ink = rng.chance(0.5) ? ink : shade(f.brand, rng.uniform(0.15, 0.35));
        cv::rectangle(f.art, f.slot, frame_ink, cv::FILLED);
        for (int i = 0; i < 4; ++i) {  // ornaments on the frame's corners
            const cv::Point corner(i % 2 ? f.slot.br().x : f.slot.x, i / 2 ? f.slot.br().y : f.slot.y);
            cv::circle(f.art, corner, surround_px / 2, shade(f.brand, 0.8), cv::FILLED, cv::LINE_AA);
        }
        if (rng.chance(0.5)) busy_dark_art(f.art, {f.slot.x, f.slot.y, f.slot.width, surround_px}, f.brand, rng);
        cv::rectangle(f.art, panel, light, cv::FILLED);
        break;
    }
    case Surround::LowContrast: {
        // A surround between the light and the dark modules: binarised, it joins the dark ones.
        const cv::Scalar mid = tint(shade(f.brand, rng.uniform(0.25, 0.5)), rng.uniform(0.0, 0.15));
        cv::rectangle(f.art, f.slot, mid, cv::FILLED);
        for (int i = 0; i < 20; ++i)
            cv::circle(f.art, {rng.integer(f.slot.x, f.slot.br().x), rng.integer(f.slot.y, f.slot.br().y)},
                       rng.integer(module_px, module_px * 4), shade(mid, rng.uniform(0.6, 0.9)), cv::FILLED, cv::LINE_AA);
        light = tint(mid, rng.uniform(0.1, 0.25));
        cv::rectangle(f.art, panel, light, cv::FILLED);
        break;
    }
    case Surround::TextTouching: {
        busy_dark_art(f.art, f.slot, f.brand, rng);
        dark_ring(f.art, panel, module_px, rng);
        cv::rectangle(f.art, panel, light, cv::FILLED);
        const int line = module_px * rng.integer(2, 4);
        static const std::vector<std::string> words{"THANH TOAN", "QUET MA", "CHUYEN KHOAN", "SCAN HERE", "PAY"};
        for (int y = f.slot.y; y + line <= panel.y; y += line)  // text lines right above the code
            text_in(f.art, rng.pick(words), {panel.x, y, panel.width, line}, cv::Scalar::all(rng.integer(200, 250)),
                    rng.pick(kFonts), 0.15);
        break;
    }
    }
    const cv::Point origin(panel.x + margin, panel.y + margin);
    draw_symbol(f.art, symbol, origin, module_px, ink, layout.style);
    if (layout.centre_logo) {
        const int r = q * rng.integer(7, 10) / 100;
        const cv::Point centre(origin.x + q / 2, origin.y + q / 2);
        cv::circle(f.art, centre, r + module_px / 2, light, cv::FILLED, cv::LINE_AA);
        logo(f.art, centre, r, f.brand, cv::Scalar::all(250), payload.bank_name, rng);
    }
    footer_text(f, payload, is_colour_card(f, f.footer), rng);
    return finish(f, module_px, symbol.modules, cv::Point2d(origin), rng);
}

Card draw_codeless_card(int unit_px, Rng& rng)
{
    static const std::vector<std::string> names{"CA PHE MAI", "PHO 24", "TRA SUA", "BANH MI", "Vietcombank", "MoMo",
                                                 "Techcombank", "COM NHA", "SPA"};
    const std::string name = rng.pick(names);
    const int slot_px = unit_px * rng.integer(30, 60);
    Frame f = draw_frame(slot_px, name, name, rng);
    const cv::Rect s = f.slot;
    const cv::Scalar ink = ink_colour(rng);
    switch (rng.integer(0, 4)) {
    case 0: {  // a photo of food or a product: soft blobs
        cv::rectangle(f.art, s, tint(f.brand, 0.6), cv::FILLED);
        for (int i = 0; i < 14; ++i)
            cv::ellipse(f.art, {rng.integer(s.x, s.br().x), rng.integer(s.y, s.br().y)},
                        {rng.integer(s.width / 12, s.width / 3), rng.integer(s.width / 12, s.width / 3)}, rng.uniform(0, 180), 0,
                        360, cv::Scalar(rng.integer(20, 240), rng.integer(20, 240), rng.integer(20, 240)), cv::FILLED, cv::LINE_AA);
        cv::GaussianBlur(f.art(s), f.art(s), {0, 0}, s.width / 60.0 + 1);
        break;
    }
    case 1: {  // a menu: items and prices
        cv::rectangle(f.art, s, paper_colour(rng), cv::FILLED);
        static const std::vector<std::string> items{"Ca phe sua da", "Bac xiu", "Tra dao", "Pho bo", "Bun cha", "Com tam",
                                                     "Banh mi trung", "Sinh to bo", "Nuoc cam", "Tra chanh"};
        const int line = s.height / 9;
        for (int i = 0; i < 8; ++i) {
            text_in(f.art, rng.pick(items), {s.x + line / 2, s.y + line / 2 + i * line, s.width * 6 / 10, line * 7 / 10}, ink,
                    rng.pick(kFonts), 0.1, Align::Left);
            text_in(f.art, std::to_string(rng.integer(15, 85)) + "K", {s.x + s.width * 3 / 4, s.y + line / 2 + i * line, s.width / 5, line * 7 / 10},
                    ink, cv::FONT_HERSHEY_SIMPLEX, 0.1);
        }
        break;
    }
    case 2: {  // a 1-D barcode sticker: not a QR code
        cv::rectangle(f.art, s, paper_colour(rng), cv::FILLED);
        int x = s.x + s.width / 10;
        while (x < s.br().x - s.width / 10) {
            const int bar = unit_px * rng.integer(1, 4);
            if (rng.chance(0.5)) cv::rectangle(f.art, cv::Rect(x, s.y + s.height / 5, bar, s.height / 2), ink, cv::FILLED);
            x += bar;
        }
        text_in(f.art, "8 935049 " + std::to_string(rng.integer(100000, 999999)), {s.x + s.width / 8, s.y + s.height * 3 / 4, s.width * 3 / 4, s.height / 8},
                ink, cv::FONT_HERSHEY_SIMPLEX, 0.1);
        break;
    }
    case 3: {  // a big logo and a slogan
        logo(f.art, {s.x + s.width / 2, s.y + s.height * 2 / 5}, s.width / 3, f.brand, cv::Scalar::all(250), name, rng);
        text_in(f.art, rng.chance(0.5) ? "Cam on quy khach!" : "Khai truong - Giam 20%", {s.x, s.y + s.height * 8 / 10, s.width, s.height / 8},
                ink, rng.pick(kFonts), 0.12);
        break;
    }
    default: {  // a checked or dotted pattern: texture that is not a code
        cv::rectangle(f.art, s, paper_colour(rng), cv::FILLED);
        const int cell = unit_px * rng.integer(3, 8);
        const bool dots = rng.chance(0.5);
        for (int y = s.y; y + cell <= s.br().y; y += cell)
            for (int x = s.x; x + cell <= s.br().x; x += cell)
                if (((x - s.x) / cell + (y - s.y) / cell) % 2 == 0) {
                    if (dots) cv::circle(f.art, {x + cell / 2, y + cell / 2}, cell / 3, f.brand, cv::FILLED, cv::LINE_AA);
                    else cv::rectangle(f.art, cv::Rect(x, y, cell, cell), tint(f.brand, 0.3), cv::FILLED);
                }
    }
    }
    Payload none;
    none.holder = name;
    footer_text(f, none, is_colour_card(f, f.footer), rng);
    Card c = finish(f, unit_px, 0, cv::Point2d(s.tl()), rng);
    c.code = {cv::Point2d(s.x, s.y), cv::Point2d(s.br().x, s.y), cv::Point2d(s.br()), cv::Point2d(s.x, s.br().y)};
    return c;
}

}  // namespace samples
