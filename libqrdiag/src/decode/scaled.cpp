#include "decode/scaled.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace qrdiag {

cv::Mat scaled(const cv::Mat& image, double factor, int interpolation)
{
    cv::Mat out;
    // The size OpenCV itself derives from a factor; when it is not empty, resize by the factor exactly as
    // before (an explicit size would change the sampling ratio slightly).
    const int width = cvRound(image.cols * factor), height = cvRound(image.rows * factor);
    if (width > 0 && height > 0)
        cv::resize(image, out, cv::Size(), factor, factor, interpolation);
    else
        cv::resize(image, out, cv::Size(std::max(1, width), std::max(1, height)), 0, 0, interpolation);
    return out;
}

SearchCopy shrunk_for_search(const cv::Mat& gray, int longest_side)
{
    const int longest = std::max(gray.cols, gray.rows);
    if (longest <= longest_side) return {gray, 1.0};
    const double scale = static_cast<double>(longest) / longest_side;
    return {scaled(gray, 1 / scale, cv::INTER_AREA), scale};
}

}  // namespace qrdiag
