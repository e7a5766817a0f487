#include "repair/deconvolve.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

namespace qrdiag {

cv::Mat motion_psf(const MotionBlur& blur)
{
    const int size = static_cast<int>(std::ceil(blur.length_px) + 2) | 1;
    cv::Mat psf = cv::Mat::zeros(size, size, CV_32F);
    const double a = blur.angle_deg * std::numbers::pi / 180, c = std::cos(a), s = std::sin(a);
    const double centre = size / 2;
    // Four samples per pixel of length, each spread over its four nearest pixels.
    const int samples = static_cast<int>(std::ceil(4 * blur.length_px)) + 1;
    for (int i = 0; i < samples; ++i) {
        const double t = blur.length_px * (static_cast<double>(i) / (samples - 1) - 0.5);
        const double x = centre + t * c, y = centre + t * s;
        const int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
        const double fx = x - x0, fy = y - y0;
        for (int dy = 0; dy <= 1; ++dy)
            for (int dx = 0; dx <= 1; ++dx) {
                const int px = x0 + dx, py = y0 + dy;
                if (px < 0 || py < 0 || px >= size || py >= size) continue;
                psf.at<float>(py, px) += static_cast<float>((dx ? fx : 1 - fx) * (dy ? fy : 1 - fy));
            }
    }
    return psf / cv::sum(psf)[0];
}

cv::Mat wiener_deconvolve(const cv::Mat& gray, const cv::Mat& psf, double noise_to_signal)
{
    // Replicated borders a PSF wide, so the edges of the picture do not ring into it.
    const int border = psf.cols;
    cv::Mat f;
    cv::copyMakeBorder(gray, f, border, border, border, border, cv::BORDER_REPLICATE);
    const int w = cv::getOptimalDFTSize(f.cols), h = cv::getOptimalDFTSize(f.rows);
    cv::copyMakeBorder(f, f, 0, h - f.rows, 0, w - f.cols, cv::BORDER_REPLICATE);
    f.convertTo(f, CV_32F);

    // The PSF centred on the origin, wrapped around, so that the restoration does not shift the picture.
    cv::Mat kernel = cv::Mat::zeros(h, w, CV_32F);
    const int c = psf.cols / 2;
    for (int y = 0; y < psf.rows; ++y)
        for (int x = 0; x < psf.cols; ++x) kernel.at<float>((y - c + h) % h, (x - c + w) % w) = psf.at<float>(y, x);

    cv::Mat image_spectrum, kernel_spectrum;
    cv::dft(f, image_spectrum, cv::DFT_COMPLEX_OUTPUT);
    cv::dft(kernel, kernel_spectrum, cv::DFT_COMPLEX_OUTPUT);
    for (int v = 0; v < h; ++v)
        for (int u = 0; u < w; ++u) {
            const cv::Vec2f k = kernel_spectrum.at<cv::Vec2f>(v, u);
            const cv::Vec2f g = image_spectrum.at<cv::Vec2f>(v, u);
            const double power = static_cast<double>(k[0]) * k[0] + static_cast<double>(k[1]) * k[1];
            // G · conj(K) / (|K|² + NSR)
            const double re = (g[0] * k[0] + g[1] * k[1]) / (power + noise_to_signal);
            const double im = (g[1] * k[0] - g[0] * k[1]) / (power + noise_to_signal);
            image_spectrum.at<cv::Vec2f>(v, u) = {static_cast<float>(re), static_cast<float>(im)};
        }
    cv::Mat restored;
    cv::dft(image_spectrum, restored, cv::DFT_INVERSE | cv::DFT_SCALE | cv::DFT_REAL_OUTPUT);
    cv::Mat out;
    restored(cv::Rect(border, border, gray.cols, gray.rows)).convertTo(out, CV_8U);
    return out;
}

}  // namespace qrdiag
