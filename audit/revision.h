// Revision: what changed between two drafts of one LKj, for the reviewer
// checking the revised draft. Findings are matched by identity
// (audit/finding_id.h): fixed (only in the first), still open (in both) and
// new (only in the second). Figures are matched by place (caption or
// section, row label, column header) so a table moved to another page or a
// renumbered row still compares cell by cell.
#pragma once

#include <string>
#include <vector>

#include "audit/auditor.h"
#include "audit/rules.h"
#include "extract/model.h"

namespace lkj::audit {

struct ChangedFigure {
  std::string table;       // caption as printed; empty for an untitled table
  std::string section;     // for an untitled table: the heading above it (lower case)
  std::string row, column; // row label and column header as read
  std::string before, after;  // cell text as printed
  int page_before = 0, page_after = 0;
};

struct Revision {
  std::vector<Finding> fixed;        // first draft's findings gone from the second
  std::vector<Finding> open;         // second draft's findings already in the first
  std::vector<int> open_page_before; // for each open one: its page in the first draft
  std::vector<Finding> added;        // second draft's findings not in the first
  std::vector<ChangedFigure> changed;
};

// Compares the findings of two reports (accepted ones included) by id.
Revision CompareFindings(const AuditReport& before, const AuditReport& after);

// Figures of the tables of `before` and `after` that stand at the same place
// and read differently, in the order of the second draft.
std::vector<ChangedFigure> ChangedFigures(const Document& before, const Document& after, const Rules& rules);

}  // namespace lkj::audit
