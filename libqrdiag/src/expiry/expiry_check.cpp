#include "expiry/expiry_check.h"

#include "expiry/scheme_expiry.h"

namespace qrdiag::expiry {
namespace {

// The order reference a dynamic code carries: the bill number (62.01) or the reference label (62.05).
std::optional<Order> matching_order(const std::vector<emv::DataObject>& top, const std::vector<Order>& orders)
{
    const emv::DataObject* additional = emv::find_path(top, "62");
    if (!additional) return std::nullopt;
    for (std::string_view tag : {"01", "05"}) {
        const emv::DataObject* ref = additional->child(tag);
        if (!ref || ref->value.empty()) continue;
        for (const Order& order : orders)
            if (order.reference == ref->value) return order;
    }
    return std::nullopt;
}

}  // namespace

ExpiryOutcome check_expiry(const std::vector<emv::DataObject>& top, std::optional<bool> dynamic,
                           const PayloadOptions& options)
{
    ExpiryOutcome outcome;
    const bool is_dynamic = dynamic.value_or(false);
    const SchemeExpiry scheme = expiry_from_scheme(top, outcome.problems);
    if (scheme.at) {
        outcome.expires_at = scheme.at;
        outcome.source = scheme.source;
        outcome.source_vi = scheme.source_vi;
    } else if (is_dynamic) {
        if (auto order = matching_order(top, options.orders)) {
            outcome.expires_at = order->expires_at;
            outcome.source = "orders file, reference " + order->reference;
            outcome.source_vi = "tệp đơn hàng, mã tham chiếu " + order->reference;
        } else if (options.issued_at && options.ttl) {
            outcome.expires_at = *options.issued_at + *options.ttl;
            outcome.source = "issued-at + ttl";
            outcome.source_vi = "thời điểm tạo + thời gian hiệu lực";
        }
    }
    const TimePoint now = options.now.value_or(std::chrono::floor<std::chrono::seconds>(Clock::now()));
    const emv::DataObject* initiation = emv::find_path(top, "01");
    const std::optional<std::size_t> at = initiation ? std::optional(initiation->offset) : std::nullopt;
    if (outcome.expires_at) {
        const std::string when = format_time(*outcome.expires_at);
        if (now >= *outcome.expires_at)
            outcome.problems.push_back({"expiry.expired", "01", at, when, format_time(now), outcome.source,
                                        outcome.source_vi});
        else if (is_dynamic)
            outcome.problems.push_back({"expiry.valid_until", "01", at, when, "", outcome.source,
                                        outcome.source_vi});
    }
    if (is_dynamic) {
        if (options.standee)
            outcome.problems.push_back({"expiry.dynamic_on_standee", "01", at, "12", "11", ""});
        if (!outcome.expires_at) outcome.problems.push_back({"expiry.unknown", "01", at, "12", "", ""});
    }
    return outcome;
}

}  // namespace qrdiag::expiry
