// One recipe per sample class: what is printed, how it is damaged, how it is photographed, and the
// label qrdiag should give it. Each recipe retries with the next seed until ZXing agrees with the label.
#pragma once

#include <string>
#include <vector>

#include "payloads.h"
#include "photo.h"

namespace samples {

struct Sample {
    std::string cls;             // directory under images/
    std::string description;     // short, for the file name
    Photo photo;
    std::string expected_cause;  // first cause qrdiag should name, or "pass"
    std::string severity;        // "pass", "warn" or "fail"
    std::string payload;         // the encoded text ("" when there is no code)
    std::string options;         // qrdiag check options for this image
    std::string notes;
    double module_px = 0;        // image pixels per module at the symbol centre (0: no code)
    std::string order_reference; // a row for orders.csv when the expiry comes from the order export
    std::string order_expires_at;
    bool verified = false;       // ZXing agreed with the label
};

struct Context {
    const PayloadMaker& payloads;
    bool bench = false;  // phone resolutions up to 4000x3000 instead of <=1600 px
};

struct ClassPlan {
    std::string cls;
    int count;
};

// The classes and how many images each gets.
std::vector<ClassPlan> sample_plan(bool bench);

Sample make_sample(const std::string& cls, int index, const Context& ctx);

}  // namespace samples
