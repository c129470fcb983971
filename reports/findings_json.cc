#include "reports/findings_json.h"

#include <cmath>

namespace lkj::reports {
namespace {

using nlohmann::json;

double Round2(double v) { return std::round(v * 100.0) / 100.0; }

json Number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  // Money stays whole; ratios keep what a reviewer reads.
  return std::fabs(*v) >= 1000 ? json(std::round(*v * 100) / 100) : json(std::round(*v * 10000) / 10000);
}

json EvidenceJson(const audit::Evidence& e) {
  return {{"page", e.page},
          {"table", e.table ? json(*e.table) : json(nullptr)},
          {"table_id", e.table_id.empty() ? json(nullptr) : json(e.table_id)},
          {"row", e.row >= 0 ? json(e.row) : json(nullptr)},
          {"col", e.col >= 0 ? json(e.col) : json(nullptr)},
          {"text", e.text},
          {"value", Number(e.value)},
          {"bbox", json::array({Round2(e.bbox.x0), Round2(e.bbox.y0), Round2(e.bbox.x1), Round2(e.bbox.y1)})},
          {"suspect", e.suspect}};
}

}  // namespace

json AuditToJson(const audit::AuditReport& report) {
  json findings = json::array();
  for (const audit::Finding& f : report.findings) {
    json ev = json::array();
    for (const audit::Evidence& e : f.evidence) ev.push_back(EvidenceJson(e));
    findings.push_back({{"rule", f.rule},
                        {"severity", audit::SeverityName(f.severity)},
                        {"message", f.message},
                        {"message_en", f.message_en},
                        {"expected", Number(f.expected)},
                        {"found", Number(f.found)},
                        {"reading", f.reading.empty() ? json(nullptr) : json(f.reading)},
                        {"reading_en", f.reading_en.empty() ? json(nullptr) : json(f.reading_en)},
                        {"evidence", ev}});
  }
  json by_rule = json::object();
  for (const auto& [rule, n] : report.CountByRule()) by_rule[rule] = n;
  const audit::Coverage& c = report.coverage;
  return {{"schema_version", kFindingsSchemaVersion},
          {"document", {{"source", report.source},
                        {"office", report.office.empty() ? json(nullptr) : json(report.office)},
                        {"year", report.reporting_year ? json(report.reporting_year) : json(nullptr)},
                        {"pages", report.pages}}},
          {"summary", {{"error", report.Count(audit::Severity::kError)},
                       {"warning", report.Count(audit::Severity::kWarning)},
                       {"info", report.Count(audit::Severity::kInfo)},
                       {"by_rule", by_rule},
                       {"coverage", {{"numbers_read", c.numbers_read},
                                     {"numbers_checked", c.numbers_checked},
                                     {"tables", c.tables},
                                     {"tables_checked", c.tables_checked},
                                     {"narrative_claims", c.narrative_claims}}}}},
          {"findings", findings}};
}

}  // namespace lkj::reports
