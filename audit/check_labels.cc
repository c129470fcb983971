// Verdict labels against their figures: Tercapai / Belum Tercapai against the
// achievement, Naik / Turun / Tetap against the two years' values, an index
// reported with unit %, and a satisfaction survey's (IKM) conversion and grade.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "audit/checks.h"
#include "audit/figure_range.h"
#include "audit/text_format.h"
#include "audit/interval.h"

#include <re2/re2.h>

namespace lkj::audit {
namespace {

bool Has(const std::string& text, const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (text.find(w) != std::string::npos) return true;
  return false;
}

// The years a header names, in the order written ("2024 thd 2023").
std::vector<int> YearsIn(const std::string& text) {
  std::vector<int> years;
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    auto digit = [&](size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
    if (!digit(i) || (i > 0 && digit(i - 1)) || digit(i + 4) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3)) continue;
    int y = std::stoi(text.substr(i, 4));
    if (y >= 1990 && y <= 2100 && std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
  }
  return years;
}

// The one column of `role` (in `domain`, when given) holding year y's figure,
// not a running total; -1 when none or several.
int ColumnOfYear(const TableView& v, Role role, int y, int skip, std::optional<Domain> domain = std::nullopt) {
  int found = -1, n = 0;
  for (int k = 0; k < v.n_cols(); ++k) {
    const ColumnInfo& col = v.column(k);
    if (k != skip && col.role == role && col.year == y && !col.cumulative && (!domain || col.domain == *domain)) found = k, ++n;
  }
  return n == 1 ? found : -1;
}

// The achievement a status column speaks of: the performance percent in its
// own header group; for a status column beside groups of several years
// ("Tahun 2021 | Tahun 2022 | Keterangan"), the latest year's.
int AchievementColumn(const TableView& v, int c) {
  int pc = v.FindColumn(Role::kPercent, Domain::kPerformance, c);
  if (pc >= 0) return pc;
  int latest = 0;
  for (int k = 0; k < v.n_cols(); ++k)
    if (v.column(k).role == Role::kPercent && v.column(k).domain == Domain::kPerformance)
      latest = std::max(latest, v.column(k).year);
  return latest > 0 ? ColumnOfYear(v, Role::kPercent, latest, c, Domain::kPerformance) : -1;
}

void CheckStatus(AuditContext& ctx, const TableView& v) {
  const Rules& rules = ctx.rules();
  for (int c = 0; c < v.n_cols(); ++c) {
    if (v.column(c).role != Role::kStatus) continue;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      std::string text = Lower(v.table().rows[r][c].text);
      if (text.empty()) continue;
      bool says_not = Has(text, rules.not_achieved_words);
      bool says_yes = !says_not && Has(text, rules.achieved_words);
      if (!says_not && !says_yes) continue;
      int pc = AchievementColumn(v, c);
      const Figure* p = pc >= 0 ? v.FigureAt(r, pc) : nullptr;
      if (!p) continue;
      bool surely_met = p->lo >= rules.achieved_at;
      bool surely_missed = p->hi <= rules.achieved_at && p->value < rules.achieved_at;
      bool wrong = (says_yes && surely_missed) || (says_not && surely_met);
      ctx.Checked(v, {{r, c}, {r, pc}}, !wrong);
      if (!wrong) continue;
      Finding f;
      f.rule = "label.status";
      f.found = p->value;
      f.expected = rules.achieved_at;
      const std::string& said = v.table().rows[r][c].text;
      f.message = v.Name() + ": " + v.row(r).label + ": tertulis \"" + said + "\", padahal capaiannya " +
                  p->printed + (says_yes ? " (di bawah 100%)." : " (100% atau lebih).");
      f.message_en = v.Name() + ": " + v.row(r).label + ": reads \"" + said + "\", but achievement is " + p->printed +
                     (says_yes ? " (below 100%)." : " (100% or more).");
      f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(r, pc)};
      f.priority = 90;
      ctx.Report(std::move(f));
    }
  }
}

