#include "extract/image_rules.h"

#include <algorithm>
#include <cmath>

#include "extract/gray_pix.h"
#include "extract/page_graphics.h"

namespace lkj {
namespace {

// In points. A horizontal rule spans at least a narrow column; no glyph
// (not even an underscore of a word) is that long an unbroken run.
constexpr double kMinHorizontal = 16;
// A vertical rule spans at least one row of text; the stems of tall glyphs
// ("l", "I", "|") come close, so a short one counts only where it runs from
// one horizontal rule to another, as a cell's side does.
constexpr double kMinVertical = 8;
constexpr double kFreeVertical = 30;
constexpr double kMaxThickness = 3;  // thicker is a filled bar, not a line
constexpr double kTouch = 3;         // a rule's end this close to another meets it
constexpr double kSideDepth = 0.8;   // points beside a rule looked at for paper
constexpr double kDenseInk = 0.3;    // share of ink beside a run that makes it part of an area

// Runs of ink at least `length` pixels long along one axis, as boxes.
std::vector<Box> Runs(PIX* ink, bool horizontal, int length) {
  // No closing first: it would bridge the gaps between bold glyphs into a
  // run as long as a rule. A pinhole in a rule breaks one row of its ink
  // only, and the pieces of a broken rule are joined again by MergeSegments.
  PixPtr runs(horizontal ? pixOpenBrick(nullptr, ink, length, 1) : pixOpenBrick(nullptr, ink, 1, length));
  if (!runs) return {};
  std::vector<Box> out;
  BOXA* boxes = pixConnCompBB(runs.get(), 8);
  if (!boxes) return out;
  for (int i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h) == 0)
      out.push_back({double(x), double(y), double(x + w), double(y + h)});
  }
  boxaDestroy(&boxes);
  return out;
}

double InkShare(PIX* ink, int x, int y, int w, int h) {
  x = std::max(0, x);
  y = std::max(0, y);
  w = std::min(w, static_cast<int>(pixGetWidth(ink)) - x);
  h = std::min(h, static_cast<int>(pixGetHeight(ink)) - y);
  if (w <= 0 || h <= 0) return 0;
  BOX* box = boxCreate(x, y, w, h);
  l_int32 count = 0;
  pixCountPixelsInRect(ink, box, &count, nullptr);
  boxDestroy(&box);
  return count / double(w * h);
}

// A rule has paper along at least one of its sides. A run through a dark
// filled area (a chart's bar, a shading the scan made dark and speckled)
// has ink along both.
bool PaperAlongside(PIX* ink, const Box& run, bool horizontal, double scale) {
  const int gap = 1, depth = std::max(2, static_cast<int>(std::lround(kSideDepth * scale)));
  const int x0 = static_cast<int>(run.x0), y0 = static_cast<int>(run.y0);
  const int w = static_cast<int>(run.width()), h = static_cast<int>(run.height());
  double before = horizontal ? InkShare(ink, x0, y0 - gap - depth, w, depth) : InkShare(ink, x0 - gap - depth, y0, depth, h);
  double after = horizontal ? InkShare(ink, x0, y0 + h + gap, w, depth) : InkShare(ink, x0 + w + gap, y0, depth, h);
  return std::min(before, after) < kDenseInk;
}

bool EndsOnRule(double x, double y, const std::vector<Segment>& horizontal) {
  return std::any_of(horizontal.begin(), horizontal.end(), [&](const Segment& h) {
    return x >= h.x0 - kTouch && x <= h.x1 + kTouch && std::fabs(y - h.y0) <= kTouch;
  });
}

}  // namespace

std::vector<Segment> FindImageRules(const GrayPage& page) {
  PixPtr gray = ToPix(page);
  if (!gray) return {};
  PixPtr ink = Binarize(gray.get());
  if (!ink) return {};
  const double s = page.scale;
  std::vector<Segment> horizontal, rules;
  for (const Box& b : Runs(ink.get(), true, static_cast<int>(std::lround(kMinHorizontal * s)))) {
    if (b.height() > kMaxThickness * s || !PaperAlongside(ink.get(), b, true, s)) continue;
    double y = b.cy() / s;
    horizontal.push_back({b.x0 / s, y, b.x1 / s, y});
  }
  for (const Box& b : Runs(ink.get(), false, static_cast<int>(std::lround(kMinVertical * s)))) {
    if (b.width() > kMaxThickness * s || !PaperAlongside(ink.get(), b, false, s)) continue;
    Segment v{b.cx() / s, b.y0 / s, b.cx() / s, b.y1 / s};
    bool spans_a_cell = EndsOnRule(v.x0, v.y0, horizontal) && EndsOnRule(v.x0, v.y1, horizontal);
    if (v.length() >= kFreeVertical || spans_a_cell) rules.push_back(v);
  }
  for (const Segment& h : horizontal) rules.push_back(h);
  return MergeSegments(std::move(rules));
}

}  // namespace lkj
