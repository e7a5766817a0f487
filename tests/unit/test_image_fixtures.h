// Hand-checkable synthetic photos for the image tests: a real symbol from ZXing's writer, placed and
// degraded with OpenCV in one known way at a time.
#pragma once

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <random>
#include <string>

namespace fixtures {

// CRC-16/CCITT-FALSE, as EMV's tag 63 carries it.
inline std::string with_crc(std::string body)
{
    body += "6304";
    unsigned crc = 0xFFFF;
    for (unsigned char ch : body) {
        crc ^= static_cast<unsigned>(ch) << 8;
        for (int i = 0; i < 8; ++i) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
    static const char* hex = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) body += hex[(crc >> shift) & 0xF];
    return body;
}

// A valid static VietQR payload (Vietcombank BIN), so that image tests see no payload cause.
inline const std::string kPayload =
    with_crc("00020101021138570010A00000072701270006970436011312345678901230208QRIBFTTA53037045802VN62140810THANH TOAN");

// The symbol alone: 1 = dark, n×n.
inline cv::Mat symbol_grid(const std::string& text = kPayload, int ecc = 3)
{
    const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setEccLevel(ecc).setMargin(0).encode(text, 0, 0);
    cv::Mat grid(bits.height(), bits.width(), CV_8U);
    for (int y = 0; y < bits.height(); ++y)
        for (int x = 0; x < bits.width(); ++x) grid.at<std::uint8_t>(y, x) = bits.get(x, y) ? 1 : 0;
    return grid;
}

// The symbol rendered at `px` pixels per module with `quiet` modules of white around it.
inline cv::Mat render(const cv::Mat& grid, int px, int quiet, std::uint8_t dark = 20, std::uint8_t light = 235)
{
    const int n = grid.rows;
    cv::Mat img((n + 2 * quiet) * px, (n + 2 * quiet) * px, CV_8U, cv::Scalar(light));
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            if (grid.at<std::uint8_t>(r, c)) img(cv::Rect((c + quiet) * px, (r + quiet) * px, px, px)).setTo(dark);
    return img;
}

// The outline of an `n`-module symbol as render() draws it at `px` pixels per module with `quiet` modules
// round it, clockwise from its top-left corner (a candidate's corners).
inline std::array<cv::Point2f, 4> symbol_outline(int n, int px, int quiet)
{
    const float a = static_cast<float>(quiet * px), b = static_cast<float>((quiet + n) * px);
    return {cv::Point2f(a, a), cv::Point2f(b, a), cv::Point2f(b, b), cv::Point2f(a, b)};
}

// A mid-grey "poster" with light-grey text-like bars, size w×h.
inline cv::Mat poster(int w, int h, unsigned seed = 1, std::uint8_t base = 150)
{
    cv::Mat img(h, w, CV_8U, cv::Scalar(base));
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> x(0, w), y(0, h), len(20, 120);
    for (int i = 0; i < 40; ++i) {
        const int x0 = x(rng), y0 = y(rng);
        cv::rectangle(img, cv::Rect(x0, y0, len(rng), 8), cv::Scalar(base + 60), cv::FILLED);
    }
    return img;
}

// Pastes `patch` centred at (cx, cy).
inline void paste(cv::Mat& dst, const cv::Mat& patch, int cx, int cy)
{
    const cv::Rect r(cx - patch.cols / 2, cy - patch.rows / 2, patch.cols, patch.rows);
    const cv::Rect clipped = r & cv::Rect(0, 0, dst.cols, dst.rows);
    patch(clipped - r.tl()).copyTo(dst(clipped));
}

inline void add_noise(cv::Mat& img, double sigma, unsigned seed = 7)
{
    cv::Mat noise(img.size(), CV_32F);
    cv::theRNG().state = seed;
    cv::randn(noise, 0, sigma);
    cv::Mat f;
    img.convertTo(f, CV_32F);
    f += noise;
    f.convertTo(img, CV_8U);
}

inline cv::Mat jpeg(const cv::Mat& img, int quality = 85)
{
    std::vector<std::uint8_t> buf;
    cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(buf, cv::IMREAD_GRAYSCALE);
}

inline cv::Mat motion_blur(const cv::Mat& img, int length, double angle_deg)
{
    cv::Mat k = cv::Mat::zeros(length, length, CV_32F);
    const double a = angle_deg * 3.14159265358979 / 180;
    const cv::Point2d c((length - 1) / 2.0, (length - 1) / 2.0);
    cv::line(k, c - cv::Point2d(std::cos(a), std::sin(a)) * (length / 2.0), c + cv::Point2d(std::cos(a), std::sin(a)) * (length / 2.0), cv::Scalar(1));
    k /= cv::sum(k)[0];
    cv::Mat out;
    cv::filter2D(img, out, -1, k, cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
    return out;
}

// A clean standee photo: the symbol on a white card (4-module margin) on a poster, slightly rotated.
inline cv::Mat clean_photo(int px = 8, double angle = 7, const cv::Mat& grid = symbol_grid())
{
    cv::Mat card = render(grid, px, 4);
    cv::Mat img = poster(card.cols * 2, card.rows * 2);
    paste(img, card, img.cols / 2, img.rows / 2);
    cv::Mat rotated;
    cv::warpAffine(img, rotated, cv::getRotationMatrix2D(cv::Point2f(img.cols / 2.f, img.rows / 2.f), angle, 1.0), img.size(),
                   cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    add_noise(rotated, 3);
    return jpeg(rotated);
}

}  // namespace fixtures

namespace fixtures {

// Dark, busy artwork (random dark blocks on a dark poster) with the symbol pasted in with no margin.
inline cv::Mat no_margin_photo(int px = 7, unsigned seed = 3)
{
    const cv::Mat sym = render(symbol_grid(), px, 0);
    cv::Mat img = poster(sym.cols * 3, sym.rows * 3, seed, 40);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> x(0, img.cols), y(0, img.rows), size(3, 30), level(0, 90);
    for (int i = 0; i < 300; ++i)
        cv::rectangle(img, cv::Rect(x(rng), y(rng), size(rng), size(rng)), cv::Scalar(level(rng)), cv::FILLED);
    paste(img, sym, img.cols / 2, img.rows / 2);
    add_noise(img, 3);
    return jpeg(img);
}

inline cv::Mat blurred_photo(double sigma_modules, int px = 8)
{
    cv::Mat img = clean_photo(px, 12), out;
    cv::GaussianBlur(img, out, cv::Size(), sigma_modules * px);
    add_noise(out, 2);
    return jpeg(out);
}

// `card` (drawn at 4 px per module) shrunk by `shrink` and pasted at (x, y) on a poster of w×h.
inline cv::Mat far_photo(const cv::Mat& card, double shrink, int w, int h, int x, int y, unsigned seed)
{
    cv::Mat small;
    cv::resize(card, small, cv::Size(), shrink, shrink, cv::INTER_AREA);
    cv::Mat img = poster(w, h, seed);
    paste(img, small, x, y);
    add_noise(img, 3);
    return jpeg(img);
}

// The code far away: 1.3 px per module in a 1200×900 frame.
inline cv::Mat tiny_photo() { return far_photo(render(symbol_grid(), 4, 4), 0.33, 1200, 900, 700, 400, 5); }

// The symbol drawn at `px` per module with `margin` light modules, inside a card border of
// `border_modules` at grey `level`.
inline cv::Mat on_dark_card(int margin, int border_modules, std::uint8_t level, int px = 4)
{
    const cv::Mat code = render(symbol_grid(), px, margin);
    const int border = border_modules * px;
    cv::Mat card(code.rows + 2 * border, code.cols + 2 * border, CV_8U, cv::Scalar(level));
    code.copyTo(card(cv::Rect(border, border, code.cols, code.rows)));
    return card;
}

// The code far away on a dark card: 1.1 px per module, its white margin inside a dark border 20 modules
// wide.
inline cv::Mat tiny_on_dark_card_photo() { return far_photo(on_dark_card(4, 20, 45), 0.28, 1600, 1200, 1000, 500, 8); }

// A small sharp code in a 12 MP photo: 3.6 px per module, pressed against the dark border of its card
// with no margin. At the finder search's 1600 px its modules shrink to 1.4 px and its finders' rings close.
inline cv::Mat small_code_on_dark_card_photo() { return far_photo(on_dark_card(0, 12, 25), 0.9, 4000, 3000, 2300, 1400, 6); }

// The symbol with no margin on a dark card (every finder merged into it), seen at an angle: the card's
// left side `keystone` (a share of its side; 0.2 is steep) shorter than its right. `code_corners` gets
// the symbol's outline in the photo, clockwise from its top-left corner.
inline cv::Mat tilted_on_dark_card_photo(std::array<cv::Point2f, 4>& code_corners, float keystone_share = 0.2f)
{
    const int px = 8, border_modules = 10, border = border_modules * px;
    const cv::Mat card = on_dark_card(0, border_modules, 30, px);
    const float s = static_cast<float>(card.cols), keystone = keystone_share * s;
    const std::vector<cv::Point2f> flat{{0, 0}, {s, 0}, {s, s}, {0, s}};
    const std::vector<cv::Point2f> seen{{150, 150 + keystone / 2}, {150 + 0.8f * s, 120}, {150 + 0.8f * s, 180 + s}, {150, 150 + s - keystone / 2}};
    const cv::Mat to_photo = cv::getPerspectiveTransform(flat, seen);
    cv::Mat img = poster(card.cols + 400, card.rows + 400, 9, 90), warped, covered;
    cv::warpPerspective(card, warped, to_photo, img.size(), cv::INTER_AREA);
    cv::warpPerspective(cv::Mat(card.size(), CV_8U, cv::Scalar(255)), covered, to_photo, img.size(), cv::INTER_NEAREST);
    warped.copyTo(img, covered);
    const float b = static_cast<float>(border), e = static_cast<float>(card.cols - border);
    std::vector<cv::Point2f> corners;
    cv::perspectiveTransform(std::vector<cv::Point2f>{{b, b}, {e, b}, {e, e}, {b, e}}, corners, to_photo);
    std::copy(corners.begin(), corners.end(), code_corners.begin());
    add_noise(img, 3);
    return jpeg(img);
}

// The code far away (0.9 px per module at the default `shrink`) beside a wall of blurred dark and light
// blotches 800 px across, which shows three dark blobs where a blurred symbol's finders would be.
inline cv::Mat tiny_beside_blotchy_wall_photo(double shrink = 0.22)
{
    cv::Mat img = poster(1600, 1200, 4);
    std::mt19937 rng(3);
    const int side = 800, cell = 40;
    cv::Mat wall(side, side, CV_8U);
    for (int y = 0; y < side; y += cell)
        for (int x = 0; x < side; x += cell) wall(cv::Rect(x, y, cell, cell)).setTo(rng() % 2 ? 60 : 200);
    cv::GaussianBlur(wall, wall, cv::Size(), cell / 2.0);
    wall.copyTo(img(cv::Rect(100, 200, side, side)));
    cv::Mat small;
    cv::resize(render(symbol_grid(), 4, 4), small, cv::Size(), shrink, shrink, cv::INTER_AREA);
    paste(img, small, 1150, 600);
    add_noise(img, 3);
    return jpeg(img);
}

// A sharp crossword (15 × 15 squares of 50 px, about a third of them black) on a poster: its black
// squares cluster into dark blobs at the corners of right triangles, as a blurred symbol's finders would.
inline cv::Mat crossword_photo()
{
    const int cells = 15, cell = 50;
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> chance(0, 1);
    cv::Mat page((cells + 2) * cell, (cells + 2) * cell, CV_8U, cv::Scalar(235));
    for (int r = 0; r < cells; ++r)
        for (int c = 0; c < cells; ++c) {
            const cv::Rect square(cell + c * cell, cell + r * cell, cell, cell);
            if (chance(rng) < 0.3) page(square).setTo(25);
            cv::rectangle(page, square, cv::Scalar(60), 2);
        }
    cv::Mat img = poster(1600, 1200, 2);
    paste(img, page, 800, 600);
    add_noise(img, 3);
    return jpeg(img);
}

// The code far away in dim grey print (modules 90 on paper 190), 0.8 px per module, softened by the
// camera's lens (Gaussian, 0.7 px): each pixel mixes a module with its neighbours, and the code keeps
// about 23 grey levels of contrast.
inline cv::Mat faint_far_photo()
{
    cv::Mat small;
    cv::resize(render(symbol_grid(), 4, 4, 90, 190), small, cv::Size(), 0.2, 0.2, cv::INTER_AREA);
    cv::Mat img = poster(1600, 1200, 8);
    paste(img, small, 1000, 500);
    cv::GaussianBlur(img, img, cv::Size(), 0.7);
    add_noise(img, 3);
    return jpeg(img);
}

// The code far away (0.8 px per module) on a busy weave that covers the middle of the photo (uniform
// noise of ±40 grey levels, a little blurred): the weave's texture is the photo's busiest thousandth but
// one, and joins the code into one busy expanse.
inline cv::Mat far_on_busy_weave_photo()
{
    cv::Mat img(1200, 1600, CV_8U, cv::Scalar(140));
    const cv::Rect band(600, 0, 700, 1200);
    cv::Mat weave(band.size(), CV_32F), part;
    cv::theRNG().state = 11;
    cv::randu(weave, -40, 40);
    cv::GaussianBlur(weave, weave, cv::Size(), 0.8);
    img(band).convertTo(part, CV_32F);
    part += weave;
    part.convertTo(img(band), CV_8U);
    cv::Mat small;
    cv::resize(render(symbol_grid(), 4, 4), small, cv::Size(), 0.2, 0.2, cv::INTER_AREA);
    paste(img, small, 950, 600);
    cv::GaussianBlur(img, img, cv::Size(), 0.6);
    add_noise(img, 2);
    return jpeg(img);
}

// No code: three dark squares (60 px) at the corners of a right isosceles triangle beside lines of a
// promotion's text, on a light poster, the camera moving 5 px sideways: blobs where a blurred code's
// finders would be, in a picture that differs by direction, though by less than a module's smear.
inline cv::Mat squares_beside_text_nudged_photo()
{
    cv::Mat img = poster(1200, 900, 5, 200);
    const cv::Point corner(400, 250);
    for (const cv::Point offset : {cv::Point(0, 0), cv::Point(250, 0), cv::Point(0, 250)})
        cv::rectangle(img, cv::Rect(corner + offset, cv::Size(60, 60)), cv::Scalar(30), cv::FILLED);
    for (int line = 0; line < 6; ++line)
        cv::putText(img, "KHUYEN MAI 50%", cv::Point(450, 330 + 40 * line), cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(40), 2);
    const cv::Mat nudge(1, 5, CV_32F, cv::Scalar(1.0 / 5));
    cv::filter2D(img, img, -1, nudge);
    add_noise(img, 3);
    return jpeg(img);
}

// A wall calendar's page of day numbers in ruled boxes, turned 12°, on a poster: a few sharp digits
// and a ruled corner make small square patches of two-tone print at full resolution.
inline cv::Mat calendar_photo()
{
    cv::Mat img = poster(1600, 1200, 3);
    const int cell_w = 94, cell_h = 86, thick = 2;
    cv::Mat page(cell_h * 6 + 60, cell_w * 7 + 60, CV_8U, cv::Scalar(230));
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 7; ++c) {
            const int day = r * 7 + c + 1;
            if (day > 31) continue;
            cv::rectangle(page, cv::Rect(30 + c * cell_w - 8, 30 + r * cell_h, cell_w, cell_h), cv::Scalar(25), thick);
            cv::putText(page, std::to_string(day), cv::Point(30 + c * cell_w, 30 + cell_h + r * cell_h - cell_h / 4),
                        cv::FONT_HERSHEY_DUPLEX, 1.1, cv::Scalar(25), thick);
        }
    const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(page.cols / 2.f, page.rows / 2.f), 12, 1.0);
    cv::Mat turned;
    cv::warpAffine(page, turned, turn, page.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(230));
    paste(img, turned, 800, 600);
    cv::GaussianBlur(img, img, cv::Size(), 0.7);
    add_noise(img, 3);
    return jpeg(img);
}

// A code whose print has faded to 7% contrast (modules 203 on paper 222), `px` per module (8), on a darker
// poster, turned 9° and softened (Gaussian, `blur` px): in the noise, a plain local threshold loses its
// finders' one-module rings.
inline cv::Mat faded_print_photo(int px = 8, double blur = 1.5, double noise = 3)
{
    const cv::Mat card = render(symbol_grid(), px, 4, 203, 222);
    cv::Mat img = poster(1600, 1200, 6, 120);
    paste(img, card, 800, 600);
    cv::Mat turned;
    cv::warpAffine(img, turned, cv::getRotationMatrix2D(cv::Point2f(800, 600), 9, 1.0), img.size(), cv::INTER_LINEAR,
                   cv::BORDER_REPLICATE);
    cv::GaussianBlur(turned, turned, cv::Size(), blur);
    add_noise(turned, noise);
    return jpeg(turned);
}

// So close the photo's top edge cuts the code through its data: only its bottom 13 rows (the bottom-left
// finder and a strip of modules) are in view, at 24 px per module, at the top of a 1200×900 photo.
inline cv::Mat strip_at_top_edge_photo()
{
    const int px = 24, quiet = 4, rows_in_view = 13;
    const cv::Mat card = render(symbol_grid(), px, quiet);
    const int kept = (rows_in_view + quiet) * px;
    cv::Mat img = poster(1200, 900, 6, 200);
    card(cv::Rect(0, card.rows - kept, card.cols, kept)).copyTo(img(cv::Rect(60, 0, card.cols, kept)));
    add_noise(img, 3);
    return jpeg(img);
}

// So close the code fills the photo and runs out of it on every side but one: a window into a code of
// 40 px modules holding its top-right finder, softened as a phone focusing that close would.
inline cv::Mat close_up_photo()
{
    const int px = 40;
    const cv::Mat card = render(symbol_grid(), px, 4);
    cv::Mat window = card(cv::Rect(card.cols - 1200, 2 * px, 1200, 900)).clone(), soft;
    cv::GaussianBlur(window, soft, cv::Size(), 4);
    add_noise(soft, 3);
    return jpeg(soft);
}

// So close that no finder is in view: the photo's top-left corner cuts the code 8 modules in from its
// left and top edges (past the top-right and bottom-left finders), at 22 px per module; the bottom-right
// part with its alignment pattern, its margin and a poster beside it are what the photo shows.
inline cv::Mat cut_to_its_data_photo()
{
    const int px = 22, quiet = 4, cut = (quiet + 8) * px;
    const cv::Mat card = render(symbol_grid(), px, quiet);
    const cv::Mat kept = card(cv::Rect(cut, cut, card.cols - cut, card.rows - cut));
    cv::Mat img = poster(1000, 750, 8);
    const cv::Rect in_view(0, 0, std::min(kept.cols, img.cols), std::min(kept.rows, img.rows));
    kept(in_view).copyTo(img(in_view));
    add_noise(img, 3);
    return jpeg(img);
}

// A photo of `data` (modules of `px` pixels) taken so close that it fills the frame: turned 4°, cut two
// modules in from each side, slightly soft, noisy, JPEG.
inline cv::Mat close_up_view(const cv::Mat& data, int px)
{
    cv::Mat turned, soft;
    cv::warpAffine(data, turned, cv::getRotationMatrix2D(cv::Point2f(data.cols / 2.f, data.rows / 2.f), 4, 1.0), data.size(),
                   cv::INTER_LINEAR, cv::BORDER_REFLECT);
    const int inset = 2 * px;
    cv::GaussianBlur(turned(cv::Rect(inset, inset, data.cols - 2 * inset, data.rows - 2 * inset)), soft, cv::Size(), 0.1 * px);
    add_noise(soft, 3);
    return jpeg(soft);
}

// So close that neither a finder nor an alignment pattern is in view: the photo shows only data modules
// (rows and columns 8 to 31 of a 41-module symbol, between the finders and the alignment pattern), at
// 22 px per module, turned 4 degrees and softened.
inline cv::Mat data_only_close_up_photo(int px = 22)
{
    const cv::Mat grid = symbol_grid();
    const cv::Mat data = render(grid(cv::Rect(8, 8, 24, 24)), px, 0);
    return close_up_view(data, px);
}

// The same close-up printed in diamond modules: each dark module a square turned 45°, its corners at
// the middles of the module's sides, so that diamonds touch only at their tips.
inline cv::Mat diamond_close_up_photo(int px = 22)
{
    const cv::Mat grid = symbol_grid()(cv::Rect(8, 8, 24, 24));
    cv::Mat data(grid.rows * px, grid.cols * px, CV_8U, cv::Scalar(235));
    for (int r = 0; r < grid.rows; ++r)
        for (int c = 0; c < grid.cols; ++c) {
            if (!grid.at<std::uint8_t>(r, c)) continue;
            const int x = c * px, y = r * px, h = px / 2;
            const std::array<cv::Point, 4> diamond{cv::Point(x + h, y), cv::Point(x + px, y + h), cv::Point(x + h, y + px), cv::Point(x, y + h)};
            cv::fillConvexPoly(data, diamond.data(), 4, cv::Scalar(20), cv::LINE_AA);
        }
    return close_up_view(data, px);
}

// A crossword filling the photo: cells of `px` ruled by 1 px lines, about one in ten filled black at
// random, as light overall as a close-up of dot modules.
inline cv::Mat crossword_close_up_photo(int px = 24)
{
    const int cells = 20;
    cv::Mat page(cells * px, cells * px, CV_8U, cv::Scalar(235));
    std::mt19937 rng(11);
    for (int r = 0; r < cells; ++r)
        for (int c = 0; c < cells; ++c) {
            const cv::Rect cell(c * px, r * px, px, px);
            if (rng() % 10 == 0) cv::rectangle(page, cell, cv::Scalar(20), cv::FILLED);
            cv::rectangle(page, cell, cv::Scalar(20), 1);
        }
    // Sharp print (a softened one is no longer two-toned and fails on that first).
    add_noise(page, 3);
    return jpeg(page);
}

// A standee whose top band has peeled off over both top finders: a code on a white panel inside a dark
// card with a heading and lines of print, so the busy region around it is the whole card.
inline cv::Mat peeled_on_card_photo()
{
    const int px = 3, quiet = 3;
    const cv::Mat code = render(symbol_grid(), px, quiet);
    cv::Mat card(code.rows + 330, code.cols + 200, CV_8U, cv::Scalar(70));
    cv::rectangle(card, cv::Rect(70, 90, code.cols + 60, code.rows + 170), cv::Scalar(235), cv::FILLED);
    code.copyTo(card(cv::Rect(100, 120, code.cols, code.rows)));
    for (int line = 0; line < 4; ++line)  // name, account, bank, branch under the code
        cv::putText(card, "NGUYEN VAN AN 0123", cv::Point(100, 120 + code.rows + 40 + 35 * line), cv::FONT_HERSHEY_SIMPLEX, 0.8,
                    cv::Scalar(30), 2);
    cv::putText(card, "VietQR", cv::Point(card.cols / 2 - 70, 60), cv::FONT_HERSHEY_SIMPLEX, 1.5, cv::Scalar(235), 4);
    for (int logo = 0; logo < 3; ++logo)  // the scheme's logos on the dark footer
        cv::putText(card, "napas", cv::Point(30 + logo * (card.cols / 3), card.rows - 25), cv::FONT_HERSHEY_SIMPLEX, 1.0,
                    cv::Scalar(235), 3);
    // The peeled band: paper-grey, across the symbol's top nine rows.
    cv::rectangle(card, cv::Rect(80, 120 + quiet * px, code.cols + 40, 9 * px), cv::Scalar(190), cv::FILLED);
    cv::Mat img = poster(card.cols * 2, card.rows * 2, 9, 120);
    paste(img, card, img.cols / 2, img.rows / 2);
    add_noise(img, 3);
    return jpeg(img);
}

// Too close: a crop of a large clean photo that cuts the code on two sides.
inline cv::Mat cut_photo()
{
    cv::Mat c = clean_photo(14, 3);
    return c(cv::Rect(c.cols * 35 / 100, c.rows * 25 / 100, c.cols * 45 / 100, c.rows / 2)).clone();
}

// Too close on one side: a small code in a large photo whose left edge runs through the two left
// finder patterns, so only the top-right one is whole.
inline cv::Mat cut_through_finders_photo()
{
    const int px = 8;
    const cv::Mat card = render(symbol_grid(), px, 4);
    const int cut = (4 + 3) * px;  // the card's margin and half a finder
    const cv::Mat kept = card(cv::Rect(cut, 0, card.cols - cut, card.rows));
    cv::Mat img = poster(1200, 900, 5);
    kept.copyTo(img(cv::Rect(0, 300, kept.cols, kept.rows)));
    add_noise(img, 3);
    return jpeg(img);
}

// A torn top-left corner: the finder and the modules around it replaced by the poster's grey.
inline cv::Mat torn_photo(int px = 8)
{
    cv::Mat card = render(symbol_grid(), px, 4);
    const int q = 4 * px, reach = q + 13 * px;
    const cv::Point pts[3] = {{0, 0}, {reach, 0}, {0, reach}};
    cv::fillConvexPoly(card, pts, 3, cv::Scalar(150));
    cv::Mat img = poster(card.cols * 2, card.rows * 2, 2);
    paste(img, card, img.cols / 2, img.rows / 2);
    add_noise(img, 3);
    return jpeg(img);
}

// A code at 7 px per module with two of its finders stained over, and, across the poster, a far-away code
// at 1 px per module just soft enough that its finders show only as blobs.
inline cv::Mat stained_beside_far_speck_photo()
{
    const int px = 7, q = 4 * px, n = symbol_grid().rows;
    cv::Mat card = render(symbol_grid(), px, 4);
    const int centre = q + 7 * px / 2;
    cv::circle(card, {centre, centre}, 6 * px, cv::Scalar(150), cv::FILLED);
    cv::circle(card, {centre, q + n * px - 7 * px / 2}, 6 * px, cv::Scalar(150), cv::FILLED);
    cv::Mat img = poster(1400, 1000, 2);
    paste(img, card, 450, 500);
    cv::Mat speck;
    cv::resize(render(symbol_grid(), 4, 4), speck, cv::Size(), 0.33, 0.33, cv::INTER_AREA);
    cv::GaussianBlur(speck, speck, cv::Size(), 0.8);
    paste(img, speck, 1150, 300);
    add_noise(img, 3);
    return jpeg(img);
}

// A slightly soft Aztec ticket (8 px per module, blur σ 0.4 module): its bullseye binarises as one
// square-in-square in the middle of the label, where a QR symbol never has a finder.
inline cv::Mat blurred_aztec_photo()
{
    const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Aztec).setMargin(0).encode(
        "TICKET 20261123-000417 GATE 12 SEAT 31 THANK YOU FOR RIDING", 0, 0);
    cv::Mat grid(bits.height(), bits.width(), CV_8U);
    for (int y = 0; y < bits.height(); ++y)
        for (int x = 0; x < bits.width(); ++x) grid.at<std::uint8_t>(y, x) = bits.get(x, y) ? 1 : 0;
    const int px = 8;
    cv::Mat img = poster(1200, 1000, 2);
    paste(img, render(grid, px, 3), 600, 500);
    cv::GaussianBlur(img, img, cv::Size(), 0.4 * px);
    add_noise(img, 3);
    return jpeg(img);
}

