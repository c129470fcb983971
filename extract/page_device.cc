#include "extract/page_device.h"

#include <GfxFont.h>
#include <GfxState.h>
#include <goo/GooString.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "extract/utf8.h"

namespace lkj {
namespace {

constexpr double kThinRule = 2.5;     // a filled rectangle thinner than this is a rule
constexpr double kMinRuleLength = 3;  // shorter marks are glyph parts, ticks, bullets
constexpr double kAxisTolerance = 0.6;

bool IsNearWhite(const GfxRGB& rgb) {
  return colToDbl(rgb.r) > 0.92 && colToDbl(rgb.g) > 0.92 && colToDbl(rgb.b) > 0.92;
}

bool IsBoldFont(const GooString* name) {
  if (!name) return false;
  static const char* kMarks[] = {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "Demi"};
  for (const char* m : kMarks)
    if (name->toStr().find(m) != std::string::npos) return true;
  return false;
}

Word ToWord(const TextWord& tw) {
  Word w;
  std::unique_ptr<GooString> text(tw.getText());
  // Up to a NUL, as a C string: a glyph mapped to U+0000 ends the word.
  if (text) w.text = RepairUtf8(std::string_view(text->c_str(), std::strlen(text->c_str())));
  double x0, y0, x1, y1;
  tw.getBBox(&x0, &y0, &x1, &y1);
  w.box = {x0, y0, x1, y1};
  w.font_size = tw.getFontSize();
  w.bold = tw.getLength() > 0 && tw.getFontInfo(0) && IsBoldFont(tw.getFontInfo(0)->getFontName());
  w.rotation = tw.getRotation();
  w.space_after = tw.hasSpaceAfter();
  return w;
}

}  // namespace

// The same layout parameters as poppler-cpp's page::text_list(): reading
// order, no physical layout, no raw content-stream order.
PageDevice::PageDevice() : TextOutputDev(nullptr, false, 0, false, false) {}

std::vector<Word> PageDevice::TakeWords() {
  std::vector<Word> words;
  std::unique_ptr<TextWordList> list = makeWordList();
  if (!list) return words;
  words.reserve(list->getLength());
  for (int i = 0; i < list->getLength(); ++i) {
    Word w = ToWord(*list->get(i));
    if (!w.text.empty()) words.push_back(std::move(w));
  }
  return words;
}

PageGraphics PageDevice::TakeGraphics() {
  PageGraphics g;
  g.rules = MergeSegments(std::move(segments_));
  g.images = std::move(images_);
  g.shapes = std::move(shapes_);
  g.largest_image_ppi = largest_image_ppi_;
  largest_image_area_ = largest_image_ppi_ = 0;
  segments_.clear();
  images_.clear();
  shapes_.clear();
  return g;
}

// Collects axis-aligned segments of stroked paths and thin filled rectangles.
void PageDevice::stroke(GfxState* state) {
  TextOutputDev::stroke(state);
  GfxRGB rgb;
  state->getStrokeRGB(&rgb);
  if (IsNearWhite(rgb) || state->getStrokeOpacity() < 0.1) return;
  const GfxPath* path = state->getPath();
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    const GfxSubpath* sub = path->getSubpath(s);
    for (int i = 1; i < sub->getNumPoints(); ++i) {
      if (sub->getCurve(i)) continue;
      AddLine(state, sub->getX(i - 1), sub->getY(i - 1), sub->getX(i), sub->getY(i));
    }
    if (sub->isClosed() && sub->getNumPoints() > 2) {
      int last = sub->getNumPoints() - 1;
      AddLine(state, sub->getX(last), sub->getY(last), sub->getX(0), sub->getY(0));
    }
  }
}

void PageDevice::fill(GfxState* state) {
  TextOutputDev::fill(state);
  AddFilledArea(state);
}

void PageDevice::eoFill(GfxState* state) {
  TextOutputDev::eoFill(state);
  AddFilledArea(state);
}

void PageDevice::drawImage(GfxState* state, Object*, Stream*, int w, int h, GfxImageColorMap*, bool, const int*,
                           bool) {
  AddImage(state, w, h);
}

void PageDevice::drawImageMask(GfxState* state, Object*, Stream*, int w, int h, bool, bool, bool) {
  AddImage(state, w, h);
}

void PageDevice::drawMaskedImage(GfxState* state, Object*, Stream*, int w, int h, GfxImageColorMap*, bool, Stream*,
                                 int, int, bool, bool) {
  AddImage(state, w, h);
}

