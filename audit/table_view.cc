#include "audit/table_view.h"

#include "audit/figure_range.h"
#include "audit/text_format.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace lkj::audit {
namespace {

std::string LowerCollapsed(const std::string& s) {
  std::string out;
  bool space = false;
  for (unsigned char ch : s) {
    if (std::isspace(ch)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(ch));
  }
  return out;
}

bool HasAny(const std::string& text, const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (text.find(w) != std::string::npos) return true;
  return false;
}

bool MatchesAny(const std::string& text, const std::vector<std::shared_ptr<re2::RE2>>& patterns) {
  for (const auto& p : patterns)
    if (RE2::PartialMatch(text, *p)) return true;
  return false;
}

int YearIn(const std::string& text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) continue;
    if (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))) continue;
    if (i + 4 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 4]))) continue;
    int y = std::stoi(text.substr(i, 4));
    if (y >= 1990 && y <= 2100) return y;
  }
  return 0;
}

bool IsColumnNumber(const std::string& t) {
  std::string s = t;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
  return !s.empty() && s.size() <= 2 && std::all_of(s.begin(), s.end(), ::isdigit);
}

// "1", "1.", "1.1", "2.3.4", "I", "II.", "a", "a." : a row number.
bool LooksLikeRowNumber(const std::string& t) {
  static const RE2 kNumber(R"(^\s*([0-9]+(\.[0-9]+)*\.?|[IVXLC]+\.?|[a-z]\.?)\s*$)");
  return RE2::FullMatch(t, kNumber);
}

// "reali-sasi" -> "realisasi": a hyphen between two letters, as a word
// broken at the end of a header line prints it.
std::string WithoutLineBreakHyphens(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    bool joins = text[i] == '-' && i > 0 && i + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[i - 1])) &&
                 std::isalpha(static_cast<unsigned char>(text[i + 1]));
    if (!joins) out += text[i];
  }
  return out;
}

// A header leaf of two pieces that make one word once the break is closed:
// "targe t" -> "target", "reali- sasi" -> "realisasi"; empty when the leaf
// is not one broken word (two whole words, or more than one break).
std::string JoinedBrokenWord(const std::string& leaf) {
  size_t space = leaf.find(' ');
  if (space == std::string::npos || leaf.find(' ', space + 1) != std::string::npos) return "";
  // A break leaves a hyphen or a stub of at most four letters.
  bool hyphen = space > 0 && leaf[space - 1] == '-';
  if (!hyphen && std::min(space, leaf.size() - space - 1) > 4) return "";
  std::string joined = WithoutLineBreakHyphens(leaf.substr(0, space) + leaf.substr(space + 1));
  for (unsigned char ch : joined)
    if (!std::isalpha(ch)) return "";
  return joined;
}

Role RoleOf(const std::string& leaf, const std::string& path, const Rules& rules) {
  auto words = [&](const char* role) -> const std::vector<std::string>& {
    static const std::vector<std::string> kNone;
    for (const auto& [name, list] : rules.columns)
      if (name == role) return list;
    return kNone;
  };
  if (HasAny(path, words("efficiency"))) return Role::kEfficiency;
  for (const std::string& w : words("note"))
    if (leaf.rfind(w, 0) == 0) return Role::kNote;
  if (HasAny(leaf, words("remaining"))) return Role::kRemaining;
  if (HasAny(leaf, words("trend"))) return Role::kTrend;
  if (HasAny(leaf, words("status"))) return Role::kStatus;
  // "Target capaian" is the planned value; "capaian" alone the achievement.
  for (const std::string& w : words("target"))
    if (leaf.rfind(w, 0) == 0) return Role::kTarget;
  if (HasAny(leaf, words("percent"))) return Role::kPercent;
  if (HasAny(leaf, words("target"))) return Role::kTarget;
  if (HasAny(leaf, words("realised"))) return Role::kRealised;
  if (HasAny(leaf, words("budget"))) return Role::kBudget;
  if (leaf == "satuan" || leaf == "sat" || leaf == "sat." || HasAny(leaf, words("unit"))) return Role::kUnit;
  // A leaf that is only a year takes its meaning from the group above.
  if (YearIn(leaf) && leaf.size() <= 6 && path != leaf) return RoleOf(path.substr(0, path.size() - leaf.size()), path, rules);
  return Role::kNone;
}

}  // namespace

