// Unruled tables: rows of text whose pieces line up in columns, with no
// ruling lines (tab-aligned lists such as "Belanja Pegawai  Rp ...  Rp ...").
#pragma once

#include <vector>

#include "extract/model.h"
#include "extract/table_fragment.h"

namespace lkj {

// Finds unruled tables among `lines` (text outside ruled tables) of `page`;
// sets consumed[i] for each line that became part of a table. Text laid over
// drawings (chart labels, org-chart boxes) is not a table.
std::vector<TableFragment> FindUnruledTables(const PageContent& page, const std::vector<TextLine>& lines,
                                             std::vector<bool>* consumed);

// True when a piece of text reads as a figure: "1.353", "Rp 6.656.309.000,-",
// "94,41%", "(1.000)", "-" does not count.
bool LooksNumeric(const std::string& text);

}  // namespace lkj
