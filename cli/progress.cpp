#include "progress.h"

#include <fmt/format.h>

#include <string>

namespace qrdiag::cli {

namespace {
// Redrawing more often than this only costs time; a person cannot read faster.
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr int kBarWidth = 30;

std::string format_seconds(double seconds)
{
    const auto s = static_cast<long>(seconds + 0.5);
    return s >= 3600 ? fmt::format("{}h{:02}m", s / 3600, s / 60 % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}
}  // namespace

ProgressBar::ProgressBar(std::FILE* stream, std::size_t total, bool enabled)
    : stream_(stream), total_(total), enabled_(enabled && total > 1)
{
}

void ProgressBar::update(std::size_t done)
{
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_draw_ < kRedrawInterval) return;
    last_draw_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
    const int filled = static_cast<int>(kBarWidth * done / (total_ ? total_ : 1));
    const std::string eta = rate > 0 ? format_seconds(static_cast<double>(total_ - done) / rate) : "--:--";
    std::string bar;
    for (int i = 0; i < kBarWidth; ++i) bar += i < filled ? "█" : "░";
    std::fprintf(stream_, "\r\x1b[2K%s %zu/%zu  %.1f/s  ETA %s", bar.c_str(), done, total_, rate, eta.c_str());
    std::fflush(stream_);
}

void ProgressBar::finish()
{
    if (!enabled_) return;
    std::fprintf(stream_, "\r\x1b[2K");
    std::fflush(stream_);
}

}  // namespace qrdiag::cli
