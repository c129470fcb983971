#include "extract/page_graphics.h"

#include <PDFDoc.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <goo/GooString.h>

#include <algorithm>
#include <cmath>

namespace lkj {
namespace {

constexpr double kThinRule = 2.5;     // a filled rectangle thinner than this is a rule
constexpr double kMinRuleLength = 3;  // shorter marks are glyph parts, ticks, bullets
constexpr double kAxisTolerance = 0.6;

bool IsNearWhite(const GfxRGB& rgb) {
  return colToDbl(rgb.r) > 0.92 && colToDbl(rgb.g) > 0.92 && colToDbl(rgb.b) > 0.92;
}

// Collects axis-aligned segments of stroked paths and thin filled rectangles.
class RuleCollector : public OutputDev {
 public:
  bool upsideDown() override { return true; }
  bool useDrawChar() override { return false; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }
  bool useShadedFills(int) override { return false; }

  void stroke(GfxState* state) override {
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
  void fill(GfxState* state) override { Fill(state); }
  void eoFill(GfxState* state) override { Fill(state); }

  void drawImage(GfxState* state, Object*, Stream*, int w, int h, GfxImageColorMap*, bool, const int*,
                 bool) override {
    AddImage(state, w, h);
  }
  void drawImageMask(GfxState* state, Object*, Stream*, int w, int h, bool, bool, bool) override {
    AddImage(state, w, h);
  }
  void drawMaskedImage(GfxState* state, Object*, Stream*, int w, int h, GfxImageColorMap*, bool,
                       Stream*, int, int, bool, bool) override {
    AddImage(state, w, h);
  }
  void drawSoftMaskedImage(GfxState* state, Object*, Stream*, int w, int h, GfxImageColorMap*, bool,
                           Stream*, int, int, GfxImageColorMap*, bool) override {
    AddImage(state, w, h);
  }

  PageGraphics Take() {
    PageGraphics g;
    g.rules = MergeSegments(std::move(segments_));
    g.images = std::move(images_);
    g.shapes = std::move(shapes_);
    g.largest_image_ppi = largest_ppi_;
    largest_image_ = largest_ppi_ = 0;
    segments_.clear();
    images_.clear();
    shapes_.clear();
    return g;
  }

 private:
  void AddLine(GfxState* state, double ux0, double uy0, double ux1, double uy1) {
    double x0, y0, x1, y1;
    state->transform(ux0, uy0, &x0, &y0);
    state->transform(ux1, uy1, &x1, &y1);
    AddDevice(x0, y0, x1, y1);
  }

  void AddDevice(double x0, double y0, double x1, double y1) {
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

  void Fill(GfxState* state) {
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
        if (i > 0 && std::fabs(x - px) > kAxisTolerance && std::fabs(y - py) > kAxisTolerance)
          axis_aligned = false;
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

  void AddShapeBounds(GfxState* state, const GfxSubpath* sub) {
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

  void AddImage(GfxState* state, int pixels_wide, int pixels_high) {
    // The image occupies the unit square under the current transformation.
    double xs[4], ys[4];
    state->transform(0, 0, &xs[0], &ys[0]);
    state->transform(1, 0, &xs[1], &ys[1]);
    state->transform(0, 1, &xs[2], &ys[2]);
    state->transform(1, 1, &xs[3], &ys[3]);
    Box b{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
          *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4)};
    images_.push_back(b);
    // The largest picture's own resolution: what a scan was made at.
    double area = b.width() * b.height();
    if (area > largest_image_ && b.width() > 0 && b.height() > 0) {
      largest_image_ = area;
      largest_ppi_ = std::max(pixels_wide, pixels_high) * 72.0 / std::max(b.width(), b.height());
    }
  }
  double largest_image_ = 0, largest_ppi_ = 0;

  std::vector<Segment> segments_;
  std::vector<Box> images_;
  std::vector<Box> shapes_;
};

}  // namespace

std::vector<Segment> MergeSegments(std::vector<Segment> segments) {
  constexpr double kSameLine = 1.0;  // points apart and still one rule
  constexpr double kJoinGap = 2.0;   // gap bridged between two pieces
  std::vector<Segment> horizontal, vertical, merged;
  for (const Segment& s : segments) (s.horizontal() ? horizontal : vertical).push_back(s);

  auto merge = [&](std::vector<Segment>& list, bool is_h) {
    auto key = [is_h](const Segment& s) { return is_h ? s.y0 : s.x0; };
    auto lo = [is_h](const Segment& s) { return is_h ? s.x0 : s.y0; };
    std::sort(list.begin(), list.end(), [&](const Segment& a, const Segment& b) {
      return key(a) != key(b) ? key(a) < key(b) : lo(a) < lo(b);
    });
    // Group by position along the other axis, then join overlapping pieces.
    size_t i = 0;
    while (i < list.size()) {
      size_t j = i + 1;
      while (j < list.size() && key(list[j]) - key(list[j - 1]) <= kSameLine) ++j;
      std::vector<Segment> group(list.begin() + i, list.begin() + j);
      double pos = 0;
      for (const Segment& s : group) pos += key(s);
      pos /= group.size();
      std::sort(group.begin(), group.end(),
                [&](const Segment& a, const Segment& b) { return lo(a) < lo(b); });
      double start = lo(group[0]);
      double end = is_h ? group[0].x1 : group[0].y1;
      auto emit = [&]() {
        merged.push_back(is_h ? Segment{start, pos, end, pos} : Segment{pos, start, pos, end});
      };
      for (size_t k = 1; k < group.size(); ++k) {
        double s_lo = lo(group[k]);
        double s_hi = is_h ? group[k].x1 : group[k].y1;
        if (s_lo <= end + kJoinGap) {
          end = std::max(end, s_hi);
        } else {
          emit();
          start = s_lo;
          end = s_hi;
        }
      }
      emit();
      i = j;
    }
  };
  merge(horizontal, true);
  merge(vertical, false);
  return merged;
}

struct GraphicsReader::Impl {
  std::unique_ptr<PDFDoc> doc;
};

GraphicsReader::GraphicsReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphicsReader::~GraphicsReader() = default;

std::unique_ptr<GraphicsReader> GraphicsReader::Open(const std::string& path) {
  if (!globalParams) return nullptr;
  auto impl = std::make_unique<Impl>();
  impl->doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
  if (!impl->doc->isOk()) return nullptr;
  return std::unique_ptr<GraphicsReader>(new GraphicsReader(std::move(impl)));
}

PageGraphics GraphicsReader::Read(int page_index) const {
  RuleCollector collector;
  int page = page_index + 1;
  if (page < 1 || page > impl_->doc->getNumPages()) return {};
  // Same parameters as poppler-cpp's text_list(), so both share coordinates.
  impl_->doc->displayPageSlice(&collector, page, 72, 72, 0, false, false, false, -1, -1, -1, -1);
  return collector.Take();
}

}  // namespace lkj
