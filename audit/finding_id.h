// Finding identity: what a finding is about, in words that survive a revised
// draft. A finding is named by its rule and the place of the figure it
// points at: the table's caption (its title without "Tabel 3.2" when no
// other table has that title, as revisions renumber tables; for an untitled
// table or a figure in the text, the section heading above it), the row's
// label and the column's header, or the words just before a figure in the
// text. Page numbers and table ids are left out, as a revision moves tables
// to other pages. So a reviewer's judgement made on one draft lands on the
// same point of the next.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "audit/finding.h"
#include "audit/table_view.h"
#include "extract/model.h"

namespace lkj::audit {

// A figure's place: every part lower-case, spaces collapsed.
struct FigurePlace {
  std::string where;   // caption title (whole caption if the title repeats), or "bagian: " + section heading
  std::string row;     // row label (with " #n" for its n-th repeat in the table)
  std::string column;  // column header path
};

// Names the places of one document's figures. Built once per document: a
// table's name depends on whether another table has the same title, and a
// long document has thousands of tables and findings.
class PlaceNames {
 public:
  explicit PlaceNames(const Document& doc);

  // The place of cell (r, c) of `view`, whose table belongs to the document.
  FigurePlace OfCell(const TableView& view, int r, int c) const;
  // The text of the nearest heading before (page, y), lower-case; empty if none.
  std::string SectionBefore(int page, double y) const;

 private:
  std::string TableWhere(const std::string& caption) const;

  const Document* doc_;
  std::map<std::string, int> title_count_;  // caption title -> tables that carry it
  bool blocks_in_order_ = true;             // by page, then down the page
  std::vector<size_t> headings_;            // indexes of heading blocks
};

// Sets `id` and `key` of every finding. Two findings that would share an
// identity (same rule, same place) are told apart by their order: " #2".
void AssignFindingIds(const Document& doc, const std::vector<TableView>& views, std::vector<Finding>* findings);

// The id of a key: "F" and 12 hex digits of its 64-bit FNV-1a hash.
std::string FindingIdOf(const std::string& key);

}  // namespace lkj::audit
