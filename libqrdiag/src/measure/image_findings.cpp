#include "measure/image_findings.h"

#include "measure/thresholds.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace qrdiag {
namespace {

Finding make(CauseId cause, Severity severity, std::string rule, double weight)
{
    Finding f;
    f.cause = cause;
    f.severity = severity;
    f.rule = std::move(rule);
    f.weight = std::clamp(weight, 0.0, 1.0);
    return f;
}

const Text kFixMoveCloser{
    "Payer: move the phone closer until the code fills the scanning frame, then scan again. Merchant: print the "
    "code larger for the distance customers stand at.",
    "Người trả: đưa điện thoại lại gần cho mã QR lấp đầy khung quét rồi quét lại. Người bán: in mã lớn hơn cho "
    "phù hợp với khoảng cách khách đứng quét."};
const Text kFixReprint{
    "Merchant: print a fresh code (from the bank app) and replace the damaged one; meanwhile share the code "
    "straight from the banking app. Payer with a blurred photo: hold still, tap to focus, retake.",
    "Người bán: in lại mã mới (lấy từ ứng dụng ngân hàng) và thay mã bị hỏng; trong lúc chờ, gửi mã trực tiếp "
    "từ ứng dụng ngân hàng. Người trả có ảnh bị nhòe: giữ yên máy, chạm để lấy nét rồi chụp lại."};
const Text kFixRefocus{
    "Payer: hold the phone still, tap the code to focus, and scan again in good light. Merchant: if the print "
    "itself is blurred or faded, print a fresh code from the bank app.",
    "Người trả: giữ yên điện thoại, chạm vào mã để lấy nét rồi quét lại ở nơi đủ sáng. Người bán: nếu bản in bị "
    "nhòe hoặc phai màu, hãy in lại mã từ ứng dụng ngân hàng."};
const Text kFixMargin{
    "Merchant: get the code again from the bank's app and print it with a clear white border of at least 4 "
    "modules, dark modules on a light background, with no artwork, frame or text touching it.",
    "Người bán: lấy lại mã từ ứng dụng ngân hàng và in với viền trắng trống rộng ít nhất 4 mô-đun, mô-đun tối "
    "trên nền sáng, không để hình trang trí, khung hay chữ chạm vào mã."};

}  // namespace

const char* side_name_en(int side)
{
    constexpr const char* kNames[] = {"top", "right", "bottom", "left"};
    return kNames[side & 3];
}

const char* side_name_vi(int side)
{
    constexpr const char* kNames[] = {"trên", "phải", "dưới", "trái"};
    return kNames[side & 3];
}

Finding small_modules_finding(double module_px, bool decoded)
{
    Finding f = make(CauseId::DistanceScale, decoded ? Severity::Warn : Severity::Fail, "image.small_modules",
                     decoded ? 0.5 : 0.6 + 0.4 * std::clamp((kUnreadableModulePx - module_px) / kUnreadableModulePx, 0.0, 1.0));
    f.found = fmt::format("{:.1f} px/module", module_px);
    f.expected = fmt::format("≥ {:.1f} px/module", decoded ? kMarginalModulePx : kUnreadableModulePx);
    if (decoded)
        f.summary = {fmt::format("The code is small in the photo: {:.1f} pixels per module. It reads here, but "
                                 "phones held further away or with weaker cameras will not.", module_px),
                     fmt::format("Mã QR quá nhỏ trong ảnh: {:.1f} điểm ảnh mỗi mô-đun. Ảnh này vẫn đọc được, nhưng "
                                 "điện thoại ở xa hơn hoặc camera kém hơn sẽ không đọc được.", module_px)};
    else
        f.summary = {fmt::format("The code is too small in the photo to read: {:.1f} pixels per module, decoders "
                                 "need about {:.0f} or more.", module_px, kUnreadableModulePx),
                     fmt::format("Mã QR quá nhỏ trong ảnh nên không đọc được: {:.1f} điểm ảnh mỗi mô-đun, trong khi "
                                 "cần khoảng {:.0f} trở lên.", module_px, kUnreadableModulePx)};
    f.fix = kFixMoveCloser;
    f.metrics = {{"px_per_module", module_px}};
    return f;
}