// The top-right corner torn off a card lying on the left of a plain grey poster: the two left finders
// remain, and the poster to their left is as wide as the code.
inline cv::Mat torn_top_right_photo(int px = 8)
{
    cv::Mat card = render(symbol_grid(), px, 4);
    const int q = 4 * px, reach = q + 13 * px;
    const cv::Point pts[3] = {{card.cols, 0}, {card.cols - reach, 0}, {card.cols, reach}};
    cv::fillConvexPoly(card, pts, 3, cv::Scalar(150));
    cv::Mat img(card.rows * 2, card.cols * 3, CV_8U, cv::Scalar(150));
    paste(img, card, img.cols * 2 / 3, img.rows / 2);
    add_noise(img, 3);
    return jpeg(img);
}

// A scratch: a light hairline (2 px, grey 225) across `card`, a symbol rendered at `px` per module with a
// `quiet`-module margin, from module position (col0, row0) to (col1, row1).
inline void scratch(cv::Mat& card, int px, int quiet, double col0, double row0, double col1, double row1)
{
    const auto at = [&](double col, double row) { return cv::Point(static_cast<int>((quiet + col) * px), static_cast<int>((quiet + row) * px)); };
    cv::line(card, at(col0, row0), at(col1, row1), cv::Scalar(225), 2, cv::LINE_AA);
}

