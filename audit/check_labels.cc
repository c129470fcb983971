// Verdict labels against their figures: Tercapai / Belum Tercapai against the
// achievement, Naik / Turun / Tetap against the two years' values, and an
// index reported with unit %.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "audit/checks.h"
#include "audit/text_format.h"
#include "audit/interval.h"

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

}  // namespace

void CheckLabels(AuditContext& ctx) {
  for (const TableView& v : ctx.views()) {
    CheckStatus(ctx, v);
    CheckTrends(ctx, v);
    CheckIndexUnits(ctx, v);
  }
}

}  // namespace lkj::audit
