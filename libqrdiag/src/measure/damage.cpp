#include "measure/damage.h"

#include "measure/qr_layout.h"

#include <algorithm>
#include <set>

namespace qrdiag {

Damage compare_with_ideal(const cv::Mat& sampled, const cv::Mat& ideal, char ec_level)
{
    const int n = ideal.rows;
    const int version = version_for_modules(n);
    const cv::Mat roles = module_roles(version);
    const auto sampled_format = read_format_info(sampled);
    const auto ideal_format = read_format_info(ideal);
    const bool same_mask = sampled_format && ideal_format && sampled_format->mask == ideal_format->mask;

    Damage d;
    d.wrong = cv::Mat::zeros(n, n, CV_8U);
    int compared = 0, wrong = 0;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const auto role = static_cast<ModuleRole>(roles.at<std::uint8_t>(r, c));
            bool s = sampled.at<std::uint8_t>(r, c) != 0, i = ideal.at<std::uint8_t>(r, c) != 0;
            if (!same_mask) {
                if (role == ModuleRole::Format) continue;  // encodes the mask itself
                if (role == ModuleRole::Data) {
                    if (!sampled_format || !ideal_format) continue;
                    s ^= mask_inverts(sampled_format->mask, r, c);
                    i ^= mask_inverts(ideal_format->mask, r, c);
                }
            }
            ++compared;
            if (s == i) continue;
            ++wrong;
            d.wrong.at<std::uint8_t>(r, c) = 1;
            if (role == ModuleRole::Finder || role == ModuleRole::Timing) ++d.fixed_pattern;
        }
    d.ratio = compared ? static_cast<double>(wrong) / compared : 0;

    // Codewords in error: a codeword is wrong when any of its 8 modules is.
    const std::vector<cv::Point> order = data_module_order(roles);
    const std::size_t codewords = order.size() / 8;
    std::set<std::size_t> bad;
    for (std::size_t i = 0; i < codewords * 8; ++i)
        if (d.wrong.at<std::uint8_t>(order[i])) bad.insert(i / 8);
    // Reed–Solomon corrects errors up to half the EC codewords: that half is the budget.
    const double budget = ec_capacity(ec_level) * static_cast<double>(codewords);
    // More codewords wrong than error correction restores, in a symbol that decoded: the re-encoding
    // differs from the print (another generator's segmentation), not the print from itself.
    if (budget <= 0 || static_cast<double>(bad.size()) > budget) {
        d.comparable = false;
        return d;
    }
    d.unused_ec = std::clamp(1.0 - static_cast<double>(bad.size()) / budget, 0.0, 1.0);
    return d;
}

}  // namespace qrdiag
