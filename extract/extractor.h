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
  // Threads reading pages, each with its own poppler document (and OCR
  // engine); 0: one per core. The document is the same for any number.
  int jobs = 0;
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
  // Whether OCR may have to read `page` again: only known once the other
  // pages are read too (one garbled scanner layer condemns them all).
  bool MayNeedOcr(const PageContent& page) const;
  // Reads the `pages` that MayNeedOcr by OCR where they need it (on
  // options.jobs threads), and gives each of them its warning, if any.
  // `garbled_document`: some page of the document has a garbled layer.
  void Settle(const std::vector<PageContent*>& pages, bool garbled_document,
              std::vector<std::optional<Warning>>* warnings);

 private:
  enum class Need { kNothing, kScan, kRelayer };
  Need NeedOf(const PageContent& page, bool garbled_document) const;
  // OCR of `pages` at the given indexes; false where it could not run.
  std::vector<bool> Recognize(const std::vector<PageContent*>& pages, const std::vector<int>& which,
                              bool* unavailable);
  const PdfSource* pdf_;
  std::string path_;
  ExtractOptions options_;
};

Result<Document> ExtractDocument(const std::string& path, const ExtractOptions& options);
// The same from `pdf`, opened from `path` on this thread (other threads open
// `path` again); `pdf` stays open for the reports to draw from.
Document ExtractDocument(const PdfSource& pdf, const std::string& path, const ExtractOptions& options);

}  // namespace lkj
