// Footing and averages: Jumlah/Total rows and columns against their parts,
// parents in the program > kegiatan > sub kegiatan tree against their
// children, Rata-rata rows against what they average.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "audit/checks.h"
#include "audit/figure_range.h"
#include "audit/interval.h"
#include "audit/text_format.h"

namespace lkj::audit {
namespace {

using Members = std::vector<int>;


bool Summable(const ColumnInfo& col) {
  if (col.role == Role::kNumber) return true;
  if (col.role == Role::kBudget || col.role == Role::kRealised || col.role == Role::kTarget)
    return col.domain == Domain::kMoney || col.domain == Domain::kStaff;
  if (col.role == Role::kRemaining) return col.domain == Domain::kMoney;
  return false;
}

bool IsDataRow(const TableView& v, int r) { return v.row(r).kind == RowKind::kData; }

// Sum of the members' figures in column c; "-" and empty cells count as zero.
std::optional<Interval> SumOf(const TableView& v, const Members& rows, int c) {
  Interval sum{0, 0};
  int seen = 0;
  for (int r : rows) {
    if (v.table().rows[r][c].placeholder) continue;  // part of a merged cell above
    if (const Figure* f = v.FigureAt(r, c)) {
      sum = sum + Range(*f);
      ++seen;
    } else if (!v.TextAt(r, c).empty() && v.TextAt(r, c) != "-") {
      return std::nullopt;  // a word where a figure should be: cannot add up
    }
  }
  if (seen == 0) return std::nullopt;
  return sum;
}

std::optional<Interval> MeanOf(const TableView& v, const Members& rows, int c) {
  // What is averaged are percents: each stands for its rounding range.
  Interval sum{0, 0};
  int n = 0, expected = 0;
  for (int r : rows) {
    if (v.table().rows[r][c].placeholder) continue;
    ++expected;
    if (const Figure* f = v.FigureAt(r, c)) {
      sum = sum + PercentRange(*f);
      ++n;
    }
  }
  if (n == 0 || n != expected) return std::nullopt;
  return sum.Scaled(1.0 / n);
}

// A tree read from the amounts alone, for rows without codes or numbers (a
// program in capitals, its kegiatan and sub kegiatan plain, each repeating the
// sum of the level below): a row whose amount in column c equals the sum of
// the subtrees that follow it is their parent. Read greedily, the nearest end
// first, at most four levels deep.
struct AmountTree {
  Members roots;
  std::vector<std::pair<int, Members>> parents;  // each parent row with its direct parts
};

class AmountTreeReader {
 public:
  AmountTreeReader(const TableView& v, int from, int to, int c)
      : v_(v), from_(from), to_(to), c_(c), ends_(static_cast<size_t>(std::max(0, to - from)) * (kDepth + 1), -1) {}

  AmountTree Read() {
    AmountTree tree;
    for (int i = NextData(from_); i < to_; i = End(i, kDepth)) {
      tree.roots.push_back(i);
      Expand(i, kDepth, tree);
    }
    return tree;
  }

 private:
  static constexpr int kDepth = 4;

  int NextData(int i) const {
    while (i < to_ && !IsDataRow(v_, i)) ++i;
    return i;
  }

  // The direct parts of row i: the subtrees between it and its end.
  Members Parts(int i, int depth) {
    Members parts;
    for (int j = NextData(i + 1); j < End(i, depth); j = End(j, depth - 1)) parts.push_back(j);
    return parts;
  }

  void Expand(int i, int depth, AmountTree& tree) {
    Members parts = Parts(i, depth);
    if (parts.empty()) return;
    for (int j : parts) Expand(j, depth - 1, tree);
    tree.parents.push_back({i, std::move(parts)});
  }

  // Where the subtree rooted at row i ends: the first row after the parts
  // whose amounts add up to its own, or the next row when none do.
  int End(int i, int depth) {
    int& end = ends_[static_cast<size_t>(i - from_) * (kDepth + 1) + depth];
    if (end >= 0) return end;
    end = NextData(i + 1);
    const Figure* own = v_.FigureAt(i, c_);
    if (!own || own->value <= 0 || depth == 0) return end;
    Interval target = Range(*own), sum{0, 0};
    for (int j = NextData(i + 1); j < to_;) {
      if (const Figure* f = v_.FigureAt(j, c_)) sum = sum + Range(*f);
      else if (!v_.TextAt(j, c_).empty() && v_.TextAt(j, c_) != "-") break;  // a word: no amount to add
      j = End(j, depth - 1);  // ends_ never grows: `end` stays valid
      if (sum.Meets(target)) {
        end = j;
        break;
      }
      if (sum.lo > target.hi) break;
    }
    return end;
  }

