#include "audit/auditor.h"

#include <algorithm>
#include <re2/re2.h>
#include <set>
#include <thread>

#include "audit/checks.h"
#include "audit/context.h"
#include "audit/finding_id.h"

namespace lkj::audit {
namespace {

// The office: the first line on the first pages naming a Dinas/Badan/... ,
// cut where a sentence goes on ("... Provinsi Jawa Barat merupakan salah
// satu ...") and without the report's year.
std::string DetectOffice(const Document& doc) {
  static const RE2 kOffice(R"((?i)^((?:dinas|badan|inspektorat|sekretariat|kantor|biro|rumah sakit|kecamatan|satuan)\b.{4,120}))");
  static const RE2 kClause(
      R"((?i)\s+(?:merupakan|adalah|sebagai|dibentuk|yang|mempunyai|memiliki|berdasarkan|membantu|dalam|telah|pada|untuk|dengan|sesuai)\b.*$)");
  static const RE2 kYear(R"((?i)[\s,]+(?:tahun|ta\.?)\s+(?:anggaran\s+)?(?:19|20)[0-9]{2}.*$)");
  for (const Block& b : doc.blocks) {
    if (b.page > 3) break;
    std::string office;
    if (!RE2::PartialMatch(b.text, kOffice, &office)) continue;
    for (char& ch : office)
      if (ch == '\n' || ch == '\t') ch = ' ';
    RE2::Replace(&office, kClause, "");
    RE2::Replace(&office, kYear, "");
    while (!office.empty() && (office.back() == ' ' || office.back() == ',' || office.back() == '.')) office.pop_back();
    if (office.size() >= 8) return office;
  }
  return "";
}

int SeverityRank(Severity s) { return s == Severity::kError ? 0 : s == Severity::kWarning ? 1 : 2; }

int FirstPage(const Finding& f) {
  int p = 1 << 20;
  for (const Evidence& e : f.evidence)
    if (e.suspect) p = std::min(p, e.page);
  for (const Evidence& e : f.evidence) p = std::min(p, e.page);
  return p;
}

}  // namespace

int AuditReport::Count(Severity s) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [s](const Finding& f) { return f.severity == s; }));
}

std::map<std::string, int> AuditReport::CountByRule() const {
  std::map<std::string, int> out;
  for (const Finding& f : findings) ++out[f.rule];
  return out;
}

AuditReport RunAudit(const Document& doc, const Rules& rules, int threads) {
  AuditContext ctx(doc, rules, threads);
  // The text's claims and the document's structure read nothing the table
  // checks record: the text is read on a second thread beside them, and
  // findings join in the order of one thread (sums, ratios, labels, text,
  // cross-references, structure), so the report is the same.
  AuditContext text = ctx.Branch();
  AuditContext structure = ctx.Branch();
  std::thread side;
  if (threads > 1) side = std::thread([&text] { CheckNarrative(text); });
  CheckSums(ctx);
  CheckRatios(ctx);
  CheckLabels(ctx);
  CheckStructure(structure);
  if (side.joinable()) side.join();
  else CheckNarrative(text);
  ctx.Merge(std::move(text));
  CheckCrossReferences(ctx);
  ctx.Merge(std::move(structure));

  AuditReport report;
  report.source = doc.source;
  report.reporting_year = ctx.reporting_year();
  report.office = DetectOffice(doc);
  report.pages = static_cast<int>(doc.pages.size());
  report.findings = ctx.TakeFindings();
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return SeverityRank(a.severity) < SeverityRank(b.severity);
    if (a.priority != b.priority) return a.priority > b.priority;
    return FirstPage(a) < FirstPage(b);
  });
  AssignFindingIds(doc, ctx.views(), &report.findings);

  Coverage& cov = report.coverage;
  cov.tables = static_cast<int>(ctx.views().size());
  std::set<std::string> tables_checked;
  for (const TableView& v : ctx.views()) {
    for (int r = v.table().header_rows; r < v.n_rows(); ++r)
      for (int c = 0; c < v.n_cols(); ++c) {
        if (!v.FigureAt(r, c) || v.column(c).role == Role::kRowNumber) continue;
        ++cov.numbers_read;
        if (ctx.IsChecked(v.table().id, r, c)) {
          ++cov.numbers_checked;
          tables_checked.insert(v.table().id);
        }
      }
  }
  cov.tables_checked = static_cast<int>(tables_checked.size());
  cov.narrative_claims = ctx.narrative_claims();
  return report;
}

std::string ExplainTables(const Document& doc, const Rules& rules) {
  AuditContext ctx(doc, rules);
  std::string out;
  for (const TableView& v : ctx.views()) out += v.Describe();
  return out;
}

}  // namespace lkj::audit
