// Box: an axis-aligned rectangle in PDF points, origin at the top-left of the
// displayed page (y grows downwards), as poppler reports text positions.
#pragma once

#include <algorithm>

namespace lkj {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }

  Box united(const Box& o) const {
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
  }
  double vertical_overlap(const Box& o) const {
    return std::max(0.0, std::min(y1, o.y1) - std::max(y0, o.y0));
  }
  double horizontal_overlap(const Box& o) const {
    return std::max(0.0, std::min(x1, o.x1) - std::max(x0, o.x0));
  }
};

}  // namespace lkj
