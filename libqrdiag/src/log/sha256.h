// SHA-256 (FIPS 180-4), to identify a complaint's input in the log without storing the input itself.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace qrdiag {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    // Lower-case hex of the digest; the object is spent afterwards.
    std::string hex_digest();

private:
    void compress(const std::uint8_t* block);
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

}  // namespace qrdiag
