// TIFF with libtiff, read from memory through client callbacks: every layout libtiff's RGBA interface
// knows (bilevel fax scans, grey, palette, RGB, CMYK, YCbCr; strips or tiles; any codec it was built
// with), top row first. Its errors and warnings go to handlers of this file alone, which print nothing.
#include "load/decode_gray.h"

#include <tiffio.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>

namespace qrdiag {

namespace {

struct Source {
    std::string_view bytes;
    toff_t at = 0;
};

tmsize_t read_from_memory(thandle_t handle, void* out, tmsize_t length)
{
    auto& source = *static_cast<Source*>(handle);
    if (length < 0 || source.at >= source.bytes.size()) return 0;
    const auto n = std::min<toff_t>(static_cast<toff_t>(length), source.bytes.size() - source.at);
    std::memcpy(out, source.bytes.data() + source.at, n);
    source.at += n;
    return static_cast<tmsize_t>(n);
}

tmsize_t refuse_write(thandle_t, void*, tmsize_t) { return 0; }

toff_t seek_in_memory(thandle_t handle, toff_t offset, int whence)
{
    auto& source = *static_cast<Source*>(handle);
    const toff_t base = whence == SEEK_CUR ? source.at : whence == SEEK_END ? source.bytes.size() : 0;
    source.at = base + offset;  // past the end is allowed, as for a file; reads there return nothing
    return source.at;
}

int close_nothing(thandle_t) { return 0; }
toff_t size_of(thandle_t handle) { return static_cast<Source*>(handle)->bytes.size(); }

// Returning 1 stops libtiff from also calling the process-wide handlers, which print to stderr.
int say_nothing(TIFF*, void*, const char*, const char*, va_list) { return 1; }

struct TiffCloser {
    void operator()(TIFF* tiff) const { TIFFClose(tiff); }
};
struct OptionsFreer {
    void operator()(TIFFOpenOptions* options) const { TIFFOpenOptionsFree(options); }
};

}  // namespace

Loaded<cv::Mat> decode_tiff_gray(std::string_view bytes, const ImageHeader& header)
{
    // TIFFReadRGBAImage packs each pixel as 0xAABBGGRR; in memory on a little-endian machine that is the
    // bytes R, G, B, A, which the raster below is read as.
    static_assert(std::endian::native == std::endian::little);
    const std::unique_ptr<TIFFOpenOptions, OptionsFreer> options(TIFFOpenOptionsAlloc());
    if (!options) throw std::bad_alloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options.get(), say_nothing, nullptr);
    TIFFOpenOptionsSetWarningHandlerExtR(options.get(), say_nothing, nullptr);
    // No buffer of libtiff's needs more than the image at its deepest (4 samples of 16 bits); a forged
    // strip size or tag count asking for more is refused instead of allocated.
    constexpr std::uint64_t kDeepestPixelBytes = 8, kTablesBytes = 1 << 20;
    TIFFOpenOptionsSetMaxSingleMemAlloc(options.get(), static_cast<tmsize_t>(
        static_cast<std::uint64_t>(header.width) * header.height * kDeepestPixelBytes + kTablesBytes));
    Source source{bytes};
    // "m": no memory mapping; libtiff reads through the callbacks into its own buffers.
    const std::unique_ptr<TIFF, TiffCloser> tiff(TIFFClientOpenExt("image", "rm", &source, read_from_memory, refuse_write,
                                                                   seek_in_memory, close_nothing, size_of, nullptr,
                                                                   nullptr, options.get()));
    if (!tiff) return {std::nullopt, corrupt_pixels_error(header.format)};
    std::uint32_t width = 0, height = 0;
    TIFFGetField(tiff.get(), TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tiff.get(), TIFFTAG_IMAGELENGTH, &height);
    if (width != header.width || height != header.height) return {std::nullopt, size_mismatch_error(header.format)};
    // TIFF has no end marker: a cut file shows as strips or tiles that reach past its end.
    const std::uint32_t pieces = TIFFIsTiled(tiff.get()) ? TIFFNumberOfTiles(tiff.get()) : TIFFNumberOfStrips(tiff.get());
    for (std::uint32_t i = 0; i < pieces; ++i) {
        const std::uint64_t offset = TIFFGetStrileOffset(tiff.get(), i), length = TIFFGetStrileByteCount(tiff.get(), i);
        if (offset > bytes.size() || length > bytes.size() - offset)
            return {std::nullopt, "truncated TIFF: the image data ends early; send the whole file"};
    }
    char reason[1024];  // TIFFRGBAImageOK's explanation, not shown: it may quote values from the file
    if (!TIFFRGBAImageOK(tiff.get(), reason))
        return {std::nullopt, "this TIFF's pixel layout is not supported: save the picture as PNG"};
    cv::Mat rgba(static_cast<int>(height), static_cast<int>(width), CV_8UC4);
    if (!TIFFReadRGBAImageOriented(tiff.get(), width, height, rgba.ptr<std::uint32_t>(), ORIENTATION_TOPLEFT, 1))
        return {std::nullopt, corrupt_pixels_error(header.format)};
    cv::Mat gray(rgba.size(), CV_8UC1);
    gray_on_white(rgba, gray, Alpha::Premultiplied);  // libtiff's RGBA interface premultiplies alpha
    return {gray, {}};
}

}  // namespace qrdiag
