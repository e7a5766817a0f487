#include "locate/autocorrelation.h"

namespace qrdiag {

cv::Mat linear_autocorrelation(const cv::Mat& f)
{
    cv::Mat padded = cv::Mat::zeros(2 * f.rows, 2 * f.cols, CV_32F), spectrum, correlation;
    f.copyTo(padded(cv::Rect(0, 0, f.cols, f.rows)));
    cv::dft(padded, spectrum, cv::DFT_COMPLEX_OUTPUT);
    cv::mulSpectrums(spectrum, spectrum, spectrum, 0, true);
    cv::dft(spectrum, correlation, cv::DFT_INVERSE | cv::DFT_REAL_OUTPUT);
    return correlation;
}

}  // namespace qrdiag
