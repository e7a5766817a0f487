#include "schemes/vnpay.h"

#include "schemes/detect_scheme.h"
#include "schemes/vietqr.h"

namespace qrdiag::schemes {

std::vector<emv::Problem> check_vnpay(const std::vector<emv::DataObject>& top,
                                      const std::vector<emv::Problem>& found_so_far)
{
    std::vector<emv::Problem> out;
    for (const emv::DataObject& o : top) {
        if (!o.is_template) continue;
        const std::string guid = template_guid(o);
        if (o.tag == "26" && near_guid(guid, kVnpayGuid)) {
            const emv::DataObject* field = o.child("00");
            out.push_back({"vnpay.guid", field->path, field->value_offset, std::string(field->value),
                           std::string(kVnpayGuid), ""});
        }
        if (guid != kVnpayGuid && !near_guid(guid, kVnpayGuid)) continue;
        if (!o.child("01"))
            out.push_back({"emv.mandatory_missing", o.path + ".01", o.offset, "", "VNPAY merchant id", ""});
    }
    check_vietnamese_currency_and_country(top, "vnpay", found_so_far, out);
    return out;
}

}  // namespace qrdiag::schemes
