// The VNPAY-QR profile: template 26 with GUID A000000775 and a merchant id in 26.01; VND, VN.
#pragma once

#include <vector>

#include "emv/problem.h"
#include "emv/tlv.h"

namespace qrdiag::schemes {

std::vector<emv::Problem> check_vnpay(const std::vector<emv::DataObject>& top,
                                      const std::vector<emv::Problem>& found_so_far);

}  // namespace qrdiag::schemes