// The two value columns a Naik/Turun column compares, the later year first:
// the years its own header names ("Keterangan 2024 thd 2023"); else the two
// columns just left of it, when they hold one quantity in two years; else the
// realisasi of the two latest years left of it (a target further right or in
// between is no value the trend speaks of).
std::pair<int, int> TrendInputs(const TableView& v, int c) {
  std::vector<int> named = YearsIn(v.column(c).header());
  if (named.size() >= 2) {
    int now = std::max(named[0], named[1]), before = std::min(named[0], named[1]);
    for (Role role : {Role::kRealised, Role::kPercent}) {
      int a = ColumnOfYear(v, role, now, c), b = ColumnOfYear(v, role, before, c);
      if (a >= 0 && b >= 0) return {a, b};
    }
    return {-1, -1};
  }
  std::vector<int> left;
  for (int k = c - 1; k >= 0 && left.size() < 2; --k) {
    Role role = v.column(k).role;
    if (role == Role::kTrend || role == Role::kLabel || role == Role::kUnit || role == Role::kRowNumber) break;
    left.push_back(k);
  }
  if (left.size() == 2) {
    int a = left[1], b = left[0];  // a is further left
    int ya = v.column(a).year, yb = v.column(b).year;
    bool one_quantity = v.column(a).role == v.column(b).role && v.column(a).domain == v.column(b).domain;
    if (one_quantity && ya != 0 && yb != 0 && ya != yb) return ya > yb ? std::pair{a, b} : std::pair{b, a};
  }
  std::vector<int> years;
  for (int k = 0; k < c; ++k)
    if (v.column(k).role == Role::kRealised && v.column(k).year != 0 && !v.column(k).cumulative) years.push_back(v.column(k).year);
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  if (years.size() < 2) return {-1, -1};
  int a = ColumnOfYear(v, Role::kRealised, years[years.size() - 1], c);
  int b = ColumnOfYear(v, Role::kRealised, years[years.size() - 2], c);
  if (a < 0 || b < 0 || a > c || b > c) return {-1, -1};
  return {a, b};
}

void CheckTrends(AuditContext& ctx, const TableView& v) {
  const Rules& rules = ctx.rules();
  for (int c = 0; c < v.n_cols(); ++c) {
    if (v.column(c).role != Role::kTrend) continue;
    auto [now_col, before_col] = TrendInputs(v, c);
    if (now_col < 0) continue;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      std::string text = Lower(v.table().rows[r][c].text);
      const Figure* now = v.FigureAt(r, now_col);
      const Figure* before = v.FigureAt(r, before_col);
      if (text.empty() || !now || !before) continue;
      std::string actual;
      if (now->printed == before->printed || (now->exact && before->exact && now->value == before->value) ||
          (now->value == before->value)) {
        actual = "same";
      } else if (now->lo > before->hi) {
        actual = "up";
      } else if (now->hi < before->lo) {
        actual = "down";
      } else {
        continue;  // equal within rounding: either word may be right
      }
      std::string said = Has(text, rules.same_words) ? "same"
                         : Has(text, rules.down_words) ? "down"
                         : Has(text, rules.up_words) ? "up" : "";
      if (said.empty()) continue;
      bool ok = said == actual;
      ctx.Checked(v, {{r, c}, {r, now_col}, {r, before_col}}, ok);
      if (ok) continue;
      auto word = [](const std::string& d, bool en) {
        if (d == "up") return en ? "up" : "Naik";
        if (d == "down") return en ? "down" : "Turun";
        return en ? "unchanged" : "Tetap";
      };
      Finding f;
      f.rule = "label.trend";
      f.found = now->value;
      f.expected = before->value;
      std::string y_now = std::to_string(v.column(now_col).year), y_before = std::to_string(v.column(before_col).year);
      f.message = v.Name() + ": " + v.row(r).label + ": tertulis \"" + v.table().rows[r][c].text + "\", padahal " +
                  y_now + " = " + now->printed + " dan " + y_before + " = " + before->printed + " (" +
                  word(actual, false) + ").";
      f.message_en = v.Name() + ": " + v.row(r).label + ": reads \"" + v.table().rows[r][c].text + "\", but " + y_now +
                     " = " + now->printed + " and " + y_before + " = " + before->printed + " (" + word(actual, true) + ").";
      f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(r, now_col), v.EvidenceAt(r, before_col)};
      f.priority = 40;
      ctx.Report(std::move(f));
    }
  }
}

void CheckIndexUnits(AuditContext& ctx, const TableView& v) {
  for (int c = 0; c < v.n_cols(); ++c) {
    if (v.column(c).role != Role::kUnit) continue;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      std::string unit = Lower(v.table().rows[r][c].text);
      std::string label = Lower(v.row(r).label);
      size_t last = label.rfind('|');
      std::string indicator = last == std::string::npos ? label : label.substr(last + 1);
      if (unit != "%" || indicator.find("indeks") == std::string::npos) continue;
      // An index in percent is possible ("indeks ... (persen)"); a value above
      // 10 reads as one. IKM-style values (1-4, or converted 25-100) do not.
      int tc = v.FindColumn(Role::kTarget, Domain::kPerformance, c);
      const Figure* t = tc >= 0 ? v.FigureAt(r, tc) : nullptr;
      if (!t || t->value > 10) continue;
      Finding f;
      f.rule = "unit.index_percent";
      f.message = v.Name() + ": indikator \"" + v.TextAt(r, c > 0 ? c - 1 : 0) + "\" adalah indeks (target " +
                  t->printed + "), tetapi satuannya tertulis %.";
      f.message_en = v.Name() + ": \"" + v.TextAt(r, c > 0 ? c - 1 : 0) + "\" is an index (target " + t->printed +
                     "), but its unit reads %.";
      f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(r, tc)};
      f.priority = 20;
      ctx.Report(std::move(f));
    }
  }
}

