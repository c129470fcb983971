// PdfSource: one opened PDF, read page by page into PageContent.
//
// Opening classifies bad input (missing, empty, not a PDF, truncated,
// encrypted, too large) into a Status, so callers never meet a half-open
// document. One PdfSource per thread: poppler documents are not shared.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "extract/model.h"
#include "extract/status.h"

class PDFDoc;  // poppler's internal document

namespace lkj {

struct OpenLimits {
  std::uint64_t max_bytes = 2ULL << 30;  // 2 GiB
  int max_pages = 5000;
};

class PdfSource {
 public:
  static Result<std::unique_ptr<PdfSource>> Open(const std::string& path, const OpenLimits& limits);
  ~PdfSource();

  int page_count() const;
  // Words (reading order), ruling lines and images of page `index` (0-based).
  PageContent ReadPage(int index) const;

 private:
  friend class PageRenderer;  // draws the pages of the same poppler document
  PDFDoc* poppler_document() const;

  struct Impl;
  explicit PdfSource(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lkj
