// Writes the benchmark's image set: phone-like photos of a payment QR standee at phone resolutions, in
// three classes: clean (every decoder should read it), marginal (near the tolerances in
// docs/image-diagnosis.md) and undecodable (blur, damage, no margin, tiny). Deterministic: the same
// build writes the same pixels. Usage: qrdiag_bench_images OUTDIR [--quick]
// Writes OUTDIR/<class>-<name>.jpg|png and OUTDIR/manifest.csv (file,class,kind,width,height,module_px).
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

// Two real-shaped VietQR payloads (NAPAS BIN 970436, valid CRC): a static one (version 5 at EC M) and a
// dynamic one with amount, merchant and bill reference (version 8 at EC M).
const char* const kStaticPayload =
    "00020101021138570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN63047B64";
const char* const kDynamicPayload =
    "00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA530370454061500005802VN"
    "5912NGUYEN VAN A6006HA NOI62400113INV20261122010819Thanh toan don hang6304CA0B";

enum class Defect { None, Blur, Motion, Tear, Stain, LowContrast, NoMargin };

struct Case {
    const char* klass;   // clean | marginal | undecodable
    const char* name;    // kind of image, also the file name
    int width, height;   // the photo
    double module_px;    // image pixels per module after the perspective
    double quiet_modules;  // light margin before the standee's dark artwork starts
    Defect defect;
    double amount;       // blur sigma or motion length in modules, or the damaged share
    bool dynamic;        // which payload
    const char* ext;     // phones write JPEG; screenshots PNG
    bool quick;          // also in the --quick set
};

// Resolutions: 12 MP (4000x3000), 8 MP (3264x2448), 2 MP video frame, 1.2 MP, and a phone screenshot.
const Case kCases[] = {
    {"clean", "12mp-near", 4000, 3000, 24, 4, Defect::None, 0, true, "jpg", true},
    {"clean", "12mp-far", 4000, 3000, 9, 4, Defect::None, 0, false, "jpg", false},
    {"clean", "8mp", 3264, 2448, 14, 4, Defect::None, 0, true, "jpg", false},
    {"clean", "2mp", 1920, 1080, 7, 4, Defect::None, 0, false, "jpg", true},
    {"clean", "1mp", 1280, 960, 5, 4, Defect::None, 0, true, "jpg", false},
    {"clean", "screenshot", 1080, 2340, 10, 4, Defect::None, 0, true, "png", false},
    {"marginal", "12mp-small", 4000, 3000, 2.7, 4, Defect::None, 0, false, "jpg", false},
    {"marginal", "2mp-soft", 1920, 1080, 6, 4, Defect::Blur, 0.4, true, "jpg", true},
    {"marginal", "8mp-grey", 3264, 2448, 10, 4, Defect::LowContrast, 0.35, false, "jpg", false},
    {"marginal", "12mp-thin-margin", 4000, 3000, 14, 1.5, Defect::None, 0, true, "jpg", false},
    {"undecodable", "12mp-defocus", 4000, 3000, 14, 4, Defect::Blur, 1.0, true, "jpg", true},
    {"undecodable", "2mp-motion", 1920, 1080, 7, 4, Defect::Motion, 3.0, false, "jpg", false},
    {"undecodable", "12mp-torn", 4000, 3000, 16, 4, Defect::Tear, 0, true, "jpg", false},
    {"undecodable", "8mp-stain", 3264, 2448, 12, 4, Defect::Stain, 0.35, false, "jpg", true},
    {"undecodable", "12mp-no-margin", 4000, 3000, 14, 0, Defect::NoMargin, 0, true, "jpg", false},
    {"undecodable", "2mp-no-margin", 1920, 1080, 8, 0, Defect::NoMargin, 0, false, "jpg", true},
    {"undecodable", "12mp-tiny", 4000, 3000, 1.2, 4, Defect::None, 0, true, "jpg", true},
    {"undecodable", "1mp-tiny", 1280, 960, 1.1, 4, Defect::None, 0, false, "jpg", false},
};

