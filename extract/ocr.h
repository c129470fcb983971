// Ocr: the words of a scanned page, read by Tesseract from its rendered
// image, in the same form as a PDF text layer gives them (boxes in points,
// top-left origin) with the engine's confidence per word. Table building,
// the audit and the reports then do not care where a word came from.
//
// One engine per thread (Tesseract's is not shared). Tesseract runs one
// thread per engine only with OMP_THREAD_LIMIT=1 in the environment when the
// process starts (several times slower otherwise); the CLI sees to that.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/model.h"
#include "extract/page_image.h"
#include "extract/status.h"

namespace lkj {

class OcrEngine {
 public:
  // `languages` as Tesseract names them: "ind+eng" (Debian's ind model cannot
  // emit "%"). Fails when the language data is not installed.
  static Result<std::unique_ptr<OcrEngine>> Open(const std::string& languages);
  ~OcrEngine();

  // The words of `page` (rendered at page.scale pixels per point), boxes in
  // points. Words the engine is unsure are kept with their low confidence.
  std::vector<Word> Read(const GrayPage& page) const;
  // The words of each region of `page` (points), each read alone as one
  // block of text: a table cell whose few characters the page's layout
  // analysis dropped or ran into a ruling line.
  std::vector<std::vector<Word>> ReadRegions(const GrayPage& page, const std::vector<Box>& regions) const;
  // Quarter turns clockwise that bring the page's text upright (Tesseract's
  // orientation detection, tesseract-ocr-osd); 0 when it is upright, when
  // the detector is unsure, or when its data is not installed.
  int QuarterTurnsToUpright(const GrayPage& page) const;

 private:
  struct Impl;
  explicit OcrEngine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lkj
