// Readers called from a batch's workers at once. OpenCV 4.6's WeChat reader shares state between its
// instances (opencv_contrib#3405: every hybrid binarizer copies one global array whose reference count is
// not atomic), so decode_wechat takes its readings one at a time. A batch on two workers died once of a
// protection fault in libc, not seen again in some thirty reruns; such a race shows only now and then,
// so without the lock this test fails only sometimes. With it, it cannot fail.
#include <doctest/doctest.h>

#include "decode/decode_qr.h"
#include "test_image_fixtures.h"

#include <opencv2/core.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace qrdiag;

TEST_CASE("the WeChat reader read from four threads at once reads what it reads from one")
{
    // A readable code, and noise that sends the reader through all of its binarizers.
    const cv::Mat code = fixtures::render(fixtures::symbol_grid(), 4, 4);
    cv::Mat noise(240, 240, CV_8U);
    cv::RNG(7).fill(noise, cv::RNG::UNIFORM, 0, 256);
    const auto expected = decode_wechat(code);
    REQUIRE(expected.size() == 1);
    std::atomic<int> wrong{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t)
        workers.emplace_back([&] {
            for (int i = 0; i < 8; ++i) {
                const auto read = decode_wechat(code);
                if (read.size() != 1 || read[0].text != expected[0].text) ++wrong;
                if (!decode_wechat(noise).empty()) ++wrong;
            }
        });
    for (std::thread& w : workers) w.join();
    CHECK(wrong.load() == 0);
}