  const TableView& v_;
  int from_, to_, c_;
  std::vector<int> ends_;
};

// The money columns a program tree's amounts are in.
std::vector<int> AmountColumns(const TableView& v) {
  std::vector<int> cols;
  for (int c = 0; c < v.n_cols(); ++c) {
    const ColumnInfo& col = v.column(c);
    if (col.domain == Domain::kMoney &&
        (col.role == Role::kBudget || col.role == Role::kRealised || col.role == Role::kRemaining))
      cols.push_back(c);
  }
  return cols;
}

// The tree the amounts imply for rows [from, to): of the trees each amount
// column reads, the one whose parents add up in the most columns (a slip
// breaks one column's tree; round amounts make a coincidental one in one
// column). None when it has no parent, or when another tree ties with it.
std::optional<AmountTree> AmountTreeOf(const TableView& v, int from, int to) {
  std::vector<int> cols = AmountColumns(v);
  std::vector<AmountTree> trees;
  for (int c : cols) trees.push_back(AmountTreeReader(v, from, to, c).Read());
  auto score = [&](const AmountTree& t) {
    int held = 0;
    for (const auto& [p, parts] : t.parents)
      for (int c : cols) {
        const Figure* printed = v.FigureAt(p, c);
        auto sum = printed ? SumOf(v, parts, c) : std::nullopt;
        held += sum && sum->Meets(Range(*printed));
      }
    return held;
  };
  int best = -1, best_score = 0;
  bool tie = false;
  for (size_t i = 0; i < trees.size(); ++i) {
    if (trees[i].parents.empty()) continue;
    int sc = score(trees[i]);
    if (best >= 0 && sc == best_score && trees[i].parents != trees[best].parents) tie = true;
    if (sc > best_score) best = static_cast<int>(i), best_score = sc, tie = false;
  }
  if (best < 0 || tie) return std::nullopt;
  return trees[best];
}

// The first row a total or average row may stand for: the one after the
// previous total or average row, or the table's first body row.
int SectionStart(const TableView& v, int total_row) {
  for (int r = total_row - 1; r >= v.table().header_rows; --r)
    if (v.row(r).kind == RowKind::kTotal || v.row(r).kind == RowKind::kAverage) return r + 1;
  return v.table().header_rows;
}

// Whether no data row in [from, to) has a number or code: then only the
// amounts can tell a tree's levels.
bool Unnumbered(const TableView& v, int from, int to) {
  for (int r = from; r < to; ++r)
    if (IsDataRow(v, r) && !v.row(r).number.empty()) return false;
  return true;
}

// A total that fits no reading in any of its columns, over unnumbered rows
// most of which nest by their amounts (two parents or more, each repeating
// the sum of the rows after it) and which add up, all of them, to half again
// the total or more: which rows it adds is not certain, so it is said as a
// warning, never an error. (One row that happens to equal the next few is no
// tree: a total far off stays an error.)
bool UnsureTree(const TableView& v, int total_row, int c) {
  const int start = SectionStart(v, total_row);
  const Figure* printed = v.FigureAt(total_row, c);
  if (!printed || printed->value <= 0 || !Unnumbered(v, start, total_row)) return false;
  AmountTree tree = AmountTreeReader(v, start, total_row, c).Read();
  std::set<int> nested;
  for (const auto& [p, parts] : tree.parents) {
    nested.insert(p);
    nested.insert(parts.begin(), parts.end());
  }
  double flat = 0;
  int rows = 0;
  for (int r = start; r < total_row; ++r)
    if (IsDataRow(v, r)) {
      ++rows;
      if (const Figure* f = v.FigureAt(r, c)) flat += f->value;
    }
  return tree.parents.size() >= 2 && static_cast<int>(nested.size()) * 2 >= rows && flat >= 1.5 * printed->value;
}

// Candidate sets of rows a total or average row may stand for, the most
// likely first: its section's top-level rows, its section's deepest rows,
// all of its section, then the same over the whole table.
std::vector<Members> Candidates(const TableView& v, int total_row) {
  const int start = SectionStart(v, total_row);
  auto by_level = [&](int from, int to, bool top, bool numbered = true) {
    int best = top ? 1 << 20 : -1;
    for (int r = from; r < to; ++r)
      if (IsDataRow(v, r) && (!numbered || !v.row(r).number.empty()))
        best = top ? std::min(best, v.row(r).level) : std::max(best, v.row(r).level);
    Members m;
    for (int r = from; r < to; ++r)
      if (IsDataRow(v, r) && v.row(r).level == best)
        m.push_back(r);
    return m;
  };
  auto all = [&](int from, int to) {
    Members m;
    for (int r = from; r < to; ++r)
      if (IsDataRow(v, r)) m.push_back(r);
    return m;
  };
  // A row that repeats the row above in every figure is its only part
  // (Belanja Tidak Langsung > Belanja Pegawai): counted once.
  auto once = [&](Members m) {
    Members out;
    for (int r : m) {
      bool repeats = !out.empty() && r == out.back() + 1;
      int compared = 0;
      for (int c = 0; c < v.n_cols() && repeats; ++c) {
        const Figure* a = v.FigureAt(r, c);
        const Figure* b = v.FigureAt(out.back(), c);
        if (!a && !b) continue;
        repeats = a && b && a->value == b->value;
        ++compared;
      }
      if (!repeats || compared == 0) out.push_back(r);
    }
    return out;
  };
  // Unnumbered trees (programs named "Program ..." in capitals, kegiatan and
  // sub kegiatan plain) have levels but no numbers: their top rows are a
  // reading too, before the flat sum that counts every level at once.
  std::vector<Members> out = {by_level(start, total_row, true), by_level(start, total_row, false),
                              by_level(start, total_row, true, false)};
  // Without words that tell the levels, the amounts may: the roots of the
  // tree each amount column implies.
  if (auto tree = AmountTreeOf(v, start, total_row); tree && std::find(out.begin(), out.end(), tree->roots) == out.end())
    out.push_back(tree->roots);
  out.push_back(all(start, total_row));
  int header = v.table().header_rows;
  out.push_back(by_level(header, total_row, true));
  out.push_back(by_level(header, total_row, false));
  // A grand total after subtotals: the subtotals and the rows after them.
  Members subtotals;
  for (int r = header; r < total_row; ++r)
    if (v.row(r).kind == RowKind::kTotal) subtotals.push_back(r);
  // (Only for rows that say they are totals: an unlabelled row is taken for
  // one on the plainest readings alone.)
  if (v.row(total_row).implicit_total) {
    std::erase_if(out, [](const Members& m) { return m.empty(); });
    return out;
  }
  Members rest = once(all(start, total_row));
  if (!subtotals.empty() && !rest.empty()) {
    Members with = subtotals;
    with.insert(with.end(), rest.begin(), rest.end());
    out.push_back(with);
  }
  out.push_back(once(all(start, total_row)));
  std::erase_if(out, [](const Members& m) { return m.empty(); });
  return out;
}

// The result from the figures as printed: what a reviewer recomputes.
double PlainResult(const TableView& v, const Members& members, int c, bool average) {
  double sum = 0;
  int n = 0;
  for (int m : members)
    if (const Figure* f = v.FigureAt(m, c)) {
      sum += f->value;
      ++n;
    }
  return average && n > 0 ? sum / n : sum;
}

// What a set of rows taken for a total is, in words: the reading a finding rests on.
std::pair<std::string, std::string> DescribeMembers(const TableView& v, int total_row, const Members& members,
                                                    bool average) {
  bool subtotals = false, one_level = true, section = false;
  for (int m : members) {
    subtotals = subtotals || v.row(m).kind == RowKind::kTotal;
    one_level = one_level && v.row(m).level == v.row(members.front()).level;
  }
  for (int r = v.table().header_rows; r < members.front(); ++r)
    section = section || v.row(r).kind == RowKind::kTotal || v.row(r).kind == RowKind::kAverage;
  bool other_levels = false;
  for (int r = members.front(); r < total_row; ++r)
    other_levels = other_levels || (IsDataRow(v, r) && v.row(r).level != v.row(members.front()).level);
  auto tree = AmountTreeOf(v, SectionStart(v, total_row), total_row);
  bool from_amounts = tree && tree->roots == members;
  std::string id = average ? "rata-rata " : "jumlah ", en = average ? "the mean of " : "the sum of ";
  if (from_amounts) {
    id += std::to_string(members.size()) + " baris teratas susunan yang ditunjukkan angkanya (baris yang sama dengan jumlah baris sesudahnya adalah induknya), tanpa rinciannya";
    en += "the " + std::to_string(members.size()) + " top rows of the tree the amounts imply (a row equal to the sum of the rows after it is their parent), without their parts";
  } else if (subtotals) {
    id += "baris subtotal di atasnya dan baris sesudahnya";
    en += "the subtotal rows above it and the rows after them";
  } else if (one_level && other_levels) {
    std::string level = std::to_string(v.row(members.front()).level + 1);
    id += std::to_string(members.size()) + " baris pada tingkat " + level +
          " (menurut penomoran program > kegiatan), tanpa baris induk atau rinciannya";
    en += "the " + std::to_string(members.size()) + " rows at level " + level +
          " (by the program > kegiatan numbering), without their parents or parts";
  } else {
    id += "semua " + std::to_string(members.size()) + " baris data";
    en += "all " + std::to_string(members.size()) + " data rows";
  }
  id += section ? " sejak baris jumlah sebelumnya" : " di atasnya dalam tabel";
  en += section ? " since the previous total row" : " above it in the table";
  id += "; bacaan lain (tingkat lain, bagian tabel) juga tidak cocok.";
  en += "; no other reading (another level, part of the table) fits either.";
  return {id, en};
}

Finding SumFinding(const TableView& v, int r, int c, const Members& members, const Figure& printed, bool average) {
  Finding f;
  f.rule = average ? "average.row" : "sum.total";
  double result = PlainResult(v, members, c, average);
  f.expected = result;
  f.found = printed.value;
  std::string name = v.Name();
  std::string expect = Show(result, printed);
  std::string what = v.row(r).label.empty() ? v.row(r).number : v.row(r).label;
  if (average) {
    f.message = name + ": " + what + " tertulis " + printed.printed + ", padahal rata-rata " +
                std::to_string(members.size()) + " baris di atasnya " + expect + ".";
    f.message_en = name + ": " + what + " reads " + printed.printed + ", but the mean of the " +
                   std::to_string(members.size()) + " rows above is " + expect + ".";
  } else {
    f.message = name + ": " + what + " tertulis " + printed.printed + ", padahal penjumlahan " +
                std::to_string(members.size()) + " baris di atasnya " + expect + " (selisih " +
                ShowPlain(printed.value - result, 2) + ").";
    f.message_en = name + ": " + what + " reads " + printed.printed + ", but the " +
                   std::to_string(members.size()) + " rows above add up to " + expect + " (difference " +
                   ShowPlain(printed.value - result, 2) + ").";
  }
  f.evidence.push_back(v.EvidenceAt(r, c, true));
  for (int m : members) f.evidence.push_back(v.EvidenceAt(m, c));
  std::tie(f.reading, f.reading_en) = DescribeMembers(v, r, members, average);
  f.priority = v.column(c).domain == Domain::kMoney ? 100 : 60;
  return f;
}

// A total over an unnumbered tree that fits none of its readings: the
// reviewer is told what was tried and that the rows' levels are not certain.
Finding UnsureTreeFinding(const TableView& v, int r, int c, const Figure& printed) {
  const int start = SectionStart(v, r);
  AmountTree tree = AmountTreeReader(v, start, r, c).Read();
  double flat = 0, top = 0;
  for (int k = start; k < r; ++k)
    if (const Figure* f = IsDataRow(v, k) ? v.FigureAt(k, c) : nullptr) flat += f->value;
  for (int k : tree.roots)
    if (const Figure* f = v.FigureAt(k, c)) top += f->value;
  std::string what = v.row(r).label.empty() ? v.row(r).number : v.row(r).label;
  std::string parents = std::to_string(tree.parents.size()), roots = std::to_string(tree.roots.size());
  Finding f;
  f.rule = "sum.tree_unclear";
  f.found = printed.value;
  f.message = v.Name() + ": " + what + " tertulis " + printed.printed + ", tetapi tidak cocok dengan bacaan mana pun: baris-barisnya tanpa nomor dan " +
              parents + " di antaranya sama dengan jumlah baris sesudahnya (susunan program > kegiatan > sub kegiatan); " +
              "semua baris berjumlah " + Show(flat, printed) + ", " + roots + " baris teratas menurut angkanya " + Show(top, printed) +
              ". Tingkatannya tidak pasti: periksa jumlah ini secara manual.";
  f.message_en = v.Name() + ": " + what + " reads " + printed.printed + ", which fits no reading: its rows have no numbers and " +
                 parents + " of them equal the sum of the rows after them (a program > kegiatan > sub kegiatan tree); " +
                 "all rows add up to " + Show(flat, printed) + ", the " + roots + " top rows by their amounts to " + Show(top, printed) +
                 ". The levels are not certain: check this total by hand.";
  f.reading = "Baris tanpa nomor atau kode: tingkatannya dibaca dari angka (baris yang sama dengan jumlah baris sesudahnya adalah induknya); tidak ada bacaan yang cocok di kolom mana pun pada baris jumlah ini.";
  f.reading_en = "Rows without numbers or codes: levels read from the amounts (a row equal to the sum of the rows after it is their parent); no reading fits any column of this total row.";
  f.evidence.push_back(v.EvidenceAt(r, c, true));
  for (int k : tree.roots) f.evidence.push_back(v.EvidenceAt(k, c));
  f.priority = 30;
  return f;
}

// A percent in a Jumlah row beside its realisation and base (budget or
// target) is the ratio of the totals, not a mean of the rows above. When one
// of the two is printed but cannot be read (a malformed amount), that ratio
// cannot be checked, and a mean would be the wrong reading: nothing is said.
bool RatioUnreadable(const TableView& v, int r, int c) {
  Domain d = v.column(c).domain;
  int real = v.FindColumn(Role::kRealised, d, c);
  int base = v.FindColumn(d == Domain::kMoney ? Role::kBudget : Role::kTarget, d, c);
  if (real < 0 || base < 0) return false;
  auto unreadable = [&](int k) { return !v.FigureAt(r, k) && !v.TextAt(r, k).empty() && v.TextAt(r, k) != "-"; };
  return unreadable(real) || unreadable(base);
}

// Between the previous total row and `r`, a cell in column c that shows digits
// but no figure the audit can read.
bool UnreadableAbove(const TableView& v, int r, int c) {
  for (int k = r - 1; k >= v.table().header_rows; --k) {
    if (v.row(k).kind == RowKind::kTotal || v.row(k).kind == RowKind::kAverage) break;
    const Cell& cell = v.table().rows[k][c];
    if (cell.placeholder || v.FigureAt(k, c)) continue;
    if (std::any_of(cell.text.begin(), cell.text.end(), [](unsigned char ch) { return std::isdigit(ch); })) return true;
  }
  return false;
}

// A percent in a Jumlah row that is not a mean: the sum of shares (each row's
// part of the total, adding up to about 100), or the ratio of two figures of
// the total row itself (weighted mean: total realisation over total base).
bool OtherReadingFits(const TableView& v, int r, int c, const std::vector<Members>& candidates) {
  const Figure* p = v.FigureAt(r, c);
  if (!p) return false;
  for (const Members& m : candidates)
    if (auto sum = SumOf(v, m, c); sum && sum->Meets(PercentRange(*p))) return true;
  return RowPairGivesPercent(v, r, c, *p);
}

// The row's own ratio explains a percent in a total row: nothing to average.
bool RatioExplains(const TableView& v, int r, int c) {
  const Figure* p = v.FigureAt(r, c);
  Domain d = v.column(c).domain;
  int real = v.FindColumn(Role::kRealised, d, c);
  int base = v.FindColumn(d == Domain::kMoney ? Role::kBudget : Role::kTarget, d, c);
  if (!p || real < 0 || base < 0) return false;
  const Figure* a = v.FigureAt(r, real);
  const Figure* b = v.FigureAt(r, base);
  if (!a || !b || b->lo <= 0) return false;
  Interval ratio = Range(*a).DividedBy(Range(*b)).Scaled(100);
  return ratio.Meets(PercentRange(*p));
}

// Whether the row's percent follows from its realisation over its base with
// `sum` (the parts' sum) standing for the amount printed in column c.
bool PercentFollowsSum(const TableView& v, int r, int c, const Interval& sum) {
  const Domain d = v.column(c).domain;
  const Role base_role = d == Domain::kMoney ? Role::kBudget : Role::kTarget;
  const Role role = v.column(c).role;
  if (role != Role::kRealised && role != base_role) return false;
  int pc = v.FindColumn(Role::kPercent, d, c);
  const Figure* p = pc >= 0 ? v.FigureAt(r, pc) : nullptr;
  if (!p) return false;
  int real = role == Role::kRealised ? c : v.FindColumn(Role::kRealised, d, pc);
  int base = role == base_role ? c : v.FindColumn(base_role, d, pc);
  if (real < 0 || base < 0) return false;
  const Figure* other = v.FigureAt(r, real == c ? base : real);
  if (!other) return false;
  Interval a = real == c ? sum : Range(*other), b = base == c ? sum : Range(*other);
  return b.lo > 0 && a.DividedBy(b).Scaled(100).Meets(PercentRange(*p));
}

// A percent column that most rows fill with their own realisasi / base, in a
// total row that prints both totals: it holds the ratio of the totals, never a
// mean of the rows (when the ratio fails there, ratio.row says so; a mean
// would explain it wrongly).
bool RatioOfTotals(const TableView& v, int total_row, int c) {
  Domain d = v.column(c).domain;
  int real = v.FindColumn(Role::kRealised, d, c);
  int base = v.FindColumn(d == Domain::kMoney ? Role::kBudget : Role::kTarget, d, c);
  if (real < 0 || base < 0 || !v.FigureAt(total_row, real) || !v.FigureAt(total_row, base)) return false;
  int explained = 0, other = 0;
  for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
    if (!IsDataRow(v, r) || !v.FigureAt(r, c)) continue;
    (RatioExplains(v, r, c) ? explained : other) += 1;
  }
  return explained >= 2 && explained > 2 * other;
}

// Which candidate set (by index) adds up for the most columns of the row.
int PreferredCandidate(const TableView& v, int r, const std::vector<Members>& candidates, bool average_row) {
  // Every set that fits a column gets its vote; among equal votes the set
  // whose plain (unrounded) result lies closest to the printed figures wins:
  // wide rounding ranges let more than one set fit.
  std::vector<int> votes(candidates.size(), 0);
  std::vector<double> distance(candidates.size(), 0);
  for (int c = 0; c < v.n_cols(); ++c) {
    const Figure* printed = v.FigureAt(r, c);
    if (!printed) continue;
    bool average = average_row || v.column(c).role == Role::kPercent || printed->percent;
    if (!average && !Summable(v.column(c))) continue;
    for (size_t k = 0; k < candidates.size(); ++k) {
      auto computed = average ? MeanOf(v, candidates[k], c) : SumOf(v, candidates[k], c);
      if (!computed || !computed->Meets(average ? PercentRange(*printed) : Range(*printed))) continue;
      ++votes[k];
      double plain = 0;
      int n = 0;
      for (int m : candidates[k])
        if (const Figure* f = v.FigureAt(m, c)) {
          plain += f->value;
          ++n;
        }
      if (average && n > 0) plain /= n;
      distance[k] += std::fabs(plain - printed->value) / std::max(1.0, std::fabs(printed->value));
    }
  }
  int best = -1;
  for (size_t k = 0; k < votes.size(); ++k) {
    if (votes[k] == 0) continue;
    if (best < 0 || votes[k] > votes[best] || (votes[k] == votes[best] && distance[k] < distance[best]))
      best = static_cast<int>(k);
  }
  return best;
}

void CheckTotalRow(AuditContext& ctx, const TableView& v, int r, const std::set<int>& explained) {
  bool average_row = v.row(r).kind == RowKind::kAverage;
  std::vector<Members> all_candidates = Candidates(v, r);
  // A row without a label is taken for a sum only of two rows or more: one
  // that repeats the row above is a single kegiatan under its program, or a
  // continuation row under a merged label cell.
  if (v.row(r).implicit_total)
    std::erase_if(all_candidates, [](const Members& m) { return m.size() < 2; });
  const int preferred = PreferredCandidate(v, r, all_candidates, average_row);
  // An unlabelled row is taken for a total only where it adds up somewhere.
  if (v.row(r).implicit_total && preferred < 0) return;
  // Inside a table (not its last row) a sum row should say what it sums.
  if (v.row(r).implicit_total && r + 1 < v.n_rows()) {
    Finding f;
    f.rule = "structure.unlabeled_total";
    f.message = v.Name() + ": baris " + std::to_string(r + 1) + " adalah baris jumlah, tetapi tidak berlabel (seperti \"Jumlah ...\" pada baris jumlah lainnya).";
    f.message_en = v.Name() + ": row " + std::to_string(r + 1) + " is a sum row but has no label (like the \"Jumlah ...\" of the other sum rows).";
    int c = 0;
    while (c + 1 < v.n_cols() && !v.FigureAt(r, c)) ++c;
    f.evidence = {v.EvidenceAt(r, c, true)};
    f.priority = 4;
    ctx.Report(std::move(f));
  }
  for (int c = 0; c < v.n_cols(); ++c) {
    const Figure* printed = v.FigureAt(r, c);
    if (!printed) continue;
    const ColumnInfo& col = v.column(c);
    bool percent = col.role == Role::kPercent || printed->percent;
    bool average = average_row || percent;
    if (!average && !Summable(col)) continue;
    if (percent && RatioExplains(v, r, c)) continue;
    if (percent && !average_row && RatioOfTotals(v, r, c)) continue;
    if (percent && !average_row && RatioUnreadable(v, r, c)) continue;
    if (percent && !average_row && OtherReadingFits(v, r, c, all_candidates)) continue;
    const std::vector<Members>& candidates = all_candidates;
    std::optional<Interval> first;
    const Members* first_members = nullptr;
    bool passed = false;
    if (preferred >= 0) {
      auto computed = average ? MeanOf(v, candidates[preferred], c) : SumOf(v, candidates[preferred], c);
      if (computed) {
        first = computed;
        first_members = &candidates[preferred];
      }
    }
    for (const Members& m : candidates) {
      auto computed = average ? MeanOf(v, m, c) : SumOf(v, m, c);
      if (!computed) continue;
      if (!first) {
        first = computed;
        first_members = &m;
      }
      if (computed->Meets(average ? PercentRange(*printed) : Range(*printed))) {
        std::vector<std::pair<int, int>> cells = {{r, c}};
        for (int x : m) cells.push_back({x, c});
        ctx.Checked(v, cells, true);
        passed = true;
        break;
      }
    }
    if (passed || !first) continue;
    // A zero right under another total is the total of the rows since that
    // one, and there are none: a category without rows ("Jumlah Belanja Tidak
    // Langsung 0,-" under "Jumlah Belanja Langsung").
    if (SectionStart(v, r) == r && printed->value == 0) continue;
    // A value above that cannot be read ("> 125", "±80") leaves the total unknown.
    if (UnreadableAbove(v, r, c)) continue;
    // An unlabelled last row is a total only if it is at least its largest part.
    if (v.row(r).implicit_total && !average && printed->value < first->lo * 0.5) continue;
    std::vector<std::pair<int, int>> cells = {{r, c}};
    for (int x : *first_members) cells.push_back({x, c});
    ctx.Checked(v, cells, false);
    if (!average)
      for (int x : *first_members) ctx.RecordGap(v.table().id, x, c, printed->value - first->mid());
    if (explained.count(c)) continue;
    if (!average && preferred < 0 && UnsureTree(v, r, c)) {
      ctx.Report(UnsureTreeFinding(v, r, c, *printed));
      continue;
    }
    // A total a typing slip away from the exact sum of its parts is the slip:
    // the row's own relations that take it in (remaining budget, percent)
    // would only repeat it.
    // So is a total whose row's percent follows from the sum of its parts in
    // its place: the percent was computed from the right amount.
    if (!average && ((first->lo == first->hi && TypoApart(printed->value, first->mid())) || PercentFollowsSum(v, r, c, *first)))
      ctx.Blame(v.table().id, r, c);
    // A Jumlah of 100 over a percent column is a total of shares: the rows
    // must add up to it (their mean is no reading of it).
    bool shares = percent && !average_row && std::fabs(printed->value - 100) <= 1;
    ctx.Report(SumFinding(v, r, c, *first_members, *printed, average && !shares));
  }
}

// A column headed Jumlah/Total adds up counts to its left. Which ones is a
// reading: all of them, or a run that ends just before it (a register count
// further left is the base of a rate, not a part). The reading most rows
// follow is taken, and only when most rows follow it are the others wrong.
void CheckTotalColumns(AuditContext& ctx, const TableView& v) {
  for (int c = 1; c < v.n_cols(); ++c) {
    const ColumnInfo& col = v.column(c);
    std::string leaf = col.path.empty() ? "" : col.path.back();
    if (col.role != Role::kNumber || (leaf != "jumlah" && leaf != "total" && leaf != "jumlah total")) continue;
    std::vector<int> all;
    for (int k = 0; k < c; ++k)
      if (v.column(k).role == Role::kNumber && v.column(k).domain != Domain::kMoney) all.push_back(k);
    std::vector<std::vector<int>> readings;
    for (size_t from = 0; from + 2 <= all.size(); ++from) {
      std::vector<int> run(all.begin() + static_cast<long>(from), all.end());
      bool contiguous = run.back() == c - 1;
      for (size_t i = 1; i < run.size() && contiguous; ++i) contiguous = run[i] == run[i - 1] + 1;
      if (from == 0 || contiguous) readings.push_back(run);
    }
    if (readings.empty()) continue;
    struct RowSum { int r; Interval sum; bool ok; };
    auto evaluate = [&](const std::vector<int>& parts) {
      std::vector<RowSum> out;
      for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
        const Figure* printed = v.FigureAt(r, c);
        if (!printed) continue;
        Interval sum{0, 0};
        int seen = 0;
        bool readable = true;
        for (int k : parts) {
          if (const Figure* f = v.FigureAt(r, k)) {
            sum = sum + Range(*f);
            ++seen;
          } else if (!v.TextAt(r, k).empty() && v.TextAt(r, k) != "-") {
            readable = false;
          }
        }
        if (readable && seen > 0) out.push_back({r, sum, sum.Meets(Range(*printed))});
      }
      return out;
    };
    size_t best = 0;
    int best_ok = -1;
    std::vector<RowSum> rows;
    for (size_t i = 0; i < readings.size(); ++i) {
      std::vector<RowSum> candidate = evaluate(readings[i]);
      int ok = 0;
      for (const RowSum& x : candidate) ok += x.ok;
      if (ok > best_ok) best = i, best_ok = ok, rows = std::move(candidate);
    }
    const std::vector<int>& parts = readings[best];
    if (rows.empty() || best_ok * 2 <= static_cast<int>(rows.size())) continue;
    for (const RowSum& x : rows) {
      std::vector<std::pair<int, int>> cells = {{x.r, c}};
      for (int k : parts) cells.push_back({x.r, k});
      ctx.Checked(v, cells, x.ok);
      if (x.ok) continue;
      const Figure* printed = v.FigureAt(x.r, c);
      Finding f;
      f.rule = "sum.total";
      f.expected = x.sum.mid();
      f.found = printed->value;
      std::string what = v.row(x.r).label.empty() ? "baris " + std::to_string(x.r + 1) : v.row(x.r).label;
      std::string named;
      for (int k : parts) named += (named.empty() ? "" : " + ") + v.column(k).header();
      f.message = v.Name() + ": kolom " + leaf + " untuk " + what + " tertulis " + printed->printed +
                  ", padahal " + named + " = " + Show(x.sum.mid(), *printed) + ".";
      f.message_en = v.Name() + ": column " + leaf + " for " + what + " reads " + printed->printed + ", but " +
                     named + " = " + Show(x.sum.mid(), *printed) + ".";
      f.evidence.push_back(v.EvidenceAt(x.r, c, true));
      for (int k : parts)
        if (v.FigureAt(x.r, k)) f.evidence.push_back(v.EvidenceAt(x.r, k));
      f.reading = "Kolom " + leaf + " = " + named + ": bacaan yang diikuti " + std::to_string(best_ok) + " dari " +
                  std::to_string(rows.size()) + " baris tabel.";
      f.reading_en = "Column " + leaf + " = " + named + ": the reading " + std::to_string(best_ok) + " of the table's " +
                     std::to_string(rows.size()) + " rows follow.";
      f.priority = 50;
      ctx.Report(std::move(f));
    }
  }
}

