#include "extract/ruled_tables.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "extract/text_lines.h"
#include "extract/unruled_tables.h"

namespace lkj {
namespace {

constexpr double kTouch = 3.0;     // how far apart two rules may be and still meet
constexpr double kSameEdge = 2.0;  // rules this close are one grid line
constexpr double kMinBand = 3.0;   // thinner rows/columns are double-rule artefacts

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Join(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

bool Meet(const Segment& h, const Segment& v) {
  return v.x0 >= h.x0 - kTouch && v.x0 <= h.x1 + kTouch && h.y0 >= v.y0 - kTouch &&
         h.y0 <= v.y1 + kTouch;
}

// Sorted distinct positions, close ones averaged.
std::vector<double> Cluster(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  size_t i = 0;
  while (i < values.size()) {
    size_t j = i;
    double sum = 0;
    while (j < values.size() && values[j] - values[i] <= kSameEdge) sum += values[j++];
    out.push_back(sum / static_cast<double>(j - i));
    i = j;
  }
  return out;
}

// Drops bands thinner than kMinBand by removing the inner edge.
std::vector<double> DropThinBands(std::vector<double> edges) {
  for (size_t i = 1; i < edges.size();) {
    if (edges[i] - edges[i - 1] < kMinBand) {
      edges.erase(edges.begin() + static_cast<long>(i == edges.size() - 1 ? i - 1 : i));
    } else {
      ++i;
    }
  }
  return edges;
}

struct Grid {
  std::vector<const Segment*> h, v;
  std::vector<double> xs, ys;
};

bool HasVerticalRule(const Grid& g, double x, double y0, double y1) {
  double slack = 0.3 * (y1 - y0);
  for (const Segment* s : g.v)
    if (std::fabs(s->x0 - x) <= kSameEdge && s->y0 <= y0 + slack && s->y1 >= y1 - slack)
      return true;
  return false;
}

bool HasHorizontalRule(const Grid& g, double y, double x0, double x1) {
  double slack = 0.3 * (x1 - x0);
  for (const Segment* s : g.h)
    if (std::fabs(s->y0 - y) <= kSameEdge && s->x0 <= x0 + slack && s->x1 >= x1 - slack)
      return true;
  return false;
}

// Decides which slots form one cell. Returns false when the enclosed regions
// do not tile the rectangle (a picture rather than a table).
bool ResolveMerges(const Grid& g, std::vector<std::vector<SlotOwner>>* owner) {
  const size_t rows = g.ys.size() - 1, cols = g.xs.size() - 1;
  DisjointSets sets(rows * cols);
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < cols; ++c) {
      if (c + 1 < cols && !HasVerticalRule(g, g.xs[c + 1], g.ys[r], g.ys[r + 1]))
        sets.Join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !HasHorizontalRule(g, g.ys[r + 1], g.xs[c], g.xs[c + 1]))
        sets.Join(r * cols + c, (r + 1) * cols + c);
    }
  }
  // Bounding slots of each set; a set that is not a full rectangle is split.
  struct Span { size_t r0, c0, r1, c1, count; };
  std::vector<Span> span(rows * cols, Span{rows, cols, 0, 0, 0});
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      Span& s = span[sets.Find(r * cols + c)];
      s.r0 = std::min(s.r0, r); s.c0 = std::min(s.c0, c);
      s.r1 = std::max(s.r1, r); s.c1 = std::max(s.c1, c);
      ++s.count;
    }
  owner->assign(rows, std::vector<SlotOwner>(cols));
  size_t irregular = 0;
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      const Span& s = span[sets.Find(r * cols + c)];
      bool rectangular = (s.r1 - s.r0 + 1) * (s.c1 - s.c0 + 1) == s.count;
      if (rectangular) {
        (*owner)[r][c] = {static_cast<int>(s.r0), static_cast<int>(s.c0)};
      } else {
        (*owner)[r][c] = {static_cast<int>(r), static_cast<int>(c)};
        ++irregular;
      }
    }
  return irregular * 10 <= rows * cols * 3;
}

std::vector<std::vector<size_t>> Components(const std::vector<Segment>& rules) {
  DisjointSets sets(rules.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    if (!rules[i].horizontal()) continue;
    for (size_t j = 0; j < rules.size(); ++j)
      if (!rules[j].horizontal() && Meet(rules[i], rules[j])) sets.Join(i, j);
  }
  std::vector<std::vector<size_t>> groups(rules.size());
  for (size_t i = 0; i < rules.size(); ++i) groups[sets.Find(i)].push_back(i);
  std::erase_if(groups, [](const auto& g) { return g.size() < 4; });
  return groups;
}

