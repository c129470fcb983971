// PageImage: a region of a PDF page rendered to PNG, for reports that show a
// reviewer the figures where they sit on the page.
#pragma once

#include <memory>
#include <string>

#include "extract/geometry.h"
#include "extract/pdf_source.h"
#include "extract/status.h"

namespace lkj {

struct PngImage {
  std::string png;      // PNG file bytes
  int width = 0, height = 0;  // pixels
  Box region;           // the page region shown, in PDF points (top-left origin)
  double scale = 1;     // pixels per point
};

// A whole page as 8-bit gray samples, rows padded to `stride` bytes.
struct GrayPage {
  std::string samples;
  int width = 0, height = 0, stride = 0;
  double scale = 1;  // pixels per point
};

// Renders regions of the pages of one PDF. One renderer per thread. It keeps
// the fonts it has loaded from one page to the next, so a report's dozens of
// pictures cost little more than their pages.
class PageRenderer {
 public:
  static Result<std::unique_ptr<PageRenderer>> Open(const std::string& path);
  // Renders from a PDF already open (on this thread), which must outlive it.
  static std::unique_ptr<PageRenderer> Of(const PdfSource& pdf);
  ~PageRenderer();

  // `page` is 1-based; the region is clipped to the page.
  Result<PngImage> Render(int page, const Box& region, double dpi) const;
  // The whole page (1-based) in gray, for OCR.
  Result<GrayPage> RenderGray(int page, double dpi) const;

 private:
  struct Impl;
  explicit PageRenderer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lkj
