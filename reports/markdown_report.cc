#include "reports/markdown_report.h"

#include <sstream>

namespace lkj::reports {
namespace {

const audit::Evidence* Suspect(const audit::Finding& f) {
  for (const audit::Evidence& e : f.evidence)
    if (e.suspect) return &e;
  return f.evidence.empty() ? nullptr : &f.evidence.front();
}

const char* SeverityWord(audit::Severity s, bool en) {
  switch (s) {
    case audit::Severity::kError: return en ? "Error" : "Galat";
    case audit::Severity::kWarning: return en ? "Warning" : "Peringatan";
    case audit::Severity::kInfo: return "Info";
  }
  return "Info";
}

// Findings the reviewer judged "bukan masalah": listed with the reason, not counted.
void AcceptedMarkdown(const audit::AuditReport& report, bool en, std::ostringstream& md) {
  if (report.accepted.empty()) return;
  md << "\n## " << (en ? "Accepted: not a problem" : "Diterima: bukan masalah") << " (" << report.accepted.size()
     << ")\n\n";
  md << (en ? "| Page | Finding | Reason |\n" : "| Hal. | Temuan | Alasan |\n") << "|---:|---|---|\n";
  for (const audit::Finding& f : report.accepted) {
    const audit::Evidence* s = Suspect(f);
    md << "| " << (s ? s->page : 0) << " | " << EscapeMarkdown(en ? f.message_en : f.message) << " (`" << f.rule
       << "`) | " << EscapeMarkdown(f.judgement ? f.judgement->reason : "") << " |\n";
  }
}

}  // namespace

std::string EscapeMarkdown(const std::string& text) {
  std::string out;
  for (char ch : text) {
    switch (ch) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '~':
        out += '\\';
        out += ch;
        break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\n': case '\r': out += ' '; break;
      default: out += ch;
    }
  }
  return out;
}

std::string RenderMarkdown(const audit::AuditReport& report, bool en) {
  std::ostringstream md;
  md << "# " << (en ? "LKj audit: " : "Hasil audit LKj: ") << EscapeMarkdown(report.source) << "\n\n";
  if (!report.office.empty()) md << (en ? "- Office: " : "- Instansi: ") << EscapeMarkdown(report.office) << "\n";
  if (report.reporting_year) md << (en ? "- Year: " : "- Tahun: ") << report.reporting_year << "\n";
  md << (en ? "- Pages: " : "- Halaman: ") << report.pages << "\n";
  md << "- " << report.Count(audit::Severity::kError) << (en ? " errors, " : " galat, ")
     << report.Count(audit::Severity::kWarning) << (en ? " warnings, " : " peringatan, ")
     << report.Count(audit::Severity::kInfo) << " info\n";
  const audit::Coverage& c = report.coverage;
  md << (en ? "- Checked: " : "- Diperiksa: ") << c.numbers_checked << "/" << c.numbers_read
     << (en ? " figures in tables, " : " angka dalam tabel, ") << c.tables_checked << "/" << c.tables
     << (en ? " tables, " : " tabel, ") << c.narrative_claims << (en ? " claims in the text\n\n" : " klaim dalam uraian\n\n");
  if (report.findings.empty()) {
    md << (en ? "No inconsistency found.\n" : "Tidak ditemukan ketidaksesuaian.\n");
    AcceptedMarkdown(report, en, md);
    return md.str();
  }
  md << (en ? "| # | Severity | Page | Where | Figure | Finding |\n" : "| # | Tingkat | Hal. | Letak | Angka | Temuan |\n");
  md << "|---:|---|---:|---|---|---|\n";
  int n = 0;
  for (const audit::Finding& f : report.findings) {
    const audit::Evidence* s = Suspect(f);
    std::string where = s && s->table ? *s->table
                        : s && !s->table_id.empty() ? (en ? "table " : "tabel ") + s->table_id
                                                     : (en ? "text" : "uraian");
    if (where.size() > 40) where = where.substr(0, 40) + "...";
    md << "| " << ++n << " | " << SeverityWord(f.severity, en) << " | " << (s ? s->page : 0) << " | "
       << EscapeMarkdown(where) << " | " << (s ? EscapeMarkdown(s->text.substr(0, 60)) : "") << " | "
       << EscapeMarkdown(en ? f.message_en : f.message) << " (`" << f.rule << "`)"
       << (f.judgement && f.judgement->verdict == audit::Verdict::kMustFix ? (en ? " **must be fixed**" : " **perlu diperbaiki**")
                                                                             : "")
       << " |\n";
  }
  AcceptedMarkdown(report, en, md);
  return md.str();
}

}  // namespace lkj::reports