// "Sisa anggaran" = anggaran - realisasi, row by row. A column most of whose
// rows do not follow that reading means something else (a difference to the
// target, a share): then nothing is reported.
void CheckRemaining(AuditContext& ctx, const TableView& v) {
  for (int c = 0; c < v.n_cols(); ++c) {
    if (v.column(c).role != Role::kRemaining) continue;
    auto find = [&](Role role) {
      int k = v.FindColumn(role, Domain::kMoney, c);
      return k >= 0 ? k : v.FindColumn(role, Domain::kMoney, -1);
    };
    const int budget = find(Role::kBudget), spent = find(Role::kRealised);
    if (budget < 0 || spent < 0) continue;
    struct Row { int r; Interval expected; bool ok; };
    std::vector<Row> rows;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      const Figure* left = v.FigureAt(r, c);
      const Figure* b = v.FigureAt(r, budget);
      const Figure* s = v.FigureAt(r, spent);
      if (!left || !b || !s || left->percent) continue;
      Interval printed = Range(*left);
      Interval negated{-printed.hi, -printed.lo};
      auto holds = [&](const Interval& e) { return e.Meets(printed) || e.Meets(negated); };
      Interval expected = Range(*b) - Range(*s);
      // A budget or spending already shown wrong leaves nothing certain to say.
      bool ok = holds(expected) || ctx.Blamed(v, r, budget) || ctx.Blamed(v, r, spent);
      rows.push_back({r, expected, ok});
    }
    int ok = 0;
    for (const Row& row : rows) ok += row.ok;
    if (rows.size() < 2 || ok * 2 <= static_cast<int>(rows.size())) continue;
    for (const Row& row : rows) {
      ctx.Checked(v, {{row.r, c}, {row.r, budget}, {row.r, spent}}, row.ok);
      if (row.ok) continue;
      const Figure& printed = *v.FigureAt(row.r, c);
      std::string what = v.row(row.r).label.empty() ? v.row(row.r).number : v.row(row.r).label;
      std::string expect = Show(row.expected.mid(), printed);
      Finding f;
      f.rule = "sum.remaining";
      f.expected = row.expected.mid();
      f.found = printed.value;
      f.message = v.Name() + ": sisa anggaran " + what + " tertulis " + printed.printed + ", padahal " +
                  v.FigureAt(row.r, budget)->printed + " - " + v.FigureAt(row.r, spent)->printed + " = " + expect + ".";
      f.message_en = v.Name() + ": the remaining budget of " + what + " reads " + printed.printed + ", but " +
                     v.FigureAt(row.r, budget)->printed + " - " + v.FigureAt(row.r, spent)->printed + " = " + expect + ".";
      f.evidence = {v.EvidenceAt(row.r, c, true), v.EvidenceAt(row.r, budget), v.EvidenceAt(row.r, spent)};
      f.reading = "Sisa anggaran = anggaran - realisasi pada baris yang sama; " + std::to_string(ok) + " dari " +
                  std::to_string(rows.size()) + " baris kolom ini mengikutinya.";
      f.reading_en = "Remaining = budget - spending of the same row; " + std::to_string(ok) + " of the column's " +
                     std::to_string(rows.size()) + " rows follow it.";
      f.priority = 90;
      ctx.Report(std::move(f));
    }
  }
}

