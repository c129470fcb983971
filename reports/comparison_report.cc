#include "reports/comparison_report.h"

#include <sstream>

#include "audit/judgement.h"
#include "audit/table_view.h"
#include "reports/findings_json.h"
#include "reports/html_escape.h"
#include "reports/html_report.h"

namespace lkj::reports {
namespace {

using nlohmann::json;

const audit::Evidence* Lead(const audit::Finding& f) {
  for (const audit::Evidence& e : f.evidence)
    if (e.suspect) return &e;
  return f.evidence.empty() ? nullptr : &f.evidence.front();
}

int LeadPage(const audit::Finding& f) {
  const audit::Evidence* e = Lead(f);
  return e ? e->page : 0;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

const char* SeverityWord(audit::Severity s, bool en) {
  switch (s) {
    case audit::Severity::kError: return en ? "ERROR" : "GALAT";
    case audit::Severity::kWarning: return en ? "WARNING" : "PERINGATAN";
    case audit::Severity::kInfo: return "INFO";
  }
  return "INFO";
}

std::string TableName(const audit::ChangedFigure& ch, bool en) {
  if (ch.table.empty())
    return std::string(en ? "untitled table" : "tabel tanpa judul") + (ch.section.empty() ? "" : " (" + ch.section + ")");
  std::string label = audit::CaptionLabel(ch.table);
  return label.empty() ? ch.table : label;
}

bool Accepted(const audit::Finding& f) {
  return f.judgement && f.judgement->verdict == audit::Verdict::kNotAProblem;
}

bool MustFix(const audit::Finding& f) { return f.judgement && f.judgement->verdict == audit::Verdict::kMustFix; }

int OpenErrors(const ComparisonView& c) {
  int n = 0;
  for (const auto* list : {&c.revision.open, &c.revision.added})
    for (const audit::Finding& f : *list) n += f.severity == audit::Severity::kError && !Accepted(f);
  return n;
}

json DraftJson(const audit::AuditReport& r) {
  return {{"source", r.source}, {"sha256", r.document_sha256.empty() ? json(nullptr) : json(r.document_sha256)}};
}

// ------------------------------------------------------------------ HTML

class HtmlPage {
 public:
  HtmlPage(const ComparisonView& c, bool en) : c_(c), en_(en) {}

  std::string Render() {
    out_ += std::string("<!DOCTYPE html>\n<html lang=\"") + T("id", "en") +
            "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\">\n<meta name=\"generator\" content=\"lkj-audit\">\n<title>" +
            T("Perbandingan draf – ", "Draft comparison – ") + EscapeHtml(BaseName(c_.after.source)) +
            "</title>\n<style>\n" + ReportStylesheet() +
            "table.grid td.old{color:var(--err);text-decoration:line-through}table.grid td.new{color:#1c5e2e;"
            "font-weight:700}\n#fixed article.finding{border-left-color:#2f8f4b}#fixed p.msg{color:var(--muted)}\n</style>\n</head>\n<body>\n";
    Summary();
    out_ += "<main>\n";
    Section("fixed", T("Sudah diperbaiki", "Fixed"), c_.revision.fixed, nullptr);
    Section("open", T("Masih terbuka", "Still open"), c_.revision.open, &c_.revision.open_page_before);
    Section("new", T("Temuan baru", "New findings"), c_.revision.added, nullptr);
    Changed();
    out_ += "</main>\n<footer>";
    out_ += T("Dibuat oleh lkj-audit compare. Temuan dicocokkan menurut identitasnya (aturan, judul tabel atau "
              "bagian, label baris, judul kolom), bukan nomor halaman.",
              "Made by lkj-audit compare. Findings are matched by identity (rule, table caption or section, row "
              "label, column header), not by page number.");
    out_ += "</footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  const char* T(const char* id, const char* en) const { return en_ ? en : id; }

  void Summary() {
    const audit::Revision& r = c_.revision;
    int open_errors = OpenErrors(c_);
    out_ += std::string("<header class=\"summary\">\n<div class=\"eyebrow\">") +
            T("Perbandingan dua draf LKj", "Two drafts of an LKj compared") + "</div>\n<h1>" +
            EscapeHtml(c_.after.office.empty() ? BaseName(c_.after.source) : c_.after.office) +
            "</h1>\n<dl class=\"meta\">";
    out_ += std::string("<dt>") + T("Draf lama", "Earlier draft") + "</dt><dd class=\"source\">" +
            EscapeHtml(BaseName(c_.before.source)) + "</dd>";
    out_ += std::string("<dt>") + T("Draf baru", "Revised draft") + "</dt><dd class=\"source\">" +
            EscapeHtml(BaseName(c_.after.source)) + "</dd></dl>\n";
    out_ += std::string("<div class=\"verdict ") + (open_errors ? "bad\">" : "good\">") +
            std::to_string(open_errors) +
            T(" galat masih harus diperbaiki pada draf baru", open_errors == 1 ? " error still to fix in the revised draft"
                                                                              : " errors still to fix in the revised draft") +
            "</div>\n<div class=\"tally\">";
    out_ += "<span class=\"info\"><b id=\"n-fixed\">" + std::to_string(r.fixed.size()) + "</b>" +
            T("diperbaiki", "fixed") + "</span>";
    out_ += "<span class=\"warning\"><b id=\"n-open\">" + std::to_string(r.open.size()) + "</b>" +
            T("masih terbuka", "still open") + "</span>";
    out_ += "<span class=\"error\"><b id=\"n-new\">" + std::to_string(r.added.size()) + "</b>" + T("baru", "new") +
            "</span>";
    out_ += "<span class=\"info\"><b id=\"n-changed\">" + std::to_string(r.changed.size()) + "</b>" +
            T("angka berubah", "figures changed") + "</span></div>\n";
    if (!c_.figures_compared)
      out_ += std::string("<p class=\"readnote\">") +
              T("Angka tidak dibandingkan: salah satu draf diberikan sebagai temuan JSON, tanpa tabelnya.",
                "Figures not compared: a draft was given as findings JSON, without its tables.") +
              "</p>\n";
    out_ += "</header>\n";
  }

  void Section(const char* id, const char* title, const std::vector<audit::Finding>& findings,
               const std::vector<int>* pages_before) {
    out_ += std::string("<section class=\"group\" id=\"") + id + "\">\n<h2><span class=\"gname\">" + title +
            "</span><span class=\"sub\">" + std::to_string(findings.size()) + "</span></h2>\n";
    for (size_t i = 0; i < findings.size(); ++i) {
      const audit::Finding& f = findings[i];
      const char* sev = audit::SeverityName(f.severity);
      out_ += std::string("<article class=\"finding sev-") + sev + "\" data-id=\"" + EscapeHtml(f.id) +
              "\" data-severity=\"" + sev + "\"><div class=\"fhead\"><span class=\"badge " + sev + "\">" +
              SeverityWord(f.severity, en_) + "</span><code class=\"rule\">" + EscapeHtml(f.rule) + "</code><span>" +
              T("hal. ", "p. ") + std::to_string(LeadPage(f));
      if (pages_before && (*pages_before)[i] != LeadPage(f))
        out_ += std::string(T(" (draf lama: hal. ", " (earlier draft: p. ")) + std::to_string((*pages_before)[i]) + ")";
      out_ += "</span>";
      if (Accepted(f)) out_ += std::string("<span class=\"pill info\">") + T("bukan masalah", "not a problem") + "</span>";
      if (MustFix(f)) out_ += std::string("<span class=\"pill error\">") + T("perlu diperbaiki", "must be fixed") + "</span>";
      out_ += "</div>\n<p class=\"msg\">" + EscapeHtml(en_ && !f.message_en.empty() ? f.message_en : f.message) +
              "</p></article>\n";
    }
    out_ += "</section>\n";
  }

  void Changed() {
    out_ += std::string("<section class=\"group\" id=\"changed\">\n<h2><span class=\"gname\">") +
            T("Angka yang berubah", "Figures that changed") + "</span><span class=\"sub\">" +
            std::to_string(c_.revision.changed.size()) + "</span></h2>\n";
    if (c_.revision.changed.empty()) {
      out_ += "</section>\n";
      return;
    }
    out_ += std::string("<div class=\"scroll\"><table class=\"grid\"><tr><th>") + T("Tabel", "Table") + "</th><th>" +
            T("Baris", "Row") + "</th><th>" + T("Kolom", "Column") + "</th><th>" + T("Lama", "Old") + "</th><th>" +
            T("Baru", "New") + "</th><th>" + T("Hal.", "Page") + "</th></tr>\n";
    for (const audit::ChangedFigure& ch : c_.revision.changed)
      out_ += "<tr><td>" + EscapeHtml(TableName(ch, en_)) + "</td><td>" + EscapeHtml(ch.row) + "</td><td>" +
              EscapeHtml(ch.column) + "</td><td class=\"n old\">" + EscapeHtml(ch.before) +
              "</td><td class=\"n new\">" + EscapeHtml(ch.after) + "</td><td>" + std::to_string(ch.page_before) +
              (ch.page_after != ch.page_before ? " → " + std::to_string(ch.page_after) : "") + "</td></tr>\n";
    out_ += "</table></div></section>\n";
  }

  const ComparisonView& c_;
  bool en_;
  std::string out_;
};

}  // namespace

json ComparisonToJson(const ComparisonView& c) {
  auto list = [](const std::vector<audit::Finding>& findings) {
    json out = json::array();
    for (const audit::Finding& f : findings) out.push_back(FindingToJson(f));
    return out;
  };
  json open = list(c.revision.open);
  for (size_t i = 0; i < open.size(); ++i) open[i]["page_before"] = c.revision.open_page_before[i];
  json changed = json::array();
  for (const audit::ChangedFigure& ch : c.revision.changed)
    changed.push_back({{"table", ch.table.empty() ? json(nullptr) : json(ch.table)},
                       {"section", ch.section.empty() ? json(nullptr) : json(ch.section)},
                       {"row", ch.row},
                       {"column", ch.column},
                       {"old", ch.before},
                       {"new", ch.after},
                       {"page_old", ch.page_before},
                       {"page_new", ch.page_after}});
  return {{"before", DraftJson(c.before)},
          {"after", DraftJson(c.after)},
          {"figures_compared", c.figures_compared},
          {"fixed", list(c.revision.fixed)},
          {"open", open},
          {"new", list(c.revision.added)},
          {"changed", changed}};
}

std::string RenderComparisonText(const ComparisonView& c, bool en) {
  std::ostringstream out;
  auto findings = [&](const char* title, const std::vector<audit::Finding>& list, const std::vector<int>* before) {
    out << title << " (" << list.size() << ")\n";
    for (size_t i = 0; i < list.size(); ++i) {
      const audit::Finding& f = list[i];
      out << "  " << SeverityWord(f.severity, en) << "  " << (en ? "p. " : "hal. ") << LeadPage(f);
      if (before && (*before)[i] != LeadPage(f)) out << (en ? " (was p. " : " (semula hal. ") << (*before)[i] << ")";
      if (Accepted(f)) out << (en ? "  [not a problem]" : "  [bukan masalah]");
      if (MustFix(f)) out << (en ? "  [must be fixed]" : "  [perlu diperbaiki]");
      out << "  " << (en && !f.message_en.empty() ? f.message_en : f.message) << "\n";
    }
  };
  findings(en ? "FIXED" : "SUDAH DIPERBAIKI", c.revision.fixed, nullptr);
  findings(en ? "STILL OPEN" : "MASIH TERBUKA", c.revision.open, &c.revision.open_page_before);
  findings(en ? "NEW" : "TEMUAN BARU", c.revision.added, nullptr);
  out << (en ? "FIGURES CHANGED" : "ANGKA BERUBAH") << " (" << c.revision.changed.size() << ")\n";
  if (!c.figures_compared)
    out << (en ? "  not compared: a draft was given as findings JSON, without its tables\n"
               : "  tidak dibandingkan: salah satu draf berupa temuan JSON, tanpa tabelnya\n");
  for (const audit::ChangedFigure& ch : c.revision.changed)
    out << "  " << TableName(ch, en) << " | " << ch.row << " | " << ch.column << ": " << ch.before << " -> "
        << ch.after << "  (" << (en ? "p. " : "hal. ") << ch.page_after << ")\n";
  out << (en ? "summary: " : "ringkasan: ") << c.revision.fixed.size() << (en ? " fixed, " : " diperbaiki, ")
      << c.revision.open.size() << (en ? " open, " : " terbuka, ") << c.revision.added.size()
      << (en ? " new, " : " baru, ") << c.revision.changed.size() << (en ? " figures changed; " : " angka berubah; ")
      << OpenErrors(c) << (en ? " errors to fix\n" : " galat harus diperbaiki\n");
  return out.str();
}

std::string RenderComparisonHtml(const ComparisonView& c, bool english) { return HtmlPage(c, english).Render(); }

}  // namespace lkj::reports
