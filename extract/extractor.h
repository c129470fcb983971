// Extractor: a PDF file in, the structured Document out.
//
//   PdfSource::ReadPage -> PageContent (words, rules)
//   AnalyzePage         -> ruled tables, lines, unruled tables   (per page)
//   TakeRunningLines, BuildBlocks, AssembleTables                (whole document)
#pragma once

#include <string>
#include <vector>

#include "extract/model.h"
#include "extract/pdf_source.h"
#include "extract/status.h"
#include "extract/table_fragment.h"

namespace lkj {

struct ExtractOptions {
  OpenLimits limits;
};

// One page taken apart; every stage kept so it can be inspected (--debug-page).
struct PageStages {
  PageContent content;
  std::vector<TableFragment> ruled;
  std::vector<TableFragment> unruled;
  std::vector<TextLine> free_lines;  // lines outside any table
};

PageStages AnalyzePage(PageContent content);

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options);

}  // namespace lkj