std::string ColumnInfo::header() const {
  std::string out;
  for (const std::string& p : path) out += (out.empty() ? "" : " / ") + p;
  return out;
}

bool IsRomanNumeral(const std::string& s) {
  // "C." and "D." in a list "A., B., C., D." are letters: a numeral needs I, V or X.
  static const RE2 kRoman(R"(^\s*[IVXLC]*[IVX][IVXLC]*\.?\s*$)");
  return RE2::FullMatch(s, kRoman);
}

std::string NormalizeLabel(const std::string& label) {
  std::string s = LowerCollapsed(label);
  static const RE2 kPrefix(R"(^(?:[0-9]+(?:\.[0-9]+)*\.?|[ivxlc]+\.|[a-z]\.)\s+)");
  static const RE2 kKind(R"(^(?:program|kegiatan|sub kegiatan)\s*:?\s*)");
  RE2::Replace(&s, kPrefix, "");
  RE2::Replace(&s, kKind, "");
  std::string out;
  for (unsigned char ch : s)
    if (std::isalnum(ch) || ch == ' ') out += static_cast<char>(ch);
  return LowerCollapsed(out);
}

TableView::TableView(const Table& table, const Rules& rules, int reporting_year) : table_(&table) {
  ReadHeader(rules, reporting_year);
  ReadRows(rules);
  std::string words = LowerCollapsed(table.caption.value_or(""));
  for (const ColumnInfo& col : columns_) words += " " + col.header();
  revenue_ = HasAny(words, rules.revenue_words);
}

// A group header over one year per column ("Realisasi" over 2021 | 2022 |
// 2023) can be read into one of its columns only ("realisasi 2022"): the
// bare-year columns beside it, a year apart, hold the same quantity.
void TableView::AdoptYearNeighbours() {
  auto bare_year = [](const ColumnInfo& col) {
    return col.role == Role::kNone && col.path.size() == 1 && col.year && col.path.back().size() <= 6;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (int c = 0; c < n_cols(); ++c) {
      ColumnInfo& info = columns_[c];
      if (!bare_year(info)) continue;
      for (int n : {c - 1, c + 1}) {
        if (n < 0 || n >= n_cols()) continue;
        const ColumnInfo& o = columns_[n];
        bool quantity = o.role == Role::kRealised || o.role == Role::kTarget || o.role == Role::kBudget;
        if (!quantity || !o.year || std::abs(o.year - info.year) != 1) continue;
        info.role = o.role;
        info.domain = o.domain;
        changed = true;
        break;
      }
    }
  }
}

const Cell& TableView::Owner(int r, int c) const {
  // A placeholder's owner is the nearest real cell up-left whose spans reach it.
  for (int rr = r; rr >= 0; --rr)
    for (int cc = c; cc >= 0; --cc) {
      const Cell& cell = table_->rows[rr][cc];
      if (!cell.placeholder && rr + cell.row_span > r && cc + cell.col_span > c) return cell;
    }
  return table_->rows[r][c];
}

const std::string& TableView::TextAt(int r, int c) const { return Owner(r, c).text; }

const Figure* TableView::FigureAt(int r, int c) const {
  const auto& f = figures_[r][c];
  return f ? &*f : nullptr;
}

std::string CaptionLabel(const std::string& caption) {
  // The number must end at a word boundary: "Tabel Indikator" has none.
  // "Tabel 2.3a" and "Tabel 2.3b" are two tables: a letter after the number is part of it.
  static const RE2 kLabel(R"(^\s*((?i)(?:tabel|table)\s*\.?\s*[0-9IVX]+(?:[.\-][0-9]+)*[a-z]?|lampiran\s+[0-9IVX]+[a-z]?)\b)");
  std::string label;
  RE2::PartialMatch(caption, kLabel, &label);
  return label;
}