Finding leaves_frame_finding(const std::string& sides_en, const std::string& sides_vi, double outside_share)
{
    Finding f = make(CauseId::DistanceScale, Severity::Fail, "image.leaves_frame", 0.7 + 0.3 * outside_share);
    // Sides are empty when the outline does not cross an edge but lies largely outside the photo.
    const std::string where_en = sides_en.empty() ? "an edge" : "the " + sides_en + " edge";
    const std::string where_vi = sides_vi.empty() ? "mép" : "cạnh " + sides_vi;
    f.found = "code cut by " + where_en + " of the photo";
    f.expected = "the whole code inside the photo";
    f.summary = {fmt::format("The code runs off {} of the photo: the camera is too close.", where_en),
                 fmt::format("Mã QR bị cắt ở {} của ảnh: camera ở quá gần.", where_vi)};
    f.fix = {"Payer: move the phone back until the whole code, with its white border, is inside the scanning "
             "frame, then scan again.",
             "Người trả: lùi điện thoại ra xa cho toàn bộ mã QR, cả viền trắng, nằm trong khung quét rồi quét lại."};
    f.metrics = {{"outside_share", outside_share}};
    return f;
}

Finding too_far_for_distance_finding(double code_cm, double distance_cm)
{
    Finding f = make(CauseId::DistanceScale, Severity::Warn, "image.too_small_for_distance", 0.6);
    f.found = fmt::format("{:.1f} cm wide", code_cm);
    f.expected = fmt::format("≥ {:.1f} cm for {:.0f} cm", distance_cm / kDistancePerCodeWidth, distance_cm);
    f.summary = {fmt::format("The printed code is {:.1f} cm wide; read from {:.0f} cm it should be at least "
                             "{:.1f} cm (a tenth of the distance).", code_cm, distance_cm, distance_cm / kDistancePerCodeWidth),
                 fmt::format("Mã QR in rộng {:.1f} cm; để quét từ {:.0f} cm cần rộng ít nhất {:.1f} cm (một phần "
                             "mười khoảng cách).", code_cm, distance_cm, distance_cm / kDistancePerCodeWidth)};
    f.fix = {"Merchant: print the code larger, or place the standee closer to where customers stand.",
             "Người bán: in mã lớn hơn, hoặc đặt bảng mã gần chỗ khách đứng hơn."};
    f.metrics = {{"code_cm", code_cm}, {"distance_cm", distance_cm}};
    return f;
}

Finding blur_finding(double spread, bool decoded)
{
    const double sigma = spread / kEdgeSpreadPerSigma;
    Finding f = make(CauseId::BlurDamage, decoded ? Severity::Warn : Severity::Fail, "image.blur",
                     decoded ? 0.5 : 0.6 + 0.4 * std::clamp((sigma - kFailBlurSigma) / kFailBlurSigma, 0.0, 1.0));
    f.found = fmt::format("edge rise {:.2f} module", spread);
    f.expected = fmt::format("≤ {:.2f} module", decoded ? kMarginalEdgeSpread : kFailEdgeSpread);
    if (decoded)
        f.summary = {fmt::format("The code is soft: edges take {:.2f} module to rise from dark to light. It reads "
                                 "here, but a worse camera or a little more blur will not.", spread),
                     fmt::format("Mã QR hơi nhòe: cạnh mô-đun chuyển từ tối sang sáng mất {:.2f} mô-đun. Ảnh này vẫn "
                                 "đọc được, nhưng camera kém hơn hoặc nhòe thêm một chút sẽ không đọc được.", spread)};
    else
        f.summary = {fmt::format("The code is blurred: edges take {:.2f} modules to rise from dark to light, so "
                                 "neighbouring modules run together.", spread),
                     fmt::format("Mã QR bị nhòe: cạnh mô-đun chuyển từ tối sang sáng mất {:.2f} mô-đun nên các mô-đun "
                                 "cạnh nhau bị lẫn vào nhau.", spread)};
    f.fix = kFixRefocus;
    f.metrics = {{"edge_spread_modules", spread}, {"blur_sigma_modules", sigma}};
    return f;
}

