#include "measure/grade.h"

#include <algorithm>
#include <array>

namespace qrdiag {
namespace {

// Grade thresholds A / B / C / D from ISO/IEC 15415 (image-diagnosis.md); below D is F.
constexpr std::array<double, 4> kSymbolContrast{0.70, 0.55, 0.40, 0.20};
constexpr std::array<double, 4> kModulation{0.50, 0.40, 0.30, 0.20};
constexpr std::array<double, 4> kUnusedEc{0.62, 0.50, 0.37, 0.25};
// Fixed-pattern damage, as wrong modules in finders/separators/timing (open implementations): 0/1/2/3.
constexpr std::array<int, 4> kFixedPatternDamage{0, 1, 2, 3};

int grade_at_least(double value, const std::array<double, 4>& limits)
{
    for (int g = 0; g < 4; ++g)
        if (value >= limits[static_cast<std::size_t>(g)]) return 4 - g;
    return 0;
}

}  // namespace

char overall_grade(const SymbolMeasures& m)
{
    int grade = std::min(grade_at_least(m.symbol_contrast, kSymbolContrast), grade_at_least(m.modulation, kModulation));
    if (m.unused_ec >= 0) grade = std::min(grade, grade_at_least(m.unused_ec, kUnusedEc));
    if (m.fixed_pattern_damage >= 0) {
        int fpd = 0;
        for (int g = 0; g < 4; ++g)
            if (m.fixed_pattern_damage <= kFixedPatternDamage[static_cast<std::size_t>(g)]) {
                fpd = 4 - g;
                break;
            }
        grade = std::min(grade, fpd);
    }
    constexpr std::array<char, 5> kLetters{'F', 'D', 'C', 'B', 'A'};
    return kLetters[static_cast<std::size_t>(grade)];
}

}  // namespace qrdiag