// Resolution the standee is drawn at before it is scaled into the photo.
constexpr int kDrawPxPerModule = 8;
// Dark artwork band around the quiet zone, as on printed standees, in modules.
constexpr int kArtworkModules = 5;

cv::Mat symbol_modules(const std::string& payload)
{
    // EC level 3 of 0..8 is QR level M, what bank apps print.
    const ZXing::BitMatrix bits =
        ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setMargin(0).setEccLevel(3).encode(payload, 0, 0);
    cv::Mat m(bits.height(), bits.width(), CV_8U);
    for (int y = 0; y < m.rows; ++y)
        for (int x = 0; x < m.cols; ++x) m.at<std::uint8_t>(y, x) = bits.get(x, y) ? 1 : 0;
    return m;
}

// The standee: artwork band, quiet zone, symbol; drawn upright at kDrawPxPerModule.
cv::Mat draw_standee(const Case& c, const cv::Mat& modules, cv::RNG& rng)
{
    const int n = modules.rows, s = kDrawPxPerModule;
    const int quiet_px = static_cast<int>(std::lround(c.quiet_modules * s));
    const int art_px = kArtworkModules * s;
    const int side = n * s + 2 * (quiet_px + art_px);
    const cv::Scalar artwork(60, 40, 150);  // a dark brand red
    cv::Mat card(side, side, CV_8UC3, artwork);
    // Busy artwork: lighter blocks like text and logos.
    for (int i = 0; i < 40; ++i) {
        cv::Point p(rng.uniform(0, side), rng.uniform(0, side));
        cv::rectangle(card, p, p + cv::Point(rng.uniform(s, 6 * s), rng.uniform(s / 2, 2 * s)),
                      cv::Scalar(90, 200, 240), cv::FILLED);
    }
    const int origin = art_px;
    const int light = 238;
    const int dark = c.defect == Defect::LowContrast ? static_cast<int>(light * (1 - c.amount)) : 22;
    cv::rectangle(card, cv::Rect(origin, origin, n * s + 2 * quiet_px, n * s + 2 * quiet_px),
                  cv::Scalar::all(light), cv::FILLED);
    const int sym = origin + quiet_px;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (modules.at<std::uint8_t>(y, x))
                cv::rectangle(card, cv::Rect(sym + x * s, sym + y * s, s, s), cv::Scalar::all(dark), cv::FILLED);
    if (c.defect == Defect::Tear) {
        // The top-left corner torn off through the finder pattern, showing the table underneath.
        std::vector<cv::Point> tear{{0, 0}, {sym + 9 * s, 0}, {sym + 2 * s, sym + 5 * s}, {0, sym + 8 * s}};
        cv::fillConvexPoly(card, tear, cv::Scalar(70, 90, 110));
    }
    if (c.defect == Defect::Stain) {
        // A coffee stain over part of the data plus a peeled band across the symbol.
        cv::Mat overlay = card.clone();
        const int r = static_cast<int>(n * s * std::sqrt(c.amount / M_PI));
        cv::circle(overlay, {sym + n * s * 6 / 10, sym + n * s * 6 / 10}, r, cv::Scalar(40, 80, 120), cv::FILLED);
        cv::addWeighted(overlay, 0.8, card, 0.2, 0, card);
        cv::rectangle(card, cv::Rect(sym, sym + n * s / 3, n * s, 3 * s), cv::Scalar::all(light), cv::FILLED);
    }
    return card;
}

cv::Mat draw_background(const Case& c, cv::RNG& rng)
{
    cv::Mat bg(c.height, c.width, CV_8UC3);
    // A wooden counter: a smooth gradient with some grain and objects.
    for (int y = 0; y < bg.rows; ++y) {
        const double t = double(y) / bg.rows;
        bg.row(y).setTo(cv::Scalar(70 + 40 * t, 100 + 40 * t, 140 + 30 * t));
    }
    for (int i = 0; i < 30; ++i) {
        cv::Point p(rng.uniform(0, c.width), rng.uniform(0, c.height));
        cv::line(bg, p, p + cv::Point(rng.uniform(-c.width / 3, c.width / 3), rng.uniform(-20, 20)),
                 cv::Scalar(60, 90, 120), rng.uniform(1, 6));
    }
    return bg;
}