// Amount columns side by side, one per level of the tree ("Anggaran / per
// paket | per sub-kegiatan | per kegiatan | per program", the Permendagri 90
// monthly report): a row's amount in one column is the sum of the amounts
// one column down on the rows after it, up to the next row of its level. The
// direction (which end is the top) is the one most rows follow, and nothing
// is reported unless most rows follow it.
void CheckSteppedColumns(AuditContext& ctx, const TableView& v) {
  std::map<int, std::vector<int>> groups;
  for (int c = 0; c < v.n_cols(); ++c)
    if (v.column(c).group >= 0 && v.column(c).domain == Domain::kMoney && v.column(c).role != Role::kPercent)
      groups[v.column(c).group].push_back(c);
  for (const auto& group : groups) {
    const std::vector<int>& cols = group.second;  // not a structured binding: lambdas capture it (clang 14)
    if (cols.size() < 2) continue;
    struct Step { int parent, col, child_col; Members kids; Interval sum; bool ok; };
    auto steps_for = [&](bool right_is_top) {
      auto level_of = [&](int r) {
        int level = -1;
        for (size_t i = 0; i < cols.size(); ++i)
          if (v.FigureAt(r, cols[i])) level = std::max(level, right_is_top ? static_cast<int>(i) : static_cast<int>(cols.size() - 1 - i));
        return level;
      };
      auto col_at = [&](int level) { return cols[right_is_top ? level : cols.size() - 1 - level]; };
      std::vector<Step> steps;
      for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
        if (v.row(r).kind != RowKind::kData) continue;
        int level = level_of(r);
        if (level < 1) continue;
        Members kids;
        bool unreadable = false;  // an amount cell with digits but no figure: the step is unknown
        for (int k = r + 1; k < v.n_rows(); ++k) {
          if (v.row(k).kind == RowKind::kTotal) break;
          int lk = level_of(k);
          if (lk >= level) break;
          if (lk == level - 1) kids.push_back(k);
          for (int c : cols) {
            const std::string& t = v.TextAt(k, c);
            if (!v.FigureAt(k, c) && std::any_of(t.begin(), t.end(), [](unsigned char ch) { return std::isdigit(ch); }))
              unreadable = true;
          }
        }
        const Figure* printed = v.FigureAt(r, col_at(level));
        if (kids.empty() || unreadable || !printed) continue;
        // A stray small number ("3" where amounts are in millions) is no amount.
        bool stray = false;
        for (int k : kids)
          if (const Figure* f = v.FigureAt(k, col_at(level - 1)); f && std::fabs(f->value) < 1000 && printed->value >= 1e6)
            stray = true;
        auto sum = SumOf(v, kids, col_at(level - 1));
        if (stray || !sum) continue;
        steps.push_back({r, col_at(level), col_at(level - 1), kids, *sum, sum->Meets(Range(*printed))});
      }
      return steps;
    };
    std::vector<Step> best;
    int best_ok = -1;
    for (bool right_is_top : {true, false}) {
      std::vector<Step> steps = steps_for(right_is_top);
      int ok = 0;
      for (const Step& st : steps) ok += st.ok;
      if (ok > best_ok) best_ok = ok, best = std::move(steps);
    }
    if (best.size() < 2 || best_ok * 2 <= static_cast<int>(best.size())) continue;
    // A parent that adds up into the level above it is right: then a part is wrong.
    std::set<std::pair<int, int>> confirmed;
    for (const Step& st : best)
      if (st.ok)
        for (int k : st.kids) confirmed.insert({k, st.child_col});
    for (const Step& st : best) {
      std::vector<std::pair<int, int>> cells = {{st.parent, st.col}};
      for (int k : st.kids) cells.push_back({k, st.child_col});
      ctx.Checked(v, cells, st.ok);
      if (st.ok) continue;
      const Figure* printed = v.FigureAt(st.parent, st.col);
      std::string what = v.row(st.parent).label.empty() ? v.row(st.parent).number : v.row(st.parent).label;
      std::string n = std::to_string(st.kids.size()), sum = Show(st.sum.mid(), *printed);
      std::string gap = ShowPlain(printed->value - st.sum.mid(), 0);
      Finding f;
      f.rule = "sum.hierarchy";
      f.expected = st.sum.mid();
      f.found = printed->value;
      bool parent_holds = confirmed.count({st.parent, st.col}) > 0;
      f.message = v.Name() + ": " + v.column(st.col).header() + " " + what + " tertulis " + printed->printed + ", padahal " +
                  n + " angka " + v.column(st.child_col).header() + " di bawahnya berjumlah " + sum + " (selisih " + gap + ")" +
                  (parent_holds ? "; angka induk itu cocok dengan tingkat di atasnya, jadi salah satu rinciannya keliru." : ".");
      f.message_en = v.Name() + ": " + v.column(st.col).header() + " of " + what + " reads " + printed->printed + ", but the " +
                     n + " " + v.column(st.child_col).header() + " amounts below it add up to " + sum + " (difference " + gap + ")" +
                     (parent_holds ? "; that figure adds up into the level above, so one of its parts is wrong." : ".");
      f.reading = "Kolom anggaran bertingkat: angka sebuah baris di satu kolom = jumlah angka kolom satu tingkat di bawahnya pada baris-baris sesudahnya, sampai baris setingkat berikutnya; " +
                  std::to_string(best_ok) + " dari " + std::to_string(best.size()) + " baris induk mengikutinya.";
      f.reading_en = "Stepped amount columns: a row's amount in one column = the sum of the next column down on the rows after it, up to the next row of its level; " +
                     std::to_string(best_ok) + " of " + std::to_string(best.size()) + " parent rows follow it.";
      f.evidence.push_back(v.EvidenceAt(st.parent, st.col, !parent_holds));
      for (int k : st.kids) f.evidence.push_back(v.EvidenceAt(k, st.child_col, parent_holds));
      if (!parent_holds) ctx.Blame(v.table().id, st.parent, st.col);
      f.priority = 95;
      ctx.Report(std::move(f));
    }
  }
}

