#include "emv/crc16.h"

namespace qrdiag::emv {

std::uint16_t crc16_ccitt_false(std::string_view data)
{
    constexpr std::uint16_t kPolynomial = 0x1021;
    std::uint16_t crc = 0xFFFF;
    for (unsigned char byte : data) {
        crc ^= static_cast<std::uint16_t>(byte << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ kPolynomial)
                                 : static_cast<std::uint16_t>(crc << 1);
    }
    return crc;
}

std::string crc_hex(std::uint16_t crc)
{
    constexpr char kHex[] = "0123456789ABCDEF";
    std::string out(4, '0');
    for (int i = 3; i >= 0; --i, crc >>= 4) out[static_cast<std::size_t>(i)] = kHex[crc & 0xF];
    return out;
}

std::string with_crc(std::string_view payload_without_crc)
{
    std::string out(payload_without_crc);
    out += "6304";
    out += crc_hex(crc16_ccitt_false(out));
    return out;
}

}  // namespace qrdiag::emv
