// The audit report as JSON (reports/schema/findings.schema.json).
#pragma once

#include <nlohmann/json.hpp>

#include "audit/auditor.h"

namespace lkj::reports {

inline constexpr const char* kFindingsSchemaVersion = "1.0";

nlohmann::json AuditToJson(const audit::AuditReport& report);

}  // namespace lkj::reports
