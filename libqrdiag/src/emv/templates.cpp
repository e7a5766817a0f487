#include "emv/templates.h"

namespace qrdiag::emv {
namespace {

// NAPAS application ids start so (A000000727); a typo later in the GUID still makes a VietQR template.
constexpr std::string_view kNapasGuidPrefix = "A0000007";

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
        // VietQR's beneficiary organisation (38.01) nests again; other schemes use template 38 their own way
        // (LAO QR puts an acquirer id in 38.01), so there it is a template only if it reads as one.
        const DataObject* guid = object.child("00");
        const bool napas_like = !guid || guid->value.rfind(kNapasGuidPrefix, 0) == 0;
        for (DataObject& child : object.children) {
            const int sub = tag_number(child.tag);
            if (child.value.empty()) continue;
            if (tag == 38 && sub == 1) parse_children(child, problems, napas_like);
            if (tag == 62 && sub >= 50) parse_children(child, problems, true);
        }
    }
}

}  // namespace qrdiag::emv
