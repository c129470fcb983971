// Row formulas: a percent against realisation over budget or target (or over
// the year before), stated
// ratios (a count over a count), formulas printed in a cell, efficiency
// columns, and spending above budget.
#include <map>
#include <algorithm>
#include <cmath>
#include <functional>

#include "audit/checks.h"
#include "audit/expression.h"
#include "audit/figure_range.h"
#include "audit/interval.h"
#include "audit/text_format.h"

namespace lkj::audit {
namespace {


std::optional<Interval> Percent(const Figure& part, const Figure& whole) {
  if (whole.lo <= 0) return std::nullopt;
  return Range(part).DividedBy(Range(whole)).Scaled(100);
}

// Lower-is-better indicators: offices use (2T - R) / T or T / R.
bool InverseFormulaFits(const Figure& real, const Figure& target, const Figure& printed) {
  if (target.lo <= 0 || real.lo <= 0) return false;
  Interval t = Range(target), r = Range(real);
  Interval two_t_minus_r = t.Scaled(2) - r;
  return two_t_minus_r.DividedBy(t).Scaled(100).Meets(PercentRange(printed)) ||
         t.DividedBy(r).Scaled(100).Meets(PercentRange(printed));
}

// A percent computed from a figure already shown wrong (a budget that is not
// the sum of its parts) has no certain expected value: the slip is reported
// once, where it is, and not again through every relation it enters.
bool InputBlamed(const AuditContext& ctx, const TableView& v, int r, int real_col, int base_col) {
  return ctx.Blamed(v, r, real_col) || ctx.Blamed(v, r, base_col);
}

// The realisation and base (budget or target) columns its header group gives
// percent column c, or -1s.
std::pair<int, int> HeaderPair(const TableView& v, int c) {
  const ColumnInfo& col = v.column(c);
  Role base = col.domain == Domain::kMoney ? Role::kBudget : Role::kTarget;
  int year = col.year ? col.year : -1;
  int real_col = v.FindColumn(Role::kRealised, col.domain, c, year);
  int base_col = v.FindColumn(base, col.domain, c, year);
  if (real_col < 0 && base_col < 0) {
    real_col = v.ParallelColumn(Role::kRealised, col.domain, c);
    base_col = v.ParallelColumn(base, col.domain, c);
  }
  return {real_col, base_col};
}

// The target column a percent's header names ("Capaian 2016 terhadap Target
// Akhir Renstra" beside "Target Akhir Renstra"), or -1.
int NamedTarget(const TableView& v, int c) {
  const std::string header = v.column(c).header();
  int named = -1;
  for (int k = 0; k < v.n_cols(); ++k) {
    const ColumnInfo& col = v.column(k);
    if (k == c || col.role != Role::kTarget || col.cumulative || col.header().size() < 8) continue;
    if (header.find(col.header()) == std::string::npos) continue;
    if (named >= 0) return -1;
    named = k;
  }
  return named;
}

// A percent whose header names another target than its group's is checked
// against it by CheckUnpairedPercents.
bool NamesAnotherTarget(const TableView& v, int c) {
  int named = NamedTarget(v, c);
  return named >= 0 && HeaderPair(v, c).second != named;
}

void CheckRowRatios(AuditContext& ctx, const TableView& v) {
  for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
    RowKind kind = v.row(r).kind;
    if (kind != RowKind::kData && kind != RowKind::kTotal) continue;
    for (int c = 0; c < v.n_cols(); ++c) {
      const ColumnInfo& col = v.column(c);
      if (col.role != Role::kPercent || col.domain == Domain::kNone) continue;
      const Figure* p = v.FigureAt(r, c);
      if (!p) continue;
      auto [real_col, base_col] = HeaderPair(v, c);
      if (real_col < 0 || base_col < 0 || NamesAnotherTarget(v, c)) continue;
      const Figure* real = v.FigureAt(r, real_col);
      const Figure* base = v.FigureAt(r, base_col);
      if (!real || !base) continue;
      // "4,01/1000 KH" over "5,8/1000 KH" is a ratio; over "73 poin" it is not.
      if (!UnitOf(*real).empty() && !UnitOf(*base).empty() && UnitOf(*real) != UnitOf(*base)) continue;
      auto computed = Percent(*real, *base);
      if (!computed) continue;
      bool ok = computed->Meets(PercentRange(*p)) ||
                (col.domain == Domain::kPerformance && InverseFormulaFits(*real, *base, *p));
      ctx.Checked(v, {{r, c}, {r, real_col}, {r, base_col}}, ok);
      if (ok || InputBlamed(ctx, v, r, real_col, base_col)) continue;
      Finding f;
      f.rule = "ratio.row";
      f.expected = computed->mid();
      f.found = p->value;
      std::string what = v.row(r).label.empty() ? "baris " + std::to_string(r + 1) : v.row(r).label;
      std::string expect = Show(computed->mid(), *p);
      f.message = v.Name() + ": " + what + ": persentase tertulis " + p->printed + ", padahal " + real->printed +
                  " / " + base->printed + " = " + expect + ".";
      f.message_en = v.Name() + ": " + what + ": the percentage reads " + p->printed + ", but " + real->printed +
                     " / " + base->printed + " = " + expect + ".";
      f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(r, real_col), v.EvidenceAt(r, base_col)};
      f.priority = col.domain == Domain::kMoney ? 80 : 70;
      f.reading = "Persentase = realisasi / " + std::string(col.domain == Domain::kMoney ? "anggaran" : "target") +
                  " pada baris yang sama x 100 (kolom " + v.column(real_col).header() + " dan " + v.column(base_col).header() +
                  (col.domain == Domain::kPerformance ? "); rumus indikator yang makin kecil makin baik juga dicoba." : ").");
      f.reading_en = "Percentage = realisation / " + std::string(col.domain == Domain::kMoney ? "budget" : "target") +
                     " of the same row x 100 (columns " + v.column(real_col).header() + " and " + v.column(base_col).header() +
                     (col.domain == Domain::kPerformance ? "); the lower-is-better formulas were tried too." : ").");
      ctx.Report(std::move(f));
    }
  }
}

