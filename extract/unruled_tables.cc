#include "extract/unruled_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "extract/text_lines.h"

namespace lkj {
namespace {

struct Chunk {
  std::vector<Word> words;
  Box box;
};

// Splits a line where the gap between two words is wider than running text
// puts between words: a font size, and well above the line's usual gap.
std::vector<Chunk> SplitChunks(const TextLine& line) {
  std::vector<Chunk> chunks;
  std::vector<double> gaps;
  for (size_t i = 1; i < line.words.size(); ++i)
    gaps.push_back(line.words[i].box.x0 - line.words[i - 1].box.x1);
  // The narrowest gap below a font size is an ordinary word space.
  const double em = std::max(6.0, line.font_size());
  double usual = 0;
  for (double g : gaps)
    if (g < em && (usual == 0 || g < usual)) usual = g;
  double gap_limit = std::max(em, 2.5 * usual);
  for (const Word& w : line.words) {
    if (chunks.empty() || w.box.x0 - chunks.back().box.x1 > gap_limit) {
      chunks.push_back(Chunk{{}, w.box});
    }
    chunks.back().words.push_back(w);
    chunks.back().box = chunks.back().box.united(w.box);
  }
  return chunks;
}

bool StartsWithListWord(const std::string& text) {
  static const char* kWords[] = {"Tabel", "TABEL", "Gambar", "GAMBAR", "Bab", "BAB", "Lampiran",
                                 "LAMPIRAN"};
  for (const char* w : kWords)
    if (text.rfind(w, 0) == 0) return true;
  return false;
}

// "1.", "2)", "10." opening a list item: not a figure.
bool IsListMarker(const std::string& t) {
  if (t.size() < 2 || t.size() > 3 || (t.back() != '.' && t.back() != ')')) return false;
  return std::all_of(t.begin(), t.end() - 1, [](unsigned char c) { return std::isdigit(c); });
}

struct Candidate {
  size_t line;
  std::vector<Chunk> chunks;
  std::vector<size_t> wrapped;  // lines below that continue a cell of this row
};

// A line of words only, under one of the row's text cells and within it: the
// cell's text wrapped onto the next line ("Program Peningkatan Sarana Dan
// Prasarana" / "Aparatur").
bool ContinuesCell(Candidate& row, const std::vector<Chunk>& chunks, Chunk** cell) {
  if (chunks.size() != 1 || LooksNumeric(JoinWords(chunks.front().words))) return false;
  const Box& b = chunks.front().box;
  for (size_t k = 0; k < row.chunks.size(); ++k) {
    Chunk& c = row.chunks[k];
    double next = k + 1 < row.chunks.size() ? row.chunks[k + 1].box.x0 : 1e9;
    if (b.x0 >= c.box.x0 - 2 && b.x1 <= next && !LooksNumeric(JoinWords(c.words))) {
      *cell = &c;
      return true;
    }
  }
  return false;
}

// A header word: no digit, or a year ("2023", "(2026)").
bool HeaderWord(const Word& w) {
  std::string digits;
  for (unsigned char ch : w.text)
    if (std::isdigit(ch)) digits += static_cast<char>(ch);
  return digits.empty() || (digits.size() == 4 && (digits.rfind("19", 0) == 0 || digits.rfind("20", 0) == 0));
}

// Leading lines of a run made of header words only: its header.
size_t HeaderLines(const std::vector<Candidate>& run) {
  size_t h = 0;
  while (h < run.size() && std::all_of(run[h].chunks.begin(), run[h].chunks.end(), [](const Chunk& ch) {
           return std::all_of(ch.words.begin(), ch.words.end(), HeaderWord);
         }))
    ++h;
  return h < run.size() ? h : 0;
}

// A chunk made of a figure and the words after it ("85,36% Tercapai", "1
// Instalasi Gawat Darurat") under two header words: a right-aligned number
// and the next column's (centred or left-aligned) text that came too close.
// Splits it where the figure ends. True when a chunk was split.
bool SplitUnderTwoHeaders(std::vector<Candidate>* run, size_t header) {
  bool split = false;
  for (size_t i = header; i < run->size(); ++i) {
    std::vector<Chunk> out;
    for (Chunk& ch : (*run)[i].chunks) {
      int over = 0;
      for (size_t h = 0; h < header; ++h)
        for (const Chunk& hc : (*run)[h].chunks) over += hc.box.horizontal_overlap(ch.box) > 0;
      size_t k = 0;
      while (k < ch.words.size() && LooksNumeric(ch.words[k].text)) ++k;
      if (over < 2 || k == 0 || k == ch.words.size()) {
        out.push_back(std::move(ch));
        continue;
      }
      Chunk figure{{ch.words.begin(), ch.words.begin() + static_cast<long>(k)}, ch.words[0].box};
      Chunk rest{{ch.words.begin() + static_cast<long>(k), ch.words.end()}, ch.words[k].box};
      for (const Word& w : figure.words) figure.box = figure.box.united(w.box);
      for (const Word& w : rest.words) rest.box = rest.box.united(w.box);
      out.push_back(std::move(figure));
      out.push_back(std::move(rest));
      split = true;
    }
    (*run)[i].chunks = std::move(out);
  }
  return split;
}

// Column intervals: the union of the chunks' horizontal extents. When the
// header was used to split cells, its words (centred over their columns,
// wider than a narrow figure column) do not join columns: they add a column
// only where no cell lies under them.
std::vector<std::pair<double, double>> ColumnIntervals(std::vector<Candidate>* run) {
  const size_t header = HeaderLines(*run);
  const bool header_apart = header > 0 && SplitUnderTwoHeaders(run, header);
  std::vector<std::pair<double, double>> spans, heads;
  for (size_t i = 0; i < run->size(); ++i)
    for (const Chunk& ch : (*run)[i].chunks)
      (header_apart && i < header ? heads : spans).push_back({ch.box.x0, ch.box.x1});
  for (const auto& h : heads)
    if (std::none_of(spans.begin(), spans.end(), [&](const auto& b) { return b.first < h.second && h.first < b.second; }))
      spans.push_back(h);
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<double, double>> cols;
  for (const auto& s : spans) {
    if (!cols.empty() && s.first <= cols.back().second + 1.0) {
      cols.back().second = std::max(cols.back().second, s.second);
    } else {
      cols.push_back(s);
    }
  }
  return cols;
}

bool PlausibleRun(const std::vector<Candidate>& run, size_t n_cols) {
  if (n_cols < 2 || n_cols > 16) return false;
  int numeric = 0, listed = 0;
  for (const Candidate& c : run) {
    std::string first = JoinWords(c.chunks.front().words);
    if (StartsWithListWord(first)) ++listed;
    for (const Chunk& ch : c.chunks) {
      std::string t = JoinWords(ch.words);
      if (t.find("....") != std::string::npos) return false;  // dot leaders: a contents list
      if (LooksNumeric(t) && !IsListMarker(t)) ++numeric;
    }
  }
  if (listed * 2 >= static_cast<int>(run.size())) return false;
  if (numeric < 2) return false;
  return run.size() >= 3 || numeric >= 3;
}

TableFragment BuildFragment(int page, const std::vector<Candidate>& run,
                            const std::vector<TextLine>& lines,
                            const std::vector<std::pair<double, double>>& cols) {
  TableFragment f;
  f.page = page;
  f.ruled = false;
  f.col_edges.push_back(cols.front().first);
  for (size_t i = 1; i < cols.size(); ++i)
    f.col_edges.push_back((cols[i - 1].second + cols[i].first) / 2);
  f.col_edges.push_back(cols.back().second);
  for (const Candidate& c : run) {
    Box lb = lines[c.line].box;
    for (size_t w : c.wrapped) lb = lb.united(lines[w].box);
    std::vector<Cell> row(cols.size());
    std::vector<bool> bold(cols.size(), false);
    for (size_t k = 0; k < cols.size(); ++k) {
      row[k].page = page;
      row[k].box = {f.col_edges[k], lb.y0, f.col_edges[k + 1], lb.y1};
    }
    for (const Chunk& ch : c.chunks) {
      size_t k = 0;
      while (k + 1 < cols.size() && ch.box.x0 > cols[k].second) ++k;
      std::string text = JoinWords(ch.words);
      row[k].text = row[k].text.empty() ? text : row[k].text + " " + text;
      for (const Word& w : ch.words)
        if (w.confidence >= 0)
          row[k].confidence = row[k].confidence < 0 ? w.confidence : std::min(row[k].confidence, w.confidence);
      bold[k] = std::all_of(ch.words.begin(), ch.words.end(), [](const Word& w) { return w.bold; });
    }
    f.rows.push_back(std::move(row));
    f.bold.push_back(std::move(bold));
  }
  f.box = {f.col_edges.front(), lines[run.front().line].box.y0, f.col_edges.back(),
           lines[run.back().line].box.y1};
  return f;
}

// A horizontal rule across the whole width of a run's text, neither much
// shorter nor much longer: a table's own rule ("booktabs": above and below
// the header, at the bottom, between row groups), not a chart's gridline,
// which leaves the axis labels outside it.
bool SpansText(const Segment& s, const Box& text) {
  const double slack = std::max(6.0, 0.05 * text.width());
  return s.horizontal() && std::fabs(s.x0 - text.x0) <= slack && std::fabs(s.x1 - text.x1) <= slack;
}

// A horizontal rule between two lines, under the lower one's text: in a table
// ruled by horizontal lines it starts a new row group, so the lower line does
// not continue a cell of the upper one.
bool RuleBetween(const PageContent& page, const Box& upper, const Box& lower) {
  for (const Segment& s : page.rules)
    if (s.horizontal() && s.y0 >= upper.cy() && s.y0 <= lower.cy() && s.x0 <= lower.x0 && s.x1 >= lower.x1)
      return true;
  return false;
}

// Charts and diagrams: drawings or lines inside the text's area; a table's
// own rules across its width do not count.
bool OverDrawing(const PageContent& page, const Box& area) {
  Box a{area.x0 - 4, area.y0 - 4, area.x1 + 4, area.y1 + 4};
  auto overlaps = [&](const Box& b) { return a.horizontal_overlap(b) > 0 && a.vertical_overlap(b) > 0; };
  for (const Box& b : page.shapes)
    if (overlaps(b)) return true;
  // A picture covering most of the page is the page itself (a scan read by
  // OCR, a background), not a chart drawn under the text.
  const double page_area = page.info.width * page.info.height;
  for (const Box& b : page.images)
    if (overlaps(b) && b.width() * b.height() < 0.5 * page_area) return true;
  int horizontal = 0;
  for (const Segment& s : page.rules) {
    if (!(s.x1 >= a.x0 && s.x0 <= a.x1 && s.y1 >= a.y0 && s.y0 <= a.y1)) continue;
    if (!s.horizontal()) return true;
    if (!SpansText(s, area)) ++horizontal;
  }
  return horizontal > 2;
}

}  // namespace

bool LooksNumeric(const std::string& text) {
  int digits = 0, others = 0;
  for (unsigned char ch : text) {
    if (std::isdigit(ch)) ++digits;
    else if (!std::strchr(".,%()-+ Rp", ch)) ++others;
  }
  return digits > 0 && others == 0;
}

std::vector<TableFragment> FindUnruledTables(const PageContent& page, const std::vector<TextLine>& lines,
                                             std::vector<bool>* consumed) {
  std::vector<TableFragment> out;
  std::vector<Candidate> run;
  auto flush = [&]() {
    if (run.size() >= 2) {
      auto cols = ColumnIntervals(&run);
      if (PlausibleRun(run, cols.size())) {
        TableFragment f = BuildFragment(page.info.number, run, lines, cols);
        if (OverDrawing(page, f.box)) {
          run.clear();
          return;
        }
        out.push_back(std::move(f));
        for (const Candidate& c : run) {
          (*consumed)[c.line] = true;
          for (size_t w : c.wrapped) (*consumed)[w] = true;
        }
      }
    }
    run.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if ((*consumed)[i] || lines[i].words.front().rotation % 2 == 1) {
      flush();
      continue;
    }
    std::vector<Chunk> chunks = SplitChunks(lines[i]);
    size_t last = run.empty() ? 0 : (run.back().wrapped.empty() ? run.back().line : run.back().wrapped.back());
    bool near = !run.empty() && lines[i].box.y0 - lines[last].box.y1 <= 1.5 * lines[i].box.height();
    Chunk* cell = nullptr;
    if (near && !RuleBetween(page, lines[last].box, lines[i].box) && ContinuesCell(run.back(), chunks, &cell)) {
      cell->words.back().space_after = true;  // a line end is a word break
      for (Word& w : chunks.front().words) cell->words.push_back(w);
      cell->box = cell->box.united(chunks.front().box);
      run.back().wrapped.push_back(i);
      continue;
    }
    if (chunks.size() < 2) {
      flush();
      continue;
    }
    if (!run.empty() && !near) flush();
    run.push_back({i, std::move(chunks)});
  }
  flush();
  return out;
}

}  // namespace lkj
