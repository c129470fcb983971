#include "extract/blocks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>

#include "extract/table_assembly.h"
#include "extract/text_lines.h"

namespace lkj {
namespace {

constexpr double kMarginZone = 0.10;  // share of the page height at top and bottom

// The line's text with digits folded, so "Halaman 3" and "Halaman 4" match.
std::string Shape(const std::string& text) {
  std::string out;
  for (unsigned char ch : text) {
    if (std::isdigit(ch)) {
      if (out.empty() || out.back() != '#') out += '#';
    } else if (!std::isspace(ch)) {
      // OCR reads the same footer's "Jl." as "JI." on some pages: one shape.
      out += ch == 'I' ? 'l' : static_cast<char>(std::tolower(ch));
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

struct Placement {
  Zone zone = Zone::kBody;
  bool in_margin = false;  // false: an edge line lower or higher than the margins
};

// Where a running header or footer may sit: the page margins, or the very
// first and last line of the page (tall pages, footers set high).
std::vector<Placement> Placements(const PageText& page) {
  const PageInfo& info = page.info;
  double margin = std::max(info.height * kMarginZone, 72.0);  // at least an inch
  std::vector<Placement> out(page.lines.size());
  for (size_t i = 0; i < page.lines.size(); ++i) {
    double cy = page.lines[i].box.cy();
    bool top = cy <= margin, bottom = cy >= info.height - margin;
    if (top || bottom) {
      out[i] = {top ? Zone::kTop : Zone::kBottom, true};
    } else if (i == 0 || i + 1 == page.lines.size()) {
      out[i] = {cy < info.height / 2 ? Zone::kTop : Zone::kBottom, false};
    }
  }
  return out;
}

// Margin lines repeat by their text; edge lines must also repeat in place.
std::string RepeatKey(const TextLine& line, const Placement& at) {
  std::string key = Shape(line.text());
  if (!at.in_margin) key += "@" + std::to_string(static_cast<int>(line.box.cy() / 8));
  return key;
}

// A contents-list entry ends with its page number after dot leaders or a tab:
// "Tabel 1.1 Alokasi Pegawai ....... 14". Each entry is a block of its own.
bool EndsContentsEntry(const TextLine& line) {
  if (line.words.empty()) return false;
  const Word& last = line.words.back();
  const std::string& t = last.text;
  size_t digits = 0;
  while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[t.size() - 1 - digits]))) ++digits;
  if (digits == 0 || digits > 3) return false;
  std::string before = t.substr(0, t.size() - digits);
  if (before.size() >= 3 && before.compare(before.size() - 3, 3, "...") == 0) return true;  // "2024....14"
  if (line.words.size() < 2) return false;
  const Word& prev = line.words[line.words.size() - 2];
  bool leaders = prev.text.size() >= 3 && prev.text.compare(prev.text.size() - 3, 3, "...") == 0;
  return before.empty() && (leaders || last.box.x0 - prev.box.x1 > 2 * std::max(6.0, last.font_size));
}

bool IsHeadingText(const std::string& text) {
  return text.rfind("BAB ", 0) == 0 || text.rfind("Bab ", 0) == 0;
}

}  // namespace

std::vector<Block> TakeRunningLines(std::vector<PageText>* pages) {
  std::map<std::string, int> pages_with_key;
  for (const PageText& p : *pages) {
    std::map<std::string, bool> seen;
    std::vector<Placement> at = Placements(p);
    for (size_t i = 0; i < p.lines.size(); ++i)
      if (at[i].zone != Zone::kBody) seen[RepeatKey(p.lines[i], at[i])] = true;
    for (const auto& [key, _] : seen) ++pages_with_key[key];
  }
  const int n_pages = static_cast<int>(pages->size());
  // In the margins, text on three pages is running text (landscape pages
  // often carry their own variant of the footer).
  const int margin_repeats = std::max(2, std::min(3, n_pages / 3));
  const int edge_repeats = std::max(3, n_pages / 2);
  std::vector<Block> out;
  for (PageText& p : *pages) {
    std::vector<TextLine> kept;
    std::vector<Placement> at = Placements(p);
    for (size_t i = 0; i < p.lines.size(); ++i) {
      TextLine& line = p.lines[i];
      std::string text = line.text();
      int repeats = at[i].zone == Zone::kBody ? 0 : pages_with_key[RepeatKey(line, at[i])];
      bool running = at[i].zone != Zone::kBody && !IsCaptionStart(text) &&
                     (at[i].in_margin ? IsPageNumber(text) || repeats >= margin_repeats
                                      : repeats >= edge_repeats);
      if (!running) {
        kept.push_back(std::move(line));
        continue;
      }
      out.push_back(Block{p.info.number, line.box,
                          at[i].zone == Zone::kTop ? BlockKind::kHeader : BlockKind::kFooter, text,
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
    if (EndsContentsEntry(line)) {
      close();
      prev = nullptr;
    }
  }
  close();
  return blocks;
}

}  // namespace lkj
