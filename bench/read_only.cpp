// The benchmark's floor: read one image file the way qrdiag does (OpenCV, 3-channel) and exit.
// No tool that looks at the pixels can take less time than this.
#include <opencv2/imgcodecs.hpp>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: qrdiag_read_only IMAGE\n");
        return 2;
    }
    return cv::imread(argv[1], cv::IMREAD_COLOR).empty() ? 1 : 0;
}