Grid BuildGrid(const std::vector<Segment>& rules, const std::vector<size_t>& members) {
  Grid g;
  std::vector<double> xs, ys;
  double hx0 = 1e9, hx1 = -1e9, vy0 = 1e9, vy1 = -1e9;
  for (size_t i : members) {
    const Segment& s = rules[i];
    if (s.horizontal()) {
      g.h.push_back(&s);
      ys.push_back(s.y0);
      hx0 = std::min(hx0, s.x0);
      hx1 = std::max(hx1, s.x1);
    } else {
      g.v.push_back(&s);
      xs.push_back(s.x0);
      vy0 = std::min(vy0, s.y0);
      vy1 = std::max(vy1, s.y1);
    }
  }
  if (g.h.empty() || g.v.empty()) return g;
  g.xs = Cluster(xs);
  g.ys = Cluster(ys);
  // Tables without outer side borders: the rules' ends close the grid.
  if (hx0 < g.xs.front() - 2 * kMinBand) g.xs.insert(g.xs.begin(), hx0);
  if (hx1 > g.xs.back() + 2 * kMinBand) g.xs.push_back(hx1);
  if (vy0 < g.ys.front() - 2 * kMinBand) g.ys.insert(g.ys.begin(), vy0);
  if (vy1 > g.ys.back() + 2 * kMinBand) g.ys.push_back(vy1);
  g.xs = DropThinBands(g.xs);
  g.ys = DropThinBands(g.ys);
  return g;
}

// True when band r is a row of its own: no merged cell reaches into it from
// above or out of it below.
bool BandStandsAlone(const std::vector<std::vector<SlotOwner>>& owner, size_t r) {
  for (size_t c = 0; c < owner[r].size(); ++c) {
    if (owner[r][c].row != static_cast<int>(r)) return false;
    if (r + 1 < owner.size() && owner[r + 1][c].row == static_cast<int>(r)) return false;
  }
  return true;
}

// The texts of one text line cut at the grid's columns.
std::vector<std::string> TextsByColumn(const TextLine& line, const std::vector<double>& xs) {
  std::vector<std::vector<Word>> by_col(xs.size() - 1);
  for (const Word& w : line.words) {
    auto it = std::upper_bound(xs.begin(), xs.end(), w.box.cx());
    if (it == xs.begin() || it == xs.end()) continue;
    by_col[it - xs.begin() - 1].push_back(w);
  }
  std::vector<std::string> texts;
  for (const auto& ws : by_col) texts.push_back(JoinWords(ws));
  return texts;
}

// A figure that may open a row: not the tail of a number or amount wrapped
// from the line above ("Rp 9.197." / "715.000,-").
bool OpensFigure(const std::string& text, const std::string& above) {
  if (!LooksNumeric(text)) return false;
  if (above.empty()) return true;
  char last = above.back();
  return last != '.' && last != ',' && above != "Rp" && above != "Rp.";
}

// Where a band of a vertically ruled table holds several rows that no
// horizontal rule separates (a box with column lines only, or a group of
// kegiatan under one rule), the y positions between those rows. The band's
// first line has figures in two or more columns; each later line either has
// figures in two or more of those same columns (it opens a row) or none (a
// wrapped label, its figure cells empty: it continues the row above). Any
// other mix (figures in other columns, a lone figure, text centred or set at
// the bottom of its cell) leaves the band whole: its rows cannot be told apart.
std::vector<double> RowsInsideBand(const std::vector<Word>& words, const std::vector<bool>& used,
                                   const std::vector<double>& xs, double y0, double y1) {
  std::vector<Word> inside;
  for (size_t i = 0; i < words.size(); ++i) {
    const Box& b = words[i].box;
    if (!used[i] && words[i].rotation == 0 && b.cy() > y0 && b.cy() < y1 && b.cx() > xs.front() && b.cx() < xs.back())
      inside.push_back(words[i]);
  }
  std::vector<TextLine> lines = GroupLines(std::move(inside));
  std::vector<double> cuts;
  std::vector<std::string> above(xs.size() - 1);
  std::vector<bool> first_figures;
  for (size_t k = 0; k < lines.size(); ++k) {
    std::vector<std::string> texts = TextsByColumn(lines[k], xs);
    std::vector<bool> figure(texts.size());
    int figures = 0, elsewhere = 0;
    for (size_t c = 0; c < texts.size(); ++c) {
      figure[c] = OpensFigure(texts[c], above[c]);
      figures += figure[c];
      elsewhere += figure[c] && k > 0 && !first_figures[c];
    }
    if (k == 0) {
      if (figures < 2) return {};
      first_figures = figure;
    } else if (figures >= 2 && elsewhere == 0) {
      cuts.push_back((lines[k - 1].box.y1 + lines[k].box.y0) / 2);
    } else if (figures > 0) {
      return {};
    }
    for (size_t c = 0; c < texts.size(); ++c)
      if (!texts[c].empty()) above[c] = texts[c];
  }
  return cuts;
}