// Children of row p: rows one level deeper before the next row at p's level.
Members Children(const TableView& v, int p) {
  Members kids;
  for (int r = p + 1; r < v.n_rows(); ++r) {
    const RowInfo& row = v.row(r);
    if (row.kind == RowKind::kTotal || row.kind == RowKind::kAverage) break;
    if (row.kind == RowKind::kSection && !row.number.empty()) break;  // the next numbered heading
    if (row.kind != RowKind::kData) continue;
    // Unnumbered rows count only after numbered siblings (kegiatan listed on
    // without their numbers), never as the first part.
    if (row.number.empty() && kids.empty()) continue;
    if (row.level <= v.row(p).level) break;
    if (row.level == v.row(p).level + 1) kids.push_back(r);
  }
  return kids;
}

// A parent whose total does not hold, over a single part printed with the
// same figure: the part carries the same gap (one figure printed twice).
void ShareGapsWithLoneParts(AuditContext& ctx, const TableView& v) {
  for (int p = v.table().header_rows; p < v.n_rows(); ++p) {
    if (!IsDataRow(v, p) || v.row(p).number.empty()) continue;
    Members kids = Children(v, p);
    if (kids.size() != 1) continue;
    for (int c = 0; c < v.n_cols(); ++c) {
      auto gap = ctx.GapAt(v.table().id, p, c);
      const Figure* a = v.FigureAt(p, c);
      const Figure* b = v.FigureAt(kids[0], c);
      if (gap && a && b && a->value == b->value) ctx.RecordGap(v.table().id, kids[0], c, *gap);
    }
  }
}

