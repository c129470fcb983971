// The summary of a batch audit: one row per document, as CSV and as HTML.
#pragma once

#include <string>
#include <vector>

namespace lkj::reports {

struct BatchRow {
  std::string document;  // input path as given
  std::string folder;    // its report folder, relative to the batch output
  bool ok = false;       // audited (false: could not be read)
  std::string problem;   // why not, when !ok
  int pages = 0, errors = 0, warnings = 0, infos = 0;
  double seconds = 0;
};

std::string RenderBatchCsv(const std::vector<BatchRow>& rows, bool english);
std::string RenderBatchHtml(const std::vector<BatchRow>& rows, bool english);

}  // namespace lkj::reports
