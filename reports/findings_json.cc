#include "reports/findings_json.h"

#include <cmath>

#include "audit/judgement.h"

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

std::optional<double> OptionalNumber(const json& j, const char* name) {
  auto it = j.find(name);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

audit::Evidence EvidenceFromJson(const json& j) {
  audit::Evidence e;
  e.page = j.value("page", 0);
  if (j.contains("table") && j["table"].is_string()) e.table = j["table"].get<std::string>();
  if (j.contains("table_id") && j["table_id"].is_string()) e.table_id = j["table_id"].get<std::string>();
  if (j.contains("row") && j["row"].is_number_integer()) e.row = j["row"].get<int>();
  if (j.contains("col") && j["col"].is_number_integer()) e.col = j["col"].get<int>();
  e.text = j.value("text", "");
  e.value = OptionalNumber(j, "value");
  if (j.contains("bbox") && j["bbox"].is_array() && j["bbox"].size() == 4)
    e.bbox = {j["bbox"][0].get<double>(), j["bbox"][1].get<double>(), j["bbox"][2].get<double>(),
              j["bbox"][3].get<double>()};
  e.suspect = j.value("suspect", false);
  return e;
}

audit::Finding FindingFromJson(const json& j) {
  audit::Finding f;
  f.id = j.at("id").get<std::string>();
  f.key = j.value("key", "");
  f.rule = j.at("rule").get<std::string>();
  std::string sev = j.value("severity", "error");
  f.severity = sev == "warning" ? audit::Severity::kWarning : sev == "info" ? audit::Severity::kInfo : audit::Severity::kError;
  f.message = j.value("message", "");
  f.message_en = j.value("message_en", "");
  f.expected = OptionalNumber(j, "expected");
  f.found = OptionalNumber(j, "found");
  if (j.contains("reading") && j["reading"].is_string()) f.reading = j["reading"].get<std::string>();
  if (j.contains("reading_en") && j["reading_en"].is_string()) f.reading_en = j["reading_en"].get<std::string>();
  for (const json& e : j.at("evidence")) f.evidence.push_back(EvidenceFromJson(e));
  if (j.contains("judgement") && j["judgement"].is_object()) {
    const json& jj = j["judgement"];
    std::string status = jj.value("status", "terbuka");
    audit::Judgement judgement;
    judgement.verdict = status == "perlu_diperbaiki" ? audit::Verdict::kMustFix
                        : status == "bukan_masalah"  ? audit::Verdict::kNotAProblem
                                                     : audit::Verdict::kOpen;
    judgement.reason = jj.value("reason", "");
    judgement.note = jj.value("note", "");
    f.judgement = judgement;
  }
  return f;
}

}  // namespace

json FindingToJson(const audit::Finding& f) {
  json ev = json::array();
  for (const audit::Evidence& e : f.evidence) ev.push_back(EvidenceJson(e));
  json out = {{"id", f.id},
              {"key", f.key},
              {"rule", f.rule},
              {"severity", audit::SeverityName(f.severity)},
              {"message", f.message},
              {"message_en", f.message_en},
              {"expected", Number(f.expected)},
              {"found", Number(f.found)},
              {"reading", f.reading.empty() ? json(nullptr) : json(f.reading)},
              {"reading_en", f.reading_en.empty() ? json(nullptr) : json(f.reading_en)},
              {"evidence", ev}};
  if (f.judgement)
    out["judgement"] = {{"status", audit::VerdictName(f.judgement->verdict)},
                        {"reason", f.judgement->reason},
                        {"note", f.judgement->note}};
  return out;
}

Result<audit::AuditReport> AuditFromJson(const json& j) {
  try {
    audit::AuditReport report;
    const json& doc = j.at("document");
    report.source = doc.value("source", "");
    if (doc.contains("office") && doc["office"].is_string()) report.office = doc["office"].get<std::string>();
    if (doc.contains("year") && doc["year"].is_number_integer()) report.reporting_year = doc["year"].get<int>();
    report.pages = doc.value("pages", 0);
    if (doc.contains("sha256") && doc["sha256"].is_string()) report.document_sha256 = doc["sha256"].get<std::string>();
    for (const json& f : j.at("findings")) report.findings.push_back(FindingFromJson(f));
    if (j.contains("accepted"))
      for (const json& f : j["accepted"]) report.accepted.push_back(FindingFromJson(f));
    return report;
  } catch (const json::exception& e) {
    return Status(ErrorCode::kInvalidData, std::string("temuan JSON: ") + e.what());
  }
}

json AuditToJson(const audit::AuditReport& report) {
  json findings = json::array();
  for (const audit::Finding& f : report.findings) findings.push_back(FindingToJson(f));
  json by_rule = json::object();
  for (const auto& [rule, n] : report.CountByRule()) by_rule[rule] = n;
  const audit::Coverage& c = report.coverage;
  json out = {{"schema_version", kFindingsSchemaVersion},
          {"document", {{"source", report.source},
                        {"office", report.office.empty() ? json(nullptr) : json(report.office)},
                        {"year", report.reporting_year ? json(report.reporting_year) : json(nullptr)},
                        {"pages", report.pages},
                        {"sha256", report.document_sha256.empty() ? json(nullptr) : json(report.document_sha256)}}},
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
  if (!report.accepted.empty()) {
    json accepted = json::array();
    for (const audit::Finding& f : report.accepted) accepted.push_back(FindingToJson(f));
    out["accepted"] = accepted;
  }
  return out;
}

}  // namespace lkj::reports
