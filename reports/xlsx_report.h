// The audit report as an Excel workbook (libxlsxwriter): a "Temuan" sheet
// with one row per finding and its evidence, and one sheet per extracted
// table with figures as numbers, so a reviewer can sort, filter and recompute.
#pragma once

#include <string>

#include "audit/auditor.h"
#include "extract/model.h"
#include "extract/status.h"

namespace lkj::reports {

// Writes the workbook to `path` (the caller renames it into place).
// `english` selects the language of headings and messages.
Status WriteXlsx(const std::string& path, const audit::AuditReport& report, const Document& doc, bool english);

}  // namespace lkj::reports