std::string TableView::Name() const {
  if (table_->caption) {
    std::string label = CaptionLabel(*table_->caption);
    return label.empty() ? Utf8Prefix(*table_->caption, 60) : label;
  }
  return "Tabel " + table_->id + " (hal. " + std::to_string(table_->pages.front()) + ")";
}

Evidence TableView::EvidenceAt(int r, int c, bool suspect) const {
  const Cell& cell = Owner(r, c);
  Evidence e;
  e.page = cell.page;
  e.table_id = table_->id;
  e.table = table_->caption;
  e.row = r;
  e.col = c;
  e.text = cell.text;
  if (const Figure* f = FigureAt(r, c)) e.value = f->value;
  e.bbox = cell.box;
  e.suspect = suspect;
  e.confidence = cell.confidence;
  return e;
}

// A money column printed in thousands or millions ("dalam ribuan rupiah",
// "(Rp. juta)"), declared in its header or the table's caption.
int TableView::MoneyScale(const ColumnInfo& col) const {
  if (col.domain != Domain::kMoney && col.role != Role::kBudget && col.role != Role::kRealised) return 0;
  std::string where = LowerCollapsed(table_->caption.value_or("")) + " " + col.header();
  if (where.find("ribuan") != std::string::npos || where.find("ribu rupiah") != std::string::npos) return 3;
  if (where.find("jutaan") != std::string::npos || where.find("juta rupiah") != std::string::npos ||
      where.find("rp. juta") != std::string::npos || where.find("rp juta") != std::string::npos)
    return 6;
  if (where.find("miliar") != std::string::npos || where.find("milyar") != std::string::npos) return 9;
  return 0;
}

