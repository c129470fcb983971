// Fuzz target: an extracted document read back from JSON (extract/json_export.h,
// what `audit doc.json` accepts), audited with the default rules (table
// views, checks, cross-references), and the findings written as JSON.
#include <nlohmann/json.hpp>

#include "audit/auditor.h"
#include "audit/rules.h"
#include "cli/json_text.h"
#include "extract/json_export.h"
#include "reports/findings_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lkj;
  static const audit::Rules rules = audit::LoadRules({audit::DefaultRules()}).value();
  nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return 0;
  auto doc = DocumentFromJson(j);
  if (!doc.ok()) return 0;
  audit::AuditReport report = audit::RunAudit(doc.value(), rules);
  (void)cli::JsonText(reports::AuditToJson(report));
  (void)cli::JsonText(DocumentToJson(doc.value()));
  return 0;
}