struct Gap {
  int parent, col;
  Members kids;
  Interval sum;
  bool from_amounts = false;  // the parts were read from another column's amounts, not from numbering
};

// Parents against their children; returns the ones that do not add up,
// reported later, once totals have shown which figures hold.
std::vector<Gap> CheckHierarchy(AuditContext& ctx, const TableView& v) {
  std::vector<Gap> gaps;
  bool budget_tree = false;  // Permendagri 90 tree: Program (I, II) > Kegiatan > Sub Kegiatan
  for (int r = v.table().header_rows; r < v.n_rows(); ++r)
    if (IsRomanNumeral(v.row(r).number)) budget_tree = true;
  for (int p = v.table().header_rows; p < v.n_rows(); ++p) {
    if (!IsDataRow(v, p) || v.row(p).number.empty()) continue;
    Members kids = Children(v, p);
    if (kids.empty()) continue;
    int budget_col = -1;
    for (int c = 0; c < v.n_cols(); ++c)
      if (v.column(c).role == Role::kBudget && v.column(c).domain == Domain::kMoney && v.FigureAt(p, c)) budget_col = c;
    if (budget_col < 0) continue;
    auto budget_sum = SumOf(v, kids, budget_col);
    bool complete = budget_sum && budget_sum->Meets(Range(*v.FigureAt(p, budget_col)));
    if (!complete && !budget_tree) continue;  // an outline may list only some parts
    for (int c = 0; c < v.n_cols(); ++c) {
      const ColumnInfo& col = v.column(c);
      if (col.domain != Domain::kMoney ||
          (col.role != Role::kBudget && col.role != Role::kRealised && col.role != Role::kRemaining))
        continue;
      const Figure* printed = v.FigureAt(p, c);
      auto sum = SumOf(v, kids, c);
      if (!printed || !sum) continue;
      std::vector<std::pair<int, int>> cells = {{p, c}};
      for (int k : kids) cells.push_back({k, c});
      bool ok = sum->Meets(Range(*printed));
      ctx.Checked(v, cells, ok);
      if (!ok) gaps.push_back({p, c, kids, *sum});
    }
  }
  return gaps;
}