void TableView::ReadHeader(const Rules& rules, int reporting_year) {
  const int cols = n_cols(), header = std::min(table_->header_rows, n_rows());
  columns_.assign(cols, ColumnInfo{});
  for (int c = 0; c < cols; ++c) {
    ColumnInfo& info = columns_[c];
    for (int r = 0; r < header; ++r) {
      const Cell& cell = Owner(r, c);
      std::string t = LowerCollapsed(cell.text);
      if (t.empty() || IsColumnNumber(t)) continue;
      if (info.path.empty() || info.path.back() != t) info.path.push_back(t);
    }
    // Group: the top header cell's left edge identifies the group.
    if (header > 0) {
      const Cell& top = Owner(0, c);
      info.group = top.col_span > 1 ? static_cast<int>(top.box.x0) : -1 - c;
    }
    std::string path = info.header();
    std::string leaf = info.path.empty() ? "" : info.path.back();
    info.role = RoleOf(leaf, path, rules);
    // A header word broken over two lines keeps its hyphen: "Reali-sasi".
    if (info.role == Role::kNone && leaf.find('-') != std::string::npos)
      info.role = RoleOf(WithoutLineBreakHyphens(leaf), WithoutLineBreakHyphens(path), rules);
    // ... or loses it, the line break read as a space: "Targe t", "Realisa si".
    if (info.role == Role::kNone) {
      std::string joined = JoinedBrokenWord(leaf);
      if (!joined.empty()) info.role = RoleOf(joined, path.substr(0, path.size() - leaf.size()) + joined, rules);
    }
    for (const auto& [name, list] : rules.columns)
      if (name == "cumulative") info.cumulative = HasAny(path, list);
    for (const std::string& p : info.path)
      if (int y = YearIn(p)) info.year = y;
    bool money = HasAny(path, rules.money_groups);
    bool staff = HasAny(path, rules.staff_groups);
    info.domain = staff ? Domain::kStaff : money ? Domain::kMoney : Domain::kNone;
    // "Target anggaran" is the budget (pagu).
    if (info.role == Role::kTarget && info.domain == Domain::kMoney) info.role = Role::kBudget;
    (void)reporting_year;
  }
  AdoptYearNeighbours();
  // Body cells decide the number style, what holds labels and row numbers.
  figures_.assign(n_rows(), std::vector<std::optional<Figure>>(cols));
  for (int c = 0; c < cols; ++c) {
    std::vector<std::string> texts;
    int numbers = 0, words = 0, row_numbers = 0, currency = 0, summary_labels = 0, names = 0;
    for (int r = header; r < n_rows(); ++r) {
      const Cell& cell = table_->rows[r][c];
      if (cell.placeholder || cell.text.empty() || cell.text == "-") continue;
      texts.push_back(cell.text);
      if (LooksLikeRowNumber(cell.text)) ++row_numbers;
      if (std::none_of(cell.text.begin(), cell.text.end(), [](unsigned char ch) { return std::isdigit(ch); })) ++names;
      std::string lower = LowerCollapsed(cell.text);
      if (MatchesAny(lower, rules.total_labels) || MatchesAny(lower, rules.average_labels)) ++summary_labels;
      auto f = ParseFigure(cell.text, NumberStyle::kUnknown);
      if (f) {
        ++numbers;
        if (f->currency || std::fabs(f->value) >= 100000) ++currency;
      } else {
        ++words;
      }
    }
    ColumnInfo& info = columns_[c];
    info.style = DecideStyle(texts);
    // "Rp" on every row, set apart from the amounts: a currency mark, not a name.
    bool currency_marks = !texts.empty() && std::all_of(texts.begin(), texts.end(), [](const std::string& t) {
      std::string l = LowerCollapsed(t);
      return l == "rp" || l == "rp." || l == "idr";
    });
    if (currency_marks) info.role = Role::kUnit;
    // A note column ("Keterangan") holding nothing but Tercapai / Belum
    // Tercapai says whether each row met its target: a status column; one
    // holding nothing but Naik / Turun / Tetap, how a value moved: a trend.
    auto all_words_of = [&](std::initializer_list<const std::vector<std::string>*> lists) {
      return std::all_of(texts.begin(), texts.end(), [&](const std::string& t) {
        std::string l = LowerCollapsed(t);
        while (!l.empty() && (l.back() == '.' || l.back() == ' ')) l.pop_back();
        return std::any_of(lists.begin(), lists.end(),
                           [&](const auto* list) { return std::find(list->begin(), list->end(), l) != list->end(); });
      });
    };
    if ((info.role == Role::kNote || info.role == Role::kNone) && texts.size() >= 2) {
      if (all_words_of({&rules.achieved_words, &rules.not_achieved_words})) info.role = Role::kStatus;
      else if (all_words_of({&rules.up_words, &rules.down_words, &rules.same_words})) info.role = Role::kTrend;
    }
    // A column of names under a header that reads like figures ("Uraian /
    // TOTAL ANGGARAN", a title row taken into the header) holds names.
    bool figure_role = info.role == Role::kBudget || info.role == Role::kRealised || info.role == Role::kTarget ||
                       info.role == Role::kPercent || info.role == Role::kRemaining;
    int with_digits = static_cast<int>(texts.size()) - names;
    if (figure_role && names >= 3 && names > 2 * with_digits) {
      info.role = Role::kLabel;
      info.domain = Domain::kNone;
    }
    bool first_text_col = c == 0 || (c == 1 && columns_[0].role == Role::kRowNumber);
    if (info.role == Role::kNone) {
      const std::string leaf = info.path.empty() ? "" : info.path.back();
      int others = static_cast<int>(texts.size()) - summary_labels;
      bool numbered = leaf == "no" || leaf == "no." || leaf.rfind("no ", 0) == 0 ||
                      (row_numbers > 0 && row_numbers * 10 >= others * 7);
      if (first_text_col && numbered && c == 0) info.role = Role::kRowNumber;
      else if (words > numbers) info.role = Role::kLabel;
      else if (numbers > 0) info.role = Role::kNumber;
    }
    if (info.domain == Domain::kNone && currency * 2 > numbers && numbers > 0) info.domain = Domain::kMoney;
    if (info.domain == Domain::kNone &&
        (info.role == Role::kTarget || info.role == Role::kRealised || info.role == Role::kPercent))
      info.domain = Domain::kPerformance;
    // Targets and results of indicators carry their unit ("73 poin").
    bool with_units = info.domain == Domain::kPerformance && (info.role == Role::kTarget || info.role == Role::kRealised);
    for (int r = header; r < n_rows(); ++r) {
      const Cell& cell = table_->rows[r][c];
      if (cell.placeholder) continue;
      figures_[r][c] = with_units ? ParseFigureWithUnit(cell.text, info.style)
                                  : ParseFigureInColumn(cell.text, info.style, MoneyScale(info));
    }
  }
  SettleBarePercents();
}

