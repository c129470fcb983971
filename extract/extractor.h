// Extractor: a PDF file in, the structured Document out.
//
//   PdfSource::ReadPage -> PageContent (words, rules)
//   AnalyzePage         -> ruled tables, lines, unruled tables   (per page)
//   TakeRunningLines, BuildBlocks, AssembleTables                (whole document)
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/model.h"
#include "extract/pdf_source.h"
#include "extract/status.h"
#include "extract/table_fragment.h"

namespace lkj {

struct ExtractOptions {
  OpenLimits limits;
  // Scanned pages (pictures, no text layer) are rendered and read by OCR.
  bool ocr = true;
  double ocr_dpi = 300;  // low-resolution scans are upsampled to this
  std::string ocr_languages = "ind+eng";
};

// One page taken apart; every stage kept so it can be inspected (--debug-page).
struct PageStages {
  PageContent content;
  std::vector<TableFragment> ruled;
  std::vector<TableFragment> unruled;
  std::vector<TextLine> free_lines;  // lines outside any table
};

PageStages AnalyzePage(PageContent content);

// The pages of one opened PDF as PageContent: its text layer, or for a
// scanned page the words OCR reads from its image (text_source "ocr"). A
// page with no text says why in `warning` (scanned_page, ocr_page, ...).
class PageReader {
 public:
  PageReader(const PdfSource& pdf, const std::string& path, const ExtractOptions& options);
  ~PageReader();
  PageContent Read(int index, std::optional<Warning>* warning);  // 0-based

 private:
  struct Scans;
  bool ReadScan(PageContent* page);
  const PdfSource* pdf_;
  std::string path_;
  ExtractOptions options_;
  std::unique_ptr<Scans> scans_;
  bool garbled_layer_ = false;
};

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options);

}  // namespace lkj
