// libFuzzer target for the image path. The first byte picks what the rest of the input is:
//   even: the bytes of an image file, written to a temporary file and read by diagnose_file (the load
//         path a user's file takes: format detection, size limits, decoding, then diagnosis);
//   odd:  raw 8-bit pixels for diagnose_image, two bytes of width then rows (reaches the locate,
//         measure and repair stages with shapes no codec would produce).
// Images are kept small so each input costs milliseconds, not seconds.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "qrdiag/diagnose.h"

namespace {

// Per-input budget: 1 MP covers a 1024x1024 photo crop, enough for every stage to run.
constexpr std::uint64_t kFuzzMaxPixels = 1 << 20;
// Raw-pixel mode: widths above this are clamped so a row never dwarfs the input.
constexpr int kMaxRawWidth = 1024;

std::string g_temp_path;

void check_json(const qrdiag::Diagnosis& diagnosis)
{
    if (qrdiag::to_json(diagnosis).find('\n') != std::string::npos) std::abort();
}

void fuzz_file(const std::uint8_t* data, std::size_t size)
{
    std::FILE* f = std::fopen(g_temp_path.c_str(), "wb");
    if (!f) std::abort();
    if (size && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
    qrdiag::CheckOptions options;
    options.max_pixels = kFuzzMaxPixels;
    check_json(qrdiag::diagnose_file(g_temp_path, options));
}

void fuzz_pixels(const std::uint8_t* data, std::size_t size)
{
    if (size < 2) return;
    const int width = std::clamp(int(data[0]) << 8 | data[1], 1, kMaxRawWidth);
    data += 2;
    size -= 2;
    const int height = static_cast<int>(size / width);
    if (height == 0) return;
    qrdiag::ImageView view{data, width, height, qrdiag::PixelFormat::Gray, width};
    qrdiag::CheckOptions options;
    options.max_pixels = kFuzzMaxPixels;
    check_json(qrdiag::diagnose_image(view, options));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const auto dir = std::filesystem::temp_directory_path();
    g_temp_path = (dir / ("qrdiag_fuzz_image_" + std::to_string(getpid()) + ".img")).string();
    std::atexit([] { std::remove(g_temp_path.c_str()); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    if (data[0] % 2 == 0)
        fuzz_file(data + 1, size - 1);
    else
        fuzz_pixels(data + 1, size - 1);
    return 0;
}
