#include "extract/table_assembly.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "extract/unruled_tables.h"

namespace lkj {
namespace {

constexpr double kCaptionReach = 36.0;  // points between caption lines and table
constexpr double kEdgeMatch = 4.0;      // column edges this close are the same

bool IsYear(const std::string& t) {
  return t.size() == 4 && std::all_of(t.begin(), t.end(), ::isdigit) && t >= "1990" && t <= "2100";
}

// "1 2 3 ... n" (or "(1) (2) ..."): the row numbering the columns. OCR may
// misread one number of a long scanned row ("228" for "8"): the rest still
// count up from the first.
bool IsColumnNumberRow(const std::vector<Cell>& row) {
  int expected = 0, seen = 0, slips = 0;
  bool ocr = false;
  for (const Cell& c : row) {
    if (c.placeholder || c.text.empty()) continue;
    ocr = ocr || c.confidence >= 0;
    std::string t = c.text;
    if (t.size() >= 2 && t.front() == '(' && t.back() == ')') t = t.substr(1, t.size() - 2);
    const bool number = !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), ::isdigit);
    if (!number || (expected != 0 && std::stoi(t) != expected)) {
      if (expected == 0 || ++slips > 1) return false;
      ++expected;
      continue;
    }
    expected = std::stoi(t) + 1;
    ++seen;
  }
  return seen >= 2 && (slips == 0 || (ocr && seen >= 5));
}

bool HasFigure(const std::vector<Cell>& row) {
  for (const Cell& c : row)
    if (!c.placeholder && LooksNumeric(c.text) && !IsYear(c.text)) return true;
  return false;
}

bool RowAllBold(const TableFragment& f, size_t r) {
  bool any = false;
  for (size_t c = 0; c < f.rows[r].size(); ++c) {
    const Cell& cell = f.rows[r][c];
    if (cell.placeholder || cell.text.empty()) continue;
    if (!f.bold[r][c]) return false;
    any = true;
  }
  return any;
}

std::string Normalize(const std::string& s) {
  std::string out;
  for (unsigned char ch : s)
    if (!std::isspace(ch)) out += static_cast<char>(ch);
  return out;
}

// Edits (insert, delete, replace a byte) turning a into b.
size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool ReadByOcr(const std::vector<Cell>& row) {
  return std::any_of(row.begin(), row.end(), [](const Cell& c) { return c.confidence >= 0; });
}

// Two cells OCR read alike: within a fifth of their length in edits.
bool Alike(const std::string& a, const std::string& b) {
  return EditDistance(a, b) * 5 <= std::max(a.size(), b.size());
}

// The same text, or for scanned rows nearly so: OCR reads a header repeated
// on the next page with slips ("SASPROG/SASKEG", "SASPROGISASKEG"; "%" once
// as "%", once as "96"), so two thirds of the cells alike make it the same.
bool SameRowText(const std::vector<Cell>& a, const std::vector<Cell>& b) {
  std::string ta, tb;
  for (const Cell& c : a) ta += Normalize(c.text) + "|";
  for (const Cell& c : b) tb += Normalize(c.text) + "|";
  if (ta == tb) return true;
  if (!ReadByOcr(a) || !ReadByOcr(b) || a.size() != b.size()) return false;
  int filled = 0, alike = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    std::string x = Normalize(a[i].text), y = Normalize(b[i].text);
    if (x.empty() && y.empty()) continue;
    ++filled;
    alike += Alike(x, y);
  }
  return filled > 0 && alike * 3 >= filled * 2;
}

// How many leading rows of a continuation repeat the table's header: all of
// it, its first rows, or only its last rows (a repeated column-number row).
int RepeatedHeaderRows(const Table& t, const std::vector<std::vector<Cell>>& rows) {
  for (int k = t.header_rows; k >= 1; --k) {
    if (static_cast<int>(rows.size()) <= k) continue;
    bool prefix = true, suffix = true;
    for (int r = 0; r < k; ++r) {
      prefix = prefix && SameRowText(rows[r], t.rows[r]);
      suffix = suffix && SameRowText(rows[r], t.rows[t.header_rows - k + r]);
    }
    if (prefix || suffix) return k;
  }
  return 0;
}

// A row whose first cell spans most of the table: a section band ("Misi
// Pertama : ...", "Sasaran ke-1"), which ends the header.
bool IsBandRow(const std::vector<Cell>& row) {
  return !row.empty() && !row[0].placeholder && !row[0].text.empty() &&
         row[0].col_span * 2 >= static_cast<int>(row.size());
}

// Maps each edge of `next` to an edge of `first`; empty when they differ.
std::vector<int> MapEdges(const std::vector<double>& first, const std::vector<double>& next) {
  std::vector<int> map;
  for (double x : next) {
    int best = -1;
    for (size_t i = 0; i < first.size(); ++i)
      if (std::fabs(first[i] - x) <= kEdgeMatch) best = static_cast<int>(i);
    if (best < 0) return {};
    map.push_back(best);
  }
  if (map.front() != 0 || map.back() != static_cast<int>(first.size()) - 1) return {};
  return map;
}

