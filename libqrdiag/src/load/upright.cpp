// EXIF orientation: phones store a portrait photo sideways and say so in a tag; viewers (and OpenCV's
// imdecode, which qrdiag used before) turn it upright, so outlines on the annotated picture and the
// corners in the report match what the person sees.
#include "load/decode_gray.h"

namespace qrdiag {

cv::Mat upright(cv::Mat gray, int exif_orientation)
{
    // The values of the Orientation tag (EXIF 2.32, tag 0x0112): where row 0 and column 0 are.
    cv::Mat out;
    switch (exif_orientation) {
    case 2: cv::flip(gray, out, 1); return out;                        // mirrored left-right
    case 3: cv::rotate(gray, out, cv::ROTATE_180); return out;         // upside down
    case 4: cv::flip(gray, out, 0); return out;                        // mirrored top-bottom
    case 5: cv::transpose(gray, out); return out;                      // mirrored along the main diagonal
    case 6: cv::rotate(gray, out, cv::ROTATE_90_CLOCKWISE); return out;
    case 7: cv::transpose(gray, out); cv::flip(out, out, -1); return out;  // mirrored along the other diagonal
    case 8: cv::rotate(gray, out, cv::ROTATE_90_COUNTERCLOCKWISE); return out;
    default: return gray;
    }
}

}  // namespace qrdiag
