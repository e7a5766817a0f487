#include "photo.h"
#include "surface.h"

#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace samples {
namespace {

constexpr double kDeg = M_PI / 180;

// Card pixels to frame pixels: the card turned in 3-D, seen by a pinhole camera, then scaled so a module
// measures shot.module_px at the symbol centre, which lands on shot.code_centre.
cv::Matx33d card_to_frame(const Card& card, const Shot& shot)
{
    const cv::Point2d centre = (card.code[0] + card.code[2]) * 0.5;
    const double distance = shot.depth * card.art.cols;
    const double cx = std::cos(shot.tilt_x * kDeg), sx = std::sin(shot.tilt_x * kDeg);
    const double cy = std::cos(shot.tilt_y * kDeg), sy = std::sin(shot.tilt_y * kDeg);
    const double cr = std::cos(shot.roll * kDeg), sr = std::sin(shot.roll * kDeg);
    const cv::Matx33d rx(1, 0, 0, 0, cx, -sx, 0, sx, cx), ry(cy, 0, sy, 0, 1, 0, -sy, 0, cy), rz(cr, -sr, 0, sr, cr, 0, 0, 0, 1);
    const cv::Matx33d r = rz * rx * ry;
    auto project = [&](cv::Point2d p) {
        const cv::Vec3d q = r * cv::Vec3d(p.x - centre.x, p.y - centre.y, 0) + cv::Vec3d(0, 0, distance);
        return cv::Point2f(static_cast<float>(distance * q[0] / q[2]), static_cast<float>(distance * q[1] / q[2]));
    };
    const cv::Point2f src[4] = {cv::Point2f(card.code[0]), cv::Point2f(card.code[1]), cv::Point2f(card.code[2]), cv::Point2f(card.code[3])};
    cv::Point2f dst[4];
    for (int i = 0; i < 4; ++i) dst[i] = project(card.code[i]);
    const cv::Matx33d h0 = cv::getPerspectiveTransform(src, dst);
    double sides = 0;
    for (int i = 0; i < 4; ++i) sides += cv::norm(dst[i] - dst[(i + 1) % 4]);
    const double modules = (card.code[1].x - card.code[0].x) / card.module_px;
    const double k = shot.module_px / (sides / 4 / modules);
    const cv::Matx33d place(k, 0, shot.code_centre.x, 0, k, shot.code_centre.y, 0, 0, 1);
    return place * h0;
}

cv::Mat1f kernel_for(Optics optics, double size, double angle)
{
    if (optics == Optics::DiskDefocus) {
        const int r = std::max(1, static_cast<int>(std::ceil(size)));
        cv::Mat1f k(2 * r + 1, 2 * r + 1, 0.f);
        cv::circle(k, {r, r}, static_cast<int>(std::lround(size)), cv::Scalar(1), cv::FILLED, cv::LINE_AA);
        return k / cv::sum(k)[0];
    }
    const int n = (static_cast<int>(std::ceil(size)) | 1) + 2;
    cv::Mat1f k(n, n, 0.f);
    const cv::Point2d c(n / 2.0 - 0.5, n / 2.0 - 0.5), d(std::cos(angle * kDeg) * size / 2, std::sin(angle * kDeg) * size / 2);
    const int shift = 4;  // sub-pixel line end points
    cv::line(k, (c - d) * (1 << shift), (c + d) * (1 << shift), cv::Scalar(1), 1, cv::LINE_AA, shift);
    return k / cv::sum(k)[0];
}

void blur(cv::Mat3f& img, Optics optics, double size, double angle)
{
    if (optics == Optics::Sharp || size <= 0) return;
    if (optics == Optics::Defocus) cv::GaussianBlur(img, img, {0, 0}, size);
    else cv::filter2D(img, img, -1, kernel_for(optics, size, angle), {-1, -1}, 0, cv::BORDER_REFLECT);
}

// Multiplicative light over the frame: a gradient, vignetting, a colour cast and maybe a shadow.
cv::Mat3f light_field(cv::Size size, const Shot& shot, Rng& rng)
{
    const cv::Size small(64, 48);
    cv::Mat1f field(small);
    const double a = rng.uniform(0, 2 * M_PI);
    for (int y = 0; y < small.height; ++y)
        for (int x = 0; x < small.width; ++x) {
            const double u = (x + 0.5) / small.width - 0.5, v = (y + 0.5) / small.height - 0.5;
            const double g = 1 + shot.light_gradient * (u * std::cos(a) + v * std::sin(a)) * 2;
            field(y, x) = static_cast<float>(g * (1 - shot.vignette * (u * u + v * v) * 2));
        }
    if (shot.cast_shadow > 0) {  // a hand, a phone or a shelf between the light and the card
        cv::Mat1f shadow(small, 0.f);
        std::vector<cv::Point> poly;
        const cv::Point2d c(rng.uniform(0, small.width), rng.uniform(0, small.height));
        for (int i = 0; i < 5; ++i)
            poly.emplace_back(c + cv::Point2d(rng.uniform(-40, 40), rng.uniform(-30, 30)));
        cv::fillPoly(shadow, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(1));
        cv::GaussianBlur(shadow, shadow, {0, 0}, rng.uniform(1.5, 4));
        field = field.mul(1 - shot.cast_shadow * shadow);
    }
    cv::Mat1f full;
    cv::resize(field, full, size, 0, 0, cv::INTER_CUBIC);
    const cv::Scalar cast(rng.uniform(0.85, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.92, 1.12));
    cv::Mat3f out;
    cv::merge(std::vector<cv::Mat1f>{full * cast[0], full * cast[1], full * cast[2]}, out);
    return out;
}

std::vector<uchar> encode(const cv::Mat3b& img, int jpeg_quality, std::string& ext)
{
    std::vector<uchar> bytes;
    if (jpeg_quality > 0) {
        ext = "jpg";
        cv::imencode(".jpg", img, bytes, {cv::IMWRITE_JPEG_QUALITY, jpeg_quality});
    } else {
        ext = "png";
        cv::imencode(".png", img, bytes, {cv::IMWRITE_PNG_COMPRESSION, 6});
    }
    return bytes;
}

}  // namespace

