// PageGraphics: the ruling lines and pictures drawn on a page.
//
// poppler-cpp exposes text but no vector paths, so this one unit reads them
// through poppler's internal API (Debian libpoppler-private-dev), which has
// no stability promise: every use of it stays behind this interface.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/model.h"

namespace lkj {

struct PageGraphics {
  std::vector<Segment> rules;  // axis-aligned, merged, in displayed-page points
  std::vector<Box> images;
  std::vector<Box> shapes;  // filled areas wider and taller than a rule
  double largest_image_ppi = 0;  // pixels per inch of the largest picture, 0 without one
};

class GraphicsReader {
 public:
  // Returns nullptr when the file cannot be opened by poppler; the caller
  // then extracts text without ruling lines. Must be called after a
  // poppler-cpp document is loaded (that initializes poppler's globals).
  static std::unique_ptr<GraphicsReader> Open(const std::string& path);
  ~GraphicsReader();

  PageGraphics Read(int page_index) const;  // 0-based

 private:
  struct Impl;
  explicit GraphicsReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Joins collinear pieces (a border drawn cell by cell) into whole rules.
std::vector<Segment> MergeSegments(std::vector<Segment> segments);

}  // namespace lkj
