#include "qrdiag/diagnose.h"

#include <opencv2/core.hpp>

namespace qrdiag {

void set_threads_per_diagnosis(int threads)
{
    cv::setNumThreads(threads > 0 ? threads : -1);  // OpenCV: a negative count restores its default
}

}  // namespace qrdiag
