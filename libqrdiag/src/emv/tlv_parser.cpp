#include "emv/tlv.h"

#include <algorithm>
#include <bitset>
#include <cstdlib>
#include <optional>

#include "emv/characters.h"

namespace qrdiag::emv {
namespace {

bool two_digits(std::string_view s) { return s.size() >= 2 && is_digit(s[0]) && is_digit(s[1]); }

// A data object header (2-digit ID, 2-digit length) starts here, or the text ends here.
bool header_or_end(std::string_view text, std::size_t pos)
{
    if (pos == text.size()) return true;
    return pos + 4 <= text.size() && two_digits(text.substr(pos)) && two_digits(text.substr(pos + 2));
}

// Byte position after `count` UTF-8 characters from `pos`, or npos if the text ends first.
std::size_t advance_characters(std::string_view text, std::size_t pos, std::size_t count)
{
    while (count > 0 && pos < text.size()) {
        ++pos;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
        --count;
    }
    return count == 0 ? pos : std::string_view::npos;
}

std::string join_path(std::string_view prefix, std::string_view tag)
{
    return prefix.empty() ? std::string(tag) : std::string(prefix) + "." + std::string(tag);
}

// Past this many problems in one level the text is no payload at all; more findings would add nothing but
// cost (a megabyte of zeros is 250 000 empty, duplicated objects).
constexpr std::size_t kMaxProblemsPerLevel = 16;

// A declared length replaced by another, to test whether one wrong length explains a broken level.
struct LengthOverride {
    std::size_t at;  // position of the data object's ID in the level
    std::size_t length;
};

ParsedLevel read_level(std::string_view text, std::size_t base_offset, std::string_view path_prefix,
                       std::optional<LengthOverride> override_length)
{
    ParsedLevel level;
    std::size_t pos = 0;
    std::bitset<100> seen;  // IDs already read at this level
    auto report = [&](Problem p) {
        if (level.problems.size() < kMaxProblemsPerLevel) level.problems.push_back(std::move(p));
    };
    auto stop = [&](Problem p) {
        level.problems.push_back(std::move(p));
        level.broken = true;
        level.stopped_at = pos;
    };
    while (pos < text.size()) {
        const std::size_t remaining = text.size() - pos;
        if (remaining < 4) {
            stop({"emv.truncated_object", std::string(path_prefix), base_offset + pos, std::string(text.substr(pos)),
                  "a 2-digit ID and a 2-digit length", ""});
            return level;
        }
        const std::string_view tag = text.substr(pos, 2);
        const std::string path = join_path(path_prefix, tag);
        if (!two_digits(tag)) {
            stop({"emv.tag_not_numeric", path, base_offset + pos, std::string(tag), "2 digits", ""});
            return level;
        }
        const std::string_view length_text = text.substr(pos + 2, 2);
        if (!two_digits(length_text)) {
            stop({"emv.length_not_numeric", path, base_offset + pos + 2, std::string(length_text), "2 digits", ""});
            return level;
        }
        const std::size_t length = override_length && override_length->at == pos
                                       ? override_length->length
                                       : static_cast<std::size_t>((length_text[0] - '0') * 10 + (length_text[1] - '0'));
        const std::size_t value_pos = pos + 4;
        if (value_pos + length > text.size()) {
            stop({"emv.value_past_end", path, base_offset + pos, std::string(length_text),
                  std::to_string(text.size() - value_pos), ""});
            return level;
        }
        std::size_t end = value_pos + length;
        std::string_view value = text.substr(value_pos, length);
        // With non-ASCII text some generators count characters, not bytes. When only the character
        // count leaves the next data object readable, that is what the generator meant: say so.
        if (std::any_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
            !header_or_end(text, end)) {
            const std::size_t by_characters = advance_characters(text, value_pos, length);
            if (by_characters != std::string_view::npos && header_or_end(text, by_characters)) {
                report({"emv.length_in_characters", path, base_offset + pos + 2,
                                          std::string(length_text),
                                          std::to_string(by_characters - value_pos) + " (bytes)", ""});
                end = by_characters;
                value = text.substr(value_pos, end - value_pos);
            }
        }
        if (length == 0) report({"emv.empty_value", path, base_offset + pos, "00", "01-99", ""});
        const std::size_t id = static_cast<std::size_t>((tag[0] - '0') * 10 + (tag[1] - '0'));
        if (seen[id]) report({"emv.duplicate_tag", path, base_offset + pos, std::string(tag), "one " + path, ""});
        seen[id] = true;
        DataObject object;
        object.tag = std::string(tag);
        object.path = path;
        object.offset = base_offset + pos;
        object.value_offset = base_offset + value_pos;
        object.value = value;
        object.length_guessed = override_length && override_length->at == pos;
        level.objects.push_back(std::move(object));
        pos = end;
    }
    level.stopped_at = pos;
    return level;
}

}  // namespace

const DataObject* DataObject::child(std::string_view wanted) const
{
    for (const DataObject& c : children)
        if (c.tag == wanted) return &c;
    return nullptr;
}

// One wrong declared length is the usual reason a level breaks (a generator counted a value wrongly). If
// changing the length of a single object by a few characters lets the whole level read, that object is
// named, and the level is read that way so the rest of the payload can still be checked.
ParsedLevel parse_level(std::string_view text, std::size_t base_offset, std::string_view path_prefix)
{
    ParsedLevel level = read_level(text, base_offset, path_prefix, std::nullopt);
    if (!level.broken) return level;
    constexpr int kMaxLengthError = 3;
    // A wrong length shows within an object or two: the breaking object and the two read before it.
    constexpr std::size_t kSuspects = 2;
    std::vector<std::size_t> starts;
    const std::size_t first = level.objects.size() > kSuspects ? level.objects.size() - kSuspects : 0;
    for (std::size_t i = first; i < level.objects.size(); ++i) starts.push_back(level.objects[i].offset - base_offset);
    if (level.stopped_at + 4 <= text.size()) starts.push_back(level.stopped_at);
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
        const std::size_t at = *it;
        // The CRC's own length is judged by the CRC rules (3-digit CRC, data after it).
        if (path_prefix.empty() && text.substr(at, 2) == "63") continue;
        if (!two_digits(text.substr(at + 2, 2))) continue;
        const int declared = (text[at + 2] - '0') * 10 + (text[at + 3] - '0');
        for (int delta : {-1, 1, -2, 2, -3, 3}) {
            const int length = declared + delta;
            if (length < 1 || length > 99 || std::abs(delta) > kMaxLengthError) continue;
            ParsedLevel repaired =
                read_level(text, base_offset, path_prefix, LengthOverride{at, static_cast<std::size_t>(length)});
            // Only a reading with no other problem, ending with the CRC at the top level, is an explanation.
            if (repaired.broken || !repaired.problems.empty()) continue;
            if (path_prefix.empty() && (repaired.objects.empty() || repaired.objects.back().tag != "63")) continue;
            const auto object = std::find_if(repaired.objects.begin(), repaired.objects.end(),
                                             [&](const DataObject& o) { return o.offset == base_offset + at; });
            repaired.problems.insert(repaired.problems.begin(),
                                     Problem{"emv.length_mismatch", object->path, base_offset + at + 2,
                                             std::string(text.substr(at + 2, 2)), std::to_string(length),
                                             std::string(object->value)});
            return repaired;
        }
    }
    return level;
}

const DataObject* find_path(const std::vector<DataObject>& top, std::string_view path)
{
    const std::vector<DataObject>* level = &top;
    const DataObject* found = nullptr;
    while (!path.empty()) {
        const std::string_view tag = path.substr(0, 2);
        found = nullptr;
        for (const DataObject& o : *level)
            if (o.tag == tag) {
                found = &o;
                break;
            }
        if (!found) return nullptr;
        path = path.size() > 3 ? path.substr(3) : std::string_view{};
        level = &found->children;
    }
    return found;
}

}  // namespace qrdiag::emv