void CheckOverspend(AuditContext& ctx, const TableView& v) {
  if (v.revenue()) return;
  for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
    if (v.row(r).kind != RowKind::kData) continue;
    for (int c = 0; c < v.n_cols(); ++c) {
      if (v.column(c).role != Role::kRealised || v.column(c).domain != Domain::kMoney) continue;
      int b = v.FindColumn(Role::kBudget, Domain::kMoney, c);
      const Figure* real = v.FigureAt(r, c);
      const Figure* budget = b >= 0 ? v.FigureAt(r, b) : nullptr;
      if (!real || !budget || real->lo <= budget->hi) continue;
      Finding f;
      f.rule = "budget.overspend";
      f.expected = budget->value;
      f.found = real->value;
      std::string what = v.row(r).label.empty() ? "baris " + std::to_string(r + 1) : v.row(r).label;
      f.message = v.Name() + ": " + what + ": realisasi " + real->printed + " melebihi pagunya " + budget->printed + ".";
      f.message_en = v.Name() + ": " + what + ": spending " + real->printed + " exceeds its budget " + budget->printed + ".";
      f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(r, b)};
      f.priority = 75;
      ctx.Report(std::move(f));
    }
  }
}

// "139.743" over "141.164" with "98,99%" printed once for both rows (in a
// cell spanning both, or beside the first with the second left empty). The
// stacked reading is taken only where the percent does not follow from its
// own row, never from the row-number column, and only in a table where most
// such percents fit it: in tables of tall rows the cell below is often just
// empty, and the figures there belong to another line.
void CheckStatedRatios(AuditContext& ctx, const TableView& v) {
  struct Stated { int r, c, value_col; const Figure* p; Interval computed; bool ok; };
  std::vector<Stated> all;
  for (int r = v.table().header_rows; r + 1 < v.n_rows(); ++r) {
    for (int c = 0; c < v.n_cols(); ++c) {
      const Cell& cell = v.table().rows[r][c];
      const Figure* p = v.FigureAt(r, c);
      if (cell.placeholder || !p || !p->percent) continue;
      const Cell& below = v.table().rows[r + 1][c];
      if (cell.row_span != 2 && !(below.text.empty() && !below.placeholder)) continue;
      int value_col = -1;
      for (int k = 0; k < v.n_cols(); ++k) {
        if (k == c || v.column(k).role == Role::kRowNumber) continue;
        const Figure* a = v.FigureAt(r, k);
        const Figure* b = v.FigureAt(r + 1, k);
        if (a && b && !a->percent && !b->percent) value_col = k;
      }
      if (value_col < 0) continue;
      auto computed = Percent(*v.FigureAt(r, value_col), *v.FigureAt(r + 1, value_col));
      if (!computed) continue;
      bool ok = computed->Meets(PercentRange(*p));
      if (!ok && RowPairGivesPercent(v, r, c, *p)) continue;
      all.push_back({r, c, value_col, p, *computed, ok});
    }
  }
  int fits = 0;
  for (const Stated& s : all) fits += s.ok;
  if (all.size() > 1 && fits * 2 < static_cast<int>(all.size())) return;
  for (const Stated& s : all) {
    const int r = s.r, c = s.c, value_col = s.value_col;
    const Figure* p = s.p;
    const Figure* num = v.FigureAt(r, value_col);
    const Figure* den = v.FigureAt(r + 1, value_col);
    auto computed = std::optional<Interval>(s.computed);
    bool ok = s.ok;
    ctx.Checked(v, {{r, c}, {r, value_col}, {r + 1, value_col}}, ok);
    if (ok) continue;
    Finding f;
    f.rule = "ratio.stated";
    f.expected = computed->mid();
    f.found = p->value;
    std::string expect = Show(computed->mid(), *p);
    f.message = v.Name() + ": " + p->printed + " tertulis sebagai hasil " + num->printed + " / " + den->printed +
                ", padahal hasilnya " + expect + ".";
    f.message_en = v.Name() + ": " + p->printed + " is printed as " + num->printed + " / " + den->printed +
                   ", which gives " + expect + ".";
    f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(r, value_col, true), v.EvidenceAt(r + 1, value_col)};
    f.priority = 65;
    f.reading = "Persentase yang dicetak sekali untuk dua baris: angka atas / angka bawah kolom " +
                v.column(value_col).header() + "; " + std::to_string(fits) + " dari " + std::to_string(all.size()) +
                " persentase seperti ini di tabel mengikuti bacaan itu.";
    f.reading_en = "A percentage printed once for two rows: upper / lower figure of column " + v.column(value_col).header() +
                   "; " + std::to_string(fits) + " of the table's " + std::to_string(all.size()) +
                   " such percentages follow that reading.";
    ctx.Report(std::move(f));
  }
}