// Re-expresses `next`'s rows on the grid of `first` (its edges a subset).
std::vector<std::vector<Cell>> Regrid(const TableFragment& next, const std::vector<int>& map,
                                      size_t n_cols, std::vector<std::vector<bool>>* bold) {
  std::vector<std::vector<Cell>> rows;
  for (size_t r = 0; r < next.rows.size(); ++r) {
    std::vector<Cell> row(n_cols);
    std::vector<bool> brow(n_cols, false);
    for (size_t c = 0; c < next.rows[r].size(); ++c) {
      int lo = map[c], hi = map[c + 1];
      Cell cell = next.rows[r][c];
      if (!cell.placeholder) cell.col_span = 0;  // recomputed below
      for (int k = lo; k < hi; ++k) {
        row[k].page = cell.page;
        row[k].box = cell.box;
        row[k].placeholder = true;
      }
      if (!cell.placeholder) {
        int span = 0;
        for (size_t k = c; k < c + next.rows[r][c].col_span && k < next.rows[r].size(); ++k)
          span += map[k + 1] - map[k];
        cell.col_span = std::max(1, span);
        row[lo] = cell;
        brow[lo] = next.bold[r][c];
      }
    }
    rows.push_back(std::move(row));
    bold->push_back(std::move(brow));
  }
  return rows;
}

struct PageBlocks {
  std::vector<Block*> body;  // paragraphs, headings and captions, top to bottom
};

std::vector<PageBlocks> IndexBlocks(std::vector<Block>* blocks, int max_page) {
  std::vector<PageBlocks> pages(max_page + 2);
  for (Block& b : *blocks)
    if (b.kind != BlockKind::kHeader && b.kind != BlockKind::kFooter && b.page <= max_page)
      pages[b.page].body.push_back(&b);
  for (PageBlocks& p : pages)
    std::sort(p.body.begin(), p.body.end(),
              [](const Block* a, const Block* b) { return a->box.y0 < b->box.y0; });
  return pages;
}

bool MostlyUppercase(const std::string& text) {
  int upper = 0, letters = 0;
  for (unsigned char ch : text)
    if (std::isalpha(ch)) {
      ++letters;
      if (std::isupper(ch)) ++upper;
    }
  return letters > 0 && upper * 10 >= letters * 8;
}

// Blocks directly above `top` on the page (closest first) that may be caption.
std::vector<Block*> BlocksAbove(const PageBlocks& page, double top) {
  std::vector<Block*> above;
  for (auto it = page.body.rbegin(); it != page.body.rend(); ++it)
    if ((*it)->box.y1 <= top + 2) above.push_back(*it);
  return above;
}

std::optional<std::string> TakeCaption(const std::vector<Block*>& above, double top) {
  // Walk upwards through short title lines until a caption's opening words.
  double edge = top;
  std::vector<Block*> chain;
  for (Block* b : above) {
    if (edge - b->box.y1 > kCaptionReach || chain.size() >= 4) break;
    if (b->kind == BlockKind::kCaption) break;  // belongs to another table
    chain.push_back(b);
    if (IsCaptionStart(b->text)) {
      std::string caption;
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!caption.empty()) caption += ' ';
        caption += (*it)->text;
        (*it)->kind = BlockKind::kCaption;
      }
      return caption;
    }
    if (!b->bold && b->text.size() > 200) break;
    edge = b->box.y0;
  }
  // A bold title in capitals right above the table serves as its caption.
  if (!above.empty() && above[0]->bold && top - above[0]->box.y1 <= kCaptionReach / 2 &&
      MostlyUppercase(above[0]->text) && !IsCaptionStart(above[0]->text)) {
    above[0]->kind = BlockKind::kCaption;
    return above[0]->text;
  }
  return std::nullopt;
}

bool NothingBelow(const PageBlocks& page, double bottom) {
  for (const Block* b : page.body)
    if (b->box.y0 >= bottom - 1) return false;
  return true;
}

bool NothingAbove(const PageBlocks& page, double top) {
  for (const Block* b : page.body)
    if (b->box.y1 <= top + 1) return false;
  return true;
}