// Two scratches through the top-right finder of an `n`-module symbol: one splits its core, one runs along
// its outer ring's top side.
inline void scratch_top_right_finder(cv::Mat& card, int px, int quiet, int n)
{
    const double right = n - 3.5;
    scratch(card, px, quiet, right - 9, 1.6, right + 6, 5.0);
    scratch(card, px, quiet, right - 6, 0.3, right + 6, 0.7);
}

// A scratched code at 8 px per module, as a worn phone screen or laminated standee shows it: its top-left
// finder abraded to the paper's grey, and light hairlines (2 px) across the other two finders' cores and
// rings and across the data. Each scratch splits a finder's core or cuts its rings open.
inline cv::Mat scratched_photo()
{
    constexpr int px = 8, quiet = 4;
    cv::Mat card = render(symbol_grid(), px, quiet);
    const int n = symbol_grid().rows;
    card(cv::Rect(quiet * px, quiet * px, 7 * px, 7 * px)).setTo(215);
    const double bottom = n - 3.5;
    // Through each finder's core and rings, and along the outer ring on one side of each.
    scratch_top_right_finder(card, px, quiet, n);
    scratch(card, px, quiet, -2, bottom - 0.6, 12, bottom + 0.9);
    scratch(card, px, quiet, -2.6, bottom - 8, -2.4, bottom + 6);
    // Across the data.
    scratch(card, px, quiet, 0, 10, n, 18);
    scratch(card, px, quiet, 9, 0, 20, n);
    cv::Mat img = poster(card.cols * 2, card.rows * 2, 4);
    paste(img, card, img.cols / 2, img.rows / 2);
    add_noise(img, 3);
    return jpeg(img);
}

