// Decoding an image file's pixels straight to 8-bit grey, the only form the diagnosis reads: no colour
// image is ever held in memory for a JPEG, and other formats are turned to grey as they are read. Each
// decoder gets the whole file and the header read_image_header already checked (size within the pixel
// budget, file complete); it refuses pixels that disagree with that header, so the budget holds.
#pragma once

#include <string_view>

#include <opencv2/core.hpp>

#include "load/image_header.h"
#include "qrdiag/payload.h"  // Loaded<T>

namespace qrdiag {

// Upright by the header's EXIF orientation. One-line errors ("corrupt PNG: ..."), never thrown, nothing
// printed by the codec libraries.
Loaded<cv::Mat> decode_gray(std::string_view bytes, const ImageHeader& header);

// One decoder per format.
Loaded<cv::Mat> decode_jpeg_gray(std::string_view bytes, const ImageHeader& header);
Loaded<cv::Mat> decode_png_gray(std::string_view bytes, const ImageHeader& header);
Loaded<cv::Mat> decode_bmp_gray(std::string_view bytes, const ImageHeader& header);
Loaded<cv::Mat> decode_tiff_gray(std::string_view bytes, const ImageHeader& header);
Loaded<cv::Mat> decode_webp_gray(std::string_view bytes, const ImageHeader& header);

// "corrupt PNG: the decoder could not read the pixels", and the same for a decoded size that is not the
// header's.
std::string corrupt_pixels_error(ImageFormat format);
std::string size_mismatch_error(ImageFormat format);
std::string_view format_name(ImageFormat format);

enum class Alpha { Straight, Premultiplied };

// 8-bit pixels in RGB order with 1 to 4 channels (grey, grey+alpha, RGB, RGBA) to grey, written into
// `gray` (same size, CV_8UC1; may be a view of some rows of a larger image). Transparent pixels are
// composited on white, as an image viewer shows them: a transparent margin is a light margin.
void gray_on_white(const cv::Mat& pixels, cv::Mat gray, Alpha alpha = Alpha::Straight);

// Turns an image upright by its EXIF orientation (1..8; anything else leaves it as it is).
cv::Mat upright(cv::Mat gray, int exif_orientation);

}  // namespace qrdiag
