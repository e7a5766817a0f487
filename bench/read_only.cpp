// The benchmark's floor: read one image file exactly the way qrdiag does (its loader: header checks,
// then decoding straight to grey) and exit. No tool that looks at the pixels can take less time.
#include <cstdio>

#include "load/load_image.h"
#include "qrdiag/diagnose.h"  // kDefaultMaxPixels

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: qrdiag_read_only IMAGE\n");
        return 2;
    }
    return qrdiag::load_image_file(argv[1], qrdiag::kDefaultMaxPixels) ? 0 : 1;
}