// Unnumbered rows (no numbers or codes) whose amounts nest: the tree they
// imply (AmountTreeOf, two parents or more) is checked in every amount
// column, where a parent's realisasi or remaining budget is the sum of its
// parts' too. A column most of whose parents do not add up is not additive in
// this tree and says nothing.
std::vector<Gap> CheckAmountTrees(AuditContext& ctx, const TableView& v) {
  std::vector<Gap> gaps;
  std::vector<int> cols = AmountColumns(v);
  if (cols.size() < 2) return gaps;
  for (int from = v.table().header_rows; from < v.n_rows();) {
    int to = from;
    while (to < v.n_rows() && v.row(to).kind != RowKind::kTotal && v.row(to).kind != RowKind::kAverage) ++to;
    std::optional<AmountTree> tree = Unnumbered(v, from, to) ? AmountTreeOf(v, from, to) : std::nullopt;
    for (int c : cols) {
      if (!tree || tree->parents.size() < 2) break;
      std::vector<Gap> found;
      std::vector<std::pair<Members, bool>> checks;  // each parent's rows, and whether they add up
      for (const auto& [p, parts] : tree->parents) {
        const Figure* printed = v.FigureAt(p, c);
        auto sum = printed ? SumOf(v, parts, c) : std::nullopt;
        if (!sum) continue;
        Members rows = {p};
        rows.insert(rows.end(), parts.begin(), parts.end());
        checks.push_back({rows, sum->Meets(Range(*printed))});
        if (!checks.back().second) found.push_back({p, c, parts, *sum, true});
      }
      int held = static_cast<int>(checks.size() - found.size());
      if (held < 1 || held < static_cast<int>(found.size())) continue;
      for (const auto& [rows, ok] : checks) {
        std::vector<std::pair<int, int>> cells;
        for (int r : rows) cells.push_back({r, c});
        ctx.Checked(v, cells, ok);
      }
      gaps.insert(gaps.end(), found.begin(), found.end());
    }
    from = to + 1;
  }
  return gaps;
}

