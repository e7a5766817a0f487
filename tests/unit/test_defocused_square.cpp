// A code defocused past its finders is found as a square of blurred mottle on its paper, and blamed on
// blur; the same code sharp, a plain dark tile, a blurred chequer and a sharp crossword are no such square.
#include <doctest/doctest.h>

#include "locate/defocused_square.h"
#include "qrdiag/diagnose.h"
#include "test_image_fixtures.h"

#include <opencv2/imgproc.hpp>

#include <random>

using namespace qrdiag;

namespace {

// The symbol at 8 px per module on a white card (4-module margin) on a grey poster, defocused by
// `sigma_modules` (Gaussian): at 1.6 modules nothing of the finders is left, only a mottled square.
// `symbol_side` is the symbol's side in pixels; it sits in the middle of the photo.
struct Defocused {
    cv::Mat photo;
    double symbol_side = 0;
};

Defocused defocused_on_card(double sigma_modules)
{
    const int px = 8;
    const cv::Mat grid = fixtures::symbol_grid();
    const cv::Mat card = fixtures::render(grid, px, 4);
    cv::Mat img = fixtures::poster(card.cols * 2, card.rows * 2, 4, 120);
    fixtures::paste(img, card, img.cols / 2, img.rows / 2);
    cv::Mat blurred;
    cv::GaussianBlur(img, blurred, cv::Size(), sigma_modules * px);
    fixtures::add_noise(blurred, 2);
    return {fixtures::jpeg(blurred), static_cast<double>(grid.rows * px)};
}

Diagnosis check(const cv::Mat& photo)
{
    return diagnose_image(ImageView{photo.data, photo.cols, photo.rows, PixelFormat::Gray, static_cast<std::ptrdiff_t>(photo.step)});
}

// A square `side` px across, filled by `fill`, in the middle of a white sheet on a grey poster.
cv::Mat square_on_paper(const cv::Mat& fill)
{
    cv::Mat img = fixtures::poster(fill.cols * 3, fill.rows * 3, 6, 120);
    cv::Mat sheet(fill.rows * 2, fill.cols * 2, CV_8U, cv::Scalar(235));
    fill.copyTo(sheet(cv::Rect(fill.cols / 2, fill.rows / 2, fill.cols, fill.rows)));
    fixtures::paste(img, sheet, img.cols / 2, img.rows / 2);
    return img;
}

}  // namespace

TEST_CASE("a code defocused past its finders is a square of blurred mottle where the symbol is")
{
    const Defocused d = defocused_on_card(1.6);
    const auto squares = defocused_squares(d.photo);
    REQUIRE(squares.size() >= 1);
    const DefocusedSquare& s = squares.front();
    CHECK(s.box.center.x == doctest::Approx(d.photo.cols / 2.0).epsilon(0.05));
    CHECK(s.box.center.y == doctest::Approx(d.photo.rows / 2.0).epsilon(0.05));
    CHECK(std::sqrt(s.box.size.area()) == doctest::Approx(d.symbol_side).epsilon(0.15));
    // A Gaussian of 1.6 modules at 8 px per module is 12.8 px; the steepest edges of random modules
    // read somewhat less (neighbouring edges add up).
    CHECK(s.blur_px > 6);
    CHECK(s.paper_step > 40);
}

TEST_CASE("a code defocused past its finders is blamed on blur, not taken for no code")
{
    const Diagnosis d = check(defocused_on_card(1.6).photo);
    CHECK(d.verdict == Verdict::Fail);
    REQUIRE(!d.causes.empty());
    CHECK(d.causes.front().id == CauseId::BlurDamage);
}

TEST_CASE("the same code in focus has sharp edges: no defocused square")
{
    CHECK(defocused_squares(defocused_on_card(0.05).photo).empty());
}

TEST_CASE("a dark tile on paper, plain but for a band of blurred specks, has no mottle over most of it")
{
    // A label or a box side with some print along one edge, out of focus: two levels and no sharp edge,
    // but the local spread is nil over most of the square, where a code's mottle covers all of it.
    cv::Mat tile(300, 300, CV_8U, cv::Scalar(90));
    cv::RNG rng(11);
    for (int i = 0; i < 40; ++i)
        cv::rectangle(tile, cv::Rect(rng.uniform(0, 80), rng.uniform(0, 288), 12, 12), cv::Scalar(230), cv::FILLED);
    cv::Mat photo = square_on_paper(tile), soft;
    cv::GaussianBlur(photo, soft, cv::Size(), 4);
    fixtures::add_noise(soft, 2);
    CHECK(defocused_squares(soft).empty());
}

TEST_CASE("a blurred chequer on paper repeats: no defocused square")
{
    cv::Mat chequer(300, 300, CV_8U);
    for (int y = 0; y < chequer.rows; ++y)
        for (int x = 0; x < chequer.cols; ++x) chequer.at<std::uint8_t>(y, x) = ((x / 30 + y / 30) % 2) ? 30 : 200;
    cv::Mat photo = square_on_paper(chequer), soft;
    cv::GaussianBlur(photo, soft, cv::Size(), 6);
    fixtures::add_noise(soft, 2);
    CHECK(defocused_squares(soft).empty());
}

TEST_CASE("a sharp crossword is print in focus: no defocused square")
{
    CHECK(defocused_squares(fixtures::crossword_photo()).empty());
}

TEST_CASE("a defocused code beside blurred blotches that show three finder-like blobs is the code located")
{
    // Left: a wall of blurred dark and light blotches, where the blurred-finder search finds a triple.
    // Right: the code on its card, defocused past its finders. Neither shows a finder that binarises.
    const int px = 8;
    const cv::Mat card = fixtures::render(fixtures::symbol_grid(), px, 4);
    cv::Mat img = fixtures::poster(card.cols * 4, card.rows * 2, 4, 120);
    std::mt19937 rng(3);
    const int side = card.rows * 3 / 2, cell = side / 20;
    cv::Mat wall(side, side, CV_8U);
    for (int y = 0; y + cell <= side; y += cell)
        for (int x = 0; x + cell <= side; x += cell) wall(cv::Rect(x, y, cell, cell)).setTo(rng() % 2 ? 60 : 200);
    cv::GaussianBlur(wall, wall, cv::Size(), cell / 2.0);
    wall.copyTo(img(cv::Rect(card.cols / 4, (img.rows - side) / 2, side, side)));
    const cv::Point2f code_centre(img.cols * 3 / 4.f, img.rows / 2.f);
    fixtures::paste(img, card, static_cast<int>(code_centre.x), static_cast<int>(code_centre.y));
    cv::Mat photo;
    cv::GaussianBlur(img, photo, cv::Size(), 1.6 * px);
    fixtures::add_noise(photo, 2);
    photo = fixtures::jpeg(photo);

    const Diagnosis d = check(photo);
    REQUIRE(!d.causes.empty());
    CHECK(d.causes.front().id == CauseId::BlurDamage);
    REQUIRE(!d.codes.empty());
    cv::Point2f centre(0, 0);
    for (const auto& p : d.codes[0].corners) centre += cv::Point2f(static_cast<float>(p.x), static_cast<float>(p.y)) * 0.25f;
    CHECK(cv::norm(centre - code_centre) < card.cols / 4.0);
}
