// The extracted document: what `extract` produces and `audit` reads.
//
// The staircase, each level inspectable on its own (see --debug-page):
//   PageContent (words + ruling segments)  ->  TextLine  ->  Cell / Table
//   and Block (paragraphs, headings, captions, running headers).
// All coordinates are PDF points with the origin at the top-left of the page
// as displayed (after the page's /Rotate).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/geometry.h"

namespace lkj {

// One word as poppler laid it out; `text` is exactly as printed.
struct Word {
  std::string text;
  Box box;
  double font_size = 0;
  bool bold = false;
  int rotation = 0;  // 0..3, quarter turns of the glyphs relative to the page
  bool space_after = true;
  double confidence = -1;  // OCR's confidence 0..100; -1 for a PDF text layer
};

// A ruling line on the page: a stroked segment or a thin filled rectangle.
struct Segment {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // x0<=x1, y0<=y1
  bool horizontal() const { return (x1 - x0) >= (y1 - y0); }
  double length() const { return horizontal() ? x1 - x0 : y1 - y0; }
};

struct PageInfo {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  int rotation = 0;  // degrees, from /Rotate
  bool has_text_layer = false;
  bool readable = true;  // false when poppler could not open the page
  std::string text_source = "pdf";  // where the words came from: "pdf", "ocr", or "none"
};

struct PageContent {
  PageInfo info;
  std::vector<Word> words;
  std::vector<Segment> rules;
  std::vector<Box> images;  // drawn bitmaps (to tell scans and pictures apart)
  std::vector<Box> shapes;  // filled areas that are not rules: bars, boxes, shading
  double scan_ppi = 0;      // pixels per inch of the largest picture (a scan's resolution), 0 without one
};

// A line of text: words sharing a baseline, left to right.
struct TextLine {
  std::vector<Word> words;
  Box box;
  std::string text() const;
  bool all_bold() const;
  double font_size() const;
};

enum class BlockKind { kHeading, kParagraph, kCaption, kHeader, kFooter };
const char* BlockKindName(BlockKind kind);

struct Block {
  int page = 0;
  Box box;
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  bool bold = false;
};

struct Cell {
  std::string text;  // as printed; lines of a wrapped cell joined by a space
  int page = 0;
  Box box;
  int row_span = 1;
  int col_span = 1;
  bool placeholder = false;  // a slot covered by a merged cell
  double confidence = -1;    // the lowest OCR confidence of its words; -1 for a PDF text layer
};

struct Table {
  std::string id;
  std::optional<std::string> caption;
  std::vector<int> pages;
  int header_rows = 0;
  bool ruled = true;
  std::vector<std::vector<Cell>> rows;  // full grid: every row has n_cols() cells

  int n_rows() const { return static_cast<int>(rows.size()); }
  int n_cols() const { return rows.empty() ? 0 : static_cast<int>(rows.front().size()); }
};

struct Warning {
  std::string code;  // stable id: ocr_page, scanned_page (--no-ocr), scanned_page_no_ocr, empty_page, page_unreadable
  int page = 0;      // 0 when it concerns the whole document
};

struct Document {
  std::string source;  // file name as given
  std::vector<PageInfo> pages;
  std::vector<Block> blocks;
  std::vector<Table> tables;
  std::vector<Warning> warnings;
};

}  // namespace lkj