Finding motion_blur_finding(double streak, double angle_deg)
{
    Finding f = make(CauseId::BlurDamage, Severity::Fail, "image.motion_blur",
                     0.7 + 0.3 * std::clamp((streak - kFailMotionStreakModules) / kFailMotionStreakModules, 0.0, 1.0));
    f.found = fmt::format("streak {:.1f} modules at {:.0f}°", streak, angle_deg);
    f.expected = fmt::format("≤ {:.1f} modules", kFailMotionStreakModules);
    f.summary = {fmt::format("The photo is smeared by movement: a streak of about {:.1f} modules at {:.0f}°.", streak, angle_deg),
                 fmt::format("Ảnh bị nhòe do rung tay: vệt kéo dài khoảng {:.1f} mô-đun theo hướng {:.0f}°.", streak, angle_deg)};
    f.fix = {"Payer: hold the phone still (rest your elbow), wait for it to focus, and scan again.",
             "Người trả: giữ yên điện thoại (tì khuỷu tay), chờ lấy nét rồi quét lại."};
    f.metrics = {{"streak_modules", streak}, {"angle_deg", angle_deg}};
    return f;
}

Finding damage_finding(double ratio, double unused_ec, bool decoded)
{
    Finding f = make(CauseId::BlurDamage, decoded ? Severity::Warn : Severity::Fail, "image.damaged_modules",
                     decoded ? 0.45 : 0.6);
    f.found = fmt::format("{:.1f}% modules wrong", 100 * ratio);
    f.expected = fmt::format("≥ {:.0f}% of error correction unused", 100 * kLowUnusedEc);
    f.summary = {fmt::format("{:.1f}% of the modules are printed wrong, using {:.0f}% of the error-correction "
                             "budget; a little more damage or glare and it will not read.", 100 * ratio, 100 * (1 - unused_ec)),
                 fmt::format("{:.1f}% mô-đun bị in sai, đã dùng {:.0f}% khả năng sửa lỗi; hỏng thêm một chút hoặc bị lóa "
                             "là không đọc được.", 100 * ratio, 100 * (1 - unused_ec))};
    f.fix = kFixReprint;
    f.metrics = {{"damage_ratio", ratio}, {"unused_ec", unused_ec}};
    return f;
}

Finding missing_finder_finding(int found)
{
    Finding f = make(CauseId::BlurDamage, Severity::Fail, "image.finder_missing", 0.75);
    f.found = fmt::format("{} of 3 finder patterns", found);
    f.expected = "3 intact finder patterns";
    f.summary = {fmt::format("Only {} of the 3 corner finder patterns {} intact: a torn, stained or peeled corner "
                             "stops phones from locating the code.", found, found == 1 ? "is" : "are"),
                 fmt::format("Chỉ {} trong 3 ô định vị ở góc mã còn nguyên: góc bị rách, bẩn hoặc bong tróc khiến điện "
                             "thoại không định vị được mã.", found)};
    f.fix = kFixReprint;
    f.metrics = {{"finders_found", found}};
    return f;
}

Finding no_finders_finding(double spread)
{
    // Weighed as a blur at the fail bound would be: it takes the place of the blur finding a sharp code
    // region was once given, and must not outrank the distance and margin findings that one did not.
    Finding f = make(CauseId::BlurDamage, Severity::Fail, "image.no_finders", 0.6);
    f.found = "0 of 3 finder patterns";
    f.expected = "3 intact finder patterns";
    f.summary = {"None of the 3 corner finder patterns can be made out, though the code's modules are sharp: they "
                 "are covered, worn away or printed over, and phones locate a code by them.",
                 "Không nhận ra ô định vị nào trong 3 góc mã dù các mô-đun vẫn nét: chúng bị che, mòn mất hoặc bị in "
                 "đè, mà điện thoại cần chúng để định vị mã."};
    f.fix = kFixReprint;
    f.metrics = {{"finders_found", 0}, {"edge_spread_modules", spread}};
    return f;
}