// The header words the rules list under `name` in "columns".
const std::vector<std::string>& ColumnWords(const Rules& rules, const std::string& name) {
  static const std::vector<std::string> kNone;
  for (const auto& [role, words] : rules.columns)
    if (role == name) return words;
  return kNone;
}

// The columns whose header holds one of the words the rules list for `name`.
std::vector<int> ColumnsNamed(const TableView& v, const Rules& rules, const std::string& name) {
  std::vector<int> out;
  for (int c = 0; c < v.n_cols(); ++c)
    if (Has(v.column(c).header(), ColumnWords(rules, name))) out.push_back(c);
  return out;
}

// The one column named `name` whose figures all lie in [lo, hi] (three or more).
int ColumnOnScale(const TableView& v, const Rules& rules, const std::string& name, double lo, double hi) {
  int found = -1;
  for (int c : ColumnsNamed(v, rules, name)) {
    int n = 0;
    bool inside = true;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r)
      if (const Figure* f = v.FigureAt(r, c)) {
        ++n;
        inside = inside && !f->percent && f->value >= lo && f->value <= hi;
      }
    if (n >= 3 && inside) {
      if (found >= 0) return -1;  // two candidates: which is meant is unknown
      found = c;
    }
  }
  return found;
}

// The grade a cell names: "B (Baik)", "Baik", "Sangat Baik"; a lone letter
// only in a row or column that says it holds grades ("Mutu Pelayanan").
const IkmGrade* NamedGrade(const Rules& rules, std::string text, bool grade_place) {
  text = Lower(text);
  static const RE2 kGrade(R"(^\s*(?:([a-d])\b\.?)?\s*\(?\s*([a-z ]*?)\s*\)?\s*$)");
  std::string letter, label;
  if (!RE2::FullMatch(text, kGrade, &letter, &label) || (letter.empty() && label.empty())) return nullptr;
  const IkmGrade* by_letter = nullptr;
  const IkmGrade* by_label = nullptr;
  for (const IkmGrade& g : rules.ikm_scale) {
    if (!letter.empty() && Lower(g.grade) == letter) by_letter = &g;
    if (!label.empty() && Lower(g.label) == label) by_label = &g;
  }
  if (!label.empty() && !by_label) return nullptr;  // other words: not a grade
  if (by_letter && by_label && by_letter != by_label) return nullptr;  // "A (Baik)": two grades, neither certain
  if (by_label) return by_label;
  return grade_place ? by_letter : nullptr;
}

// The grade whose band holds the whole range of a converted value, or none.
const IkmGrade* GradeOf(const Rules& rules, const Interval& converted) {
  for (const IkmGrade& g : rules.ikm_scale)
    if (converted.lo >= g.min - 0.005 && converted.hi <= g.max + 0.005) return &g;
  return nullptr;
}

