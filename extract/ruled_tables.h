// Ruled tables: grids drawn with ruling lines, read from a page's segments.
//
// Lines also make up pictures (org charts, chart axes); a set of lines is a
// table only when its enclosed cells tile a rectangle and hold text.
#pragma once

#include <vector>

#include "extract/model.h"
#include "extract/table_fragment.h"

namespace lkj {

// Finds the ruled tables of a page; marks the words they contain in `used`
// (indexed like page.words).
std::vector<TableFragment> FindRuledTables(const PageContent& page, std::vector<bool>* used);

}  // namespace lkj
