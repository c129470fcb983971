// Cross-references: every place that prints the same quantity must agree.
//
// Rows of different tables (and claims in the text) are taken to be the same
// budget line when their labels match or when they share an identifying
// budget amount; the document's total budget is one quantity wherever it is
// printed. Indicator rows are matched by label only. Where the places
// disagree, the value most sources print (weighted by checks it passed) is
// taken as right and each other value is reported, with the row that
// explains a wrong total when there is one.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>
#include <sstream>
#include <string_view>

#include "audit/checks.h"
#include "audit/figure_range.h"
#include "audit/indicator_name.h"
#include "audit/interval.h"
#include "audit/parallel.h"
#include "audit/text_format.h"

namespace lkj::audit {
namespace {

struct QKey {
  Domain domain;
  Role role;
  int year;
  bool operator<(const QKey& o) const {
    return std::tie(domain, role, year) < std::tie(o.domain, o.role, o.year);
  }
};

struct Entry {
  Figure fig;
  Evidence ev;
  std::string source;       // table id, or "uraian"
  std::string source_name;  // "Tabel 2.3", "uraian hal. 30"
  std::string unit;
  bool verified = false;
  bool failed = false;  // took part in a relation of its table that does not hold
  int record = -1;
  std::optional<double> gap;  // of the failed sum it is a part of
  bool row_blamed = false;     // a money figure of its row is shown wrong elsewhere
};

// A figure printed in the running text (it has no unit column, no checks).
Entry TextEntry(const Figure& fig, const Evidence& ev, const std::string& name) {
  return Entry{fig, ev, "uraian", name, "", false, false, -1, std::nullopt, false};
}

struct Record {
  const TableView* view = nullptr;
  int row = -1;
  std::string label, label_key;
  std::string lead_key;     // a claim of the text: the words before it, normalised
  bool amount_links = true;  // a claim whose amounts may identify its line
  std::string name_key;     // the indicator's own name (IndicatorKey)
  std::string context_key;  // the sasaran or program printed beside it, if any
  bool grand_total = false;
  bool summary = false;  // a total or average row: its label names nothing
  bool flat = true;      // its table has no program > kegiatan tree or outline
  std::vector<std::pair<QKey, Entry>> values;
};

// Records joined into budget lines or indicators. A join that would make a
// line absurd is refused, so one wrong link (an amount two lines share, a
// sentence naming two kegiatan) cannot chain unrelated rows into one item:
// a line is printed at most once per table, and a total row is never the
// same line as an item row.
class ItemSets {
 public:
  enum Link { kByName = 1, kByAmount = 2, kBySpent = 4, kAsTotal = 8, kByNearName = 16, kByMention = 32 };
  explicit ItemSets(const std::vector<Record>& recs) : p_(recs.size()), members_(recs.size()), links_(recs.size()) {
    std::iota(p_.begin(), p_.end(), 0);
    for (size_t i = 0; i < recs.size(); ++i) members_[i] = {Member::Of(recs[i], i)};
  }
  size_t Find(size_t i) { return p_[i] == i ? i : p_[i] = Find(p_[i]); }
  // `why` says what links the two (for the finding's reading).
  bool Join(size_t a, size_t b, int why) {
    size_t ra = Find(a), rb = Find(b);
    if (ra == rb) return true;
    for (const Member& x : members_[ra])
      for (const Member& y : members_[rb])
        if (x.Conflicts(y)) return false;
    p_[ra] = rb;
    members_[rb].insert(members_[rb].end(), members_[ra].begin(), members_[ra].end());
    members_[ra].clear();
    links_[rb] |= links_[ra] | why;
    return true;
  }
  int Links(size_t i) { return links_[Find(i)]; }