// Whether most rows print realisasi / anggaran (money columns) in column c:
// a percent named otherwise ("Capaian (%)" beside Anggaran and Realisasi) is
// then the budget absorption too, and the rows that do not follow it are slips.
bool TableView::MostRowsAbsorption(int c) const {
  int budget = -1, spent = -1;
  for (int k = 0; k < n_cols(); ++k) {
    if (columns_[k].domain != Domain::kMoney) continue;
    if (columns_[k].role == Role::kBudget && budget < 0) budget = k;
    if (columns_[k].role == Role::kRealised && spent < 0) spent = k;
  }
  if (budget < 0 || spent < 0) return false;
  int follow = 0, rows = 0;
  for (int r = std::min(table_->header_rows, n_rows()); r < n_rows(); ++r) {
    const Figure* p = figures_[r][c] ? &*figures_[r][c] : nullptr;
    const Figure* b = figures_[r][budget] ? &*figures_[r][budget] : nullptr;
    const Figure* a = figures_[r][spent] ? &*figures_[r][spent] : nullptr;
    if (!p || !a || !b || b->lo <= 0) continue;
    ++rows;
    if (Range(*a).DividedBy(Range(*b)).Scaled(100).Meets(PercentRange(*p))) ++follow;
  }
  return follow >= 3 && follow * 4 >= rows * 3;
}

// A "%" column under no group: the budget absorption when the table has
// money columns and no other money percent; otherwise a derived figure
// (efficiency) whose formula the document itself shows row by row.
void TableView::SettleBarePercents() {
  bool grouped = false, budget = false, realised = false, money_percent = false;
  for (const ColumnInfo& col : columns_) {
    grouped = grouped || col.group >= 0;
    if (col.domain != Domain::kMoney) continue;
    budget = budget || col.role == Role::kBudget;
    realised = realised || col.role == Role::kRealised;
    money_percent = money_percent || col.role == Role::kPercent;
  }
  for (ColumnInfo& col : columns_) {
    // "%", "% realisasi", "persentase": a bare percent, named by nothing else.
    bool bare = col.path.size() == 1 && (col.path[0] == "%" || col.path[0] == "% realisasi" ||
                                         col.path[0] == "persentase" || col.path[0] == "prosentase" ||
                                         col.path[0] == "persentase realisasi");
    if (col.role != Role::kPercent || col.group >= 0) continue;
    if (!bare && !(budget && realised && !money_percent && MostRowsAbsorption(static_cast<int>(&col - columns_.data()))))
      continue;
    if (budget && realised && !money_percent) {
      col.domain = Domain::kMoney;
      col.free_percent = true;
    } else if (grouped) {
      col.domain = Domain::kNone;
    }
  }
}

