// A draft of the Catatan Hasil Reviu (CHR): the points the reviewer judged
// "perlu diperbaiki", in the order of the document, each with its page,
// table, what is printed, what it should be and the reviewer's note: as
// Markdown to paste into the CHR, and as rows for the Excel report's sheet.
#pragma once

#include <string>
#include <vector>

#include "audit/auditor.h"

namespace lkj::reports {

struct ChrPoint {
  int page = 0;
  std::string where;      // "Tabel 2.3, baris 2", or "uraian"
  std::string written;    // the figure as printed
  std::string should_be;  // recomputed, printed the document's way; empty when the finding says it in words
  std::string finding;    // the finding's message
  std::string note;       // the reviewer's note
};

// The findings judged "perlu diperbaiki", by page and place on the page.
std::vector<ChrPoint> ChrPoints(const audit::AuditReport& report, bool english);

// Column headings of a CHR table, in the order of ChrPoint's members after No.
const std::vector<std::string>& ChrColumns(bool english);

std::string RenderChrMarkdown(const audit::AuditReport& report, bool english);

}  // namespace lkj::reports
