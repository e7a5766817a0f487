#include "measure/qr_layout.h"

#include <array>
#include <bit>

namespace qrdiag {
namespace {

// Alignment-pattern centre coordinates per version (ISO/IEC 18004, Annex E), versions 2..40.
const std::vector<std::vector<int>> kAlignmentCentres = {
    {}, {},
    {6, 18}, {6, 22}, {6, 26}, {6, 30}, {6, 34},
    {6, 22, 38}, {6, 24, 42}, {6, 26, 46}, {6, 28, 50}, {6, 30, 54}, {6, 32, 58}, {6, 34, 62},
    {6, 26, 46, 66}, {6, 26, 48, 70}, {6, 26, 50, 74}, {6, 30, 54, 78}, {6, 30, 56, 82}, {6, 30, 58, 86},
    {6, 34, 62, 90},
    {6, 28, 50, 72, 94}, {6, 26, 50, 74, 98}, {6, 30, 54, 78, 102}, {6, 28, 54, 80, 106},
    {6, 32, 58, 84, 110}, {6, 30, 58, 86, 114}, {6, 34, 62, 90, 118},
    {6, 26, 50, 74, 98, 122}, {6, 30, 54, 78, 102, 126}, {6, 26, 52, 78, 104, 130},
    {6, 30, 56, 82, 108, 134}, {6, 34, 60, 86, 112, 138}, {6, 30, 58, 86, 114, 142},
    {6, 34, 62, 90, 118, 146},
    {6, 30, 54, 78, 102, 126, 150}, {6, 24, 50, 76, 102, 128, 154}, {6, 28, 54, 80, 106, 132, 158},
    {6, 32, 58, 84, 110, 136, 162}, {6, 26, 54, 82, 110, 138, 166}, {6, 30, 58, 86, 114, 142, 170},
};

// Format information: 5 data bits, BCH(15,5) with generator 0x537, XOR-masked with 0x5412.
constexpr int kFormatGenerator = 0x537;
constexpr int kFormatMask = 0x5412;

int format_word(int data)
{
    int rem = data << 10;
    for (int bit = 14; bit >= 10; --bit)
        if (rem & (1 << bit)) rem ^= kFormatGenerator << (bit - 10);
    return ((data << 10) | rem) ^ kFormatMask;
}

}  // namespace

cv::Mat module_roles(int version)
{
    const int n = modules_for_version(version);
    cv::Mat roles(n, n, CV_8U, cv::Scalar(static_cast<int>(ModuleRole::Data)));
    auto set = [&](int r, int c, ModuleRole role) {
        if (r >= 0 && c >= 0 && r < n && c < n) roles.at<std::uint8_t>(r, c) = static_cast<std::uint8_t>(role);
    };
    // Finder patterns with their one-module separators.
    for (int r = -1; r <= 7; ++r)
        for (int c = -1; c <= 7; ++c) {
            set(r, c, ModuleRole::Finder);
            set(r, n - 1 - c, ModuleRole::Finder);
            set(n - 1 - r, c, ModuleRole::Finder);
        }
    for (int i = 8; i < n - 8; ++i) {
        set(6, i, ModuleRole::Timing);
        set(i, 6, ModuleRole::Timing);
    }
    const auto& centres = kAlignmentCentres[static_cast<std::size_t>(version)];
    for (int cr : centres)
        for (int cc : centres) {
            const bool on_finder = (cr == 6 && cc == 6) || (cr == 6 && cc == centres.back()) ||
                                   (cr == centres.back() && cc == 6);
            if (on_finder) continue;
            for (int r = cr - 2; r <= cr + 2; ++r)
                for (int c = cc - 2; c <= cc + 2; ++c) set(r, c, ModuleRole::Alignment);
        }
    for (int i = 0; i <= 8; ++i) {
        if (roles.at<std::uint8_t>(8, i) == static_cast<std::uint8_t>(ModuleRole::Data) || i == 8) set(8, i, ModuleRole::Format);
        if (roles.at<std::uint8_t>(i, 8) == static_cast<std::uint8_t>(ModuleRole::Data) || i == 8) set(i, 8, ModuleRole::Format);
    }
    for (int i = 0; i < 8; ++i) {
        set(8, n - 1 - i, ModuleRole::Format);
        set(n - 1 - i, 8, ModuleRole::Format);
    }
    set(n - 8, 8, ModuleRole::Format);  // the always-dark module beside the format bits
    if (version >= 7)
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < 3; ++j) {
                set(i, n - 11 + j, ModuleRole::Version);
                set(n - 11 + j, i, ModuleRole::Version);
            }
    return roles;
}