void PageDevice::drawSoftMaskedImage(GfxState* state, Object*, Stream*, int w, int h, GfxImageColorMap*, bool,
                                     Stream*, int, int, GfxImageColorMap*, bool) {
  AddImage(state, w, h);
}

void PageDevice::AddLine(GfxState* state, double ux0, double uy0, double ux1, double uy1) {
  double x0, y0, x1, y1;
  state->transform(ux0, uy0, &x0, &y0);
  state->transform(ux1, uy1, &x1, &y1);
  AddSegment(x0, y0, x1, y1);
}

void PageDevice::AddSegment(double x0, double y0, double x1, double y1) {
  if (x0 > x1) std::swap(x0, x1);
  if (y0 > y1) std::swap(y0, y1);
  bool horizontal = (y1 - y0) <= kAxisTolerance;
  bool vertical = (x1 - x0) <= kAxisTolerance;
  if (horizontal && x1 - x0 >= kMinRuleLength) {
    double y = (y0 + y1) / 2;
    segments_.push_back({x0, y, x1, y});
  } else if (vertical && y1 - y0 >= kMinRuleLength) {
    double x = (x0 + x1) / 2;
    segments_.push_back({x, y0, x, y1});
  }
}

void PageDevice::AddFilledArea(GfxState* state) {
  GfxRGB rgb;
  state->getFillRGB(&rgb);
  if (IsNearWhite(rgb) || state->getFillOpacity() < 0.1) return;
  const GfxPath* path = state->getPath();
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    const GfxSubpath* sub = path->getSubpath(s);
    int n = sub->getNumPoints();
    if (n < 4 || n > 6) {
      AddShapeBounds(state, sub);
      continue;
    }
    double minx = 1e9, miny = 1e9, maxx = -1e9, maxy = -1e9;
    bool axis_aligned = true;
    double px = 0, py = 0;
    for (int i = 0; i < n; ++i) {
      if (sub->getCurve(i)) axis_aligned = false;
      double x, y;
      state->transform(sub->getX(i), sub->getY(i), &x, &y);
      if (i > 0 && std::fabs(x - px) > kAxisTolerance && std::fabs(y - py) > kAxisTolerance) axis_aligned = false;
      px = x;
      py = y;
      minx = std::min(minx, x);
      maxx = std::max(maxx, x);
      miny = std::min(miny, y);
      maxy = std::max(maxy, y);
    }
    if (!axis_aligned) {
      AddShapeBounds(state, sub);
      continue;
    }
    double w = maxx - minx, h = maxy - miny;
    if (h <= kThinRule && w >= kMinRuleLength) {
      segments_.push_back({minx, (miny + maxy) / 2, maxx, (miny + maxy) / 2});
    } else if (w <= kThinRule && h >= kMinRuleLength) {
      segments_.push_back({(minx + maxx) / 2, miny, (minx + maxx) / 2, maxy});
    } else if (w > kThinRule && h > kThinRule) {
      shapes_.push_back({minx, miny, maxx, maxy});
    }
  }
}

void PageDevice::AddShapeBounds(GfxState* state, const GfxSubpath* sub) {
  double minx = 1e9, miny = 1e9, maxx = -1e9, maxy = -1e9;
  for (int i = 0; i < sub->getNumPoints(); ++i) {
    double x, y;
    state->transform(sub->getX(i), sub->getY(i), &x, &y);
    minx = std::min(minx, x);
    maxx = std::max(maxx, x);
    miny = std::min(miny, y);
    maxy = std::max(maxy, y);
  }
  if (maxx - minx > kThinRule && maxy - miny > kThinRule) shapes_.push_back({minx, miny, maxx, maxy});
}

void PageDevice::AddImage(GfxState* state, int pixels_wide, int pixels_high) {
  // The image occupies the unit square under the current transformation.
  double xs[4], ys[4];
  state->transform(0, 0, &xs[0], &ys[0]);
  state->transform(1, 0, &xs[1], &ys[1]);
  state->transform(0, 1, &xs[2], &ys[2]);
  state->transform(1, 1, &xs[3], &ys[3]);
  Box b{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), *std::max_element(xs, xs + 4),
        *std::max_element(ys, ys + 4)};
  images_.push_back(b);
  // The largest picture's own resolution: what a scan was made at.
  double area = b.width() * b.height();
  if (area > largest_image_area_ && b.width() > 0 && b.height() > 0) {
    largest_image_area_ = area;
    largest_image_ppi_ = std::max(pixels_wide, pixels_high) * 72.0 / std::max(b.width(), b.height());
  }
}

}  // namespace lkj