// Keeps the grid consistent after rows were dropped or joined: spans stay
// inside the grid, and a slot no merged cell covers becomes an empty cell.
void RepairSpans(Table* t) {
  const int rows = t->n_rows();
  std::vector<std::vector<bool>> covered(rows, std::vector<bool>(t->n_cols(), false));
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < static_cast<int>(t->rows[r].size()); ++c) {
      Cell& cell = t->rows[r][c];
      if (cell.placeholder) continue;
      cell.row_span = std::max(1, std::min(cell.row_span, rows - r));
      cell.col_span = std::max(1, std::min(cell.col_span, static_cast<int>(t->rows[r].size()) - c));
      for (int rr = r; rr < r + cell.row_span; ++rr)
        for (int cc = c; cc < c + cell.col_span; ++cc)
          if (rr != r || cc != c) {
            if (!t->rows[rr][cc].placeholder) {  // overlap: shrink to what is free
              cell.row_span = std::max(1, rr - r);
              break;
            }
            covered[rr][cc] = true;
          }
    }
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < static_cast<int>(t->rows[r].size()); ++c) {
      Cell& cell = t->rows[r][c];
      if (cell.placeholder && !covered[r][c]) {
        cell.placeholder = false;
        cell.text.clear();
        cell.row_span = cell.col_span = 1;
      }
    }
}

}  // namespace

bool IsCaptionStart(const std::string& text) {
  static const RE2 kCaption(
      R"((?i)^\s*(tabel|table)\s*\.?\s*[0-9IVX]+([.\-][0-9]+)*\b|^\s*lampiran\s+[0-9IVX]+\b)");
  return RE2::PartialMatch(text, kCaption);
}

int CountHeaderRows(const TableFragment& f) {
  const size_t n = f.rows.size();
  size_t h = 0;
  while (h < n && RowAllBold(f, h) && !HasFigure(f.rows[h]) && !(h > 0 && IsBandRow(f.rows[h]))) ++h;
  if (h == 0) {
    // No bold: leading rows without figures, when figures follow.
    size_t k = 0;
    while (k < n && k < 4 && !HasFigure(f.rows[k]) && !IsColumnNumberRow(f.rows[k]) &&
           !(k > 0 && IsBandRow(f.rows[k])))
      ++k;
    bool figures_follow = false;
    for (size_t r = k; r < n; ++r) figures_follow = figures_follow || HasFigure(f.rows[r]);
    if (figures_follow && k < n) h = k;
  }
  // Grouped headers reach down as far as their merged cells do.
  for (size_t r = 0; r < h && r < n; ++r)
    for (const Cell& c : f.rows[r])
      if (!c.placeholder) h = std::max(h, r + c.row_span);
  if (h < n && IsColumnNumberRow(f.rows[h])) ++h;
  if (h >= n) h = n > 1 ? 1 : 0;
  return static_cast<int>(h);
}

std::vector<Table> AssembleTables(std::vector<TableFragment> fragments,
                                  std::vector<Block>* blocks) {
  int max_page = 0;
  for (const TableFragment& f : fragments) max_page = std::max(max_page, f.page);
  for (const Block& b : *blocks) max_page = std::max(max_page, b.page);
  std::vector<PageBlocks> pages = IndexBlocks(blocks, max_page);

  std::vector<Table> tables;
  std::vector<std::vector<double>> head_edges;  // column edges of each table's first fragment
  for (size_t i = 0; i < fragments.size(); ++i) {
    TableFragment& f = fragments[i];
    std::optional<std::string> caption = TakeCaption(BlocksAbove(pages[f.page], f.box.y0), f.box.y0);
    bool first_on_page = NothingAbove(pages[f.page], f.box.y0) &&
                         (i == 0 || fragments[i - 1].page != f.page);
    if (!caption && !tables.empty() && first_on_page) {
      const TableFragment& prev = fragments[i - 1];  // the last part of tables.back()
      Table& t = tables.back();
      bool prev_ends_page = t.pages.back() == f.page - 1 && prev.page == f.page - 1 &&
                            NothingBelow(pages[prev.page], prev.box.y1) && t.ruled == f.ruled;
      std::vector<int> map = prev_ends_page ? MapEdges(head_edges.back(), f.col_edges)
                                            : std::vector<int>{};
      if (!map.empty()) {
        std::vector<std::vector<bool>> bold;
        auto rows = Regrid(f, map, head_edges.back().size() - 1, &bold);
        int repeated = RepeatedHeaderRows(t, rows);
        rows.erase(rows.begin(), rows.begin() + repeated);
        for (auto& row : rows) t.rows.push_back(std::move(row));
        t.pages.push_back(f.page);
        continue;
      }
    }
    if (!caption && first_on_page && f.page > 1) {
      // A caption left alone at the bottom of the previous page.
      auto above = BlocksAbove(pages[f.page - 1], 1e9);
      if (!above.empty() && IsCaptionStart(above.front()->text))
        caption = TakeCaption(above, above.front()->box.y1);
    }
    Table t;
    t.id = "T" + std::to_string(tables.size() + 1);
    t.caption = caption;
    t.pages = {f.page};
    t.ruled = f.ruled;
    t.header_rows = CountHeaderRows(f);
    t.rows = f.rows;
    tables.push_back(std::move(t));
    head_edges.push_back(f.col_edges);
  }
  for (Table& t : tables) RepairSpans(&t);
  return tables;
}

}  // namespace lkj
