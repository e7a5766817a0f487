// Turning what callers give us (a pixel view, a file) into the grey image the pipeline works on.
#pragma once

#include "qrdiag/diagnose.h"

#include <opencv2/core.hpp>

#include <optional>

namespace qrdiag {

// A grey copy of the view; an error for empty or inconsistent views (never reads outside them).
Loaded<cv::Mat> gray_from_view(const ImageView& image);

Finding unreadable_input_finding(const std::string& error);

// The whole pipeline on a grey image; `file_dpi` comes from file metadata and yields to options.dpi.
Diagnosis diagnose_gray(const cv::Mat& gray, const CheckOptions& options, std::optional<double> file_dpi);

}  // namespace qrdiag
