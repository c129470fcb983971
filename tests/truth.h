// Ground truth (fixtures/TRUTH-FORMAT.md) and how an extraction scores
// against it. The truth files are written from fixture sources or by hand,
// never from lkj-audit's output.
#pragma once

#include <string>
#include <vector>

#include "extract/model.h"

namespace lkj::testing {

struct TruthCell {
  int row = 0, col = 0;
  std::string text;
};

struct TruthTable {
  std::string label;  // empty when the table has no numbered caption
  std::vector<int> pages;
  int n_rows = 0, n_cols = 0, header_rows = 0;
  std::vector<TruthCell> cells;
};

struct Truth {
  std::string document;
  bool complete = false;
  std::vector<TruthTable> tables;
};

Truth LoadTruth(const std::string& path);

// A figure as a reviewer would call it: digits with Indonesian or English
// separators, optionally "Rp", "%", ",-", parentheses. Written independently
// of the extractor's own notion.
bool IsNumericText(const std::string& text);

struct TableScore {
  std::string label;
  bool found = false;
  bool caption_ok = false;  // extracted caption starts with the label
  int numeric_cells = 0;
  int numeric_right = 0;     // same text at the same row and column
  std::vector<std::string> misses;  // "r,c: want 'x' got 'y'"
};

struct DocumentScore {
  std::vector<TableScore> tables;
  int tables_found() const;
  int captions_ok() const;
  int labelled() const;
  int numeric_cells() const;
  int numeric_right() const;
};

DocumentScore ScoreExtraction(const Truth& truth, const Document& doc);

}  // namespace lkj::testing
