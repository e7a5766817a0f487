#include "decode/decode_qr.h"
#include "decode/scaled.h"

#include <ZXing/ReadBarcode.h>
#include <opencv2/imgproc.hpp>
#include <opencv2/wechat_qrcode.hpp>

#include <algorithm>
#include <mutex>

namespace qrdiag {
namespace {

// Photos at or above this size are read again downscaled: at ≥50 px/module ZXing's detector works on
// needlessly large finder patterns (image-diagnosis.md, "Large photos ... downscaled to ≈1600 px").
constexpr int kDownscaleAbovePx = 1600;
constexpr int kDownscaleTargetPx = 1600;
// Small images are read again upscaled: below ≈2 px/module ZXing misses codes WeChat still reads
// (image-diagnosis.md, tolerance table), and upscaling by 2 gives its binarizer more room.
constexpr int kUpscaleBelowPx = 800;
// Photos this large are read at half size first: still ≥ 1000 px on the short side of a phone photo.
constexpr int kHalfSizeFirstAbovePx = 2560;
// WeChat reads some low-contrast and dark-framed codes that no ZXing binarizer does, but its detector's
// cost grows fast with the pixels (≈4 s on 8 MP, ≈70 ms at 800 px): it gets the photo shrunk to this.
constexpr int kWeChatLongestSide = 800;

std::vector<DecodedSymbol> run_zxing(const cv::Mat& gray, const ZXing::DecodeHints& hints, const char* name)
{
    CV_Assert(gray.type() == CV_8UC1);
    ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, static_cast<int>(gray.step));
    std::vector<DecodedSymbol> out;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid()) continue;
        DecodedSymbol s;
        s.text = r.text();
        const auto& p = r.position();
        for (int i = 0; i < 4; ++i) s.corners[i] = cv::Point2f(static_cast<float>(p[i].x), static_cast<float>(p[i].y));
        s.has_position = true;
        s.ec_level = r.ecLevel();
        s.decoder = name;
        out.push_back(std::move(s));
    }
    return out;
}

ZXing::DecodeHints qr_hints()
{
    return ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode);
}

cv::Mat stretch_contrast(const cv::Mat& gray)
{
    // Percentiles rather than min/max, so a few specular or black pixels do not pin the range.
    std::array<int, 256> hist{};
    for (int y = 0; y < gray.rows; ++y) {
        const std::uint8_t* row = gray.ptr<std::uint8_t>(y);
        for (int x = 0; x < gray.cols; ++x) ++hist[row[x]];
    }
    const double total = static_cast<double>(gray.total());
    int lo = 0, hi = 255;
    for (double acc = 0; lo < 255 && (acc += hist[lo]) < 0.01 * total;) ++lo;
    for (double acc = 0; hi > 0 && (acc += hist[hi]) < 0.01 * total;) --hi;
    if (hi - lo < 8) return gray;
    cv::Mat out;
    gray.convertTo(out, CV_8U, 255.0 / (hi - lo), -255.0 * lo / (hi - lo));
    return out;
}

void scale_positions(std::vector<DecodedSymbol>& symbols, double factor)
{
    for (DecodedSymbol& s : symbols)
        for (cv::Point2f& p : s.corners) p *= static_cast<float>(factor);
}

}  // namespace

std::vector<DecodedSymbol> decode_default(const cv::Mat& gray)
{
    return run_zxing(gray, qr_hints(), "zxing");
}

std::vector<DecodedSymbol> decode_first_pass(const cv::Mat& gray)
{
    if (std::max(gray.cols, gray.rows) >= kHalfSizeFirstAbovePx) {
        auto half = decode_default(scaled(gray, 0.5, cv::INTER_AREA));
        if (!half.empty()) {
            scale_positions(half, 2.0);
            return half;
        }
    }
    return decode_default(gray);
}

std::vector<DecodedSymbol> decode_global_histogram(const cv::Mat& gray)
{
    return run_zxing(gray, qr_hints().setBinarizer(ZXing::Binarizer::GlobalHistogram), "zxing-global");
}

