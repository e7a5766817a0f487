// CRC-16/CCITT-FALSE, the checksum EMV QR payloads carry in data object 63.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace qrdiag::emv {

// Polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR (EMV QRCPS MPM 4.7.3).
std::uint16_t crc16_ccitt_false(std::string_view data);

// The CRC as a payload writes it: 4 upper-case hexadecimal digits, leading zeros kept.
std::string crc_hex(std::uint16_t crc);

// Completes a payload: appends "6304" and the CRC computed over everything up to and including "6304".
std::string with_crc(std::string_view payload_without_crc);

}  // namespace qrdiag::emv
