// TableView: an extracted table as the audit reads it — what each column
// holds (budget, realisation, percent, target ...; money, staff or
// performance; which year), what each row is (data, total, average, section;
// its number and depth in the program > kegiatan > sub kegiatan tree), and
// the figure parsed from every cell with its column's number style.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/finding.h"
#include "audit/number.h"
#include "audit/rules.h"
#include "extract/model.h"

namespace lkj::audit {

enum class Domain { kNone, kMoney, kStaff, kPerformance };
enum class Role {
  kNone, kRowNumber, kLabel, kBudget, kRealised, kPercent, kTarget, kUnit, kTrend, kStatus,
  kEfficiency, kNote, kNumber,
  kRemaining  // "Sisa anggaran": budget less spending, never a budget itself
};

struct ColumnInfo {
  std::vector<std::string> path;  // header texts from the top group to the leaf, lower-case
  Role role = Role::kNone;
  Domain domain = Domain::kNone;
  int year = 0;                   // a year named in the header, or 0
  int group = -1;                 // columns under the same top header share a group
  NumberStyle style = NumberStyle::kUnknown;
  bool free_percent = false;      // a lone "%" column read as the row's budget absorption
  bool cumulative = false;        // "realisasi s/d 2016": a running total over years
  std::string header() const;     // path joined with " / "
};

enum class RowKind { kHeader, kData, kTotal, kAverage, kSection };

struct RowInfo {
  RowKind kind = RowKind::kData;
  std::string label;   // texts of the label columns, merged cells included
  std::string number;  // the row-number cell: "1", "1.1", "I", "a"
  int level = 0;       // 0 = top of the tree
  bool implicit_total = false;  // an unlabelled last row of figures
};

class TableView {
 public:
  TableView(const Table& table, const Rules& rules, int reporting_year);

  const Table& table() const { return *table_; }
  int n_rows() const { return table_->n_rows(); }
  int n_cols() const { return table_->n_cols(); }
  const ColumnInfo& column(int c) const { return columns_[c]; }
  const RowInfo& row(int r) const { return rows_[r]; }
  // The figure printed in a cell (merged cells: at their top-left slot).
  const Figure* FigureAt(int r, int c) const;
  // The text of the cell covering (r, c), following merges.
  const std::string& TextAt(int r, int c) const;
  Evidence EvidenceAt(int r, int c, bool suspect = false) const;
  std::string Name() const;  // caption label or "Tabel T3 (hal. 12)"
  bool revenue() const { return revenue_; }  // a table of income, not spending

  // How the table was read: one line per column and per row (lkj-audit audit --explain).
  std::string Describe() const;

  // The column of `role` in `domain` nearest to `near` within the same
  // header group (or anywhere when the table has no groups); -1 if none.
  int FindColumn(Role role, Domain domain, int near, int year = -1) const;
  // Groups side by side with one column per year ("Anggaran tahun ke-1..5 |
  // Realisasi ke-1..5 | Rasio ke-1..5"): the column of `role` in `domain` at
  // the same place in its group as `c` is in its own; -1 if none.
  int ParallelColumn(Role role, Domain domain, int c) const;

 private:
  void ReadHeader(const Rules& rules, int reporting_year);
  void AdoptYearNeighbours();
  void ReadRows(const Rules& rules);
  void SettleBarePercents();
  bool MostRowsAbsorption(int c) const;
  bool IsColumnNumbering(int r) const;
  int MoneyScale(const ColumnInfo& col) const;  // power of ten the column is printed in
  const Cell& Owner(int r, int c) const;

  const Table* table_;
  bool revenue_ = false;
  std::vector<ColumnInfo> columns_;
  std::vector<RowInfo> rows_;
  std::vector<std::vector<std::optional<Figure>>> figures_;
};

// Lower-case, single spaces, no leading numbering or "Program"/"Kegiatan:"
// prefix: the key two labels are compared by.
std::string NormalizeLabel(const std::string& label);

bool IsRomanNumeral(const std::string& s);

// A caption's label, "Tabel 2.3", "Tabel. 3.2", "LAMPIRAN I"; empty when the
// caption starts with none.
std::string CaptionLabel(const std::string& caption);

}  // namespace lkj::audit