Finding scratched_finders_finding(int found)
{
    Finding f = make(CauseId::BlurDamage, Severity::Fail, "image.finders_scratched", 0.75);
    f.found = fmt::format("{} of 3 finder patterns, with the scratches bridged", found);
    f.expected = "finder patterns with unbroken rings";
    f.summary = {fmt::format("Thin light scratches cut through the corner finder patterns: phones cannot locate the "
                             "code ({} of 3 found, and only with the scratches bridged).", found),
                 fmt::format("Các vết xước mảnh cắt ngang các ô định vị ở góc mã: điện thoại không định vị được mã "
                             "(chỉ tìm thấy {} trong 3 ô khi lấp các vết xước).", found)};
    f.fix = kFixReprint;
    f.metrics = {{"finders_found", found}};
    return f;
}

Finding blotch_finding(double share)
{
    Finding f = make(CauseId::BlurDamage, Severity::Fail, "image.blotch", 0.55 + 0.4 * std::clamp(share / 0.3, 0.0, 1.0));
    f.found = fmt::format("{:.0f}% of the code without modules", 100 * share);
    f.expected = "modules visible everywhere";
    f.summary = {fmt::format("About {:.0f}% of the code is covered or wiped out (stain, peeled band or tear): "
                             "more than error correction can restore.", 100 * share),
                 fmt::format("Khoảng {:.0f}% diện tích mã bị che hoặc mất (vết bẩn, dải bong tróc hoặc rách): vượt quá "
                             "khả năng sửa lỗi.", 100 * share)};
    f.fix = kFixReprint;
    f.metrics = {{"blotch_share", share}};
    return f;
}

Finding quiet_zone_finding(double modules, const std::string& side_en, const std::string& side_vi, bool decoded)
{
    const bool cause = modules < kCauseQuietZone;
    Finding f = make(CauseId::QuietZone, decoded ? Severity::Warn : Severity::Fail, "image.quiet_zone",
                     decoded ? (cause ? 0.55 : 0.4) : 0.6);
    // Measured to an eighth of a module; a tenth is as much as a reader needs ("2.5", "0").
    const double shown = std::round(modules * 10) / 10;
    f.found = fmt::format("{:g} modules ({})", shown, side_en);
    f.expected = fmt::format("≥ {:.0f} light modules on every side", kStandardQuietZone);
    if (decoded)
        f.summary = {fmt::format("The light margin is only {:g} module(s) on the {} side (the standard asks for 4); "
                                 "artwork or text comes that close. It reads here, some phones will not.", shown, side_en),
                     fmt::format("Viền sáng quanh mã chỉ rộng {:g} mô-đun ở cạnh {} (tiêu chuẩn yêu cầu 4); hình hoặc "
                                 "chữ nằm sát mã. Ảnh này vẫn đọc được, một số điện thoại sẽ không.", shown, side_vi)};
    else
        f.summary = {fmt::format("The code has no light margin: dark artwork touches it ({:g} clear modules on the "
                                 "{} side, the standard asks for 4), so phones cannot tell where it ends.", shown, side_en),
                     fmt::format("Mã QR không có viền sáng: hình tối nằm sát mã ({:g} mô-đun trống ở cạnh {}, tiêu "
                                 "chuẩn yêu cầu 4) nên điện thoại không xác định được mép mã.", shown, side_vi)};
    f.fix = kFixMargin;
    f.metrics = {{"quiet_zone_modules", modules}};
    return f;
}

Finding dark_surround_finding(double dark_share)
{
    const double share = std::clamp(dark_share, 0.0, 1.0);
    Finding f = make(CauseId::QuietZone, Severity::Fail, "image.quiet_zone", 0.6 + 0.3 * share);
    // Undecoded, the margin is known only as the dark share of a ring just outside the estimated outline.
    f.found = fmt::format("{:.0f}% of the margin dark", 100 * share);
    f.expected = fmt::format("≥ {:.0f} light modules on every side", kStandardQuietZone);
    f.summary = {fmt::format("The code has no clear light margin: dark artwork covers {:.0f}% of the margin just outside "
                             "it (the standard asks for 4 light modules on every side), so phones cannot tell where "
                             "the code ends.", 100 * share),
                 fmt::format("Mã QR không có viền sáng rõ ràng: hình tối chiếm {:.0f}% phần viền ngay sát mã (tiêu chuẩn "
                             "yêu cầu 4 mô-đun sáng ở mọi cạnh) nên điện thoại không xác định được mép mã.", 100 * share)};
    f.fix = kFixMargin;
    f.metrics = {{"surround_dark_share", dark_share}};
    return f;
}

