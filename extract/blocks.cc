#include "extract/blocks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>

#include "extract/text_lines.h"

namespace lkj {
namespace {

constexpr double kMarginZone = 0.10;  // share of the page height at top and bottom
constexpr size_t kEdgeLines = 2;      // first/last lines that may be running text

// The line's text with digits folded, so "Halaman 3" and "Halaman 4" match.
std::string Shape(const std::string& text) {
  std::string out;
  for (unsigned char ch : text) {
    if (std::isdigit(ch)) {
      if (out.empty() || out.back() != '#') out += '#';
    } else if (!std::isspace(ch)) {
      out += static_cast<char>(std::tolower(ch));
    }
  }
  return out;
}

bool IsPageNumber(const std::string& text) {
  std::string s = Shape(text);
  return s == "#" || s == "-#-" || s == "halaman#" || s == "hal.#" || s == "page#" ||
         s == "#/#" || s == "halaman#dari#";
}

enum class Zone { kBody, kTop, kBottom };

// Where a running header or footer may sit: the page margins, or the first
// and last lines of the page whatever their position (tall pages, low footers).
std::vector<Zone> Zones(const PageText& page) {
  const PageInfo& info = page.info;
  double margin = std::max(info.height * kMarginZone, 72.0);  // at least an inch
  std::vector<Zone> zones(page.lines.size(), Zone::kBody);
  for (size_t i = 0; i < page.lines.size(); ++i) {
    double cy = page.lines[i].box.cy();
    if (cy <= margin || i < kEdgeLines) zones[i] = Zone::kTop;
    if (cy >= info.height - margin || i + kEdgeLines >= page.lines.size())
      zones[i] = cy < info.height / 2 ? Zone::kTop : Zone::kBottom;
  }
  return zones;
}

bool IsHeadingText(const std::string& text) {
  return text.rfind("BAB ", 0) == 0 || text.rfind("Bab ", 0) == 0;
}

}  // namespace

std::vector<Block> TakeRunningLines(std::vector<PageText>* pages) {
  std::map<std::string, int> pages_with_shape;
  for (const PageText& p : *pages) {
    std::map<std::string, bool> seen;
    std::vector<Zone> zones = Zones(p);
    for (size_t i = 0; i < p.lines.size(); ++i)
      if (zones[i] != Zone::kBody) seen[Shape(p.lines[i].text())] = true;
    for (const auto& [shape, _] : seen) ++pages_with_shape[shape];
  }
  int min_repeats = std::max(3, static_cast<int>(pages->size()) / 5);
  std::vector<Block> out;
  for (PageText& p : *pages) {
    std::vector<TextLine> kept;
    std::vector<Zone> zones = Zones(p);
    for (size_t i = 0; i < p.lines.size(); ++i) {
      TextLine& line = p.lines[i];
      Zone zone = zones[i];
      std::string text = line.text();
      bool running = zone != Zone::kBody &&
                     (IsPageNumber(text) || pages_with_shape[Shape(text)] >= min_repeats);
      if (!running) {
        kept.push_back(std::move(line));
        continue;
      }
      out.push_back(Block{p.info.number, line.box,
                          zone == Zone::kTop ? BlockKind::kHeader : BlockKind::kFooter, text,
                          line.all_bold()});
    }
    p.lines = std::move(kept);
  }
  return out;
}

std::vector<Block> BuildBlocks(const PageText& page) {
  std::vector<Block> blocks;
  std::vector<std::string> texts;
  const TextLine* prev = nullptr;
  auto close = [&]() {
    if (texts.empty()) return;
    Block& b = blocks.back();
    b.text = JoinLines(texts);
    bool heading = IsHeadingText(b.text) || (b.bold && texts.size() <= 3);
    b.kind = heading ? BlockKind::kHeading : BlockKind::kParagraph;
    texts.clear();
  };
  for (const TextLine& line : page.lines) {
    bool joins = prev && !blocks.empty() &&
                 line.box.y0 - prev->box.y1 <= 0.75 * prev->box.height() &&
                 line.all_bold() == blocks.back().bold &&
                 std::fabs(line.font_size() - prev->font_size()) <= 1.0 &&
                 line.box.horizontal_overlap(blocks.back().box) > 0;
    if (!joins) {
      close();
      blocks.push_back(Block{page.info.number, line.box, BlockKind::kParagraph, "", line.all_bold()});
    } else {
      blocks.back().box = blocks.back().box.united(line.box);
    }
    texts.push_back(line.text());
    prev = &line;
  }
  close();
  return blocks;
}

}  // namespace lkj
