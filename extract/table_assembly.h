// Table assembly: from per-page fragments to the document's tables.
//
// Attaches each table's caption ("Tabel 2.3 ...", "Tabel. 3.2", "LAMPIRAN I")
// from the blocks above it, joins a table that continues on the next page
// (dropping a repeated header), and settles how many rows are header rows.
#pragma once

#include <vector>

#include "extract/model.h"
#include "extract/table_fragment.h"

namespace lkj {

// `fragments` in document order; caption blocks in `blocks` become kCaption.
std::vector<Table> AssembleTables(std::vector<TableFragment> fragments,
                                  std::vector<Block>* blocks);

// True for a caption's opening words: "Tabel 2.3", "Tabel. 3.2", "LAMPIRAN I".
bool IsCaptionStart(const std::string& text);

// Leading rows that are headings: bold text without figures, grouped
// headers, and a row of column numbers "(1) (2) ...".
int CountHeaderRows(const TableFragment& fragment);

}  // namespace lkj