// "(87,24+94,31+50) / 3" in one cell and its result in another of the row.
// A column is read as formulas only when most of its expressions give the
// figure beside them: otherwise the cells are something else that happens to
// parse (codes, dates, stacked cells of two rows) and nothing is reported.
void CheckFormulaCells(AuditContext& ctx, const TableView& v) {
  struct Formula { int r, c, result_col; Evaluated e; bool ok; };
  std::map<int, std::vector<Formula>> by_column;
  for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
    for (int c = 0; c < v.n_cols(); ++c) {
      const Cell& cell = v.table().rows[r][c];
      if (cell.placeholder || v.FigureAt(r, c)) continue;
      auto e = EvaluateExpression(cell.text);
      if (!e) continue;
      int result_col = -1;
      for (int k = c + 1; k < v.n_cols() && result_col < 0; ++k)
        if (v.FigureAt(r, k)) result_col = k;
      if (result_col < 0) continue;
      bool ok = e->value.Meets(PercentRange(*v.FigureAt(r, result_col)));
      by_column[c].push_back({r, c, result_col, *e, ok});
    }
  }
  for (const auto& [c, formulas] : by_column) {
    int agree = 0;
    for (const Formula& f : formulas) agree += f.ok;
    bool formula_column = formulas.size() <= 2 || agree * 2 >= static_cast<int>(formulas.size());
    if (!formula_column) continue;
    for (const Formula& fm : formulas) {
      ctx.Checked(v, {{fm.r, fm.c}, {fm.r, fm.result_col}}, fm.ok);
      if (fm.ok) continue;
      const Figure* printed = v.FigureAt(fm.r, fm.result_col);
      const std::string& text = v.table().rows[fm.r][fm.c].text;
      Finding f;
      f.rule = "formula.composite";
      f.expected = fm.e.value.mid();
      f.found = printed->value;
      f.message = v.Name() + ": " + text + " = " + Show(fm.e.value.mid(), *printed) + ", tetapi tertulis " +
                  printed->printed + ".";
      f.message_en = v.Name() + ": " + text + " = " + Show(fm.e.value.mid(), *printed) + ", but " +
                     printed->printed + " is printed.";
      f.evidence = {v.EvidenceAt(fm.r, fm.result_col, true), v.EvidenceAt(fm.r, fm.c)};
      f.priority = 70;
      f.reading = "Rumus yang tertulis di sel; " + std::to_string(agree) + " dari " + std::to_string(formulas.size()) +
                  " rumus di kolom ini menghasilkan angka di sebelahnya.";
      f.reading_en = "The formula printed in the cell; " + std::to_string(agree) + " of the column's " +
                     std::to_string(formulas.size()) + " formulas give the figure beside them.";
      ctx.Report(std::move(f));
    }
  }
}

