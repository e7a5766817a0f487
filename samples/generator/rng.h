// A seeded random source whose draws are the same on every run (the sample set must be byte-identical).
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

namespace samples {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}

    // Seeds derived from names, so adding a class or an image does not shift every other image.
    static std::uint64_t seed_of(std::string_view name, std::uint64_t index)
    {
        std::uint64_t h = 1469598103934665603ull;  // FNV-1a
        for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h ^ (index * 0x9E3779B97F4A7C15ull);
    }

    // Our own transforms of the engine's bits: the standard distributions differ between libraries.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }  // inclusive
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        double u1 = uniform(), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1 + 1e-300)) * std::cos(2.0 * M_PI * u2);
    }
    double sign() { return chance(0.5) ? 1.0 : -1.0; }
    std::uint64_t bits() { return engine_(); }
    template <class T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(integer(0, static_cast<int>(items.size()) - 1))]; }

private:
    std::mt19937_64 engine_;
};

}  // namespace samples
