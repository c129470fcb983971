#include "cli/compare.h"

#include <fstream>
#include <sstream>

#include "cli/file_hash.h"
#include "extract/json_export.h"
#include "reports/findings_json.h"

namespace lkj::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

Result<Draft> LoadJsonDraft(const std::string& path, const audit::Rules& rules) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path);
  std::stringstream text;
  text << in.rdbuf();
  if (text.str().empty()) return Status(ErrorCode::kEmpty, path);
  nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status(ErrorCode::kInvalidData, path + ": bukan JSON");
  Draft draft;
  if (j.contains("findings")) {
    auto report = reports::AuditFromJson(j);
    if (!report.ok()) return Status(ErrorCode::kInvalidData, path + ": " + report.status().detail());
    draft.report = std::move(report).value();
    return draft;
  }
  try {
    auto doc = DocumentFromJson(j);
    if (!doc.ok()) return Status(ErrorCode::kInvalidData, path + ": " + doc.status().detail());
    draft.doc = std::move(doc).value();
  } catch (const nlohmann::json::exception& e) {
    return Status(ErrorCode::kInvalidData, path + ": " + e.what());
  }
  draft.report = audit::RunAudit(*draft.doc, rules);
  return draft;
}

}  // namespace

Result<Draft> LoadDraft(const std::string& path, const ExtractOptions& options, const audit::Rules& rules) {
  Draft draft;
  if (EndsWith(path, ".json")) {
    auto loaded = LoadJsonDraft(path, rules);
    if (!loaded.ok()) return loaded.status();
    draft = std::move(loaded).value();
  } else {
    auto doc = ExtractDocument(path, options);
    if (!doc.ok()) return doc.status();
    draft.doc = std::move(doc).value();
    draft.report = audit::RunAudit(*draft.doc, rules);
  }
  // A findings JSON names its PDF's hash itself (or none); hashing the JSON
  // would name the wrong file.
  bool findings_only = !draft.doc;
  if (draft.report.document_sha256.empty() && !findings_only) {
    auto hash = Sha256OfFile(path);
    if (hash.ok()) draft.report.document_sha256 = hash.value();
  }
  if (draft.report.source.empty()) draft.report.source = path;
  return draft;
}

bool ErrorsLeft(const audit::Revision& revision) {
  for (const auto* list : {&revision.open, &revision.added})
    for (const audit::Finding& f : *list)
      if (f.severity == audit::Severity::kError &&
          !(f.judgement && f.judgement->verdict == audit::Verdict::kNotAProblem))
        return true;
  return false;
}

Result<audit::Judgements> ReadJudgementsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path);
  std::stringstream text;
  text << in.rdbuf();
  return audit::ParseJudgements(text.str());
}

Result<Comparison> CompareDrafts(const std::string& before, const std::string& after, const ExtractOptions& options,
                                 const audit::Rules& rules, const audit::Judgements& judgements) {
  auto first = LoadDraft(before, options, rules);
  if (!first.ok()) return first.status();
  auto second = LoadDraft(after, options, rules);
  if (!second.ok()) return second.status();
  Comparison c{std::move(first).value(), std::move(second).value(), {}, false};
  audit::ApplyJudgements(judgements, &c.before.report);
  audit::ApplyJudgements(judgements, &c.after.report);
  c.revision = audit::CompareFindings(c.before.report, c.after.report);
  if (c.before.doc && c.after.doc) {
    c.revision.changed = audit::ChangedFigures(*c.before.doc, *c.after.doc, rules);
    c.figures_compared = true;
  }
  return c;
}

}  // namespace lkj::cli