// A percent column read as part / whole x 100 although no header group pairs
// them: the reading holds only when most rows (3 or more, 3 in 4) print
// exactly that; a row that fits neither it nor a lower-is-better form is then
// an error. The inferred formula vouches for the percent, not for its inputs:
// a wrong figure may be carried into it.
struct InferredRatio {
  int percent, part, whole;
  std::string reading, reading_en;  // what part and whole are, e.g. "realisasi 2016 / realisasi 2015"
};

void CheckInferredRatio(AuditContext& ctx, const TableView& v, const InferredRatio& in) {
  struct Row { int r; Interval computed; bool ok; };
  std::vector<Row> rows;
  int follow = 0;
  for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
    if (v.row(r).kind != RowKind::kData) continue;
    const Figure* p = v.FigureAt(r, in.percent);
    const Figure* part = v.FigureAt(r, in.part);
    const Figure* whole = v.FigureAt(r, in.whole);
    if (!p || !part || !whole || p->negative || part->lo <= 0 || whole->lo <= 0) continue;
    if (!UnitOf(*part).empty() && !UnitOf(*whole).empty() && UnitOf(*part) != UnitOf(*whole)) continue;
    auto computed = Percent(*part, *whole);
    if (!computed) continue;
    bool fits = computed->Meets(PercentRange(*p));
    follow += fits;
    rows.push_back({r, *computed, fits || InverseFormulaFits(*part, *whole, *p)});
  }
  if (follow < 3 || follow * 4 < static_cast<int>(rows.size()) * 3) return;
  for (const Row& row : rows) {
    if (row.ok) ctx.Checked(v, {{row.r, in.percent}}, true);
    else ctx.Checked(v, {{row.r, in.percent}, {row.r, in.part}, {row.r, in.whole}}, false);
    if (row.ok || InputBlamed(ctx, v, row.r, in.part, in.whole)) continue;
    const Figure* p = v.FigureAt(row.r, in.percent);
    const Figure* part = v.FigureAt(row.r, in.part);
    const Figure* whole = v.FigureAt(row.r, in.whole);
    Finding f;
    f.rule = "ratio.row";
    f.expected = row.computed.mid();
    f.found = p->value;
    std::string what = v.row(row.r).label.empty() ? "baris " + std::to_string(row.r + 1) : v.row(row.r).label;
    std::string expect = Show(row.computed.mid(), *p);
    f.message = v.Name() + ": " + what + ": persentase tertulis " + p->printed + ", padahal " + part->printed + " / " +
                whole->printed + " = " + expect + ".";
    f.message_en = v.Name() + ": " + what + ": the percentage reads " + p->printed + ", but " + part->printed + " / " +
                   whole->printed + " = " + expect + ".";
    f.evidence = {v.EvidenceAt(row.r, in.percent, true), v.EvidenceAt(row.r, in.part), v.EvidenceAt(row.r, in.whole)};
    f.priority = 65;
    f.reading = "Persentase = " + in.reading + " x 100, rumus yang diikuti " + std::to_string(follow) + " dari " +
                std::to_string(rows.size()) + " baris tabel; rumus indikator yang makin kecil makin baik juga dicoba.";
    f.reading_en = "Percentage = " + in.reading_en + " x 100, the formula " + std::to_string(follow) + " of the table's " +
                   std::to_string(rows.size()) + " rows follow; the lower-is-better formulas were tried too.";
    ctx.Report(std::move(f));
  }
}