cv::Mat render(const Case& c)
{
    cv::RNG rng(0x9e3779b9u ^ static_cast<unsigned>(std::hash<std::string>{}(c.name)));
    const cv::Mat modules = symbol_modules(c.dynamic ? kDynamicPayload : kStaticPayload);
    cv::Mat card = draw_standee(c, modules, rng);
    cv::Mat photo = draw_background(c, rng);

    // Scale the card so a module is module_px wide; shrink with area averaging like a sensor would.
    const double scale = c.module_px / kDrawPxPerModule;
    cv::resize(card, card, {}, scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);

    // Place it off-centre, turned a little and seen slightly from the side.
    const double side = card.cols;
    const double angle = rng.uniform(-12.0, 12.0) * CV_PI / 180;
    const cv::Point2d centre(c.width * rng.uniform(0.4, 0.6), c.height * rng.uniform(0.4, 0.6));
    std::vector<cv::Point2f> from{{0, 0}, {float(side), 0}, {float(side), float(side)}, {0, float(side)}};
    std::vector<cv::Point2f> to;
    for (const cv::Point2f& p : from) {
        const double x = p.x - side / 2, y = p.y - side / 2;
        const double jitter = 1 + rng.uniform(-0.04, 0.04);
        to.emplace_back(centre.x + jitter * (x * std::cos(angle) - y * std::sin(angle)),
                        centre.y + jitter * (x * std::sin(angle) + y * std::cos(angle)));
    }
    cv::warpPerspective(card, photo, cv::getPerspectiveTransform(from, to), photo.size(), cv::INTER_LINEAR,
                        cv::BORDER_TRANSPARENT);

    if (c.defect == Defect::Blur) {
        const double sigma = c.amount * c.module_px;
        cv::GaussianBlur(photo, photo, {}, sigma);
    } else if (c.defect == Defect::Motion) {
        const int length = std::max(3, static_cast<int>(std::lround(c.amount * c.module_px)));
        cv::Mat kernel = cv::Mat::zeros(length, length, CV_32F);
        cv::line(kernel, {0, length / 2}, {length - 1, length / 2}, cv::Scalar(1.0f));
        kernel /= cv::sum(kernel)[0];
        cv::filter2D(photo, photo, -1, kernel);
    } else {
        cv::GaussianBlur(photo, photo, {}, 0.6);  // every lens blurs a little
    }
    // Uneven light (brighter towards the bottom, as under a counter lamp) and sensor noise.
    cv::Mat light(photo.size(), CV_32FC3);
    for (int y = 0; y < light.rows; ++y) light.row(y).setTo(cv::Scalar::all(0.85 + 0.2 * y / light.rows));
    cv::Mat lit;
    photo.convertTo(lit, CV_32FC3);
    cv::multiply(lit, light, lit);
    cv::Mat noise(photo.size(), CV_32FC3);
    rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(3));
    lit += noise;
    lit.convertTo(photo, CV_8UC3);
    return photo;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: qrdiag_bench_images OUTDIR [--quick]\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    const bool quick = argc > 2 && std::string(argv[2]) == "--quick";
    std::filesystem::create_directories(out);
    std::ofstream manifest(out / "manifest.csv");
    manifest << "file,class,kind,width,height,module_px\n";
    for (const Case& c : kCases) {
        if (quick && !c.quick) continue;
        const std::string file = std::string(c.klass) + "-" + c.name + "." + c.ext;
        const std::vector<int> params{cv::IMWRITE_JPEG_QUALITY, 90};
        if (!cv::imwrite((out / file).string(), render(c), params)) {
            std::fprintf(stderr, "qrdiag_bench_images: cannot write %s\n", (out / file).c_str());
            return 1;
        }
        manifest << file << ',' << c.klass << ',' << c.name << ',' << c.width << ',' << c.height << ','
                 << c.module_px << '\n';
    }
    return 0;
}
