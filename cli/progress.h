// A progress bar on stderr for a batch on a terminal: count, rate and time left.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace qrdiag::cli {

class ProgressBar {
public:
    // Draws nothing unless `enabled` (stderr is a terminal and not --quiet).
    ProgressBar(std::FILE* stream, std::size_t total, bool enabled);
    void update(std::size_t done);
    // Clears the bar's line so what follows starts clean.
    void finish();

private:
    std::FILE* stream_;
    std::size_t total_;
    bool enabled_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace qrdiag::cli