// The one realised performance column of `year` (any year when 0), not cumulative.
int OnlyRealisation(const TableView& v, int year) {
  int found = -1;
  for (int k = 0; k < v.n_cols(); ++k) {
    const ColumnInfo& col = v.column(k);
    if (col.role != Role::kRealised || col.domain != Domain::kPerformance || col.cumulative) continue;
    if (year && col.year != year) continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found;
}

// A capaian beside the realisations of two years and no target ("Tahun 2015
// Realisasi", "Tahun 2016 Realisasi", "Capaian (%)") compares the years:
// later / earlier. A capaian whose header names its target column
// ("Capaian 2016 terhadap Target Akhir Renstra" beside "Target Akhir
// Renstra") is that year's realisation over it.
void CheckUnpairedPercents(AuditContext& ctx, const TableView& v) {
  for (int c = 0; c < v.n_cols(); ++c) {
    const ColumnInfo& col = v.column(c);
    if (col.role != Role::kPercent || col.domain != Domain::kPerformance) continue;
    if (NamesAnotherTarget(v, c)) {
      int named = NamedTarget(v, c);
      int real = OnlyRealisation(v, col.year);
      if (real >= 0)
        CheckInferredRatio(ctx, v, {c, real, named, "realisasi / " + v.column(named).header(),
                                    "realisation / " + v.column(named).header()});
      continue;
    }
    auto [real_col, base_col] = HeaderPair(v, c);
    if (real_col >= 0 && base_col >= 0) continue;
    if (v.FindColumn(Role::kTarget, Domain::kPerformance, c) >= 0 ||
        v.ParallelColumn(Role::kTarget, Domain::kPerformance, c) >= 0)
      continue;
    int earlier = -1, later = -1, realised = 0;
    for (int k = 0; k < v.n_cols(); ++k) {
      const ColumnInfo& other = v.column(k);
      if (other.role != Role::kRealised || other.domain != Domain::kPerformance || other.cumulative) continue;
      ++realised;
      if (!other.year) continue;
      if (earlier < 0 || other.year < v.column(earlier).year) earlier = k;
      if (later < 0 || other.year > v.column(later).year) later = k;
    }
    if (realised != 2 || earlier < 0 || later < 0 || v.column(earlier).year == v.column(later).year) continue;
    std::string years = std::to_string(v.column(later).year) + " / " + std::to_string(v.column(earlier).year);
    CheckInferredRatio(ctx, v, {c, later, earlier, "realisasi " + years, "realisation " + years});
  }
}

// A percent column outside any realisation/target group (efficiency): the
// document's own formula is the one all its rows follow.
void CheckDerivedPercents(AuditContext& ctx, const TableView& v) {
  for (int c = 0; c < v.n_cols(); ++c) {
    const ColumnInfo& col = v.column(c);
    bool derived = col.role == Role::kEfficiency || (col.role == Role::kPercent && col.domain == Domain::kNone);
    if (!derived) continue;
    using Formula = std::function<std::optional<Interval>(const Interval& money, const Interval& perf)>;
    const std::vector<std::pair<std::string, Formula>> formulas = {
        {"100 / capaian anggaran", [](const Interval& a, const Interval&) -> std::optional<Interval> {
           if (a.lo <= 0) return std::nullopt;
           return Interval::Exact(100).DividedBy(a).Scaled(100);
         }},
        {"100 - capaian anggaran", [](const Interval& a, const Interval&) -> std::optional<Interval> {
           return Interval::Exact(100) - a;
         }},
        {"capaian kinerja / capaian anggaran", [](const Interval& a, const Interval& k) -> std::optional<Interval> {
           if (a.lo <= 0 || k.hi <= 0) return std::nullopt;
           return k.DividedBy(a).Scaled(100);
         }},
    };
    struct RowInputs { int r, money, perf; };
    std::vector<RowInputs> rows;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      if (!v.FigureAt(r, c)) continue;
      int money = -1, perf = -1;
      for (int k = 0; k < v.n_cols(); ++k) {
        if (k == c || v.column(k).role != Role::kPercent || !v.FigureAt(r, k)) continue;
        if (v.column(k).domain == Domain::kMoney) money = k;
        if (v.column(k).domain == Domain::kPerformance) perf = k;
      }
      if (money >= 0) rows.push_back({r, money, perf});
    }
    if (rows.empty()) continue;
    auto fits = [&](const RowInputs& in, const Formula& f) {
      Interval a = PercentRange(*v.FigureAt(in.r, in.money));
      Interval k = in.perf >= 0 ? PercentRange(*v.FigureAt(in.r, in.perf)) : Interval{-1, -1};
      auto e = f(a, k);
      return e && e->Meets(PercentRange(*v.FigureAt(in.r, c)));
    };
    size_t best = 0;
    int best_count = -1;
    for (size_t i = 0; i < formulas.size(); ++i) {
      int n = 0;
      for (const RowInputs& in : rows) n += fits(in, formulas[i].second);
      if (n > best_count) {
        best = i;
        best_count = n;
      }
    }
    // With no formula followed by most rows, the column's meaning is unknown.
    if (best_count * 2 <= static_cast<int>(rows.size())) continue;
    for (const RowInputs& in : rows) {
      bool ok = fits(in, formulas[best].second);
      ctx.Checked(v, {{in.r, c}, {in.r, in.money}}, ok);
      if (ok) continue;
      const Figure* printed = v.FigureAt(in.r, c);
      Interval a = PercentRange(*v.FigureAt(in.r, in.money));
      Interval k = in.perf >= 0 ? PercentRange(*v.FigureAt(in.r, in.perf)) : Interval{-1, -1};
      auto e = formulas[best].second(a, k);
      Finding f;
      f.rule = "efficiency.row";
      f.found = printed->value;
      if (e) f.expected = e->mid();
      f.message = v.Name() + ": " + printed->printed + " tidak mengikuti rumus yang dipakai baris lain (" +
                  formulas[best].first + (e ? " = " + Show(e->mid(), *printed) : "") + ").";
      f.message_en = v.Name() + ": " + printed->printed + " does not follow the formula the other rows use (" +
                     formulas[best].first + (e ? " = " + Show(e->mid(), *printed) : "") + ").";
      f.evidence = {v.EvidenceAt(in.r, c, true), v.EvidenceAt(in.r, in.money)};
      f.priority = 55;
      ctx.Report(std::move(f));
    }
  }
}

}  // namespace

bool RowPairGivesPercent(const TableView& v, int r, int skip, const Figure& p) {
  for (int a = 0; a < v.n_cols(); ++a)
    for (int b = 0; b < v.n_cols(); ++b) {
      if (a == b || a == skip || b == skip) continue;
      const Figure* x = v.FigureAt(r, a);
      const Figure* y = v.FigureAt(r, b);
      if (!x || !y || x->percent || y->percent) continue;
      if (auto q = Percent(*x, *y); q && q->Meets(PercentRange(p))) return true;
    }
  return false;
}

void CheckRatios(AuditContext& ctx) {
  for (const TableView& v : ctx.views()) {
    CheckRowRatios(ctx, v);
    CheckUnpairedPercents(ctx, v);
    CheckOverspend(ctx, v);
    CheckStatedRatios(ctx, v);
    CheckFormulaCells(ctx, v);
    CheckDerivedPercents(ctx, v);
  }
}

}  // namespace lkj::audit
