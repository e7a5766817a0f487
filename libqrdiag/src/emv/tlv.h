// Parsing EMV merchant-presented-mode data objects (ID · length · value), at any nesting level.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "emv/problem.h"

namespace qrdiag::emv {

struct DataObject {
    std::string tag;           // "38"
    std::string path;          // "38.01"
    std::size_t offset = 0;    // of the ID in the whole payload
    std::size_t value_offset = 0;
    std::string_view value;    // a view into the payload text
    bool is_template = false;  // children were parsed from the value
    // Read with the length parse_level found to fit, not the one written: the value is the parser's guess.
    bool length_guessed = false;
    std::vector<DataObject> children;

    const DataObject* child(std::string_view tag) const;
};

struct ParsedLevel {
    std::vector<DataObject> objects;
    std::vector<Problem> problems;
    bool broken = false;        // the rest of the level could not be read
    std::size_t stopped_at = 0; // where reading stopped, relative to the level's text
};

// Reads the data objects of one level. Never throws: a broken length or a value running past the end
// stops the level with a problem; duplicates and empty values are reported and reading goes on.
// base_offset is the level's position in the whole payload, path_prefix its parent's path ("" at the top).
ParsedLevel parse_level(std::string_view text, std::size_t base_offset, std::string_view path_prefix);

// Finds an object by path ("62.05") in a parsed tree.
const DataObject* find_path(const std::vector<DataObject>& top, std::string_view path);

}  // namespace qrdiag::emv