// A satisfaction survey table (PermenPANRB 14/2017): per unsur the mean
// score NRR on the 1-4 scale and, beside it, its conversion NRR x 25; then
// the IKM and its grade (A Sangat Baik ... D Tidak Baik, by the bands of
// ikm_scale). The columns are known by their header words (rules: columns
// ikm_index, ikm_converted) and by their figures lying on those scales; the
// conversion is checked only where most rows follow it.
void CheckIkmTable(AuditContext& ctx, const TableView& v) {
  const Rules& rules = ctx.rules();
  const int index = ColumnOnScale(v, rules, "ikm_index", 1, 4);
  if (index < 0) return;
  const int converted = ColumnOnScale(v, rules, "ikm_converted", 25, 100);
  // Each row's value on the 25-100 scale: its conversion as printed, or NRR x 25.
  struct Value { Interval range; double plain; int col; };
  auto value_of = [&](int r) -> std::optional<Value> {
    if (const Figure* f = converted >= 0 ? v.FigureAt(r, converted) : nullptr) return Value{PercentRange(*f), f->value, converted};
    if (const Figure* f = v.FigureAt(r, index)) return Value{PercentRange(*f).Scaled(25), f->value * 25, index};
    return std::nullopt;
  };
  if (converted >= 0) {
    std::vector<std::pair<int, bool>> rows;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      const Figure* i = v.FigureAt(r, index);
      const Figure* k = v.FigureAt(r, converted);
      if (i && k) rows.push_back({r, PercentRange(*i).Scaled(25).Meets(PercentRange(*k))});
    }
    int held = static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const auto& x) { return x.second; }));
    if (held >= 2 && held * 2 > static_cast<int>(rows.size()))
      for (const auto& [r, ok] : rows) {
        ctx.Checked(v, {{r, index}, {r, converted}}, ok);
        if (ok) continue;
        const Figure& i = *v.FigureAt(r, index);
        const Figure& k = *v.FigureAt(r, converted);
        std::string expect = Show(i.value * 25, k);
        Finding f;
        f.rule = "label.ikm";
        f.found = k.value;
        f.expected = i.value * 25;
        f.message = v.Name() + ": " + v.row(r).label + ": nilai konversi tertulis " + k.printed + ", padahal NRR " +
                    i.printed + " x 25 = " + expect + ".";
        f.message_en = v.Name() + ": " + v.row(r).label + ": the converted value reads " + k.printed + ", but NRR " +
                       i.printed + " x 25 = " + expect + ".";
        f.reading = "Nilai konversi = NRR x 25 (PermenPANRB 14/2017); " + std::to_string(held) + " dari " +
                    std::to_string(rows.size()) + " baris tabel ini mengikutinya.";
        f.reading_en = "Converted value = NRR x 25 (PermenPANRB 14/2017); " + std::to_string(held) + " of the table's " +
                       std::to_string(rows.size()) + " rows follow it.";
        f.evidence = {v.EvidenceAt(r, converted, true), v.EvidenceAt(r, index)};
        f.priority = 60;
        ctx.Report(std::move(f));
      }
  }
  // Grades: in their own column beside each value, or in a row under the IKM
  // row ("Mutu Pelayanan | B (Baik)"), which grades the value just above it.
  for (int r = v.table().header_rows; r < v.n_rows(); ++r)
    for (int c = 0; c < v.n_cols(); ++c) {
      if (v.FigureAt(r, c) || v.table().rows[r][c].placeholder) continue;
      std::string place = Lower(v.row(r).label + " " + v.column(c).header());
      bool grade_place = Has(place, ColumnWords(rules, "ikm_grade"));
      const IkmGrade* said = NamedGrade(rules, v.table().rows[r][c].text, grade_place);
      if (!said) continue;
      int of = r;
      while (of >= v.table().header_rows && !value_of(of)) --of;
      if (of < v.table().header_rows) continue;
      auto [value, plain, col] = *value_of(of);
      const IkmGrade* actual = GradeOf(rules, value);
      if (!actual) continue;  // on a band's edge within rounding: either grade may be right
      ctx.Checked(v, {{r, c}, {of, col}}, actual == said);
      if (actual == said) continue;
      const std::string& printed = v.table().rows[r][c].text;
      std::string shown = ShowPlain(plain, 2);
      Finding f;
      f.rule = "label.ikm";
      f.found = plain;
      f.message = v.Name() + ": tertulis \"" + printed + "\" untuk nilai " + shown + ", padahal nilai itu masuk mutu " +
                  actual->grade + " (" + actual->label + "), rentang " + ShowPlain(actual->min, 2) + "-" + ShowPlain(actual->max, 2) + ".";
      f.message_en = v.Name() + ": reads \"" + printed + "\" for the value " + shown + ", which is grade " + actual->grade +
                     " (" + actual->label + "), range " + ShowPlain(actual->min, 2) + "-" + ShowPlain(actual->max, 2) + ".";
      f.reading = "Mutu pelayanan menurut nilai konversi IKM (PermenPANRB 14/2017): A 88,31-100; B 76,61-88,30; C 65,00-76,60; D 25,00-64,99.";
      f.reading_en = "Service grade by the converted IKM value (PermenPANRB 14/2017): A 88.31-100; B 76.61-88.30; C 65.00-76.60; D 25.00-64.99.";
      f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(of, col)};
      f.priority = 60;
      ctx.Report(std::move(f));
    }
}

}  // namespace

void CheckLabels(AuditContext& ctx) {
  for (const TableView& v : ctx.views()) {
    CheckStatus(ctx, v);
    CheckTrends(ctx, v);
    CheckIndexUnits(ctx, v);
    CheckIkmTable(ctx, v);
  }
}

}  // namespace lkj::audit
