#include "locate/code_block.h"
#include "decode/scaled.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace qrdiag {
namespace {

// Searched at about this many pixels per module: enough to keep a one-module light gap, cheap on 12 MP.
constexpr double kWorkModulePx = 3.0;
// Closing bridges light runs up to this many modules inside the data; a quiet zone (ISO/IEC 18004: 4
// modules, rarely under 2 in print) stays open.
constexpr double kBridgeModules = 2.0;

}  // namespace

std::optional<cv::RotatedRect> code_block_at_finder(const cv::Mat& gray, const cv::Rect& area, cv::Point2f finder, double module_px)
{
    const cv::Rect inside = area & cv::Rect(0, 0, gray.cols, gray.rows);
    if (inside.empty() || module_px <= 0) return std::nullopt;
    const double factor = std::min(1.0, kWorkModulePx / module_px);
    const cv::Mat work = factor < 1 ? scaled(gray(inside), factor, cv::INTER_AREA) : gray(inside);
    cv::Mat dark;
    cv::threshold(work, dark, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const int bridge = std::max(3, static_cast<int>(std::lround(kBridgeModules * module_px * factor)) | 1);
    cv::morphologyEx(dark, dark, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(bridge, bridge)));
    const cv::Point seed(static_cast<int>((finder.x - inside.x) * factor), static_cast<int>((finder.y - inside.y) * factor));
    if (!cv::Rect(0, 0, dark.cols, dark.rows).contains(seed) || dark.at<std::uint8_t>(seed) == 0) return std::nullopt;
    cv::Mat labels;
    cv::connectedComponents(dark, labels, 8, CV_32S);
    std::vector<cv::Point> points;
    cv::findNonZero(labels == labels.at<int>(seed), points);
    const cv::RotatedRect local = cv::minAreaRect(points);
    return cv::RotatedRect(local.center / static_cast<float>(factor) + cv::Point2f(inside.tl()), local.size / static_cast<float>(factor), local.angle);
}

}  // namespace qrdiag