 private:
  struct Member {
    const Table* table;  // null for the running text
    size_t record;
    bool total_row, item_row;
    static Member Of(const Record& r, size_t i) {
      bool row = r.view != nullptr;
      return {row ? &r.view->table() : nullptr, i, row && r.summary, row && !r.summary};
    }
    bool Conflicts(const Member& o) const {
      if (table && table == o.table && record != o.record) return true;
      return (total_row && o.item_row) || (item_row && o.total_row);
    }
  };
  std::vector<size_t> p_;
  std::vector<std::vector<Member>> members_;
  std::vector<int> links_;
};

bool LabelsMatch(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return CountWords(a) >= 2;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return CountWords(shorter) >= 4 && longer.size() > shorter.size() &&
         longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0 &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

// Records by one of their keys (label or indicator name), each list in
// record order; records without that key are left out.
using KeyIndex = std::map<std::string, std::vector<size_t>>;
KeyIndex IndexBy(const std::vector<Record>& recs, std::string Record::*key) {
  KeyIndex out;
  for (size_t i = 0; i < recs.size(); ++i)
    if (!(recs[i].*key).empty()) out[recs[i].*key].push_back(i);
  return out;
}

// The records a name can link to a record: those whose key is equal to its
// key, or one a word-final part of the other of at least four words
// (LabelsMatch). Looked up record by record, in record order, so links are
// made in the order of a loop over all pairs while a long document costs
// neither the square of its rows nor a list of every pair.
class NamePartners {
 public:
  NamePartners(const std::vector<Record>& recs, std::string Record::*key)
      : recs_(&recs), key_(key), index_(IndexBy(recs, key)), suffixed_(recs.size()) {
    constexpr int kMinSuffixWords = 4;
    for (size_t i = 0; i < recs.size(); ++i) {
      const std::string& text = recs[i].*key;
      for (size_t p = 1; p < text.size(); ++p) {
        if (text[p - 1] != ' ') continue;
        auto it = index_.find(text.substr(p));
        if (it == index_.end() || CountWords(it->first) < kMinSuffixWords) continue;
        for (size_t j : it->second) {
          suffixed_[i].push_back(j);
          suffixed_[j].push_back(i);
        }
      }
    }
  }
  const KeyIndex& index() const { return index_; }
  // Appends the partners j > i of record i (unsorted, maybe repeated).
  void AppendAfter(size_t i, std::vector<size_t>* out) const {
    if (auto it = index_.find((*recs_)[i].*key_); it != index_.end())
      out->insert(out->end(), std::upper_bound(it->second.begin(), it->second.end(), i), it->second.end());
    for (size_t j : suffixed_[i])
      if (j > i) out->push_back(j);
  }

 private:
  const std::vector<Record>* recs_;
  std::string Record::*key_;
  KeyIndex index_;
  std::vector<std::vector<size_t>> suffixed_;
};

bool IsGrandTotalLabel(const std::string& key) {
  return key.empty() || key == "total" || key == "jumlah" || key == "jumlah total" || key == "total anggaran";
}

std::string UnitOf(const TableView& v, int r) {
  for (int c = 0; c < v.n_cols(); ++c)
    if (v.column(c).role == Role::kUnit) {
      std::string u = v.TextAt(r, c);
      for (char& ch : u) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return u;
    }
  return "";
}

// A column that prints one figure on every row (three or more) says nothing
// about any one line: "Realisasi 2021" reading 100 % for indicators counted
// in paket, km and percent is a column of achievements. Tables that share
// one header (one small table per program) are one series for this.
std::string HeaderSignature(const TableView& v) {
  std::string sig;
  for (int c = 0; c < v.n_cols(); ++c) sig += v.column(c).header() + "|";
  return sig;
}

std::set<std::pair<std::string, int>> ConstantColumns(const AuditContext& ctx) {
  std::map<std::pair<std::string, int>, std::pair<std::set<double>, int>> seen;  // values, rows
  for (const TableView& v : ctx.views()) {
    std::string sig = HeaderSignature(v);
    for (int c = 0; c < v.n_cols(); ++c) {
      if (v.column(c).domain != Domain::kPerformance) continue;
      auto& [values, rows] = seen[{sig, c}];
      for (int r = v.table().header_rows; r < v.n_rows(); ++r)
        if (const Figure* f = v.FigureAt(r, c); f && v.row(r).kind == RowKind::kData) {
          values.insert(f->value);
          ++rows;
        }
    }
  }
  std::set<std::pair<std::string, int>> out;
  for (const auto& [key, vr] : seen)
    if (vr.first.size() == 1 && vr.second >= 3) out.insert(key);
  return out;
}

// The label column that names the indicator ("Indikator Kinerja") beside
// its sasaran or program columns; -1 when the table has none.
int IndicatorColumn(const TableView& v, const Rules& rules) {
  for (const auto& [role, words] : rules.columns) {
    if (role != "indicator") continue;
    for (int c = v.n_cols() - 1; c >= 0; --c)
      if (v.column(c).role == Role::kLabel)
        for (const std::string& w : words)
          if (v.column(c).header().find(w) != std::string::npos) return c;
  }
  return -1;
}

// Each row's indicator name: the indicator column's own text, or the whole
// label where the table has no such column or prints one name on two rows
// (the same indicator under two sasaran is two lines).
void NameIndicators(const TableView& v, const Rules& rules, std::vector<Record>::iterator first,
                    std::vector<Record>::iterator last) {
  int col = IndicatorColumn(v, rules);
  std::map<std::string, int> uses;
  for (auto it = first; it != last; ++it) {
    it->name_key = IndicatorKey(col >= 0 ? NormalizeLabel(v.TextAt(it->row, col)) : it->label_key);
    ++uses[it->name_key];
    for (int c = col - 1; c >= 0 && it->context_key.empty(); --c)
      if (v.column(c).role == Role::kLabel) it->context_key = IndicatorKey(NormalizeLabel(v.TextAt(it->row, c)));
  }
  for (auto it = first; it != last; ++it)
    if (uses[it->name_key] > 1) it->name_key = IndicatorKey(it->label_key);
}

// The records of one table's rows.
std::vector<Record> RecordsOf(const AuditContext& ctx, const TableView& v,
                              const std::set<std::pair<std::string, int>>& constant_columns) {
  std::vector<Record> out;
  std::vector<bool> constant(v.n_cols());
  for (int c = 0; c < v.n_cols(); ++c) constant[c] = constant_columns.count({HeaderSignature(v), c}) > 0;
  bool flat = true;
  // Only items make an outline: a closing "Rata-rata" or "Jumlah" row read
  // one level down does not.
  for (int r = v.table().header_rows; r < v.n_rows(); ++r)
    flat = flat && (v.row(r).kind != RowKind::kData || v.row(r).level == 0);
  double max_budget = 0;
  for (int r = v.table().header_rows; r < v.n_rows(); ++r)
    for (int c = 0; c < v.n_cols(); ++c)
      if (v.column(c).role == Role::kBudget && v.column(c).domain == Domain::kMoney && v.FigureAt(r, c))
        max_budget = std::max(max_budget, v.FigureAt(r, c)->value);
  for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
    const RowInfo& row = v.row(r);
    if (row.kind != RowKind::kData && row.kind != RowKind::kTotal) continue;
    Record rec;
    rec.view = &v;
    rec.row = r;
    rec.label = row.label;
    rec.label_key = NormalizeLabel(row.label);
    rec.summary = row.kind == RowKind::kTotal;
    rec.flat = flat;
    std::string unit = UnitOf(v, r);
    bool row_blamed = false;
    for (int c = 0; c < v.n_cols(); ++c)
      row_blamed = row_blamed || (v.column(c).domain == Domain::kMoney && ctx.Blamed(v, r, c));
    for (int c = 0; c < v.n_cols(); ++c) {
      const ColumnInfo& col = v.column(c);
      const Figure* f = v.FigureAt(r, c);
      if (!f || col.domain == Domain::kNone || col.cumulative || constant[c]) continue;
      // Staff figures of a sum row are averages, not the line's own.
      if (row.kind == RowKind::kTotal && col.domain == Domain::kStaff) continue;
      if (col.role != Role::kBudget && col.role != Role::kRealised && col.role != Role::kPercent &&
          col.role != Role::kTarget)
        continue;
      Entry e{*f, v.EvidenceAt(r, c, true), v.table().id, v.Name(), unit, ctx.Verified(v.table().id, r, c),
              ctx.IsChecked(v.table().id, r, c) && !ctx.Verified(v.table().id, r, c), -1,
              ctx.GapAt(v.table().id, r, c), row_blamed};
      rec.values.push_back({QKey{col.domain, col.role, col.year ? col.year : ctx.reporting_year()}, e});
      if (row.kind == RowKind::kTotal && col.role == Role::kBudget && col.domain == Domain::kMoney &&
          IsGrandTotalLabel(rec.label_key) && f->value >= max_budget)
        rec.grand_total = true;
    }
    // Two columns of one row under one key ("realisasi 2016" and "realisasi
    // s/d 2016") make the key ambiguous for this row: drop it.
    std::map<QKey, int> seen;
    for (const auto& [k, e] : rec.values) ++seen[k];
    std::erase_if(rec.values, [&](const auto& kv) { return seen[kv.first] > 1; });
    if (!rec.values.empty()) out.push_back(std::move(rec));
  }
  NameIndicators(v, ctx.rules(), out.begin(), out.end());
  return out;
}

// Every table's records, in table order; tables are read on ctx.threads().
std::vector<Record> TableRecords(const AuditContext& ctx) {
  const auto constant_columns = ConstantColumns(ctx);
  std::vector<std::vector<Record>> of_table(ctx.views().size());
  ParallelFor(of_table.size(), ctx.threads(),
              [&](size_t t) { of_table[t] = RecordsOf(ctx, ctx.views()[t], constant_columns); });
  std::vector<Record> out;
  for (auto& records : of_table)
    for (Record& r : records) out.push_back(std::move(r));
  return out;
}

void AddClaimRecords(const AuditContext& ctx, std::vector<Record>* out) {
  // A staff claim ("SDM sebanyak 28 orang atau 93,33% dari rencana sebanyak
  // 30 orang") belongs to the money claim just before it in the same passage:
  // together they describe one budget line, as its table row does.
  constexpr size_t kSamePassage = 700;
  std::vector<const NarrativeClaim*> staff_of(ctx.claims().size(), nullptr);
  for (size_t i = 0; i < ctx.claims().size(); ++i) {
    const NarrativeClaim& s = ctx.claims()[i];
    if (s.domain != Domain::kStaff) continue;
    const NarrativeClaim* best = nullptr;
    size_t best_index = 0;
    for (size_t k = 0; k < ctx.claims().size(); ++k) {
      const NarrativeClaim& m = ctx.claims()[k];
      if (m.domain == Domain::kMoney && m.has_percent && m.offset < s.offset && s.offset - m.offset <= kSamePassage &&
          (!best || m.offset > best->offset)) {
        best = &m;
        best_index = k;
      }
    }
    if (best && !staff_of[best_index]) staff_of[best_index] = &s;
  }
  for (size_t i = 0; i < ctx.claims().size(); ++i) {
    const NarrativeClaim& c = ctx.claims()[i];
    if (c.domain != Domain::kMoney) continue;
    Record rec;
    std::string name = "uraian hal. " + std::to_string(c.whole_ev.page);
    int y = ctx.reporting_year();
    rec.values.push_back({QKey{Domain::kMoney, Role::kBudget, y}, TextEntry(c.whole, c.whole_ev, name)});
    rec.values.push_back({QKey{Domain::kMoney, Role::kRealised, y}, TextEntry(c.part, c.part_ev, name)});
    if (c.has_percent)
      rec.values.push_back({QKey{Domain::kMoney, Role::kPercent, y}, TextEntry(c.percent, c.percent_ev, name)});
    if (const NarrativeClaim* s = staff_of[i]) {
      rec.values.push_back({QKey{Domain::kStaff, Role::kTarget, y}, TextEntry(s->whole, s->whole_ev, name)});
      rec.values.push_back({QKey{Domain::kStaff, Role::kRealised, y}, TextEntry(s->part, s->part_ev, name)});
      rec.values.push_back({QKey{Domain::kStaff, Role::kPercent, y}, TextEntry(s->percent, s->percent_ev, name)});
    }
    for (auto& [k, e] : rec.values) e.ev.suspect = true;
    rec.lead_key = " " + NormalizeLabel(c.lead) + " ";
    rec.amount_links = c.amount_links;
    out->push_back(std::move(rec));
  }
}

// Budget amounts that name one budget line: large, and within each table on
// rows that agree on the rest of their money figures.
void LinkByAmount(const std::vector<Record>& recs, double threshold, ItemSets* sets) {
  std::map<long long, std::vector<size_t>> by_amount;
  for (size_t i = 0; i < recs.size(); ++i)
    for (const auto& [k, e] : recs[i].values)
      if (recs[i].amount_links)
      if (k.domain == Domain::kMoney && k.role == Role::kBudget && e.fig.value >= threshold)
        by_amount[std::llround(e.fig.value)].push_back(i);
  // A claim in the text also names its line by the amount spent, when that
  // amount is printed for exactly one line of the tables: a mistyped budget
  // in the claim is then still compared.
  std::map<long long, std::vector<size_t>> spent;
  for (size_t i = 0; i < recs.size(); ++i)
    for (const auto& [k, e] : recs[i].values)
      if (recs[i].amount_links)
      if (k.domain == Domain::kMoney && k.role == Role::kRealised && e.fig.value >= threshold)
        spent[std::llround(e.fig.value)].push_back(i);
  for (const auto& [amount, ids] : spent) {
    std::vector<size_t> claims, rows;
    std::map<std::string, std::set<long long>> budgets_by_table;
    for (size_t i : ids) {
      if (!recs[i].view) {
        claims.push_back(i);
        continue;
      }
      rows.push_back(i);
      auto& budgets = budgets_by_table[recs[i].view->table().id];
      for (const auto& [k, e] : recs[i].values)
        if (k.domain == Domain::kMoney && k.role == Role::kBudget) budgets.insert(std::llround(e.fig.value));
    }
    // One line: within each table the rows with this amount share one budget.
    bool one_line = !rows.empty();
    for (const auto& [table, budgets] : budgets_by_table) one_line = one_line && budgets.size() <= 1;
    if (!one_line) continue;
    for (size_t c : claims) sets->Join(c, rows.front(), ItemSets::kBySpent);
  }
  for (const auto& [amount, ids] : by_amount) {
    std::map<std::string, std::set<long long>> realised_by_source;
    for (size_t i : ids)
      for (const auto& [k, e] : recs[i].values)
        if (k.domain == Domain::kMoney && k.role == Role::kRealised)
          // The text is one source: two of its sentences that give one
          // budget with two spendings may name two lines of equal budget.
          realised_by_source[recs[i].view ? recs[i].view->table().id : "uraian"].insert(std::llround(e.fig.value));
    bool ambiguous = false;
    for (const auto& [src, vals] : realised_by_source) ambiguous = ambiguous || vals.size() > 1;
    if (ambiguous) continue;
    for (size_t k = 1; k < ids.size(); ++k) sets->Join(ids[0], ids[k], ItemSets::kByAmount);
  }
}

// Two prints of one quantity agree when they read alike under any format: a
// column's settled style may have read "3,000" as three where another table
// reads it as three thousand.
bool SameQuantity(const Figure& a, const Figure& b) {
  if (a.printed == b.printed || Agree(a, b)) return true;
  auto ra = ParseFigureWithUnit(a.printed, NumberStyle::kUnknown);
  auto rb = ParseFigureWithUnit(b.printed, NumberStyle::kUnknown);
  return ra && rb && (ra->ambiguous || rb->ambiguous || a.style_slip || b.style_slip) && Agree(*ra, *rb);
}

// The unit a figure prints beside its digits, letters only ("paket",
// "kh" of "/1000 KH"), "%" for a percent; empty when it prints none.
std::string PrintedUnit(const Figure& f) {
  if (f.percent) return "%";
  std::string u;
  for (unsigned char ch : f.trail)
    if (std::isalpha(ch)) u += static_cast<char>(std::tolower(ch));
  return u;
}

// One indicator by its own name, where the sasaran beside it (if both
// tables print one) is the same.
bool SameIndicator(const Record& a, const Record& b) {
  return LabelsMatch(a.name_key, b.name_key) && ContextsAgree(a.context_key, b.context_key);
}

// Whether `percent` is `part` over `whole` times 100, within the rounding of
// the three prints.
bool PercentOf(const Figure& percent, const Figure& part, const Figure& whole) {
  if (whole.lo <= 0) return false;
  return Range(part).DividedBy(Range(whole)).Scaled(100).Meets(PercentRange(percent));
}

// The performance figure of `role` a record prints for `year`, if one.
const Figure* FigureOf(const Record& r, Role role, int year) {
  for (const auto& [k, e] : r.values)
    if (k.domain == Domain::kPerformance && k.role == role && k.year == year) return &e.fig;
  return nullptr;
}

const Figure* TargetOf(const Record& r, int year) { return FigureOf(r, Role::kTarget, year); }

// The performance figure of `role` and `year` that more places (tables and
// pages) print than any other among the records `members`; null on a tie.
const Figure* LeadingFigure(const std::vector<Record>& recs, const std::vector<size_t>& members, Role role, int year) {
  std::vector<std::pair<const Figure*, std::set<std::string>>> groups;
  for (size_t i : members)
    for (const auto& [k, e] : recs[i].values) {
      if (k.domain != Domain::kPerformance || k.role != role || k.year != year) continue;
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return SameQuantity(*g.first, e.fig); });
      if (it == groups.end()) it = groups.insert(groups.end(), {&e.fig, {}});
      it->second.insert(e.source + "@" + std::to_string(e.ev.page));
    }
  if (groups.size() == 1) return groups.front().first;
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  if (groups.size() < 2 || groups[0].second.size() == groups[1].second.size()) return nullptr;
  return groups[0].first;
}

