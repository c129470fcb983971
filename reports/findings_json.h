// The audit report as JSON (reports/schema/findings.schema.json).
#pragma once

#include <nlohmann/json.hpp>

#include "audit/auditor.h"
#include "extract/status.h"

namespace lkj::reports {

inline constexpr const char* kFindingsSchemaVersion = "1.0";

nlohmann::json AuditToJson(const audit::AuditReport& report);

// One finding as it stands in "findings" of AuditToJson.
nlohmann::json FindingToJson(const audit::Finding& finding);

// The report back from AuditToJson's output (findings, accepted, document):
// what `compare` needs from a saved temuan.json. kInvalidData when it is not one.
Result<audit::AuditReport> AuditFromJson(const nlohmann::json& j);

}  // namespace lkj::reports
