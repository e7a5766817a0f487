// PLACEHOLDER until image diagnosis lands: decodes with ZXing only.
#include "qrdiag/diagnose.h"

#include "load/load_image.h"

#include <ZXing/ReadBarcode.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace qrdiag {

Diagnosis diagnose_image(const ImageView& image, const CheckOptions& options)
{
    Diagnosis d;
    d.width = image.width;
    d.height = image.height;
    ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                          static_cast<int>(image.row_stride));
    std::vector<Finding> blamed;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode))) {
        CodeReport code;
        code.text = r.text();
        code.decoded = true;
        code.decoder = "zxing";
        code.payload = check_payload(code.text, options.payload);
        for (const Finding& f : code.payload->findings)
            (f.severity == Severity::Info ? d.notes : blamed).push_back(f);
        d.codes.push_back(std::move(code));
    }
    if (d.codes.empty()) {
        Finding f;
        f.cause = CauseId::NoCodeFound;
        f.rule = "image.no_code";
        f.summary = {"No QR code found in the image.", "Không tìm thấy mã QR trong ảnh."};
        blamed.push_back(f);
    }
    d.causes = rank_causes(blamed);
    d.verdict = verdict_of(d.causes);
    return d;
}

Diagnosis diagnose_file(const std::filesystem::path& path, const CheckOptions& options)
{
    auto loaded = load_image_file(path, options.max_pixels);
    if (!loaded) {
        Diagnosis d;
        d.input = path.string();
        d.verdict = Verdict::Error;
        d.error = loaded.error;
        Finding f;
        f.cause = CauseId::UnreadableInput;
        f.rule = "input.unreadable";
        f.summary = {"Cannot read the image: " + loaded.error + ".", "Không đọc được ảnh: " + loaded.error + "."};
        f.fix = {"Send the original photo or file (PNG or JPEG) again.", "Hãy gửi lại ảnh hoặc tệp gốc (PNG hoặc JPEG)."};
        d.causes = rank_causes({f});
        return d;
    }
    cv::Mat gray;
    cv::cvtColor(loaded.value->bgr, gray, cv::COLOR_BGR2GRAY);
    ImageView view{gray.data, gray.cols, gray.rows, PixelFormat::Gray, static_cast<std::ptrdiff_t>(gray.step)};
    Diagnosis d = diagnose_image(view, options);
    d.input = path.string();
    return d;
}

}  // namespace qrdiag