bool mask_inverts(int mask, int i, int j)
{
    switch (mask) {
    case 0: return (i + j) % 2 == 0;
    case 1: return i % 2 == 0;
    case 2: return j % 3 == 0;
    case 3: return (i + j) % 3 == 0;
    case 4: return (i / 2 + j / 3) % 2 == 0;
    case 5: return (i * j) % 2 + (i * j) % 3 == 0;
    case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0;
    case 7: return ((i + j) % 2 + (i * j) % 3) % 2 == 0;
    }
    return false;
}

std::optional<FormatInfo> read_format_info(const cv::Mat& grid)
{
    const int n = grid.rows;
    auto bit = [&](int x, int y) { return grid.at<std::uint8_t>(y, x) ? 1 : 0; };
    int first = 0, second = 0;
    // Same reading order as the standard's bit numbering (most significant first).
    for (int i = 0; i < 6; ++i) first = first << 1 | bit(i, 8);
    first = first << 1 | bit(7, 8);
    first = first << 1 | bit(8, 8);
    first = first << 1 | bit(8, 7);
    for (int j = 5; j >= 0; --j) first = first << 1 | bit(8, j);
    for (int j = n - 1; j >= n - 7; --j) second = second << 1 | bit(8, j);
    for (int i = n - 8; i < n; ++i) second = second << 1 | bit(i, 8);

    FormatInfo best;
    best.bit_errors = 16;
    for (int data = 0; data < 32; ++data) {
        const int word = format_word(data);
        for (int read : {first, second}) {
            const int errors = std::popcount(static_cast<unsigned>(word ^ read));
            if (errors < best.bit_errors) best = {data >> 3, data & 7, errors};
        }
    }
    // BCH(15,5) corrects up to 3 bit errors; beyond that the read is a guess.
    if (best.bit_errors > 3) return std::nullopt;
    return best;
}

std::vector<cv::Point> data_module_order(const cv::Mat& roles)
{
    const int n = roles.rows;
    std::vector<cv::Point> order;
    bool upward = true;
    for (int right = n - 1; right > 0; right -= 2) {
        if (right == 6) right = 5;  // the vertical timing pattern is skipped whole
        for (int k = 0; k < n; ++k) {
            const int row = upward ? n - 1 - k : k;
            for (int col : {right, right - 1})
                if (roles.at<std::uint8_t>(row, col) == static_cast<std::uint8_t>(ModuleRole::Data))
                    order.emplace_back(col, row);
        }
        upward = !upward;
    }
    return order;
}

double ec_capacity(char ec_level)
{
    switch (ec_level) {
    case 'L': return 0.07;
    case 'M': return 0.15;
    case 'Q': return 0.25;
    case 'H': return 0.30;
    }
    return 0.15;
}

}  // namespace qrdiag

namespace qrdiag {

double fixed_pattern_agreement(const cv::Mat& grid, std::optional<FinderCorner> unseen)
{
    const int n = grid.rows;
    int total = 0, agree = 0;
    auto expect = [&](int r, int c, bool dark) {
        if (r < 0 || c < 0 || r >= n || c >= n) return;
        ++total;
        agree += (grid.at<std::uint8_t>(r, c) != 0) == dark;
    };
    // Finder: dark 7×7 ring, light 5×5 ring, dark 3×3 centre; light separator around it.
    for (int dr = -1; dr <= 7; ++dr)
        for (int dc = -1; dc <= 7; ++dc) {
            const int ring = std::max(std::abs(dr - 3), std::abs(dc - 3));
            const bool dark = ring != 2 && ring != 4;
            if (unseen != FinderCorner::TopLeft) expect(dr, dc, dark);
            if (unseen != FinderCorner::TopRight) expect(dr, n - 1 - dc, dark);
            if (unseen != FinderCorner::BottomLeft) expect(n - 1 - dr, dc, dark);
        }
    for (int i = 8; i < n - 8; ++i) {
        expect(6, i, i % 2 == 0);
        expect(i, 6, i % 2 == 0);
    }
    return total ? static_cast<double>(agree) / total : 0;
}

}  // namespace qrdiag