Finding finders_merged_finding(int merged, int seen)
{
    Finding f = make(CauseId::QuietZone, Severity::Fail, "image.finders_merged", 0.75);
    f.found = fmt::format("{} of {} corner squares run into dark surround", merged, seen);
    f.expected = "each corner square inside a light ring";
    f.summary = {fmt::format("{} of the code's corner squares run into the dark print around them, with no light ring "
                             "to set them apart: phones look for that ring to find the code.", merged),
                 fmt::format("{} ô vuông định vị ở góc mã dính liền vào phần in tối xung quanh, không có viền sáng tách "
                             "riêng: điện thoại cần viền sáng đó để tìm ra mã.", merged)};
    f.fix = kFixMargin;
    f.metrics = {{"finders_merged", static_cast<double>(merged)}, {"finders_seen", static_cast<double>(seen)}};
    return f;
}

Finding low_contrast_finding(double sc, bool decoded)
{
    // The modules against each other, not the code against its surround (that is the margin's cause):
    // print faded towards its paper, or ink too pale for it (causes.md: "the print is faded").
    Finding f = make(CauseId::BlurDamage, decoded ? Severity::Warn : Severity::Fail, "image.low_contrast",
                     decoded ? 0.45 : 0.6 + 0.3 * std::clamp((kLowSymbolContrast - sc) / kLowSymbolContrast, 0.0, 1.0));
    f.found = fmt::format("symbol contrast {:.0f}%", 100 * sc);
    f.expected = fmt::format("≥ {:.0f}%", 100 * kLowSymbolContrast);
    if (decoded)
        f.summary = {fmt::format("Dark and light modules differ by only {:.0f}% of full contrast: the print is faded or "
                                 "its ink too pale. It reads here, but many phones will not.", 100 * sc),
                     fmt::format("Mô-đun tối và sáng chỉ chênh nhau {:.0f}% độ tương phản: bản in đã phai hoặc mực quá "
                                 "nhạt. Ảnh này vẫn đọc được, nhưng nhiều điện thoại sẽ không đọc được.", 100 * sc)};
    else
        f.summary = {fmt::format("The print is faded: dark and light modules differ by only {:.0f}% of full contrast, "
                                 "too little for phones to tell them apart.", 100 * sc),
                     fmt::format("Bản in đã phai: mô-đun tối và sáng chỉ chênh nhau {:.0f}% độ tương phản, quá ít để "
                                 "điện thoại phân biệt.", 100 * sc)};
    f.fix = kFixReprint;
    f.metrics = {{"symbol_contrast", sc}};
    return f;
}

// Read only by WeChat's detector (it looks for the corner squares inside whatever surrounds them) while
// ZXing's and our own finder searches, which need the light ring outside each corner square, place
// nothing: the squares merge with the surround, the failure a missing quiet zone produces.
Finding finders_not_apart_finding()
{
    Finding f = make(CauseId::QuietZone, Severity::Fail, "image.finders_not_apart", 0.5);
    f.found = "read only by the most tolerant decoder; corner squares not located";
    f.expected = "corner squares that stand apart from their surround";
    f.summary = {"Only the most tolerant decoder reads this code: its three corner squares do not stand apart from "
                 "what surrounds them, so most phones will not find it.",
                 "Chỉ bộ giải mã dễ tính nhất đọc được mã này: ba ô vuông ở góc mã không tách khỏi phần xung quanh, "
                 "nên phần lớn điện thoại sẽ không tìm thấy mã."};
    f.fix = kFixMargin;
    return f;
}