// Indicators whose names are one word apart ("... desa/kelurahan UCI" and
// "... desa/kelurahan mencapai UCI") are taken for one when both rows print
// the same target for a year: a likely reading, so its findings are warnings.
void LinkNearNames(const std::vector<Record>& recs, const KeyIndex& by_name, ItemSets* sets) {
  constexpr int kMinWords = 3;
  // Only a name one word shorter can be near: look each shorter form up
  // instead of comparing every pair of rows.
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t i = 0; i < recs.size(); ++i) {
    std::vector<std::string> words;
    std::istringstream in(recs[i].name_key);
    for (std::string w; in >> w;) words.push_back(w);
    if (static_cast<int>(words.size()) <= kMinWords) continue;
    for (size_t skip = 0; skip < words.size(); ++skip) {
      std::string shorter;
      for (size_t w = 0; w < words.size(); ++w)
        if (w != skip) shorter += (shorter.empty() ? "" : " ") + words[w];
      auto it = by_name.find(shorter);
      if (it == by_name.end()) continue;
      for (size_t j : it->second) pairs.push_back(std::minmax(i, j));
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (const auto& [i, j] : pairs) {
    const Record& a = recs[i];
    const Record& b = recs[j];
    if (!a.view || !b.view || a.view == b.view || a.summary || b.summary || !a.flat || !b.flat) continue;
    if (sets->Find(i) == sets->Find(j) || !NearNames(a.name_key, b.name_key, kMinWords) ||
        !ContextsAgree(a.context_key, b.context_key))
      continue;
    bool same_target = false;
    for (const auto& [k, e] : a.values)
      if (k.domain == Domain::kPerformance && k.role == Role::kTarget)
        // The very value, not one within rounding: 90% and 91% touch.
        if (const Figure* t = TargetOf(b, k.year); t && t->value == e.fig.value) same_target = true;
    if (same_target) sets->Join(i, j, ItemSets::kByNearName);
  }
}

// Where the words of `label` (or, for a long one, at least its first half:
// a table may misspell a later word) end in `lead`; npos when not there.
size_t MentionEnd(const std::string& lead, const std::string& label) {
  constexpr int kMinWords = 3;
  std::vector<std::string> words;
  std::istringstream in(label);
  for (std::string w; in >> w;) words.push_back(w);
  if (static_cast<int>(words.size()) < kMinWords) return std::string::npos;
  size_t least = std::max<size_t>(kMinWords + 1, (words.size() + 1) / 2);
  for (size_t n = words.size(); n >= least || n == words.size(); --n) {
    std::string phrase;
    for (size_t i = 0; i < n; ++i) phrase += " " + words[i];
    size_t at = lead.rfind(phrase + " ");
    if (at != std::string::npos) return at + phrase.size();
    if (n <= least) break;
  }
  return std::string::npos;
}

// A money claim of the text belongs to the table row its sentence names
// just before it, when one of its amounts (budget or spending) is that
// row's: the name says which line, the amount that the name is not a
// passing mention. The row named last before the claim wins.
void LinkByMention(const std::vector<Record>& recs, ItemSets* sets) {
  auto money = [](const Record& r, Role role) -> std::optional<long long> {
    for (const auto& [k, e] : r.values)
      if (k.domain == Domain::kMoney && k.role == role) return std::llround(e.fig.value * 100);
    return std::nullopt;
  };
  // Table rows by their budget and by their spending: a claim looks only at
  // rows that print one of its amounts.
  std::map<std::pair<Role, long long>, std::vector<size_t>> rows_by_amount;
  for (size_t j = 0; j < recs.size(); ++j) {
    if (!recs[j].view || recs[j].summary) continue;
    for (Role role : {Role::kBudget, Role::kRealised})
      if (auto amount = money(recs[j], role)) rows_by_amount[{role, *amount}].push_back(j);
  }
  for (size_t i = 0; i < recs.size(); ++i) {
    const Record& claim = recs[i];
    if (claim.view || claim.lead_key.size() < 3) continue;
    std::vector<size_t> rows;
    for (Role role : {Role::kBudget, Role::kRealised}) {
      auto amount = money(claim, role);
      auto it = amount ? rows_by_amount.find({role, *amount}) : rows_by_amount.end();
      if (it != rows_by_amount.end()) rows.insert(rows.end(), it->second.begin(), it->second.end());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    size_t best = 0, best_end = 0, best_len = 0;
    bool found = false;
    std::map<std::string_view, size_t> end_of_label;  // rows of one name, one search
    for (size_t j : rows) {
      const Record& row = recs[j];
      auto [at, fresh] = end_of_label.try_emplace(row.label_key, 0);
      if (fresh) at->second = MentionEnd(claim.lead_key, row.label_key);
      size_t end = at->second;
      if (end == std::string::npos) continue;
      if (!found || end > best_end || (end == best_end && row.label_key.size() > best_len)) {
        best = j, best_end = end, best_len = row.label_key.size();
        found = true;
      }
    }
    if (found) sets->Join(i, best, ItemSets::kByMention);
  }
}

std::string RoleName(const QKey& k, bool en) {
  switch (k.role) {
    case Role::kBudget: return en ? "budget" : "anggaran";
    case Role::kRealised: return k.domain == Domain::kMoney ? (en ? "spending" : "realisasi anggaran") : (en ? "realisation" : "realisasi");
    case Role::kPercent: return k.domain == Domain::kMoney ? (en ? "budget absorption" : "persentase realisasi anggaran") : (en ? "achievement" : "capaian");
    case Role::kTarget: return "target";
    default: return en ? "figure" : "angka";
  }
}


std::optional<double> BudgetOf(const Record& r) {
  for (const auto& [k, e] : r.values)
    if (k.domain == Domain::kMoney && k.role == Role::kBudget) return e.fig.value;
  return std::nullopt;
}

// Grand totals and the text's total budget are one quantity when their
// budgets agree or differ like a typo; each joins the first such total.
void LinkTotals(const std::vector<Record>& recs, ItemSets* sets) {
  std::vector<size_t> totals;
  for (size_t i = 0; i < recs.size(); ++i)
    if (recs[i].grand_total) totals.push_back(i);
  for (size_t k = 1; k < totals.size(); ++k) {
    auto bk = BudgetOf(recs[totals[k]]);
    for (size_t j = 0; j < k; ++j) {
      auto bj = BudgetOf(recs[totals[j]]);
      if (bk && bj && !TypoApart(*bk, *bj)) continue;
      if (sets->Join(totals[j], totals[k], ItemSets::kAsTotal)) break;
    }
  }
}

// Two tables that print the same names with different figures for most of
// them are tables of different scope or time (APBN of the province and of the
// Dinas, plan and realisation): their rows are not the same lines.
std::set<std::pair<std::string, std::string>> DifferentScopes(
    const std::vector<Record>& recs, const KeyIndex& by_label) {
  std::map<std::pair<std::string, std::string>, std::pair<int, int>> tally;  // agree, disagree
  for (const auto& [label, ids] : by_label)
    for (size_t x = 0; x < ids.size(); ++x)
      for (size_t y = x + 1; y < ids.size(); ++y) {
        size_t i = ids[x], j = ids[y];
        const Record& a = recs[i];
        const Record& b = recs[j];
        if (!a.view || !b.view || a.view == b.view || a.summary || b.summary) continue;
        if (a.label_key != b.label_key || CountWords(a.label_key) < 2) continue;
        bool shared = false, differ = false;
        for (const auto& [ka, ea] : a.values)
          for (const auto& [kb, eb] : b.values)
            if (!(ka < kb) && !(kb < ka) && ka.domain == Domain::kMoney) {
              shared = true;
              differ = differ || !(ea.fig.printed == eb.fig.printed || Agree(ea.fig, eb.fig));
            }
        if (!shared) continue;
        auto key = std::minmax(a.view->table().id, b.view->table().id);
        auto& [agree, disagree] = tally[{key.first, key.second}];
        (differ ? disagree : agree) += 1;
      }
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& [pair, counts] : tally)
    if (counts.second >= 2 && counts.second > counts.first) out.insert(pair);
  return out;
}

// Two tables that share line names but disagree, where one table's column
// holds the other's figures of another quantity line after line (a
// "Realisasi 2016" column that prints the budgets): one finding for the
// column, not one per line.
void ReportMisplacedColumns(AuditContext& ctx, const std::vector<Record>& recs,
                            const KeyIndex& by_label,
                            const std::set<std::pair<std::string, std::string>>& scopes) {
  struct Tally { int same_as_other = 0, differ = 0; const Entry* first = nullptr; const Entry* source = nullptr; QKey other; };
  std::map<std::tuple<std::string, std::string, int, int>, Tally> tallies;  // wrong table, other table, role, year
  for (size_t i = 0; i < recs.size(); ++i) {
    if (recs[i].label_key.empty()) continue;
    for (size_t j : by_label.at(recs[i].label_key)) {
      const Record& a = recs[i];
      const Record& b = recs[j];
      if (i == j || !a.view || !b.view || a.view == b.view || a.summary || b.summary) continue;
      if (a.label_key != b.label_key || CountWords(a.label_key) < 2) continue;
      auto key = std::minmax(a.view->table().id, b.view->table().id);
      if (!scopes.count({key.first, key.second})) continue;
      for (const auto& [kb, eb] : b.values) {
        if (kb.domain != Domain::kMoney) continue;
        const Entry* same_key = nullptr;
        const Entry* other_role = nullptr;
        QKey other{};
        for (const auto& [ka, ea] : a.values) {
          if (ka.domain != Domain::kMoney) continue;
          if (ka.role == kb.role && ka.year == kb.year) same_key = &ea;
          else if (ka.role != kb.role && Agree(ea.fig, eb.fig)) other_role = &ea, other = ka;
        }
        if (!same_key || Agree(same_key->fig, eb.fig)) continue;
        Tally& t = tallies[{b.view->table().id, a.view->table().id, static_cast<int>(kb.role), kb.year}];
        ++t.differ;
        if (other_role) {
          ++t.same_as_other;
          if (!t.first) t.first = &eb, t.source = other_role, t.other = other;
        }
      }
    }
  }
  for (const auto& [k, t] : tallies) {
    if (t.same_as_other < 3 || t.same_as_other * 10 < t.differ * 7) continue;
    const auto& [wrong_table, other_table, role, year] = k;
    QKey wrong_key{Domain::kMoney, static_cast<Role>(role), year};
    Finding f;
    f.rule = "xref.value";
    f.found = t.first->fig.value;
    f.expected = std::nullopt;
    std::string n = std::to_string(t.same_as_other) + "/" + std::to_string(t.differ);
    f.message = t.first->source_name + ": kolom " + RoleName(wrong_key, false) + " " + std::to_string(year) +
                " memuat angka " + RoleName(t.other, false) + " dari " + t.source->source_name + " (" + n +
                " baris yang namanya sama), bukan " + RoleName(wrong_key, false) + "-nya; contoh: " +
                t.first->fig.printed + ".";
    f.message_en = t.first->source_name + ": the " + RoleName(wrong_key, true) + " " + std::to_string(year) +
                   " column holds the " + RoleName(t.other, true) + " figures of " + t.source->source_name + " (" + n +
                   " lines of the same name), not their " + RoleName(wrong_key, true) + "; e.g. " +
                   t.first->fig.printed + ".";
    f.reading = "Dua tabel dengan nama baris yang sama berbeda di sebagian besar barisnya; kolom ini sama dengan kolom " +
                RoleName(t.other, false) + " tabel lainnya pada " + n + " baris.";
    f.reading_en = "Two tables with the same line names disagree on most lines; this column equals the other table's " +
                   RoleName(t.other, true) + " column on " + n + " lines.";
    f.evidence = {t.first->ev, t.source->ev};
    f.evidence[0].suspect = true;
    f.evidence[1].suspect = false;
    f.priority = 99;
    ctx.Report(std::move(f));
  }
}

// A figure the text calls "the total budget" is the document's only when the
// text gives few such totals: a "jumlah anggaran ... sebesar" in every
// kegiatan's paragraph names each kegiatan's budget.
std::vector<HeadlineFigure> DocumentHeadlines(const std::vector<HeadlineFigure>& all) {
  std::map<Role, std::set<long long>> distinct;
  for (const HeadlineFigure& h : all) distinct[h.role].insert(std::llround(h.figure.value * 100));
  std::vector<HeadlineFigure> out;
  for (const HeadlineFigure& h : all)
    if (distinct[h.role].size() <= 2) out.push_back(h);
  return out;
}


struct Group {
  std::vector<const Entry*> entries;
  double score = 0;
  bool follows_row = false;  // an achievement its own row's realisation and target give
  std::set<std::string> sources;
};

std::string SourcesText(const Group& g) {
  std::set<std::string> names;
  for (const Entry* e : g.entries) names.insert(e->source_name);
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

struct Outlier {
  const Entry* entry;
  double right;
  QKey key;
  bool grand_total;
};

struct Pending {
  const Entry* wrong;
  Finding finding;
};

// Why the places of a cluster were taken for one line, and how the right
// figure was chosen: the reading a cross-reference rests on.
std::pair<std::string, std::string> LinkReading(int links, bool clear) {
  std::string id, en;
  auto add = [&](int bit, const char* i, const char* e) {
    if (!(links & bit)) return;
    id += (id.empty() ? "" : ", ") + std::string(i);
    en += (en.empty() ? "" : ", ") + std::string(e);
  };
  add(1, "namanya sama", "the same name");
  add(2, "jumlah anggaran pengenalnya sama", "the same identifying budget amount");
  add(4, "realisasinya sama dengan satu-satunya baris tabel", "its spending equals that of exactly one table line");
  add(8, "keduanya total dokumen (selisihnya seperti salah ketik)", "both are the document's total (differing like a typo)");
  add(16, "namanya hampir sama (beda satu kata) dan targetnya sama", "nearly the same name (one word apart) and the same target");
  add(32, "uraian menyebut nama barisnya tepat sebelum angkanya dan satu angkanya sama",
      "the text names the row just before its figures and one of its amounts is the row's");
  id = "Dianggap baris/indikator yang sama karena " + id + " (tidak pernah dua baris satu tabel, atau total dengan rincian); " +
       (clear ? "angka yang benar: yang ditulis paling banyak sumber dan lolos pemeriksaan tabelnya sendiri."
              : "tidak jelas mana yang benar.");
  en = "Taken for one line because of " + en + " (never two rows of one table, or a total with an item); " +
       (clear ? "the right figure: the one most places print and that passes its own table's checks."
              : "which is right is not clear.");
  return {id, en};
}

void CompareCluster(AuditContext& ctx, const std::vector<Record>& recs, const std::vector<size_t>& members,
                    bool money_only, int links, std::vector<Outlier>* outliers, std::vector<Pending>* found) {
  std::map<QKey, std::vector<const Entry*>> by_key;
  for (size_t i : members)
    for (const auto& [k, e] : recs[i].values)
      // Budget lines carry their money and staff figures; indicators the rest.
      if ((k.domain == Domain::kMoney || k.domain == Domain::kStaff) == money_only) by_key[k].push_back(&e);
  // An achievement is one quantity only against one target: keep the
  // achievements of rows whose target of that year agrees with the most
  // common one, and only rows that print a target at all.
  for (auto& key_entries : by_key) {
    // Not a structured binding: the lambdas below capture it (clang 14).
    const auto& key = key_entries.first;
    auto& entries = key_entries.second;
    if (key.domain != Domain::kPerformance || key.role != Role::kPercent) continue;
    auto target_of = [&](const Entry* e) -> const Figure* {
      for (const auto& [k, t] : recs[e->record].values)
        if (k.domain == Domain::kPerformance && k.role == Role::kTarget && k.year == key.year) return &t.fig;
      return nullptr;
    };
    const Figure* common = nullptr;
    int best = 0;
    for (const Entry* a : entries) {
      const Figure* ta = target_of(a);
      if (!ta) continue;
      int n = 0;
      for (const Entry* b : entries)
        if (const Figure* tb = target_of(b)) n += SameQuantity(*ta, *tb);
      if (n > best) {
        best = n;
        common = ta;
      }
    }
    // An achievement its own row gives against another year's target (the
    // Renstra end target) is a different quantity from this year's.
    auto other_basis = [&](const Entry* e) {
      const Figure* t = target_of(e);
      auto fits = [&](const Figure& real, const Figure& base) { return PercentOf(e->fig, real, base); };
      for (const auto& [kr, real] : recs[e->record].values) {
        if (kr.domain != Domain::kPerformance || kr.role != Role::kRealised) continue;
        if (t && fits(real.fig, *t)) return false;
        for (const auto& [kt, other] : recs[e->record].values)
          if (kt.domain == Domain::kPerformance && kt.role == Role::kTarget && kt.year != key.year &&
              fits(real.fig, other.fig))
            return true;
      }
      return false;
    };
    std::erase_if(entries, [&](const Entry* e) {
      const Figure* t = target_of(e);
      // Without a target the basis of the achievement is unknown (last year,
      // the Renstra end target ...): not compared.
      return !common || !t || !SameQuantity(*t, *common) || other_basis(e);
    });
    // An achievement follows from its row's realisation: where the rows
    // print different realisations, only the rows that print the one most
    // places print are compared (none when no realisation leads), so a
    // capaian is not blamed for a realisation printed wrong elsewhere.
    const Figure* lead = LeadingFigure(recs, members, Role::kRealised, key.year);
    std::erase_if(entries, [&](const Entry* e) {
      const Figure* real = FigureOf(recs[e->record], Role::kRealised, key.year);
      return real && (!lead || !SameQuantity(*real, *lead));
    });
  }
  for (auto& [key, entries] : by_key) {
    // Entries whose units differ measure different things.
    // (The unit column describes the indicator, not the money columns.)
    // So do figures that print different units ("1 paket", "100%").
    std::set<std::string> units, printed_units;
    for (const Entry* e : entries)
      if (key.domain == Domain::kPerformance) {
        if (!e->unit.empty()) units.insert(e->unit);
        if (std::string u = PrintedUnit(e->fig); !u.empty()) printed_units.insert(u);
      }
    if (units.size() > 1 || printed_units.size() > 1) continue;
    std::set<std::string> sources;
    for (const Entry* e : entries) sources.insert(e->source + "@" + std::to_string(e->ev.page));
    if (sources.size() < 2) continue;
    std::vector<Group> groups;
    for (const Entry* e : entries) {
      Group* home = nullptr;
      for (Group& g : groups)
        if (SameQuantity(g.entries.front()->fig, e->fig)) home = &g;
      if (!home) {
        groups.push_back({});
        home = &groups.back();
      }
      home->entries.push_back(e);
      home->sources.insert(e->source);
    }
    std::vector<std::pair<int, int>> cells;
    if (groups.size() < 2) {
      for (const Entry* e : entries)
        if (e->ev.row >= 0)
          for (const TableView& v : ctx.views())
            if (v.table().id == e->source) ctx.Checked(v, {{e->ev.row, e->ev.col}}, true);
      continue;
    }
    // A spending figure above the line's budget is unlikely to be the right one.
    std::optional<double> budget;
    if (key.role == Role::kRealised && key.domain == Domain::kMoney) {
      std::map<long long, int> budgets;
      for (size_t i : members)
        for (const auto& [k, e] : recs[i].values)
          if (k.domain == Domain::kMoney && k.role == Role::kBudget) ++budgets[std::llround(e.fig.value)];
      int most = 0;
      for (const auto& [v, n] : budgets)
        if (n > most) {
          most = n;
          budget = static_cast<double>(v);
        }
    }
    for (Group& g : groups) {
      g.score = static_cast<double>(g.sources.size());
      for (const Entry* e : g.entries)
        if (e->verified) {
          g.score += 1;
          break;
        }
      // A print that already breaks a sum or ratio of its own table is the
      // likelier slip.
      for (const Entry* e : g.entries)
        if (e->failed) {
          g.score -= 0.5;
          break;
        }
      if (budget && g.entries.front()->fig.value > *budget) g.score -= 2;
      for (const Entry* e : g.entries)
        if (e->row_blamed) {
          g.score -= 2;
          break;
        }
      // With another group's figure instead, its own table's sum would hold.
      for (const Entry* e : g.entries)
        for (const Group& h : groups)
          if (&h != &g && e->gap && std::fabs(h.entries.front()->fig.value - e->fig.value - *e->gap) < 0.5)
            g.score -= 2;
      if (key.domain == Domain::kMoney && key.role == Role::kPercent && g.entries.front()->fig.value > 100) g.score -= 2;
      // An achievement that follows from its own row's realisation and
      // target (either way round) is likelier right than one that does not.
      if (key.domain == Domain::kPerformance && key.role == Role::kPercent) {
        const Entry* e = g.entries.front();
        const Figure* real = FigureOf(recs[e->record], Role::kRealised, key.year);
        const Figure* target = TargetOf(recs[e->record], key.year);
        if (real && target) {
          g.follows_row = PercentOf(e->fig, *real, *target) || PercentOf(e->fig, *target, *real);
          g.score += g.follows_row ? 1.5 : -1;
        }
      }
    }
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.score > b.score; });
    const Group& right = groups[0];
    for (size_t gi = 1; gi < groups.size(); ++gi) {
      // A lead of one source, or of a check passed, decides; a lead of only
      // a failed check of the other's table does not (the check may blame
      // another cell of that row).
      // An achievement that follows from its own row is never the one
      // blamed: which of two such is the slip is not clear.
      bool clear = groups[0].score >= groups[gi].score + 1 && !groups[gi].follows_row;
      for (const Entry* e : groups[gi].entries) {
        bool grand = e->record >= 0 && recs[e->record].grand_total;
        outliers->push_back({e, right.entries.front()->fig.value, key, grand});
      }
      const Entry* wrong = groups[gi].entries.front();
      std::string label;  // the shortest name the places give it
      for (size_t i : members)
        if (recs[i].view && !recs[i].summary && !recs[i].label.empty() &&
            (label.empty() || recs[i].label.size() < label.size()))
          label = recs[i].label;
      if (label.empty()) label = "total";
      Finding f;
      f.rule = "xref.value";
      f.found = wrong->fig.value;
      f.expected = right.entries.front()->fig.value;
      std::string what = RoleName(key, false) + " " + label;
      std::string what_en = RoleName(key, true) + " of " + label;
      if (clear) {
        f.message = "Angka " + what + " tertulis " + wrong->fig.printed + " di " + SourcesText(groups[gi]) +
                    ", sedangkan di " + SourcesText(right) + " tertulis " + right.entries.front()->fig.printed + ".";
        f.message_en = "The " + what_en + " reads " + wrong->fig.printed + " in " + SourcesText(groups[gi]) +
                       ", but " + right.entries.front()->fig.printed + " in " + SourcesText(right) + ".";
      } else {
        f.message = "Angka " + what + " berbeda: " + wrong->fig.printed + " di " + SourcesText(groups[gi]) + ", " +
                    right.entries.front()->fig.printed + " di " + SourcesText(right) + "; periksa mana yang benar.";
        f.message_en = "The " + what_en + " differs: " + wrong->fig.printed + " in " + SourcesText(groups[gi]) +
                       ", " + right.entries.front()->fig.printed + " in " + SourcesText(right) +
                       "; check which is right.";
      }
      for (const Entry* e : groups[gi].entries) f.evidence.push_back(e->ev);
      for (const Entry* e : right.entries) {
        Evidence ev = e->ev;
        ev.suspect = !clear;
        f.evidence.push_back(ev);
      }
      std::tie(f.reading, f.reading_en) = LinkReading(links, clear);
      // Places taken for one item by a near name: a warning.
      f.tentative = (links & ItemSets::kByNearName) != 0;
      f.priority = key.domain == Domain::kMoney ? 98 : 92;
      found->push_back({wrong, std::move(f)});
    }
  }
}

