// Parsing the values of template data objects (26-51, 62, 64, 80-99, and 38.01 inside VietQR) into children.
#pragma once

#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"

namespace qrdiag::emv {

// Fills children of every template in the tree. Problems inside templates EMV defines (26-51, 62, 64)
// are reported with their nested path; 80-99 are free for wallets (MoMo writes a plain value in 80),
// so an unreadable one is kept as a plain value.
void parse_templates(std::vector<DataObject>& top, std::vector<Problem>& problems);

bool is_template_tag(int tag);
int tag_number(std::string_view tag);

}  // namespace qrdiag::emv