// A parent verified elsewhere (it adds up into its own parent or the total)
// is right: then one of its parts is wrong. Otherwise the parent is.
// The row's money percent follows from its own realisation and budget.
bool RowRatioHolds(const TableView& v, int r) {
  for (int c = 0; c < v.n_cols(); ++c)
    if (v.column(c).role == Role::kPercent && v.column(c).domain == Domain::kMoney && v.FigureAt(r, c))
      return RatioExplains(v, r, c);
  return false;
}

void ReportGap(AuditContext& ctx, const TableView& v, const Gap& g) {
  const Figure* printed = v.FigureAt(g.parent, g.col);
  // A parent whose own percent follows from its figures, over a single part
  // whose percent does not: the part is the slip.
  bool lone_part_slipped = g.kids.size() == 1 && RowRatioHolds(v, g.parent) && !RowRatioHolds(v, g.kids[0]);
  bool parent_holds = ctx.Verified(v.table().id, g.parent, g.col) || lone_part_slipped;
  if (lone_part_slipped) ctx.Blame(v.table().id, g.kids[0], g.col);
  Finding f;
  f.rule = "sum.hierarchy";
  f.expected = g.sum.mid();
  f.found = printed->value;
  std::string what = v.row(g.parent).label;
  Role role = v.column(g.col).role;
  std::string kind = role == Role::kBudget ? "anggaran" : role == Role::kRemaining ? "sisa anggaran" : "realisasi";
  std::string kind_en = role == Role::kBudget ? "budget" : role == Role::kRemaining ? "remaining budget" : "realisation";
  std::string n = std::to_string(g.kids.size());
  std::string sum = Show(g.sum.mid(), *printed), gap = ShowPlain(printed->value - g.sum.mid(), 0);
  if (lone_part_slipped) {
    const std::string& part = v.row(g.kids[0]).label;
    f.message = v.Name() + ": " + kind + " " + part + " tertulis " + Show(g.sum.mid(), *printed) + ", padahal induknya " +
                what + " (satu-satunya rincian) tertulis " + printed->printed +
                "; persentase induk sesuai dengan angkanya, persentase rincian tidak: rinciannya yang keliru.";
    f.message_en = v.Name() + ": the " + kind_en + " of " + part + " reads " + Show(g.sum.mid(), *printed) + ", but its parent " +
                   what + " (of which it is the only part) reads " + printed->printed +
                   "; the parent's percentage follows from its figures and the part's does not: the part is wrong.";
  } else if (parent_holds) {
    f.message = v.Name() + ": " + n + " rincian " + kind + " " + what + " berjumlah " + sum + ", padahal induknya tertulis " +
                printed->printed + " (selisih " + gap + "); induk itu cocok dengan jumlah di atasnya, jadi salah satu rinciannya keliru.";
    f.message_en = v.Name() + ": the " + n + " parts of the " + kind_en + " of " + what + " add up to " + sum + ", but it reads " +
                   printed->printed + " (difference " + gap + "); that figure adds up with the rest of the table, so one of its parts is wrong.";
  } else {
    f.message = v.Name() + ": " + kind + " " + what + " tertulis " + printed->printed + ", padahal " + n +
                " rinciannya berjumlah " + sum + " (selisih " + gap + ").";
    f.message_en = v.Name() + ": the " + kind_en + " of " + what + " reads " + printed->printed + ", but its " + n +
                   " parts add up to " + sum + " (difference " + gap + ").";
  }
  f.reading = std::string(g.from_amounts ? "Baris tanpa nomor: induk dan rinciannya dibaca dari angka kolom lain (baris yang sama dengan jumlah baris sesudahnya adalah induknya); induk = jumlah rinciannya; "
                                          : "Induk = jumlah rinciannya satu tingkat di bawahnya (penomoran I/A/1, kode, atau baris \"Program\" dan kegiatan sesudahnya); ") +
              std::string(lone_part_slipped ? "satu-satunya rincian yang persentasenya tidak cocok dengan angkanya sendiri dianggap keliru."
                          : parent_holds ? "induknya cocok dengan jumlah di atasnya, maka rinciannya dianggap keliru."
                                         : "induknya dianggap keliru.");
  f.reading_en = std::string(g.from_amounts ? "Rows without numbers: parents and parts read from another column's amounts (a row equal to the sum of the rows after it is their parent); parent = sum of its parts; "
                                             : "Parent = sum of its parts one level below (numbering I/A/1, codes, or a \"Program\" row and the kegiatan after it); ") +
                 std::string(lone_part_slipped ? "its only part, whose percentage does not follow from its own figures, is taken as wrong."
                             : parent_holds ? "the parent adds up with the rest of the table, so a part is taken as wrong."
                                            : "the parent is taken as wrong.");
  if (!parent_holds) ctx.Blame(v.table().id, g.parent, g.col);
  f.evidence.push_back(v.EvidenceAt(g.parent, g.col, !parent_holds));
  for (int k : g.kids) f.evidence.push_back(v.EvidenceAt(k, g.col, parent_holds));
  f.priority = 95;
  ctx.Report(std::move(f));
}

}  // namespace

void CheckSums(AuditContext& ctx) {
  for (const TableView& v : ctx.views()) {
    std::vector<Gap> gaps = CheckHierarchy(ctx, v);
    std::vector<Gap> amount_gaps = CheckAmountTrees(ctx, v);
    gaps.insert(gaps.end(), amount_gaps.begin(), amount_gaps.end());
    std::set<int> gap_columns;
    for (const Gap& g : gaps) gap_columns.insert(g.col);
    for (int r = v.table().header_rows; r < v.n_rows(); ++r)
      if (v.row(r).kind == RowKind::kTotal || v.row(r).kind == RowKind::kAverage) CheckTotalRow(ctx, v, r, gap_columns);
    CheckTotalColumns(ctx, v);
    CheckSteppedColumns(ctx, v);
    ShareGapsWithLoneParts(ctx, v);
    for (const Gap& g : gaps) ReportGap(ctx, v, g);
    CheckRemaining(ctx, v);
  }
}

}  // namespace lkj::audit
