// Helpers for audit tests: run the audit on a fixture or a hand-made
// document, and look findings up by what they cite.
#pragma once

#include <string>
#include <vector>

#include "audit/auditor.h"
#include "audit/rules.h"
#include "extract/model.h"

namespace lkj::testing {

audit::Rules DefaultRulesOrDie();
audit::AuditReport AuditPdf(const std::string& path);
audit::AuditReport AuditDocument(const Document& doc);

// Findings of `severity` whose evidence cites `text` (as printed), optionally
// only as the suspect figure.
std::vector<const audit::Finding*> Citing(const audit::AuditReport& report, const std::string& text,
                                          audit::Severity severity, bool suspect_only = false);

// A one-page document with one table given as rows of cell texts; the first
// `header_rows` rows are its header.
Document OneTable(const std::vector<std::vector<std::string>>& rows, int header_rows,
                  const std::string& caption = "Tabel 1.1 Uji");

}  // namespace lkj::testing
