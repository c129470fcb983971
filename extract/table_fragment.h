// TableFragment: a table as found on one page, before captions are attached
// and before the parts of a table that crosses pages are joined.
#pragma once

#include <vector>

#include "extract/model.h"

namespace lkj {

struct TableFragment {
  int page = 0;
  Box box;
  bool ruled = true;
  std::vector<double> col_edges;        // n_cols + 1 x positions, left to right
  std::vector<std::vector<Cell>> rows;  // full grid with placeholders
  std::vector<std::vector<bool>> bold;  // per slot: every word of the cell is bold

  int n_cols() const { return static_cast<int>(col_edges.size()) - 1; }
};

// Fills the grid's cells from the words whose centre lies in each cell, and
// marks those words used. `row_edges` and `col_edges` bound the slots;
// `owner[r][c]` names the top-left slot of the merged cell covering (r, c).
struct SlotOwner {
  int row = 0, col = 0;
};
void FillGrid(const std::vector<double>& row_edges, const std::vector<double>& col_edges,
              const std::vector<std::vector<SlotOwner>>& owner, const std::vector<Word>& words,
              std::vector<bool>* used, TableFragment* fragment);

}  // namespace lkj
