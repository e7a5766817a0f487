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

}  // namespace qrdiag
