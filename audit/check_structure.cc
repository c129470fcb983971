// Structure: table numbers used twice, row numbers repeated in a sequence,
// and a title whose year differs from the same title elsewhere (the table of
// contents against the caption or heading it lists).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "audit/text_format.h"
#include "audit/checks.h"

namespace lkj::audit {
namespace {

// "Tabel. 3.2" -> "3.2": the number a table is referred to by.
std::string TableNumber(const std::string& caption) {
  static const RE2 kNumber(R"((?i)^(?:tabel|table)\s*\.?\s*(.+)$)");
  std::string n;
  RE2::FullMatch(CaptionLabel(caption), kNumber, &n);
  return n;
}

void CheckDuplicateTables(AuditContext& ctx) {
  std::map<std::string, std::vector<const TableView*>> by_number;
  for (const TableView& v : ctx.views())
    if (v.table().caption) {
      std::string n = TableNumber(*v.table().caption);
      if (!n.empty()) by_number[n].push_back(&v);
    }
  for (const auto& [n, views] : by_number) {
    if (views.size() < 2) continue;
    Finding f;
    f.rule = "structure.duplicate_table";
    f.message = "Nomor Tabel " + n + " dipakai untuk " + std::to_string(views.size()) + " tabel berbeda (hal. ";
    f.message_en = "Table number " + n + " is used for " + std::to_string(views.size()) + " different tables (p. ";
    for (size_t i = 0; i < views.size(); ++i) {
      std::string p = std::to_string(views[i]->table().pages.front());
      f.message += (i ? ", " : "") + p;
      f.message_en += (i ? ", " : "") + p;
      Evidence e;
      e.page = views[i]->table().pages.front();
      e.table_id = views[i]->table().id;
      e.table = views[i]->table().caption;
      e.text = *views[i]->table().caption;
      e.bbox = views[i]->table().rows.empty() ? Box{} : views[i]->table().rows[0][0].box;
      e.suspect = i > 0;
      f.evidence.push_back(e);
    }
    f.message += ").";
    f.message_en += ").";
    f.priority = 10;
    ctx.Report(std::move(f));
  }
}

int PlainNumber(const std::string& s) {
  std::string t = s;
  while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.pop_back();
  if (t.empty() || t.size() > 3 || !std::all_of(t.begin(), t.end(), ::isdigit)) return -1;
  return std::stoi(t);
}

void CheckDuplicateRows(AuditContext& ctx) {
  for (const TableView& v : ctx.views()) {
    // Consecutive numbered rows at one level: 1, 2, ..., 9, 10, 10 -> the second 10.
    // Only inside a sequence that counted up by one to it: a column that
    // repeats one number ("2 01 01 10 ..." account codes) is no numbering.
    int prev = -1, before_prev = -1, prev_row = -1, prev_level = -1;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      // A section band ("Sasaran ke-2") may restart the numbering.
      if (v.row(r).kind == RowKind::kSection) prev = before_prev = -1;
      int n = PlainNumber(v.row(r).number);
      if (n < 0) continue;
      if (n == prev && v.row(r).level == prev_level && prev >= 2 && before_prev == prev - 1) {
        Finding f;
        f.rule = "structure.duplicate_row";
        f.message = v.Name() + ": nomor baris " + v.row(r).number + " dipakai dua kali (\"" + v.row(prev_row).label +
                    "\" dan \"" + v.row(r).label + "\"); seharusnya " + std::to_string(n + 1) + ".";
        f.message_en = v.Name() + ": row number " + v.row(r).number + " is used twice (\"" + v.row(prev_row).label +
                       "\" and \"" + v.row(r).label + "\"); it should be " + std::to_string(n + 1) + ".";
        int c = 0;
        while (c < v.n_cols() && v.column(c).role != Role::kRowNumber) ++c;
        if (c < v.n_cols()) f.evidence = {v.EvidenceAt(r, c, true), v.EvidenceAt(prev_row, c)};
        f.priority = 5;
        ctx.Report(std::move(f));
      }
      before_prev = prev;
      prev = n;
      prev_row = r;
      prev_level = v.row(r).level;
    }
  }
}

// Words of a title without numbering, years and page numbers.
std::string TitleKey(const std::string& text, std::set<int>* years) {
  static const RE2 kYear(R"(\b((?:19|20)[0-9]{2})\b)");
  re2::StringPiece in(text);
  int y;
  while (RE2::FindAndConsume(&in, kYear, &y)) years->insert(y);
  // Keep table and section numbers ("3.3"), drop years and page numbers.
  static const RE2 kDropYears(R"(\b(?:19|20)[0-9]{2}\b)");
  std::string clean = text;
  RE2::GlobalReplace(&clean, kDropYears, " ");
  static const RE2 kTrailingPage(R"([.\s]*[0-9]{1,3}\s*$)");
  RE2::Replace(&clean, kTrailingPage, "");
  std::string out;
  for (size_t i = 0; i < clean.size(); ++i) {
    unsigned char ch = clean[i];
    bool inner_dot = ch == '.' && i > 0 && i + 1 < clean.size() && std::isdigit(static_cast<unsigned char>(clean[i - 1])) &&
                     std::isdigit(static_cast<unsigned char>(clean[i + 1]));
    if (std::isalnum(ch) || inner_dot) out += static_cast<char>(std::tolower(ch));
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void CheckStaleYears(AuditContext& ctx) {
  // Table-of-contents entries: blocks on pages under a "DAFTAR ..." heading.
  std::set<int> toc_pages;
  for (const Block& b : ctx.doc().blocks) {
    std::string t = b.text;
    for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (b.kind == BlockKind::kHeading && t.rfind("DAFTAR ", 0) == 0) toc_pages.insert(b.page);
  }
  struct Title {
    const Block* block;
    std::string key;
    std::set<int> years;
  };
  std::vector<Title> toc, body;
  for (const Block& b : ctx.doc().blocks) {
    if (b.kind == BlockKind::kHeader || b.kind == BlockKind::kFooter) continue;
    Title t{&b, "", {}};
    t.key = TitleKey(b.text, &t.years);
    if (t.years.empty() || t.key.size() < 12) continue;
    if (toc_pages.count(b.page)) toc.push_back(t);
    else if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kCaption) body.push_back(t);
  }
  for (const Title& entry : toc) {
    for (const Title& target : body) {
      // The entry names the same title when one key starts with the other.
      const std::string& a = entry.key;
      const std::string& b = target.key;
      bool same = (a.size() <= b.size() ? b.rfind(a, 0) == 0 : a.rfind(b, 0) == 0) && std::min(a.size(), b.size()) >= 12;
      if (!same || entry.years == target.years) continue;
      auto years = [](const std::set<int>& ys) {
        std::string s;
        for (int y : ys) s += (s.empty() ? "" : "-") + std::to_string(y);
        return s;
      };
      Finding f;
      f.rule = "year.stale";
      f.message = "Daftar isi/tabel hal. " + std::to_string(entry.block->page) + " menulis \"" + entry.block->text +
                  "\" (tahun " + years(entry.years) + "), tetapi judulnya di hal. " + std::to_string(target.block->page) +
                  " menulis tahun " + years(target.years) + ".";
      f.message_en = "The contents list on p. " + std::to_string(entry.block->page) + " reads \"" + entry.block->text +
                     "\" (year " + years(entry.years) + "), but the title on p. " + std::to_string(target.block->page) +
                     " has " + years(target.years) + ".";
      Evidence listed{entry.block->page, "", std::nullopt, -1, -1, entry.block->text, std::nullopt, entry.block->box, true};
      Evidence titled{target.block->page, "", std::nullopt, -1, -1, target.block->text, std::nullopt, target.block->box, false};
      f.evidence = {listed, titled};
      f.priority = 15;
      ctx.Report(std::move(f));
      break;
    }
  }
}

// The years a caption names: "Tahun 2014 - 2015" -> {2014, 2015}.
std::set<int> YearsNamed(const std::string& text) {
  static const RE2 kYear(R"(\b((?:19|20)[0-9]{2})\b)");
  std::set<int> years;
  re2::StringPiece in(text);
  int y;
  while (RE2::FindAndConsume(&in, kYear, &y)) years.insert(y);
  return years;
}

std::string YearList(const std::set<int>& years) {
  std::string s;
  for (int y : years) s += (s.empty() ? "" : ", ") + std::to_string(y);
  return s;
}

// The caption as a piece of evidence: its block when one was kept, else the table's top.
Evidence CaptionEvidence(const AuditContext& ctx, const TableView& v) {
  const Table& t = v.table();
  Evidence e{t.pages.front(), t.id, t.caption, -1, -1, *t.caption, std::nullopt, Box{}, true, -1, ""};
  if (!t.rows.empty() && !t.rows[0].empty()) e.bbox = t.rows[0][0].box;
  for (const Block& b : ctx.doc().blocks)
    if (b.kind == BlockKind::kCaption && b.text == *t.caption && (b.page == t.pages.front() || b.page + 1 == t.pages.front())) {
      e.page = b.page;
      e.bbox = b.box;
      break;
    }
  return e;
}

void ReportStaleCaption(AuditContext& ctx, const TableView& v, const std::set<int>& said, const std::string& why,
                        const std::string& why_en, std::optional<Evidence> other) {
  Finding f;
  f.rule = "year.stale";
  f.message = "Judul " + v.Name() + " menyebut tahun " + YearList(said) + ", tetapi " + why;
  f.message_en = "The title of " + v.Name() + " names " + YearList(said) + ", but " + why_en;
  f.evidence = {CaptionEvidence(ctx, v)};
  if (other) f.evidence.push_back(*other);
  f.priority = 12;
  ctx.Report(std::move(f));
}

// Where a figure worth recognising is printed: money of a million or more,
// or a percent or index with a fraction that is not round ("99,02").
struct FigureSite {
  const TableView* view;
  int row, col;
};

bool Identifying(const Figure& f) {
  if (f.value >= 1e6) return true;
  double frac = f.value - std::floor(f.value);
  return f.value >= 10 && frac > 0.004 && frac < 0.996;
}

std::string FigureKey(const Figure& f) {
  std::string digits;
  for (char ch : f.printed)
    if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
  return digits;
}

// A caption a year behind the report (copied from last year's LKj) over a
// table of this year's figures: its own header names the reporting year, or
// its figures are printed elsewhere as the reporting year's.
void CheckCaptionYears(AuditContext& ctx) {
  const int year = ctx.reporting_year();
  if (year == 0) return;
  std::map<std::string, std::vector<FigureSite>> sites;
  for (const TableView& v : ctx.views())
    for (int r = v.table().header_rows; r < v.n_rows(); ++r)
      for (int c = 0; c < v.n_cols(); ++c)
        if (const Figure* f = v.FigureAt(r, c); f && Identifying(*f)) sites[FigureKey(*f)].push_back({&v, r, c});
  for (const TableView& v : ctx.views()) {
    if (!v.table().caption) continue;
    std::set<int> said = YearsNamed(*v.table().caption);
    if (said.empty() || said.count(year) || *said.rbegin() != year - 1) continue;
    std::set<int> header_years;
    for (int c = 0; c < v.n_cols(); ++c)
      if (v.column(c).year) header_years.insert(v.column(c).year);
    if (!header_years.empty()) {
      if (*header_years.rbegin() != year) continue;
      int c = 0;
      while (v.column(c).year != year) ++c;
      ReportStaleCaption(ctx, v, said,
                         "kolomnya sampai tahun " + std::to_string(year) + " (\"" + v.column(c).header() + "\"); judulnya belum diperbarui?",
                         "its columns reach " + std::to_string(year) + " (\"" + v.column(c).header() + "\"); a title not updated?",
                         std::nullopt);
      continue;
    }
    // This year's figures elsewhere: a table titled with the reporting year
    // (and not the caption's), in a column of that year or of no year.
    std::set<std::string> matched;
    bool money = false;
    std::optional<Evidence> example;
    std::string example_name;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r)
      for (int c = 0; c < v.n_cols(); ++c) {
        const Figure* f = v.FigureAt(r, c);
        if (!f || !Identifying(*f)) continue;
        auto it = sites.find(FigureKey(*f));
        if (it == sites.end()) continue;
        for (const FigureSite& s : it->second) {
          if (s.view == &v) continue;
          // A column of the reporting year, or a table of that year alone (by its title and header).
          std::set<int> other = s.view->table().caption ? YearsNamed(*s.view->table().caption) : std::set<int>{};
          for (int c2 = 0; c2 < s.view->n_cols(); ++c2)
            if (s.view->column(c2).year) other.insert(s.view->column(c2).year);
          int col_year = s.view->column(s.col).year;
          bool this_year = col_year == year || (col_year == 0 && other.size() == 1 && other.count(year));
          if (!this_year) continue;
          matched.insert(FigureKey(*f));
          money = money || f->value >= 1e6;
          if (!example) example = s.view->EvidenceAt(s.row, s.col), example_name = s.view->Name() + " " + f->printed;
          break;
        }
      }
    if (matched.size() < 2 || (!money && matched.size() < 3)) continue;
    ReportStaleCaption(ctx, v, said,
                       std::to_string(matched.size()) + " angkanya tercantum sebagai angka tahun " + std::to_string(year) +
                           " di tabel lain (mis. " + example_name + "); judulnya belum diperbarui?",
                       std::to_string(matched.size()) + " of its figures are printed as " + std::to_string(year) +
                           " figures in another table (e.g. " + example_name + "); a title not updated?",
                       example);
  }
}

// The page number printed on each page (in its running header or footer).
std::map<int, int> PrintedPageNumbers(const Document& doc) {
  static const RE2 kNumber(R"(^\W*([0-9]{1,3})\W*$)");
  std::map<int, int> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kHeader && b.kind != BlockKind::kFooter) continue;
    int n;
    if (RE2::FullMatch(b.text, kNumber, &n)) out[b.page] = n;
  }
  return out;
}

