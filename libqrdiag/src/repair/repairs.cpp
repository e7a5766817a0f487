#include "repair/repairs.h"
#include "decode/scaled.h"
#include "measure/candidate_crop.h"
#include "measure/quad_outline.h"
#include "repair/deconvolve.h"

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace qrdiag {
namespace {

constexpr double kQuietZoneModules = 4;   // ISO/IEC 18004 §6.3.8
constexpr double kCropMarginModules = 6;  // the quiet zone plus room for the outline's error
constexpr double kUpscale = 3;
// Decoders bin a module from ≈3 px on; a crop is brought to at least this much before decoding.
constexpr double kDecodeModulePx = 4;

// Light and dark print levels inside the outline (10th/90th percentiles).
std::pair<double, double> print_levels(const cv::Mat& image, const Quad& q)
{
    cv::Mat mask = cv::Mat::zeros(image.size(), CV_8U);
    cv::fillConvexPoly(mask, grown_outline(q, 0), cv::Scalar(255));
    std::array<int, 256> hist{};
    int count = 0;
    for (int y = 0; y < image.rows; ++y)
        for (int x = 0; x < image.cols; ++x)
            if (mask.at<std::uint8_t>(y, x)) ++hist[image.at<std::uint8_t>(y, x)], ++count;
    int lo = 0, hi = 255;
    for (int acc = 0; lo < 255 && (acc += hist[static_cast<std::size_t>(lo)]) < count / 10;) ++lo;
    for (int acc = 0; hi > 0 && (acc += hist[static_cast<std::size_t>(hi)]) < count / 10;) --hi;
    return {lo, hi};
}

// Decodes a repaired crop, scaled so modules have enough pixels; positions back in input pixels.
std::optional<DecodedSymbol> decode_crop(const cv::Mat& image, const CandidateCrop& crop, bool try_wechat)
{
    const double module_px = crop.candidate.module_px;
    cv::Mat work = image;
    double scale = 1;
    if (module_px > 0 && module_px < kDecodeModulePx) {
        scale = std::min(kUpscale, kDecodeModulePx / module_px);
        work = scaled(image, scale, cv::INTER_CUBIC);
    }
    std::vector<DecodedSymbol> found = decode_default(work);
    if (found.empty()) found = decode_global_histogram(work);
    if (found.empty() && try_wechat) found = decode_wechat(work);
    if (found.empty()) return std::nullopt;
    DecodedSymbol s = found.front();
    for (cv::Point2f& p : s.corners) p = crop.to_input(p / static_cast<float>(scale));
    return s;
}

std::optional<Repair> confirmed(std::optional<DecodedSymbol> s, CauseId cause, Text what)
{
    if (!s) return std::nullopt;
    return Repair{cause, std::move(what), std::move(*s)};
}

}  // namespace

std::optional<DecodedSymbol> decode_candidate(const cv::Mat& gray, const Candidate& c, bool with_wechat)
{
    const CandidateCrop crop = crop_candidate(gray, c, kCropMarginModules, BeyondFrame::Replicate);
    if (crop.image.empty()) return std::nullopt;
    return decode_crop(crop.image, crop, with_wechat);
}

std::optional<Repair> repair_margin(const cv::Mat& gray, const Candidate& c)
{
    const CandidateCrop crop = crop_candidate(gray, c, kCropMarginModules, BeyondFrame::Replicate);
    if (crop.image.empty()) return std::nullopt;
    const Quad& outline = crop.candidate.corners;
    const double module_px = crop.candidate.module_px;
    const double light = print_levels(crop.image, outline).second;
    // The outline is an estimate: paint from just outside it, then from half a module further out.
    for (double start : {0.15, 0.6}) {
        cv::Mat painted = crop.image.clone();
        cv::Mat ring = cv::Mat::zeros(painted.size(), CV_8U), inner = ring.clone();
        cv::fillConvexPoly(ring, grown_outline(outline, (start + kQuietZoneModules) * module_px), cv::Scalar(255));
        cv::fillConvexPoly(inner, grown_outline(outline, start * module_px), cv::Scalar(255));
        painted.setTo(cv::Scalar(light), ring & ~inner);
        if (auto r = confirmed(decode_crop(painted, crop, false), CauseId::QuietZone,
                               {"a clean 4-module white margin is painted around it",
                                "tô thêm viền trắng sạch rộng 4 mô-đun quanh mã"}))
            return r;
    }
    return std::nullopt;
}

std::optional<Repair> repair_sharpen(const cv::Mat& gray, const Candidate& c, double blur_sigma_px)
{
    const CandidateCrop crop = crop_candidate(gray, c, kCropMarginModules, BeyondFrame::Replicate);
    if (crop.image.empty() || blur_sigma_px <= 0) return std::nullopt;
    const double sigma_px = blur_sigma_px * crop.scale;
    cv::Mat f;
    crop.image.convertTo(f, CV_32F);
    // Unsharp mask at the blur's own scale, twice as strong the second time. WeChat, which costs several
    // ZXing passes, reads only the last and strongest restoration.
    for (double amount : {1.5, 3.0}) {
        cv::Mat soft, sharp;
        cv::GaussianBlur(f, soft, cv::Size(), sigma_px);
        sharp = f + amount * (f - soft);
        sharp.convertTo(sharp, CV_8U);
        if (auto r = confirmed(decode_crop(sharp, crop, false), CauseId::BlurDamage,
                               {"it is sharpened (unsharp mask)", "làm nét ảnh (unsharp mask)"}))
            return r;
    }
    // Wiener deconvolution with the estimated Gaussian point-spread function.
    const int w = cv::getOptimalDFTSize(f.cols), h = cv::getOptimalDFTSize(f.rows);
    cv::Mat padded;
    cv::copyMakeBorder(f, padded, 0, h - f.rows, 0, w - f.cols, cv::BORDER_REPLICATE);
    cv::Mat spectrum;
    cv::dft(padded, spectrum, cv::DFT_COMPLEX_OUTPUT);
    constexpr double kNoiseToSignal = 0.01;  // ≈ a JPEG's noise floor against full print contrast
    for (int v = 0; v < h; ++v)
        for (int u = 0; u < w; ++u) {
            const double fu = std::min(u, w - u) / static_cast<double>(w), fv = std::min(v, h - v) / static_cast<double>(h);
            const double otf = std::exp(-2 * std::numbers::pi * std::numbers::pi * sigma_px * sigma_px * (fu * fu + fv * fv));
            const double gain = otf / (otf * otf + kNoiseToSignal);
            spectrum.at<cv::Vec2f>(v, u) *= static_cast<float>(gain);
        }
    cv::Mat restored;
    cv::dft(spectrum, restored, cv::DFT_INVERSE | cv::DFT_SCALE | cv::DFT_REAL_OUTPUT);
    restored(cv::Rect(0, 0, f.cols, f.rows)).convertTo(restored, CV_8U);
    return confirmed(decode_crop(restored, crop, true), CauseId::BlurDamage,
                     {"the blur is removed (Wiener deconvolution)", "khử nhòe ảnh (giải chập Wiener)"});
}

std::optional<Repair> repair_motion(const cv::Mat& gray, const Candidate& c)
{
    const CandidateCrop crop = crop_candidate(gray, c, kCropMarginModules, BeyondFrame::Replicate);
    if (crop.image.empty()) return std::nullopt;
    // The smear that uncovered the finders, else the one the crop shows.
    std::optional<MotionBlur> blur = c.motion_blur;
    if (blur) blur->length_px *= crop.scale;
    else blur = clearest_motion_blur(crop.image);
    if (!blur) return std::nullopt;
    const std::string length = fmt::format("{:.0f}", blur->length_px / crop.scale);
    const std::string angle = fmt::format("{:.0f}", blur->angle_deg);
    // Less regularised the second time: sharper, noisier. WeChat reads only the last.
    for (double noise_to_signal : {0.01, 0.003}) {
        const cv::Mat restored = wiener_deconvolve(crop.image, motion_psf(*blur), noise_to_signal);
        if (auto r = confirmed(decode_crop(restored, crop, noise_to_signal < 0.01), CauseId::BlurDamage,
                               {fmt::format("the camera's smear ({} px at {}°) is undone (Wiener deconvolution)", length, angle),
                                fmt::format("khử vệt nhòe do rung máy ({} px, hướng {}°) bằng giải chập Wiener", length, angle)}))
            return r;
    }
    return std::nullopt;
}

std::optional<Repair> repair_upscale(const cv::Mat& gray, const Candidate& c)
{
    const CandidateCrop crop = crop_candidate(gray, c, kCropMarginModules, BeyondFrame::Replicate);
    if (crop.image.empty()) return std::nullopt;
    cv::Mat up;
    cv::resize(crop.image, up, cv::Size(), kUpscale, kUpscale, cv::INTER_CUBIC);
    std::vector<DecodedSymbol> found = decode_default(up);
    if (found.empty()) found = decode_wechat(up);
    if (found.empty()) return std::nullopt;
    DecodedSymbol s = found.front();
    for (cv::Point2f& p : s.corners) p = crop.to_input(p / static_cast<float>(kUpscale));
    return Repair{CauseId::DistanceScale, {"it is enlarged 3×", "phóng to ảnh 3 lần"}, std::move(s)};
}

std::optional<Repair> repair_finders(const cv::Mat& gray, const Candidate& c)
{
    if (c.modules < 21) return std::nullopt;
    const CandidateCrop crop = crop_candidate(gray, c, kCropMarginModules, BeyondFrame::Replicate);
    if (crop.image.empty()) return std::nullopt;
    const auto [dark, light] = print_levels(crop.image, crop.candidate.corners);
    const float n = static_cast<float>(c.modules);
    const std::vector<cv::Point2f> grid{{0, 0}, {n, 0}, {n, n}, {0, n}};
    const std::vector<cv::Point2f> image(crop.candidate.corners.begin(), crop.candidate.corners.end());
    const cv::Mat to_image = cv::getPerspectiveTransform(grid, image);
    cv::Mat painted = crop.image.clone();
    auto paint = [&](float r0, float c0, float size, double level) {
        std::vector<cv::Point2f> square{{c0, r0}, {c0 + size, r0}, {c0 + size, r0 + size}, {c0, r0 + size}}, mapped;
        cv::perspectiveTransform(square, mapped, to_image);
        std::vector<cv::Point> poly;
        for (const cv::Point2f& p : mapped) poly.emplace_back(cvRound(p.x), cvRound(p.y));
        cv::fillConvexPoly(painted, poly, cv::Scalar(level));
    };
    for (auto [r, col] : {std::pair{0.f, 0.f}, {0.f, n - 7}, {n - 7, 0.f}}) {
        paint(r - 1, col - 1, 9, light);  // separator (and a little margin)
        paint(r, col, 7, dark);
        paint(r + 1, col + 1, 5, light);
        paint(r + 2, col + 2, 3, dark);
    }
    return confirmed(decode_crop(painted, crop, true), CauseId::BlurDamage,
                     {"its three finder patterns are redrawn", "vẽ lại ba ô định vị ở góc mã"});
}

}  // namespace qrdiag
