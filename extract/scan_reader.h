// ScanReader: one scanned page's image in, what a PDF text layer and its
// vector paths would have given out: words (OCR, with confidences) and
// ruling lines (from the pixels), both in the page's points.
//
// The image is straightened first (turned upright when its text reads
// sideways or upside down, then deskewed), so words and rules share one
// upright frame.
#pragma once

#include <vector>

#include "extract/model.h"
#include "extract/ocr.h"
#include "extract/page_image.h"

namespace lkj {

struct ScannedPage {
  std::vector<Word> words;
  std::vector<Segment> rules;
  // Quarter turns clockwise the image was given to read it upright (a
  // landscape table scanned on a portrait sheet); words and rules are in the
  // turned frame, whose width and height swap when this is odd.
  int quarter_turns = 0;
};

ScannedPage ReadScannedPage(const OcrEngine& engine, const GrayPage& image);

}  // namespace lkj