void TableView::ReadRows(const Rules& rules) {
  const int header = std::min(table_->header_rows, n_rows());
  rows_.assign(n_rows(), RowInfo{});
  bool has_roman = false, in_sub = false, under_program = false;
  int upper_letter_level = -1, lower_letter_level = -1;
  for (int r = header; r < n_rows(); ++r)
    for (int c = 0; c < n_cols(); ++c)
      if (columns_[c].role == Role::kRowNumber && IsRomanNumeral(table_->rows[r][c].text)) has_roman = true;
  int last_level = 0;
  for (int r = 0; r < n_rows(); ++r) {
    RowInfo& row = rows_[r];
    if (r < header || IsColumnNumbering(r)) {
      row.kind = RowKind::kHeader;
      continue;
    }
    bool any_figure = false;
    for (int c = 0; c < n_cols(); ++c) {
      const ColumnInfo& col = columns_[c];
      const Cell& cell = table_->rows[r][c];
      if (col.role == Role::kRowNumber) {
        if (!cell.placeholder) row.number = cell.text;
      } else if (col.role == Role::kLabel) {
        const std::string& t = TextAt(r, c);
        bool repeat = row.label.size() >= t.size() && row.label.compare(row.label.size() - t.size(), t.size(), t) == 0;
        if (!t.empty() && !repeat) row.label += (row.label.empty() ? "" : " | ") + t;
      } else if (FigureAt(r, c) && col.role != Role::kUnit) {
        any_figure = true;
      }
    }
    std::string own_label;  // only this row's own cells: totals and markers
    for (int c = 0; c < n_cols(); ++c)
      if (columns_[c].role == Role::kLabel && !table_->rows[r][c].placeholder)
        own_label += (own_label.empty() ? "" : " ") + table_->rows[r][c].text;
    std::string lower = LowerCollapsed(own_label.empty() ? row.number : own_label);
    if (MatchesAny(lower, rules.average_labels)) row.kind = RowKind::kAverage;
    else if (MatchesAny(lower, rules.total_labels)) row.kind = RowKind::kTotal;
    else if (!any_figure) row.kind = RowKind::kSection;
    if (lower.rfind("sub kegiatan", 0) == 0) in_sub = true;
    if (row.kind == RowKind::kTotal || row.kind == RowKind::kAverage) under_program = false;
    if (row.kind == RowKind::kSection) continue;
    // Depth in the program > kegiatan > sub kegiatan tree.
    std::string n = row.number;
    while (!n.empty() && (n.back() == '.' || n.back() == ' ')) n.pop_back();
    std::string llabel = LowerCollapsed(own_label);
    if (IsRomanNumeral(n) || llabel.rfind("program", 0) == 0) {
      row.level = 0;
      in_sub = false;
      under_program = llabel.rfind("program", 0) == 0;
      if (n.size() == 1 && std::isalpha(static_cast<unsigned char>(n[0])) && !IsRomanNumeral(n))
        (std::isupper(static_cast<unsigned char>(n[0])) ? upper_letter_level : lower_letter_level) = 0;
    } else if (llabel.rfind("kegiatan", 0) == 0) {
      row.level = has_roman ? 1 : 0;
      in_sub = false;
    } else if (!n.empty() && std::isdigit(static_cast<unsigned char>(n[0]))) {
      row.level = has_roman ? (in_sub ? 2 : 1) : static_cast<int>(std::count(n.begin(), n.end(), '.'));
    } else if (!n.empty()) {
      // A lettered row: at the level its kind of letter first had ("A" ...
      // "G" are one level even where some labels lack the word "Program").
      bool upper = std::isupper(static_cast<unsigned char>(n[0]));
      int& first = upper ? upper_letter_level : lower_letter_level;
      if (first < 0) first = last_level + 1;
      row.level = first;
    } else if (under_program) {
      row.level = 1;  // an unnumbered kegiatan under its "Program ..." row
    } else {
      row.level = last_level;
    }
    if (!n.empty()) last_level = row.level;
  }
  // A row of figures with no number and no name of its own closes a group:
  // a subtotal or total whose label was left out.
  for (int r = header + 1; r < n_rows(); ++r) {
    if (rows_[r].kind != RowKind::kData || !rows_[r].number.empty()) continue;
    bool named = false;
    for (int c = 0; c < n_cols(); ++c) {
      Role role = columns_[c].role;
      if ((role == Role::kLabel || role == Role::kRowNumber) && !TextAt(r, c).empty()) named = true;
    }
    if (!named) {
      rows_[r].kind = RowKind::kTotal;
      rows_[r].implicit_total = true;
    }
  }
}