// Contents-list entries whose page number is not the page the heading or
// caption they name is printed on. One finding lists them all.
void CheckContentsPages(AuditContext& ctx) {
  std::map<int, int> printed = PrintedPageNumbers(ctx.doc());
  if (printed.size() < 3) return;
  std::set<int> toc_pages;
  for (const Block& b : ctx.doc().blocks) {
    std::string t = b.text;
    for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (b.kind == BlockKind::kHeading && t.rfind("DAFTAR ", 0) == 0) toc_pages.insert(b.page);
  }
  static const RE2 kEntry(R"(^(.*?)[\s.]*([0-9]{1,3})\s*$)");
  std::vector<std::pair<const Block*, const Block*>> wrong;
  std::vector<std::string> examples;
  int checked = 0;
  for (const Block& entry : ctx.doc().blocks) {
    if (!toc_pages.count(entry.page) || entry.kind != BlockKind::kParagraph) continue;
    std::string title;
    int listed;
    if (!RE2::FullMatch(entry.text, kEntry, &title, &listed)) continue;
    std::set<int> years;
    std::string key = TitleKey(title, &years);
    if (key.size() < 8) continue;
    for (const Block& target : ctx.doc().blocks) {
      if (toc_pages.count(target.page) || (target.kind != BlockKind::kHeading && target.kind != BlockKind::kCaption)) continue;
      std::set<int> ty;
      std::string tkey = TitleKey(target.text, &ty);
      bool same = tkey.size() >= 8 && (key.size() <= tkey.size() ? tkey.rfind(key, 0) == 0 : key.rfind(tkey, 0) == 0);
      if (!same) continue;
      auto p = printed.find(target.page);
      if (p == printed.end()) break;
      ++checked;
      if (p->second != listed) {
        wrong.push_back({&entry, &target});
        if (examples.size() < 6)
          examples.push_back("\"" + Utf8Prefix(title, 50) + "\" " + std::to_string(listed) + " -> " + std::to_string(p->second));
      }
      break;
    }
  }
  (void)checked;
  if (wrong.empty()) return;
  Finding f;
  f.rule = "structure.toc_page";
  std::string list;
  for (const std::string& e : examples) list += (list.empty() ? "" : "; ") + e;
  f.message = std::to_string(wrong.size()) + " dari " + std::to_string(checked) +
              " entri daftar isi/tabel/gambar menunjuk halaman yang salah, misalnya " + list + ".";
  f.message_en = std::to_string(wrong.size()) + " of " + std::to_string(checked) +
                 " contents-list entries give the wrong page, e.g. " + list + ".";
  for (size_t i = 0; i < wrong.size() && i < 12; ++i) {
    const Block* e = wrong[i].first;
    f.evidence.push_back({e->page, "", std::nullopt, -1, -1, e->text, std::nullopt, e->box, true, -1, ""});
  }
  f.priority = 3;
  ctx.Report(std::move(f));
}