// A wrong total whose own table adds up: the row that differs from every
// other table explains it.
std::set<const Entry*> ExplainTotals(AuditContext& ctx, const std::vector<Record>& recs,
                                     const std::vector<Outlier>& outliers) {
  std::vector<Finding> extra;
  std::set<const Entry*> explained;
  for (const Outlier& total : outliers) {
    if (!total.grand_total) continue;
    double gap = total.entry->fig.value - total.right;
    for (const Outlier& row : outliers) {
      if (row.grand_total || row.entry->source != total.entry->source || row.key.role != total.key.role) continue;
      if (std::fabs((row.entry->fig.value - row.right) - gap) > 0.5) continue;
      const std::string& row_label = recs[row.entry->record].label;
      Finding f;
      f.rule = "xref.value";
      f.found = total.entry->fig.value;
      f.expected = total.right;
      f.message = total.entry->source_name + ": total " + total.entry->fig.printed + " berbeda dengan total di tempat lain (" +
                  Show(total.right, total.entry->fig) + ") karena baris \"" + row_label + "\" tertulis " + row.entry->fig.printed + ", padahal semua sumber lain menulis " +
                  Show(row.right, row.entry->fig) + ".";
      f.message_en = total.entry->source_name + ": the total " + total.entry->fig.printed + " differs from the total elsewhere (" +
                     Show(total.right, total.entry->fig) + ") because the row \"" + row_label + "\" reads " + row.entry->fig.printed + " where every other source has " +
                     Show(row.right, row.entry->fig) + ".";
      f.evidence = {total.entry->ev, row.entry->ev};
      f.reading = "Selisih total dengan total di tempat lain sama persis dengan selisih satu barisnya dengan sumber lain.";
      f.reading_en = "The total's difference from the total elsewhere equals exactly one of its rows' difference from the other sources.";
      f.priority = 100;
      extra.push_back(std::move(f));
      explained.insert(total.entry);
      break;
    }
  }
  for (Finding& f : extra) ctx.Report(std::move(f));
  return explained;
}

}  // namespace

