// PageGraphics: the ruling lines and pictures drawn on a page, as
// PageDevice (extract/page_device.h) collects them while it reads the text.
#pragma once

#include <vector>

#include "extract/model.h"

namespace lkj {

struct PageGraphics {
  std::vector<Segment> rules;  // axis-aligned, merged, in displayed-page points
  std::vector<Box> images;
  std::vector<Box> shapes;  // filled areas wider and taller than a rule
  double largest_image_ppi = 0;  // pixels per inch of the largest picture, 0 without one
};

// Joins collinear pieces (a border drawn cell by cell) into whole rules.
std::vector<Segment> MergeSegments(std::vector<Segment> segments);

}  // namespace lkj