// A scratched code whose finders each show to a different search, 8 px per module on a 720 px photo: the
// bottom-left one abraded to the paper's grey; the top-right one cut by light hairlines as in
// scratched_photo(), so that only the bridged search sees it; the top-left one rubbed thin, its dark outer
// ring worn to grey 205 along diagonal bands (three quarters of it), which only the faint search's
// smaller windows still separate from the paper.
inline cv::Mat scratched_and_worn_photo()
{
    constexpr int px = 8, quiet = 4, worn_grey = 205;
    cv::Mat card = render(symbol_grid(), px, quiet);
    const int n = symbol_grid().rows;
    card(cv::Rect(quiet * px, (quiet + n - 7) * px, 7 * px, 7 * px)).setTo(215);
    cv::Mat top_left = card(cv::Rect(quiet * px, quiet * px, 7 * px, 7 * px));
    for (int y = 0; y < 7 * px; ++y)
        for (int x = 0; x < 7 * px; ++x) {
            const bool outer_ring = x < px || y < px || x >= 6 * px || y >= 6 * px;
            const bool worn_band = (x + y) % (4 * px) < 3 * px;
            if (outer_ring && worn_band) top_left.at<std::uint8_t>(y, x) = worn_grey;
        }
    scratch_top_right_finder(card, px, quiet, n);
    scratch(card, px, quiet, 0, 10, n, 18);
    cv::Mat img = poster(720, 720, 4);
    paste(img, card, 360, 360);
    add_noise(img, 3);
    return jpeg(img);
}

inline cv::Mat no_code_photo() { return jpeg(poster(1000, 800, 11)); }

}  // namespace fixtures