// Splits the bands of `g` that hold several rows (RowsInsideBand); merged
// cells across columns keep their shape in each new row.
void SplitFoldedRows(const std::vector<Word>& words, const std::vector<bool>& used, Grid* g,
                     std::vector<std::vector<SlotOwner>>* owner) {
  std::vector<double> ys{g->ys.front()};
  std::vector<std::vector<SlotOwner>> out;
  for (size_t r = 0; r + 1 < g->ys.size(); ++r) {
    std::vector<double> cuts;
    if (BandStandsAlone(*owner, r)) cuts = RowsInsideBand(words, used, g->xs, g->ys[r], g->ys[r + 1]);
    cuts.push_back(g->ys[r + 1]);
    for (double y : cuts) {
      std::vector<SlotOwner> row = (*owner)[r];
      for (SlotOwner& o : row)
        o.row = o.row == static_cast<int>(r) ? static_cast<int>(out.size()) : o.row + static_cast<int>(out.size()) - static_cast<int>(r);
      out.push_back(std::move(row));
      ys.push_back(y);
    }
  }
  g->ys = std::move(ys);
  *owner = std::move(out);
}

int CountFilledCells(const TableFragment& f) {
  int n = 0;
  for (const auto& row : f.rows)
    for (const Cell& c : row)
      if (!c.placeholder && !c.text.empty()) ++n;
  return n;
}

}  // namespace

void FillGrid(const std::vector<double>& row_edges, const std::vector<double>& col_edges,
              const std::vector<std::vector<SlotOwner>>& owner, const std::vector<Word>& words,
              std::vector<bool>* used, TableFragment* f) {
  const size_t rows = row_edges.size() - 1, cols = col_edges.size() - 1;
  std::vector<std::vector<std::vector<Word>>> slot_words(rows, std::vector<std::vector<Word>>(cols));
  auto band = [](const std::vector<double>& edges, double v) -> long {
    if (v < edges.front() || v > edges.back()) return -1;
    auto it = std::upper_bound(edges.begin(), edges.end(), v);
    long i = static_cast<long>(it - edges.begin()) - 1;
    return std::min<long>(i, static_cast<long>(edges.size()) - 2);
  };
  for (size_t i = 0; i < words.size(); ++i) {
    if ((*used)[i]) continue;
    long r = band(row_edges, words[i].box.cy()), c = band(col_edges, words[i].box.cx());
    if (r < 0 || c < 0) continue;
    const SlotOwner& o = owner[r][c];
    slot_words[o.row][o.col].push_back(words[i]);
    (*used)[i] = true;
  }
  f->col_edges = col_edges;
  f->rows.assign(rows, std::vector<Cell>(cols));
  f->bold.assign(rows, std::vector<bool>(cols, false));
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      Cell& cell = f->rows[r][c];
      cell.page = f->page;
      cell.box = {col_edges[c], row_edges[r], col_edges[c + 1], row_edges[r + 1]};
      const SlotOwner& o = owner[r][c];
      if (o.row != static_cast<int>(r) || o.col != static_cast<int>(c)) {
        cell.placeholder = true;
        Cell& top = f->rows[o.row][o.col];
        top.row_span = std::max(top.row_span, static_cast<int>(r) - o.row + 1);
        top.col_span = std::max(top.col_span, static_cast<int>(c) - o.col + 1);
        top.box = top.box.united(cell.box);
        continue;
      }
      std::vector<Word>& ws = slot_words[r][c];
      f->bold[r][c] = !ws.empty() && std::all_of(ws.begin(), ws.end(), [](const Word& w) { return w.bold; });
      for (const Word& w : ws)
        if (w.confidence >= 0) cell.confidence = cell.confidence < 0 ? w.confidence : std::min(cell.confidence, w.confidence);
      std::vector<std::string> lines;
      for (const TextLine& line : GroupLines(ws)) lines.push_back(line.text());
      cell.text = JoinLines(lines);
    }
}

std::vector<TableFragment> FindRuledTables(const PageContent& page, std::vector<bool>* used) {
  std::vector<TableFragment> out;
  for (const auto& members : Components(page.rules)) {
    Grid g = BuildGrid(page.rules, members);
    if (g.xs.size() < 3 || g.ys.size() < 3) continue;
    std::vector<std::vector<SlotOwner>> owner;
    if (!ResolveMerges(g, &owner)) continue;
    SplitFoldedRows(page.words, *used, &g, &owner);
    TableFragment f;
    f.page = page.info.number;
    f.box = {g.xs.front(), g.ys.front(), g.xs.back(), g.ys.back()};
    std::vector<bool> trial = *used;
    FillGrid(g.ys, g.xs, owner, page.words, &trial, &f);
    // A frame around a paragraph or a picture's boxes hold too little text.
    if (CountFilledCells(f) < 3) continue;
    *used = std::move(trial);
    out.push_back(std::move(f));
  }
  std::sort(out.begin(), out.end(),
            [](const TableFragment& a, const TableFragment& b) { return a.box.y0 < b.box.y0; });
  return out;
}

}  // namespace lkj
