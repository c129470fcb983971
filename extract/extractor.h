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
  // Scans are rendered at twice their own resolution, within these bounds:
  // upsampling helps Tesseract with small digits up to about 2x and only
  // costs time beyond (time grows with the square of the resolution).
  double ocr_min_dpi = 150, ocr_max_dpi = 300;
  std::string ocr_languages = "ind+eng";
  int ocr_jobs = 0;  // threads reading scanned pages, each with its own engine; 0: one per core
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
// page with no text, or read by OCR, says so in a warning (ocr_page,
// ocr_layer_replaced, scanned_page, ...).
class PageReader {
 public:
  PageReader(const PdfSource& pdf, const std::string& path, const ExtractOptions& options);

  // One page (0-based), as `debug` shows it.
  PageContent Read(int index, std::optional<Warning>* warning);
  // Every page in order; scanned pages are read on options.ocr_jobs threads,
  // and the result is the same whatever their number.
  std::vector<PageContent> ReadAll(std::vector<Warning>* warnings);

 private:
  enum class Need { kNothing, kScan, kRelayer };
  Need NeedOf(const PageContent& page, bool garbled_document) const;
  std::vector<PageContent> ReadPages(const std::vector<int>& indexes, std::vector<Warning>* warnings);
  // OCR of `pages` at the given indexes; false where it could not run.
  std::vector<bool> Recognize(std::vector<PageContent>* pages, const std::vector<int>& which, bool* unavailable);
  const PdfSource* pdf_;
  std::string path_;
  ExtractOptions options_;
};

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options);

}  // namespace lkj