// A figure written in the other convention than its column ("85,71" among
// "100.59"): read correctly, but worth a note for the office to fix.
void CheckFormatSlips(AuditContext& ctx) {
  for (const TableView& v : ctx.views()) {
    std::vector<std::pair<int, int>> slips;
    for (int r = v.table().header_rows; r < v.n_rows(); ++r)
      for (int c = 0; c < v.n_cols(); ++c)
        if (const Figure* f = v.FigureAt(r, c); f && f->style_slip) slips.push_back({r, c});
    if (slips.empty()) continue;
    Finding f;
    f.rule = "format.slip";
    std::string list;
    for (size_t i = 0; i < slips.size() && i < 5; ++i) list += (i ? ", " : "") + v.TextAt(slips[i].first, slips[i].second);
    f.message = v.Name() + ": " + std::to_string(slips.size()) + " angka ditulis dengan format berbeda dari kolomnya (" + list + ").";
    f.message_en = v.Name() + ": " + std::to_string(slips.size()) + " figures are written in another number format than their column (" + list + ").";
    for (size_t i = 0; i < slips.size() && i < 12; ++i) f.evidence.push_back(v.EvidenceAt(slips[i].first, slips[i].second, true));
    f.priority = 1;
    ctx.Report(std::move(f));
  }
}

}  // namespace

void CheckStructure(AuditContext& ctx) {
  CheckFormatSlips(ctx);
  CheckDuplicateTables(ctx);
  CheckDuplicateRows(ctx);
  CheckStaleYears(ctx);
  CheckCaptionYears(ctx);
  CheckContentsPages(ctx);
}

}  // namespace lkj::audit
