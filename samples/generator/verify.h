// Does a plain decoder read the picture? Labels are only kept when ZXing agrees with them:
// defects must really stop a reader, clean and marginal codes must really decode to their payload.
#pragma once

#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace samples {

// The texts ZXing (default hints, as ZXingReader uses them) decodes from the image.
std::vector<std::string> zxing_texts(const cv::Mat3b& image);

}  // namespace samples
