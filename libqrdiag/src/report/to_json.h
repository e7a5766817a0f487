// Internal: the JSON objects behind to_json(), for callers that embed them (the CLI's json/junit output).
#pragma once

#include <nlohmann/json.hpp>

#include "qrdiag/diagnose.h"

namespace qrdiag {
nlohmann::json payload_json(const PayloadReport& payload, Lang lang);
nlohmann::json diagnosis_json(const Diagnosis& diagnosis, Lang lang);
}  // namespace qrdiag
