#include "tests/audit_test_support.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"

namespace lkj::testing {

audit::Rules DefaultRulesOrDie() {
  auto rules = audit::LoadRules({audit::DefaultRules()});
  if (!rules.ok()) ADD_FAILURE() << rules.status().detail();
  return rules.ok() ? rules.value() : audit::Rules{};
}

audit::AuditReport AuditDocument(const Document& doc) { return audit::RunAudit(doc, DefaultRulesOrDie()); }

audit::AuditReport AuditPdf(const std::string& path) {
  auto doc = ExtractDocument(path, ExtractOptions{});
  if (!doc.ok()) {
    ADD_FAILURE() << path << ": " << doc.status().detail();
    return {};
  }
  return AuditDocument(doc.value());
}

std::vector<const audit::Finding*> Citing(const audit::AuditReport& report, const std::string& text,
                                          audit::Severity severity, bool suspect_only) {
  std::vector<const audit::Finding*> out;
  for (const audit::Finding& f : report.findings) {
    if (f.severity != severity) continue;
    for (const audit::Evidence& e : f.evidence)
      if (e.text.find(text) != std::string::npos && (!suspect_only || e.suspect)) {
        out.push_back(&f);
        break;
      }
  }
  return out;
}

Document OneTable(const std::vector<std::vector<std::string>>& rows, int header_rows, const std::string& caption) {
  Document doc;
  doc.source = "synthetic.pdf";
  doc.pages = {{1, 595, 842, 0, true, true}};
  doc.blocks = {{1, {50, 20, 500, 40}, BlockKind::kHeading, "LAPORAN KINERJA TAHUN 2024", true}};
  Table t;
  t.id = "T1";
  t.caption = caption;
  t.pages = {1};
  t.header_rows = header_rows;
  double y = 100;
  for (const auto& texts : rows) {
    std::vector<Cell> row;
    double x = 50;
    for (const std::string& text : texts) {
      row.push_back(Cell{text, 1, {x, y, x + 80, y + 14}, 1, 1, false});
      x += 80;
    }
    t.rows.push_back(std::move(row));
    y += 14;
  }
  doc.tables = {t};
  return doc;
}

}  // namespace lkj::testing
