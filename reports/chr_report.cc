#include "reports/chr_report.h"

#include <algorithm>
#include <sstream>
#include <tuple>

#include "audit/number.h"
#include "audit/table_view.h"
#include "audit/text_format.h"
#include "reports/html_report.h"
#include "reports/markdown_report.h"

namespace lkj::reports {
namespace {

const audit::Evidence* Lead(const audit::Finding& f) {
  for (const audit::Evidence& e : f.evidence)
    if (e.suspect) return &e;
  return f.evidence.empty() ? nullptr : &f.evidence.front();
}

std::string WhereOf(const audit::Evidence& e, bool en) {
  if (e.table_id.empty()) return en ? "text" : "uraian";
  std::string label = e.table ? audit::CaptionLabel(*e.table) : "";
  if (label.empty() && e.table) label = audit::Utf8Prefix(*e.table, 60);
  if (label.empty()) label = (en ? "table " : "tabel ") + e.table_id;
  if (e.row >= 0) label += (en ? ", row " : ", baris ") + std::to_string(e.row + 1);
  return label;
}

std::string ShouldBe(const audit::Finding& f, const audit::Evidence& e) {
  if (!f.expected || !RecomputesFigure(f.rule)) return "";
  auto printed = audit::ParseFigure(e.text, audit::NumberStyle::kUnknown);
  return printed ? audit::Show(*f.expected, *printed) : audit::ShowPlain(*f.expected);
}

}  // namespace

const std::vector<std::string>& ChrColumns(bool english) {
  static const std::vector<std::string> kId = {"No", "Hal.", "Letak", "Tertulis", "Seharusnya", "Uraian", "Catatan"};
  static const std::vector<std::string> kEn = {"No", "Page", "Where", "Printed", "Should be", "Finding", "Note"};
  return english ? kEn : kId;
}

std::vector<ChrPoint> ChrPoints(const audit::AuditReport& report, bool english) {
  struct Placed {
    std::tuple<int, double, double> at;
    ChrPoint point;
  };
  std::vector<Placed> placed;
  for (const audit::Finding& f : report.findings) {
    if (!f.judgement || f.judgement->verdict != audit::Verdict::kMustFix) continue;
    const audit::Evidence* e = Lead(f);
    ChrPoint p;
    p.finding = english && !f.message_en.empty() ? f.message_en : f.message;
    p.note = f.judgement->note;
    if (e) {
      p.page = e->page;
      p.where = WhereOf(*e, english);
      p.written = e->text;
      p.should_be = ShouldBe(f, *e);
    }
    placed.push_back({{p.page, e ? e->bbox.y0 : 0.0, e ? e->bbox.x0 : 0.0}, std::move(p)});
  }
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.at < b.at; });
  std::vector<ChrPoint> out;
  for (Placed& p : placed) out.push_back(std::move(p.point));
  return out;
}

std::string RenderChrMarkdown(const audit::AuditReport& report, bool en) {
  std::ostringstream md;
  md << (en ? "# Review notes (draft): " : "# Catatan Hasil Reviu (draf): ")
     << EscapeMarkdown(report.office.empty() ? report.source : report.office) << "\n\n";
  md << (en ? "- Document: " : "- Dokumen: ") << EscapeMarkdown(report.source);
  if (!report.document_sha256.empty()) md << " (SHA-256 `" << report.document_sha256.substr(0, 16) << "…`)";
  md << "\n";
  if (report.reporting_year) md << (en ? "- Year: " : "- Tahun: ") << report.reporting_year << "\n";
  std::vector<ChrPoint> points = ChrPoints(report, en);
  md << (en ? "- Points to fix: " : "- Hal yang perlu diperbaiki: ") << points.size() << "\n";
  if (!report.accepted.empty())
    md << (en ? "- Findings judged not a problem (not listed): " : "- Temuan yang dinilai bukan masalah (tidak dicantumkan): ")
       << report.accepted.size() << "\n";
  md << "\n";
  if (points.empty()) {
    md << (en ? "No finding has been judged \"must be fixed\" yet.\n"
              : "Belum ada temuan yang dinilai \"perlu diperbaiki\".\n");
    return md.str();
  }
  const std::vector<std::string>& cols = ChrColumns(en);
  md << "|";
  for (const std::string& c : cols) md << " " << c << " |";
  md << "\n|---:|---:|---|---|---|---|---|\n";
  int n = 0;
  for (const ChrPoint& p : points)
    md << "| " << ++n << " | " << p.page << " | " << EscapeMarkdown(p.where) << " | " << EscapeMarkdown(p.written)
       << " | " << EscapeMarkdown(p.should_be.empty() ? (en ? "see the finding" : "lihat uraian") : p.should_be)
       << " | " << EscapeMarkdown(p.finding) << " | " << EscapeMarkdown(p.note) << " |\n";
  return md.str();
}

}  // namespace lkj::reports
