#include "annotate/annotate.h"
#include "measure/quad_outline.h"
#include "save/save_png.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace qrdiag {
namespace {

const cv::Scalar kGreen(60, 180, 60), kOrange(0, 140, 255), kRed(40, 40, 220), kBlue(220, 120, 40);
constexpr double kQuietZoneModules = 4;  // ISO/IEC 18004 §6.3.8

cv::Scalar colour_of(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return kGreen;
    case Verdict::Warn: return kOrange;
    default: return kRed;
    }
}

// Hershey fonts draw ASCII only: keep printable ASCII, so the text is legible whatever the input held.
std::string ascii(const std::string& s)
{
    std::string out;
    for (unsigned char ch : s) out += ch >= 32 && ch < 127 ? static_cast<char>(ch) : '?';
    return out;
}

void draw_outline(cv::Mat& canvas, const std::array<cv::Point2f, 4>& q, double module_px, const cv::Scalar& colour, int thick)
{
    cv::polylines(canvas, grown_outline(q, 0), true, colour, thick, cv::LINE_AA);
    if (module_px > 0) cv::polylines(canvas, grown_outline(q, kQuietZoneModules * module_px), true, kBlue, std::max(1, thick / 2), cv::LINE_AA);
}

}  // namespace

std::string write_annotated(const cv::Mat& gray, const Diagnosis& d, const std::vector<AnnotatedCode>& marks,
                            const std::string& path)
{
    cv::Mat canvas;
    cv::cvtColor(gray, canvas, cv::COLOR_GRAY2BGR);
    const int thick = std::max(2, std::max(canvas.cols, canvas.rows) / 400);
    const cv::Scalar verdict_colour = colour_of(d.verdict);

    for (const CodeReport& code : d.codes) {
        if (!code.decoded) continue;
        std::array<cv::Point2f, 4> q;
        for (int i = 0; i < 4; ++i) q[static_cast<std::size_t>(i)] = cv::Point2f(static_cast<float>(code.corners[static_cast<std::size_t>(i)].x), static_cast<float>(code.corners[static_cast<std::size_t>(i)].y));
        draw_outline(canvas, q, code.measures ? code.measures->module_px : 0, verdict_colour, thick);
    }
    for (const AnnotatedCode& m : marks) {
        draw_outline(canvas, m.outline, m.module_px, kRed, thick);
        const int radius = std::max(4, static_cast<int>(3.5 * m.module_px));
        for (const cv::Point2f& f : m.finders) cv::circle(canvas, f, radius, kGreen, thick, cv::LINE_AA);
        for (const cv::Point2f& f : m.missing_finders) {
            cv::line(canvas, f - cv::Point2f(radius, radius), f + cv::Point2f(radius, radius), kRed, thick, cv::LINE_AA);
            cv::line(canvas, f - cv::Point2f(radius, -radius), f + cv::Point2f(radius, -radius), kRed, thick, cv::LINE_AA);
        }
    }

    // The verdict on a banner across the top.
    std::string line = std::string(to_string(d.verdict));
    if (!d.causes.empty()) line += ": " + std::string(to_string(d.causes.front().id)) + " - " + d.causes.front().summary.en;
    line = ascii(line);
    const double font = std::max(0.5, canvas.cols / 1400.0);
    int baseline = 0;
    const cv::Size text = cv::getTextSize(line, cv::FONT_HERSHEY_SIMPLEX, font, thick / 2 + 1, &baseline);
    cv::rectangle(canvas, cv::Rect(0, 0, canvas.cols, text.height + 2 * baseline + 8), cv::Scalar(255, 255, 255), cv::FILLED);
    cv::putText(canvas, line, cv::Point(6, text.height + baseline), cv::FONT_HERSHEY_SIMPLEX, font, verdict_colour,
                thick / 2 + 1, cv::LINE_AA);
    return save_png(canvas, path) ? std::string() : "cannot write " + ascii(path);
}

}  // namespace qrdiag