Photo photograph(const Card& card, const Shot& shot, Rng& rng)
{
    const cv::Matx33d h = card_to_frame(card, shot);
    cv::Mat3f scene = make_surface(shot.frame, rng);

    // Printing resolution above what the camera resolves: filter before sampling, or modules alias.
    const double shrink = shot.module_px / card.module_px;
    cv::Mat3f art;
    card.art.convertTo(art, CV_32F);
    cv::Mat1f alpha;
    card.alpha.convertTo(alpha, CV_32F, 1 / 255.0);
    if (shrink < 0.9) {
        const double sigma = 0.45 * std::sqrt(1 / (shrink * shrink) - 1);
        cv::GaussianBlur(art, art, {0, 0}, sigma);
        cv::GaussianBlur(alpha, alpha, {0, 0}, sigma);
    }
    cv::Mat3f warped;
    cv::Mat1f mask;
    cv::warpPerspective(art, warped, h, shot.frame, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::warpPerspective(alpha, mask, h, shot.frame, cv::INTER_LINEAR, cv::BORDER_CONSTANT);

    // The card's own shadow on the surface, offset away from the light.
    cv::Mat1f drop;
    const int off = std::max(2, shot.frame.width / 120);
    cv::Mat1f shift = (cv::Mat1f(2, 3) << 1, 0, rng.integer(-off, off), 0, 1, rng.integer(0, 2 * off));
    cv::warpAffine(mask, drop, shift, shot.frame);
    cv::GaussianBlur(drop, drop, {0, 0}, off * 1.5);
    cv::Mat3f drop3;
    cv::merge(std::vector<cv::Mat1f>{drop, drop, drop}, drop3);
    scene = scene.mul(cv::Scalar::all(1) - drop3 * 0.45);

    if (shot.glare > 0) {  // lamination reflects a lamp
        cv::Mat1f spot(shot.frame, 0.f);
        const cv::Point2d c = shot.code_centre + cv::Point2d(rng.normal(), rng.normal()) * (shot.frame.width * 0.15);
        cv::ellipse(spot, c, cv::Size(shot.frame.width / 10, shot.frame.width / 25), rng.uniform(0, 180), 0, 360, cv::Scalar(1), cv::FILLED);
        cv::GaussianBlur(spot, spot, {0, 0}, shot.frame.width / 40.0);
        cv::Mat3f spot3;
        cv::merge(std::vector<cv::Mat1f>{spot, spot, spot}, spot3);
        warped += spot3.mul(cv::Mat3f(warped.size(), cv::Vec3f(255, 255, 255)) - warped) * shot.glare;
    }

    if (shot.background_in_focus) {
        blur(warped, shot.optics, shot.blur_px, shot.motion_angle);
        cv::Mat1f soft = mask.clone();
        if (shot.optics == Optics::Defocus) cv::GaussianBlur(soft, soft, {0, 0}, shot.blur_px);
        mask = soft;
    }
    cv::Mat3f mask3;
    cv::merge(std::vector<cv::Mat1f>{mask, mask, mask}, mask3);
    cv::Mat3f img = scene.mul(cv::Scalar::all(1) - mask3) + warped.mul(mask3);
    if (!shot.background_in_focus) blur(img, shot.optics, shot.blur_px, shot.motion_angle);

    img = img.mul(light_field(shot.frame, shot, rng)) * shot.exposure;
    if (shot.camera_sigma > 0) cv::GaussianBlur(img, img, {0, 0}, shot.camera_sigma);

    // Sensor noise: a signal-independent floor plus shot noise growing with brightness.
    cv::Mat3f noise(shot.frame);
    cv::RNG cvrng(rng.bits());
    cvrng.fill(noise, cv::RNG::NORMAL, 0, 1);
    cv::Mat3f level;
    cv::sqrt(cv::max(img, 0) / 255.0, level);
    img += noise.mul(level * (shot.noise * 0.7) + cv::Scalar::all(shot.noise * 0.5));

    Photo photo;
    cv::Mat3b out;
    img.convertTo(out, CV_8U);
    photo.bytes = encode(out, shot.jpeg_quality, photo.ext);
    photo.image = cv::imdecode(photo.bytes, cv::IMREAD_COLOR);
    return photo;
}

Photo flat_render(const Card& card, double scale)
{
    cv::Mat3b out;
    cv::resize(card.art, out, {}, scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_NEAREST);
    Photo photo;
    photo.bytes = encode(out, 0, photo.ext);
    photo.image = out;
    return photo;
}

}  // namespace samples
