// A non-owning view of pixels, so callers need not use our image library.
#pragma once

#include <cstddef>
#include <cstdint>

namespace qrdiag {

enum class PixelFormat { Gray, RGB, BGR, RGBA, BGRA };

struct ImageView {
    const std::uint8_t* data = nullptr;
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::Gray;
    std::ptrdiff_t row_stride = 0;  // bytes between rows; 0 means tightly packed
};

struct Point {
    double x = 0;
    double y = 0;
};

}  // namespace qrdiag
