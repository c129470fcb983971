#include "audit/judgement.h"

namespace lkj::audit {
namespace {

using nlohmann::json;

const Evidence* Lead(const Finding& f) {
  for (const Evidence& e : f.evidence)
    if (e.suspect) return &e;
  return f.evidence.empty() ? nullptr : &f.evidence.front();
}

json EntryOf(const Finding& f) {
  const Judgement& j = *f.judgement;
  json entry = {{"status", VerdictName(j.verdict)}, {"alasan", j.reason}, {"catatan", j.note}, {"rule", f.rule},
                {"letak", f.key}};
  if (const Evidence* e = Lead(f)) {
    entry["page"] = e->page;
    entry["text"] = e->text;
  }
  return entry;
}

}  // namespace

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kOpen: return "terbuka";
    case Verdict::kMustFix: return "perlu_diperbaiki";
    case Verdict::kNotAProblem: return "bukan_masalah";
  }
  return "terbuka";
}

Result<Judgements> ParseJudgements(const std::string& text) {
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return Status(ErrorCode::kInvalidData, "keputusan: bukan JSON");
  auto entries = doc.find("keputusan");
  if (entries == doc.end() || !entries->is_object())
    return Status(ErrorCode::kInvalidData, "keputusan: objek \"keputusan\" tidak ada");
  Judgements out;
  for (const auto& [id, entry] : entries->items()) {
    if (!entry.is_object()) return Status(ErrorCode::kInvalidData, "keputusan: " + id + " bukan objek");
    std::string status = entry.value("status", "terbuka");
    Judgement j;
    if (status == "perlu_diperbaiki") j.verdict = Verdict::kMustFix;
    else if (status == "bukan_masalah") j.verdict = Verdict::kNotAProblem;
    else if (status != "terbuka") return Status(ErrorCode::kInvalidData, "keputusan: " + id + ": status " + status);
    // A named copy: clang 14 cannot capture a structured binding.
    const auto& fields = entry;
    auto text_of = [&fields](const char* name) {
      auto it = fields.find(name);
      return it != fields.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    j.reason = text_of("alasan");
    j.note = text_of("catatan");
    out[id] = std::move(j);
  }
  return out;
}

json JudgementsToJson(const AuditReport& report) {
  json entries = json::object();
  for (const auto* list : {&report.findings, &report.accepted})
    for (const Finding& f : *list)
      if (f.judgement && (f.judgement->verdict != Verdict::kOpen || !f.judgement->note.empty()))
        entries[f.id] = EntryOf(f);
  return {{"format", "lkj-audit/keputusan"},
          {"version", 1},
          {"document", {{"source", report.source}, {"sha256", report.document_sha256}}},
          {"keputusan", entries}};
}

int ApplyJudgements(const Judgements& judgements, AuditReport* report) {
  int matched = 0;
  std::vector<Finding> kept;
  for (Finding& f : report->findings) {
    auto it = judgements.find(f.id);
    if (it != judgements.end()) {
      f.judgement = it->second;
      ++matched;
    }
    if (f.judgement && f.judgement->verdict == Verdict::kNotAProblem)
      report->accepted.push_back(std::move(f));
    else
      kept.push_back(std::move(f));
  }
  report->findings = std::move(kept);
  return matched;
}

}  // namespace lkj::audit
