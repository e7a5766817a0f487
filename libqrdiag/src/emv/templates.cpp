#include "emv/templates.h"

namespace qrdiag::emv {
namespace {

void parse_children(DataObject& object, std::vector<Problem>& problems, bool strict)
{
    ParsedLevel level = parse_level(object.value, object.value_offset, object.path);
    if (level.broken && !strict) return;
    object.is_template = true;
    object.children = std::move(level.objects);
    problems.insert(problems.end(), level.problems.begin(), level.problems.end());
}

}  // namespace

int tag_number(std::string_view tag)
{
    if (tag.size() != 2 || tag[0] < '0' || tag[0] > '9' || tag[1] < '0' || tag[1] > '9') return -1;
    return (tag[0] - '0') * 10 + (tag[1] - '0');
}

bool is_template_tag(int tag) { return (tag >= 26 && tag <= 51) || tag == 62 || tag == 64 || tag >= 80; }

void parse_templates(std::vector<DataObject>& top, std::vector<Problem>& problems)
{
    for (DataObject& object : top) {
        const int tag = tag_number(object.tag);
        if (!is_template_tag(tag) || object.value.empty()) continue;
        parse_children(object, problems, tag < 80);
        if (!object.is_template) continue;
        for (DataObject& child : object.children) {
            const int sub = tag_number(child.tag);
            // VietQR's beneficiary organisation (38.01) and the scheme templates of 62 (50-99) nest again.
            const bool nested = (tag == 38 && sub == 1) || (tag == 62 && sub >= 50);
            if (nested && !child.value.empty()) parse_children(child, problems, true);
        }
    }
}

}  // namespace qrdiag::emv
