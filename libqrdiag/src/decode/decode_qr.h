// Reading QR symbols from a grey image with the decoders we have: ZXing first, OpenCV's WeChat reader as a
// second opinion. Internal to the library.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace qrdiag {

// The outer corners of a symbol in image pixels: top-left, top-right, bottom-right, bottom-left of the
// symbol itself (not of the picture), as ZXing reports them.
using Quad = std::array<cv::Point2f, 4>;

struct DecodedSymbol {
    std::string text;
    Quad corners{};
    bool has_position = false;  // WeChat without its models reports the image corners, not the symbol's
    std::string ec_level;       // "L", "M", "Q", "H" when the decoder says
    std::string decoder;        // "zxing", "zxing-global", "zxing-inverted", "wechat"
    bool light_on_dark = false; // read only with its tones swapped: light modules printed on a dark ground
};

// One default ZXing pass (QR only): what every clean code costs, and all it should cost.
std::vector<DecodedSymbol> decode_default(const cv::Mat& gray);

// The first pass over a photo: large photos are read at half size first (a phone's scanner sees a video
// frame of about 1080p, not 12 MP, and the pass costs a quarter), then at full size if that fails.
// Positions are in `gray`'s pixels.
std::vector<DecodedSymbol> decode_first_pass(const cv::Mat& gray);

// ZXing with the GlobalHistogram binarizer, which reads low-contrast prints the default gives up on.
std::vector<DecodedSymbol> decode_global_histogram(const cv::Mat& gray);

// The WeChat reader (its traditional detector; no CNN model files needed). Safe from several threads: its
// readings are taken one at a time.
std::vector<DecodedSymbol> decode_wechat(const cv::Mat& gray);

// ZXing on the photo with its tones swapped: a code printed light on dark (a T-shirt, a dark poster),
// which the ZXing build we link does not try by itself.
std::vector<DecodedSymbol> decode_light_on_dark(const cv::Mat& gray);

// A barcode of another kind than QR, as ZXing names it ("EAN-13", "DataMatrix", "Aztec", ...), and where.
struct OtherBarcode {
    std::string format;
    Quad corners{};  // in the photo's pixels
};

// The first barcode other than QR that ZXing reads in the photo, looked for on a copy of at most 1600 px.
std::optional<OtherBarcode> read_other_barcode(const cv::Mat& gray);

// Retries for an image the default pass could not read, cheapest first; stops at the first success.
// WeChat comes last and reads a shrunk copy: on a whole 12 MP photo it costs fifty default passes.
// Positions of symbols found in a scaled copy are mapped back to `gray`'s pixels.
std::vector<DecodedSymbol> decode_with_retries(const cv::Mat& gray);

}  // namespace qrdiag
