#include "extract/scan_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "extract/gray_pix.h"
#include "extract/image_rules.h"
#include "extract/ocr_repair.h"
#include "extract/ruled_tables.h"
#include "extract/straighten.h"

namespace lkj {
namespace {

// Tesseract's confidence in a word it read right on a clean scan is above
// this; below, a cell of a ruled table is worth reading again on its own.
constexpr double kSureConfidence = 90;
constexpr double kCellInset = 1.2;  // points kept clear of a cell's rules
constexpr double kMinInk = 0.6;     // square points of ink: less is dust, not a dash
constexpr double kMissedInk = 6;    // square points of ink outside the words read: a word or more

bool Inside(const Box& cell, const Word& w) { return cell.contains(w.box.cx(), w.box.cy()); }

double LeastConfidence(const std::vector<Word>& words) {
  double least = 100;
  for (const Word& w : words) least = std::min(least, w.confidence);
  return least;
}

bool KeepsSureWords(const std::vector<Word>& before, const std::vector<Word>& after) {
  return std::all_of(before.begin(), before.end(), [&](const Word& b) {
    return b.confidence < kSureConfidence ||
           std::any_of(after.begin(), after.end(), [&](const Word& a) { return a.text == b.text; });
  });
}

// Letters and digits read.
size_t Letters(const std::vector<Word>& words) {
  size_t n = 0;
  for (const Word& w : words)
    for (unsigned char ch : w.text) n += std::isalnum(ch) ? 1 : 0;
  return n;
}

bool HasRuleBar(const std::vector<Word>& words) {
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return w.text.find('|') != std::string::npos; });
}

int InkPixels(PIX* ink, const Box& region, double scale) {
  BOX* box = boxCreate(static_cast<int>(region.x0 * scale), static_cast<int>(region.y0 * scale),
                       static_cast<int>(region.width() * scale), static_cast<int>(region.height() * scale));
  l_int32 count = 0;
  if (box) pixCountPixelsInRect(ink, box, &count, nullptr);
  boxDestroy(&box);
  return count;
}

// The cells of the ruled tables the page's rules draw, as regions clear of
// their rules.
std::vector<Box> CellRegions(const ScannedPage& page) {
  PageContent content;
  content.words = page.words;
  content.rules = page.rules;
  std::vector<bool> used(content.words.size(), false);
  std::vector<Box> out;
  for (const TableFragment& f : FindRuledTables(content, &used))
    for (const auto& row : f.rows)
      for (const Cell& c : row) {
        if (c.placeholder) continue;
        Box inner{c.box.x0 + kCellInset, c.box.y0 + kCellInset, c.box.x1 - kCellInset, c.box.y1 - kCellInset};
        if (inner.width() > 0 && inner.height() > 0) out.push_back(inner);
      }
  return out;
}

// Whether a vertical rule crosses [x0, x1] (points, with a little slack) at height y.
bool VerticalRuleWithin(double x0, double x1, double y, const std::vector<Segment>& rules) {
  constexpr double kSlack = 1.5;
  return std::any_of(rules.begin(), rules.end(), [&](const Segment& r) {
    return !r.horizontal() && r.x0 >= x0 - kSlack && r.x0 <= x1 + kSlack && y >= r.y0 && y <= r.y1;
  });
}

// OCR reads a vertical rule beside a word as a "|" glued to it ("2024 |",
// "| 91%"): those bars are the rule, already in page.rules, and come off.
void StripRuleBars(ScannedPage* page) {
  for (Word& w : page->words) {
    const double per_char = w.box.width() / std::max<size_t>(1, w.text.size());
    while (!w.text.empty() && w.text.front() == '|' && VerticalRuleWithin(w.box.x0, w.box.x0 + per_char, w.box.cy(), page->rules)) {
      w.text.erase(0, 1);
      w.box.x0 += per_char;
      while (!w.text.empty() && w.text.front() == ' ') w.text.erase(0, 1), w.box.x0 += per_char;
    }
    while (!w.text.empty() && w.text.back() == '|' && VerticalRuleWithin(w.box.x1 - per_char, w.box.x1, w.box.cy(), page->rules)) {
      w.text.pop_back();
      w.box.x1 -= per_char;
      while (!w.text.empty() && w.text.back() == ' ') w.text.pop_back(), w.box.x1 -= per_char;
    }
  }
  std::erase_if(page->words, [](const Word& w) { return w.text.empty(); });
}

