// Photographing a card: where it lands in the frame (perspective, rotation, scale), the light on it,
// the lens (focus, shake), the sensor (noise) and the file the phone writes (JPEG).
#pragma once

#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "card.h"
#include "rng.h"

namespace samples {

enum class Optics { Sharp, Defocus, DiskDefocus, Motion };

struct Shot {
    cv::Size frame{1280, 960};
    double module_px = 6;          // image pixels per module at the symbol centre
    cv::Point2d code_centre;       // where the symbol centre lands in the frame
    double roll = 0;               // degrees, in the image plane
    double tilt_x = 0, tilt_y = 0; // degrees, the card turned away from the camera
    double depth = 3;              // camera distance in card widths: smaller is stronger perspective
    Optics optics = Optics::Sharp;
    double blur_px = 0;            // defocus sigma, disk radius or motion length, in image pixels
    double motion_angle = 0;       // degrees
    bool background_in_focus = false;  // only the card is out of focus (the phone focused behind it)
    double camera_sigma = 0.5;     // lens and demosaicing softness everywhere
    double noise = 3;              // sensor noise, in 8-bit levels
    double light_gradient = 0.2;   // brightness change across the frame
    double vignette = 0.2;
    double cast_shadow = 0;        // 0..1 darkening of a shadow falling across part of the frame
    double glare = 0;              // 0..1 a specular highlight on the card
    double exposure = 1;           // <1 a dim shop, >1 blown highlights
    int jpeg_quality = 85;         // 0: PNG
};

struct Photo {
    std::vector<uchar> bytes;  // the encoded file
    std::string ext;           // "jpg" or "png"
    cv::Mat3b image;           // decoded back, as a reader will see it
};

Photo photograph(const Card& card, const Shot& shot, Rng& rng);

// A flat scan-like render of the card: no perspective, no light, PNG (for end-to-end payload tests).
Photo flat_render(const Card& card, double scale);

}  // namespace samples