std::vector<DecodedSymbol> decode_light_on_dark(const cv::Mat& gray)
{
    cv::Mat swapped;
    cv::bitwise_not(gray, swapped);
    std::vector<DecodedSymbol> out = run_zxing(swapped, qr_hints(), "zxing-inverted");
    for (DecodedSymbol& s : out) s.light_on_dark = true;
    return out;
}

std::optional<OtherBarcode> read_other_barcode(const cv::Mat& gray)
{
    const auto [work, scale] = shrunk_for_search(gray, kDownscaleTargetPx);
    ZXing::ImageView view(work.data, work.cols, work.rows, ZXing::ImageFormat::Lum, static_cast<int>(work.step));
    using ZXing::BarcodeFormat;
    // Not Micro QR: Debian's ZXing 1.4 is built with assertions, and its Micro QR sampler aborts the
    // process on some pictures (RegressionLine.h: "l1.isValid() && l2.isValid()"; found by fuzz_image).
    const ZXing::BarcodeFormats others = BarcodeFormat::LinearCodes | BarcodeFormat::Aztec | BarcodeFormat::DataMatrix |
                                         BarcodeFormat::MaxiCode | BarcodeFormat::PDF417;
    const ZXing::Result r = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(others));
    if (!r.isValid()) return std::nullopt;
    OtherBarcode out{ZXing::ToString(r.format()), {}};
    for (int i = 0; i < 4; ++i)
        out.corners[static_cast<std::size_t>(i)] = cv::Point2f(static_cast<float>(r.position()[i].x * scale), static_cast<float>(r.position()[i].y * scale));
    return out;
}

std::vector<DecodedSymbol> decode_wechat(const cv::Mat& gray)
{
    std::vector<DecodedSymbol> out;
    // One reading at a time across the batch's workers: OpenCV 4.6's WeChat reader shares state between
    // its instances (every hybrid binarizer copies one global empty array, reference-counted without
    // atomics; opencv_contrib#3405), which can free it under another reader.
    static std::mutex one_reader;
    const std::lock_guard lock(one_reader);
    try {
        cv::wechat_qrcode::WeChatQRCode reader;
        std::vector<cv::Mat> points;
        for (const std::string& text : reader.detectAndDecode(gray, points)) {
            if (text.empty()) continue;
            DecodedSymbol s;
            s.text = text;
            s.decoder = "wechat";
            out.push_back(std::move(s));
        }
    } catch (const cv::Exception&) {
        // A reader failing on odd input is "not decoded", not an error of the diagnosis.
    }
    return out;
}

std::vector<DecodedSymbol> decode_with_retries(const cv::Mat& gray)
{
    const int longest = std::max(gray.cols, gray.rows);
    // A photo large enough to be read at half size first gets this retry on the 1600 px copy below,
    // at a sixth of the cost.
    const cv::Mat stretched = longest < kHalfSizeFirstAbovePx ? stretch_contrast(gray) : cv::Mat();
    if (!stretched.empty())
        if (auto r = decode_global_histogram(stretched); !r.empty()) return r;

    cv::Mat work = gray;
    double to_original = 1.0;
    if (longest >= kDownscaleAbovePx) {
        to_original = static_cast<double>(longest) / kDownscaleTargetPx;
        work = scaled(gray, 1.0 / to_original, cv::INTER_AREA);
        auto r = decode_default(work);
        if (r.empty()) r = decode_global_histogram(stretch_contrast(work));
        if (!r.empty()) {
            scale_positions(r, to_original);
            return r;
        }
    } else if (longest < kUpscaleBelowPx) {
        cv::Mat up;
        cv::resize(stretched, up, cv::Size(), 2.0, 2.0, cv::INTER_CUBIC);
        auto r = decode_default(up);
        if (!r.empty()) {
            scale_positions(r, 0.5);
            return r;
        }
    }
    // One pass, on the copy of at most 1600 px: a light-on-dark code's finders are as large as a dark one's.
    if (auto r = decode_light_on_dark(work); !r.empty()) {
        scale_positions(r, to_original);
        return r;
    }
    const double to_small = std::max(1.0, static_cast<double>(longest) / kWeChatLongestSide);
    return decode_wechat(to_small > 1 ? scaled(gray, 1 / to_small, cv::INTER_AREA) : gray);
}

}  // namespace qrdiag