int TableView::ParallelColumn(Role role, Domain domain, int c) const {
  const int group = columns_[c].group;
  if (group < 0) return -1;
  auto members = [&](int g) {
    std::vector<int> out;
    for (int k = 0; k < n_cols(); ++k)
      if (columns_[k].group == g) out.push_back(k);
    return out;
  };
  std::vector<int> own = members(group);
  int index = static_cast<int>(std::find(own.begin(), own.end(), c) - own.begin());
  int found = -1;
  for (int k = 0; k < n_cols(); ++k) {
    const ColumnInfo& col = columns_[k];
    if (col.group < 0 || col.group == group || col.role != role || col.domain != domain) continue;
    std::vector<int> other = members(col.group);
    if (other.size() != own.size() || other[index] != k) continue;
    bool years_agree = true;  // "2015, 2016" against "2016, 2018" is no parallel
    for (size_t i = 0; i < own.size(); ++i) {
      int a = columns_[own[i]].year, b = columns_[other[i]].year;
      years_agree = years_agree && (a == 0 || b == 0 || a == b);
    }
    if (!years_agree) continue;
    if (found >= 0 && columns_[found].group != col.group) return -1;  // two such groups: ambiguous
    found = k;
  }
  return found;
}

// "1 2 3 4 ... 12" under the header: the columns' numbers, not figures.
bool TableView::IsColumnNumbering(int r) const {
  int expected = -1, seen = 0;
  for (int c = 0; c < n_cols(); ++c) {
    const Cell& cell = table_->rows[r][c];
    if (cell.placeholder || cell.text.empty()) continue;
    std::string t;  // "1 0": letter-spaced digits of one number
    for (char ch : cell.text)
      if (ch != ' ') t += ch;
    if (!IsColumnNumber(t)) return false;
    int n = std::stoi(t.front() == '(' ? t.substr(1) : t);
    if (expected >= 0 && n != expected) return false;
    expected = n + cell.col_span;
    ++seen;
  }
  return seen >= 3;
}

int TableView::FindColumn(Role role, Domain domain, int near, int year) const {
  int best = -1, best_distance = 1 << 20;
  for (int c = 0; c < n_cols(); ++c) {
    const ColumnInfo& col = columns_[c];
    if (col.role != role || col.domain != domain) continue;
    if (year >= 0 && col.year != year) continue;
    // Within the near column's header group; an ungrouped column only pairs
    // with other ungrouped columns, unless it is the table's only money percent.
    if (near >= 0 && !columns_[near].free_percent &&
        (columns_[near].group >= 0 ? col.group != columns_[near].group : col.group >= 0))
      continue;
    int d = std::abs(c - near);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace lkj::audit

namespace lkj::audit {

std::string TableView::Describe() const {
  static const char* kRoles[] = {"-", "no", "label", "budget", "realised", "percent", "target", "unit", "trend",
                                 "status", "efficiency", "note", "number", "remaining"};
  static const char* kDomains[] = {"-", "money", "staff", "performance"};
  static const char* kKinds[] = {"header", "data", "total", "average", "section"};
  std::string out = Name() + " [" + table_->id + "]\n";
  for (int c = 0; c < n_cols(); ++c) {
    const ColumnInfo& col = columns_[c];
    out += "  col " + std::to_string(c) + ": " + kRoles[static_cast<int>(col.role)] + "/" +
           kDomains[static_cast<int>(col.domain)] + (col.year ? " " + std::to_string(col.year) : "") + " group " +
           std::to_string(col.group) + "  \"" + col.header() + "\"\n";
  }
  for (int r = 0; r < n_rows(); ++r) {
    const RowInfo& row = rows_[r];
    out += "  row " + std::to_string(r) + ": " + kKinds[static_cast<int>(row.kind)] + " level " +
           std::to_string(row.level) + " no \"" + row.number + "\" " + row.label.substr(0, 60) + "\n";
  }
  return out;
}

}  // namespace lkj::audit
