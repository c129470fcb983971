// PageDevice: one pass of poppler over a page that keeps both what the page
// says (its words, laid out as poppler's text output lays them out) and what
// it draws (ruling lines, pictures, filled shapes). Parsing a content stream
// is most of the cost of reading a page, so it is parsed once, not once for
// the text and again for the graphics.
//
// It is built on poppler's internal API (Debian libpoppler-private-dev),
// which has no stability promise: only extract/pdf_source.cc and
// extract/page_device.cc include this header.
#pragma once

#include <TextOutputDev.h>

#include <vector>

#include "extract/model.h"
#include "extract/page_graphics.h"

namespace lkj {

class PageDevice : public TextOutputDev {
 public:
  PageDevice();

  // After PDFDoc::displayPageSlice(this, ...): the page's words in reading
  // order, and its graphics. Each may be taken once per page.
  std::vector<Word> TakeWords();
  PageGraphics TakeGraphics();

  // Pictures and filled areas matter here, not only text.
  bool needNonText() override { return true; }
  void stroke(GfxState* state) override;
  void fill(GfxState* state) override;
  void eoFill(GfxState* state) override;
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colorMap,
                 bool interpolate, const int* maskColors, bool inlineImg) override;
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inlineImg) override;
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* colorMap, bool interpolate, Stream* maskStr, int maskWidth,
                       int maskHeight, bool maskInvert, bool maskInterpolate) override;
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* colorMap, bool interpolate, Stream* maskStr, int maskWidth,
                           int maskHeight, GfxImageColorMap* maskColorMap, bool maskInterpolate) override;

 private:
  void AddLine(GfxState* state, double ux0, double uy0, double ux1, double uy1);
  void AddSegment(double x0, double y0, double x1, double y1);
  void AddFilledArea(GfxState* state);
  void AddShapeBounds(GfxState* state, const GfxSubpath* sub);
  void AddImage(GfxState* state, int pixels_wide, int pixels_high);

  std::vector<Segment> segments_;
  std::vector<Box> images_;
  std::vector<Box> shapes_;
  double largest_image_area_ = 0, largest_image_ppi_ = 0;
};

}  // namespace lkj