// ISO/IEC 18004 lets a reader support reversed reflectance but does not require it; ZXing-based scanners
// in many banking apps do not try it, while others (iOS's camera) do: it reads for some phones only.
Finding light_on_dark_finding()
{
    Finding f = make(CauseId::QuietZone, Severity::Warn, "image.light_on_dark", 0.85);
    f.found = "light modules on a dark ground; reads only with its tones swapped";
    f.expected = "dark modules on a light ground, with a light margin";
    f.summary = {"The code is printed light on dark (inverted): many phones' scanners do not read inverted codes, "
                 "so some customers will not be able to pay with it.",
                 "Mã được in màu sáng trên nền tối (đảo màu): nhiều ứng dụng quét trên điện thoại không đọc được mã "
                 "đảo màu, nên một số khách sẽ không thanh toán được."};
    f.fix = {"Merchant: print the code dark on a light (white) ground with a light margin of at least 4 modules, "
             "as the bank app produces it.",
             "Chủ cửa hàng: in mã màu tối trên nền sáng (trắng), chừa viền sáng ít nhất 4 ô, đúng như ứng dụng "
             "ngân hàng tạo ra."};
    return f;
}

Finding repaired_finding(CauseId cause, const std::string& repair_en, const std::string& repair_vi)
{
    Finding f = make(cause, Severity::Fail, "image.repair_decodes", 0.95);
    f.found = "decodes once " + repair_en;
    f.expected = "decodes as photographed";
    f.summary = {"The code does not read as photographed, but decodes once " + repair_en + ".",
                 "Mã QR không đọc được như trong ảnh, nhưng đọc được khi " + repair_vi + "."};
    switch (cause) {
    case CauseId::QuietZone: f.fix = kFixMargin; break;
    case CauseId::DistanceScale: f.fix = kFixMoveCloser; break;
    default: f.fix = kFixReprint; break;
    }
    return f;
}

Finding unreadable_symbol_finding()
{
    Finding f = make(CauseId::BlurDamage, Severity::Fail, "image.unreadable_symbol", 0.4);
    f.found = "QR-like symbol that no decoder reads";
    f.expected = "a readable symbol";
    f.summary = {"A QR code is visible but no decoder can read its modules: the print is damaged or degraded.",
                 "Nhìn thấy mã QR nhưng không bộ giải mã nào đọc được các mô-đun: bản in bị hỏng hoặc xuống cấp."};
    f.fix = kFixReprint;
    return f;
}

Finding no_code_finding()
{
    Finding f = make(CauseId::NoCodeFound, Severity::Fail, "image.no_code", 1.0);
    f.found = "nothing QR-like";
    f.expected = "a QR code";
    f.summary = {"No QR code is visible in the image.", "Không thấy mã QR nào trong ảnh."};
    f.fix = {"Send a photo that shows the whole QR code, straight on and in focus.",
             "Hãy gửi ảnh chụp thẳng, rõ nét và có toàn bộ mã QR."};
    return f;
}

Finding other_barcode_finding(const std::string& format)
{
    Finding f = make(CauseId::NoCodeFound, Severity::Fail, "image.other_barcode", 1.0);
    f.found = "a barcode of another kind (" + format + "), no QR code";
    f.expected = "a QR code";
    f.summary = {"No QR code is visible: the picture holds a barcode of another kind (" + format +
                     "), which banking apps do not read for payment.",
                 "Không thấy mã QR: ảnh chỉ có một mã vạch loại khác (" + format +
                     "), loại mã mà ứng dụng ngân hàng không đọc để thanh toán."};
    f.fix = {"Scan or send the merchant's payment QR code (a square with three large corner squares), not this barcode.",
             "Hãy quét hoặc gửi mã QR thanh toán của cửa hàng (hình vuông có ba ô vuông lớn ở góc), không phải mã vạch này."};
    return f;
}

Finding physical_size_note(double module_mm, double max_distance_cm)
{
    Finding f = make(CauseId::DistanceScale, Severity::Info, "image.physical_size", 0);
    f.found = fmt::format("{:.2f} mm/module", module_mm);
    f.summary = {fmt::format("Modules are {:.2f} mm; phones can read the code from up to about {:.0f} cm.",
                             module_mm, max_distance_cm),
                 fmt::format("Mỗi mô-đun rộng {:.2f} mm; điện thoại đọc được mã từ khoảng cách tối đa khoảng {:.0f} cm.",
                             module_mm, max_distance_cm)};
    f.metrics = {{"module_mm", module_mm}, {"max_distance_cm", max_distance_cm}};
    return f;
}

}  // namespace qrdiag