// Two prints that differ the way a typing slip makes them differ: one digit
// changed, two neighbours swapped, one digit added or lost. Places tied only
// by being "the total" are the same quantity when their figures differ like
// this; totals far apart are totals of different scopes (Belanja Langsung
// against the whole APBD, the Dinas against the province).
bool TypoApart(double a, double b) {
  std::string x = std::to_string(std::llround(std::fabs(a) * 100));
  std::string y = std::to_string(std::llround(std::fabs(b) * 100));
  if (x == y) return true;
  if (x.size() == y.size()) {
    std::vector<size_t> diff;
    for (size_t i = 0; i < x.size(); ++i)
      if (x[i] != y[i]) diff.push_back(i);
    if (diff.size() == 1) return true;
    return diff.size() == 2 && diff[1] == diff[0] + 1 && x[diff[0]] == y[diff[1]] && x[diff[1]] == y[diff[0]];
  }
  const std::string& longer = x.size() > y.size() ? x : y;
  const std::string& shorter = x.size() > y.size() ? y : x;
  if (longer.size() != shorter.size() + 1) return false;
  for (size_t i = 0; i < longer.size(); ++i)
    if (longer.substr(0, i) + longer.substr(i + 1) == shorter) return true;
  return false;
}

void CheckCrossReferences(AuditContext& ctx) {
  std::vector<Record> recs = TableRecords(ctx);
  AddClaimRecords(ctx, &recs);
  for (const HeadlineFigure& h : DocumentHeadlines(ctx.headlines())) {
    Record rec;
    rec.grand_total = true;
    std::string name = "uraian hal. " + std::to_string(h.where.page);
    rec.values.push_back({QKey{Domain::kMoney, h.role, ctx.reporting_year()}, TextEntry(h.figure, h.where, name)});
    recs.push_back(std::move(rec));
  }
  for (size_t i = 0; i < recs.size(); ++i)
    for (auto& [k, e] : recs[i].values) e.record = static_cast<int>(i);

  // Money: labels, identifying amounts, the document total.
  ItemSets money(recs);
  ItemSets other(recs);
  const NamePartners label_partners(recs, &Record::label_key);
  const NamePartners name_partners(recs, &Record::name_key);
  const KeyIndex& by_label = label_partners.index();
  const auto different_scopes = DifferentScopes(recs, by_label);
  ReportMisplacedColumns(ctx, recs, by_label, different_scopes);
  // The same, by table, to look up for every pair of rows.
  std::map<std::string, const Table*> table_by_id;
  for (const TableView& v : ctx.views()) table_by_id[v.table().id] = &v.table();
  std::set<std::pair<const Table*, const Table*>> scopes_apart;
  for (const auto& [a, b] : different_scopes) {
    scopes_apart.insert({table_by_id[a], table_by_id[b]});
    scopes_apart.insert({table_by_id[b], table_by_id[a]});
  }
  std::vector<int> label_words(recs.size());
  for (size_t i = 0; i < recs.size(); ++i) label_words[i] = CountWords(recs[i].label_key);
  std::vector<size_t> partners;
  for (size_t i = 0; i < recs.size(); ++i) {
    if (!recs[i].view || recs[i].summary) continue;
    partners.clear();
    label_partners.AppendAfter(i, &partners);
    name_partners.AppendAfter(i, &partners);
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    for (size_t j : partners) {
      if (!recs[i].view || !recs[j].view || recs[i].view == recs[j].view) continue;
      if (recs[i].summary || recs[j].summary) continue;
      if (!scopes_apart.empty() && scopes_apart.count({&recs[i].view->table(), &recs[j].view->table()})) continue;
      // Budget lines share a name only when it is the same name: "Pengelolaan
      // Informasi ..." is a program, "Penyelenggaraan Pengelolaan Informasi
      // ..." one of its activities.
      if (label_words[i] >= 2 && recs[i].label_key == recs[j].label_key) money.Join(i, j, ItemSets::kByName);
      // An indicator is the same quantity in two tables only where both list
      // indicators flat: outlines repeat indicator names for other measures.
      // Its name is the indicator column's own text, wherever a table prints
      // it beside the sasaran.
      if (recs[i].flat && recs[j].flat &&
          (LabelsMatch(recs[i].label_key, recs[j].label_key) || SameIndicator(recs[i], recs[j])))
        other.Join(i, j, ItemSets::kByName);
    }
  }
  LinkNearNames(recs, name_partners.index(), &other);
  LinkByAmount(recs, ctx.rules().identifying_amount, &money);
  LinkByMention(recs, &money);
  LinkTotals(recs, &money);

  std::vector<Outlier> outliers;
  std::vector<Pending> found;
  for (ItemSets* sets : {&money, &other}) {
    std::map<size_t, std::vector<size_t>> clusters;
    for (size_t i = 0; i < recs.size(); ++i) clusters[sets->Find(i)].push_back(i);
    for (const auto& [root, members] : clusters)
      if (members.size() > 1) CompareCluster(ctx, recs, members, sets == &money, sets->Links(root), &outliers, &found);
  }
  // A total explained by one of its rows is reported once, with its cause.
  std::set<const Entry*> explained = ExplainTotals(ctx, recs, outliers);
  // One finding per wrong row or claim of the text: its budget, spending and
  // percent together.
  std::map<std::pair<std::string, int>, Finding> by_row;
  std::vector<std::pair<std::string, int>> order;
  for (Pending& p : found) {
    if (explained.count(p.wrong)) continue;
    if (p.wrong->ev.row < 0 && ctx.TextBlamed(p.wrong->ev)) continue;
    if (p.wrong->ev.row < 0 && p.wrong->record < 0) {
      ctx.Report(std::move(p.finding));
      continue;
    }
    auto key = p.wrong->ev.row >= 0 ? std::make_pair(p.wrong->source, p.wrong->ev.row)
                                    : std::make_pair(std::string("uraian"), -1 - p.wrong->record);
    auto it = by_row.find(key);
    if (it == by_row.end()) {
      by_row.emplace(key, std::move(p.finding));
      order.push_back(key);
      continue;
    }
    Finding& f = it->second;
    f.message += " " + p.finding.message;
    f.message_en += " " + p.finding.message_en;
    for (Evidence& e : p.finding.evidence) f.evidence.push_back(std::move(e));
    f.priority = std::max(f.priority, p.finding.priority);
  }
  for (const auto& key : order) ctx.Report(std::move(by_row.at(key)));
}

}  // namespace lkj::audit
