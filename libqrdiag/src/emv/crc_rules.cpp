#include "emv/crc_rules.h"

#include <algorithm>
#include <cctype>

#include "emv/crc16.h"

namespace qrdiag::emv {
namespace {

constexpr std::string_view kCrcHeader = "6304";
constexpr std::size_t kCrcDigits = 4;

bool all_hex(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Judges the CRC value written at `value_pos` (relative to payload) after the "63LL" header at `tag_pos`.
void check_value(std::string_view payload, std::size_t base, std::size_t tag_pos, std::string_view value,
                 std::vector<Problem>& out)
{
    // The checksum covers everything up to and including "6304", whatever length the payload declared.
    const std::string computed =
        crc_hex(crc16_ccitt_false(std::string(payload.substr(0, tag_pos)) + std::string(kCrcHeader)));
    const std::size_t offset = base + tag_pos;
    if (value.size() == kCrcDigits - 1 && all_hex(value) && computed[0] == '0' && upper(value) == computed.substr(1)) {
        out.push_back({"emv.crc_leading_zero", "63", offset, std::string(value), computed, ""});
        return;
    }
    if (value.size() != kCrcDigits || !all_hex(value)) {
        out.push_back({"emv.crc_format", "63", offset, std::string(value), computed, ""});
        return;
    }
    if (value == computed) return;
    if (upper(value) == computed) {
        out.push_back({"emv.crc_lowercase", "63", offset, std::string(value), computed, ""});
        return;
    }
    const std::string without_prefix = crc_hex(crc16_ccitt_false(payload.substr(0, tag_pos)));
    if (upper(value) == without_prefix) {
        out.push_back({"emv.crc_without_prefix", "63", offset, std::string(value), computed, ""});
        return;
    }
    out.push_back({"emv.crc_mismatch", "63", offset, std::string(value), computed, ""});
}

void drop_problems_from(ParsedLevel& top, std::size_t absolute_offset)
{
    std::erase_if(top.problems, [&](const Problem& p) { return p.offset && *p.offset >= absolute_offset; });
}

}  // namespace

std::vector<Problem> check_crc(std::string_view payload, std::size_t base, ParsedLevel& top)
{
    std::vector<Problem> out;
    auto crc = std::find_if(top.objects.begin(), top.objects.end(), [](const DataObject& o) { return o.tag == "63"; });
    if (crc != top.objects.end()) {
        const std::size_t tag_pos = crc->offset - base;
        const std::size_t end = crc->value_offset - base + crc->value.size();
        if (crc + 1 != top.objects.end()) {
            // Whatever is wrong with the objects after the CRC follows from their being there at all.
            drop_problems_from(top, base + end);
            out.push_back({"emv.crc_not_last", "63", crc->offset, std::string(payload.substr(end)), "nothing", ""});
            return out;
        }
        if (end < payload.size()) {
            drop_problems_from(top, base + end);
            out.push_back({"emv.data_after_crc", "63", base + end, std::string(payload.substr(end)), "nothing", ""});
        }
        check_value(payload, base, tag_pos, crc->value, out);
        return out;
    }
    // No CRC object was read. A 3-digit CRC makes "6304" run past the end: name that bug.
    const std::size_t header_at = payload.rfind(kCrcHeader);
    const bool header_near_end = header_at != std::string_view::npos && payload.size() - header_at <= 8;
    if (header_near_end && top.broken && payload.size() - header_at == 7) {
        const std::string_view value = payload.substr(header_at + 4);
        std::vector<Problem> judged;
        check_value(payload, base, header_at, value, judged);
        if (!judged.empty() && judged.front().rule == "emv.crc_leading_zero") {
            drop_problems_from(top, base + header_at);
            out.push_back(judged.front());
            return out;
        }
    }
    if (header_near_end && top.broken && payload.size() - header_at == 8) {
        // The structure broke earlier; the CRC at the end can still be judged.
        check_value(payload, base, header_at, payload.substr(header_at + 4), out);
        return out;
    }
    if (!top.broken) out.push_back({"emv.crc_missing", "63", base + payload.size(), "", "6304 + 4 hex digits", ""});
    return out;
}

}  // namespace qrdiag::emv