// Page-wide layout analysis drops the lone "1" or "-" of a small ruled cell
// and reads a rule beside a figure as "|": such cells are read again, each
// alone, and the surer reading kept.
void RereadDoubtfulCells(const OcrEngine& engine, const GrayPage& image, ScannedPage* page) {
  std::vector<Box> cells = CellRegions(*page);
  if (cells.empty()) return;
  PixPtr gray = ToPix(image);
  PixPtr ink = gray ? Binarize(gray.get()) : nullptr;
  if (!ink) return;
  const double s = image.scale;
  enum class Doubt { kMissed, kUnsure, kPartly };
  std::vector<Box> doubtful;
  std::vector<Doubt> why;
  for (const Box& cell : cells) {
    std::vector<Word> words;
    for (const Word& w : page->words)
      if (Inside(cell, w)) words.push_back(w);
    const int all_ink = InkPixels(ink.get(), cell, s);
    if (words.empty()) {
      if (all_ink >= kMinInk * s * s) doubtful.push_back(cell), why.push_back(Doubt::kMissed);
      continue;
    }
    if (LeastConfidence(words) < kSureConfidence || HasRuleBar(words)) {
      doubtful.push_back(cell), why.push_back(Doubt::kUnsure);
      continue;
    }
    // Ink outside every word read: a word the page pass dropped ("Capaian"
    // of "Capaian 2023", the "uan" of "Satuan").
    int covered = 0;
    for (const Word& w : words) {
      Box b{std::max(cell.x0, w.box.x0 - 1), std::max(cell.y0, w.box.y0 - 1), std::min(cell.x1, w.box.x1 + 1),
            std::min(cell.y1, w.box.y1 + 1)};
      if (b.width() > 0 && b.height() > 0) covered += InkPixels(ink.get(), b, s);
    }
    if (all_ink - covered >= kMissedInk * s * s) doubtful.push_back(cell), why.push_back(Doubt::kPartly);
  }
  std::vector<std::vector<Word>> reread = engine.ReadRegions(image, doubtful);
  for (size_t i = 0; i < doubtful.size(); ++i) {
    if (reread[i].empty()) continue;
    // The cell's region grown back to its rules: words straddling the inset belong to it.
    const Box& inner = doubtful[i];
    Box cell{inner.x0 - kCellInset, inner.y0 - kCellInset, inner.x1 + kCellInset, inner.y1 + kCellInset};
    std::vector<Word> before;
    for (const Word& w : page->words)
      if (Inside(cell, w)) before.push_back(w);
    // Never by dropping a word the page pass was sure of; an unsure cell for
    // a surer reading, a partly read one for a reading that says more.
    bool better = before.empty() || HasRuleBar(before);
    if (!better && KeepsSureWords(before, reread[i]))
      better = why[i] == Doubt::kPartly ? Letters(reread[i]) > Letters(before)
                                        : LeastConfidence(reread[i]) >= LeastConfidence(before);
    if (!better) continue;
    std::erase_if(page->words, [&](const Word& w) { return Inside(cell, w); });
    for (Word& w : reread[i]) page->words.push_back(std::move(w));
  }
}


// The page's words as one pass reads them from the deskewed image.
ScannedPage ReadWords(const OcrEngine& engine, GrayPage* upright) {
  *upright = Deskew(*upright);
  ScannedPage out;
  // Rules stay in the image Tesseract reads: erasing them was measured to
  // lose more digits (78.5% of numeric tokens against 92.5%) than it saved.
  out.words = engine.Read(*upright);
  return out;
}

// Ruling lines, and the cells they show the page pass misread, read again.
void ReadTables(const OcrEngine& engine, const GrayPage& upright, ScannedPage* page) {
  page->rules = FindImageRules(upright);
  StripRuleBars(page);
  RereadDoubtfulCells(engine, upright, page);
  for (Word& w : page->words) w.text = RepairOcrFigure(w.text);
}

// Words of three letters or more read with confidence: text read the right
// way up. A page turned sideways reads as few of them.
size_t SureWords(const std::vector<Word>& words) {
  return std::count_if(words.begin(), words.end(), [](const Word& w) {
    return w.confidence >= 80 && Letters({w}) >= 3;
  });
}

}  // namespace

ScannedPage ReadScannedPage(const OcrEngine& engine, const GrayPage& image) {
  GrayPage upright = image;
  ScannedPage out = ReadWords(engine, &upright);
  // Orientation is asked only of a page that reads badly: most are upright.
  if (SureWords(out.words) * 2 < out.words.size()) {
    if (const int turns = engine.QuarterTurnsToUpright(image); turns != 0) {
      GrayPage turned_image = TurnQuarters(image, turns);
      ScannedPage turned = ReadWords(engine, &turned_image);
      if (SureWords(turned.words) > SureWords(out.words)) {
        out = std::move(turned);
        out.quarter_turns = turns;
        upright = std::move(turned_image);
      }
    }
  }
  ReadTables(engine, upright, &out);
  return out;
}

}  // namespace lkj
