// The audit report as an Excel workbook, written with libxlsxwriter.
//
// Sheets, in order: the findings ("Temuan"), a summary ("Ringkasan": counts,
// coverage, an index of the table sheets), with the reviewer's judgements the
// CHR draft ("CHR": the points to fix, in document order), and one sheet per extracted table
// with its full grid, merged cells merged and figures written as numbers, so
// a reviewer can sort, filter and recompute what the audit checked.
//
// Everything written comes from a PDF and may be anything: text goes through
// CellText (valid UTF-8, no control characters, within Excel's length limit)
// and sheet names through SheetName. libxlsxwriter errors are collected and
// the first one is returned; nothing throws.
#include "reports/xlsx_report.h"
#include "reports/chr_report.h"

#include "audit/table_view.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "audit/number.h"

namespace lkj::reports {
namespace {

using audit::Evidence;
using audit::Finding;
using audit::Severity;

// Excel counts a cell's length in UTF-16 units; libxlsxwriter in code points.
// Counting astral characters as two satisfies both.
constexpr std::size_t kMaxCellUnits = 32767;
constexpr std::size_t kMaxSheetNameChars = 31;
// libxlsxwriter numbers sheets with 16 bits; a document with more tables
// than this is not a report anyone reads sheet by sheet.
constexpr std::size_t kMaxTableSheets = 5000;
// Evidence texts joined in one cell: each kept short enough to scan.
constexpr std::size_t kMaxEvidenceChars = 300;

// ---------------------------------------------------------------- text

// The next code point of `s` at `i`, advancing `i`. Malformed UTF-8
// (stray continuation bytes, overlong forms, surrogates, truncated
// sequences) yields U+FFFD for one byte, so any byte string decodes.
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  if (b < 0x80) {
    ++i;
    return b;
  }
  int len = 0;
  char32_t cp = 0, min = 0;
  if ((b & 0xE0) == 0xC0) {
    len = 2, cp = b & 0x1F, min = 0x80;
  } else if ((b & 0xF0) == 0xE0) {
    len = 3, cp = b & 0x0F, min = 0x800;
  } else if ((b & 0xF8) == 0xF0) {
    len = 4, cp = b & 0x07, min = 0x10000;
  }
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// "_x0041_" in a cell is read by Excel as an escaped "A"; printed text that
// looks like that must keep its underscore literally.
bool LooksLikeExcelEscape(std::string_view s, std::size_t i) {
  return i + 7 <= s.size() && s[i] == '_' && (s[i + 1] == 'x' || s[i + 1] == 'X') && IsHex(s[i + 2]) &&
         IsHex(s[i + 3]) && IsHex(s[i + 4]) && IsHex(s[i + 5]) && s[i + 6] == '_';
}

// Text as a cell may hold it: valid UTF-8 (malformed bytes become U+FFFD),
// control characters other than tab and line feed become spaces (the XML
// inside an xlsx cannot carry them), and at most `limit` UTF-16 units, the
// cut marked with "…".
std::string CellText(std::string_view s, std::size_t limit = kMaxCellUnits) {
  std::string out;
  out.reserve(std::min(s.size(), limit * 2));
  std::size_t units = 0;
  std::size_t keep = std::string::npos;  // bytes that fit with room for the "…"
  const auto append = [&](std::string_view piece, std::size_t n) {
    if (keep == std::string::npos && units + n > limit - 1) keep = out.size();
    out.append(piece);
    units += n;
  };
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    char32_t cp = NextCodePoint(s, i);
    if (cp == '\r') {
      if (i < s.size() && s[i] == '\n') continue;
      cp = '\n';
    } else if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F) {
      cp = ' ';
    } else if (cp == 0xFFFE || cp == 0xFFFF) {
      cp = 0xFFFD;
    }
    if (cp == '_' && LooksLikeExcelEscape(s, start)) {
      append("_x005F_", 7);
      continue;
    }
    std::string piece;
    AppendUtf8(piece, cp);
    append(piece, cp >= 0x10000 ? 2 : 1);
    if (units > limit && keep != std::string::npos) break;
  }
  if (units > limit) {
    out.resize(keep);
    out += "\xE2\x80\xA6";  // …
  }
  return out;
}

// At most `max_chars` code points of `s`, cut at a character boundary.
std::string Clip(std::string_view s, std::size_t max_chars) {
  std::size_t i = 0, n = 0;
  while (i < s.size() && n < max_chars) {
    NextCodePoint(s, i);
    ++n;
  }
  if (i >= s.size()) return std::string(s);
  return std::string(s.substr(0, i)) + "\xE2\x80\xA6";
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}




// The caption's label, the way the audit names a table; otherwise the
// caption's start.
std::string CaptionLabel(std::string_view caption) {
  std::string label = audit::CaptionLabel(std::string(caption));
  return label.empty() ? Clip(Trim(caption), 60) : label;
}

// "12", "12-14", "47-49, 52".
std::string PageList(const std::vector<int>& pages) {
  std::string out;
  for (std::size_t i = 0; i < pages.size();) {
    std::size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
    if (!out.empty()) out += ", ";
    out += std::to_string(pages[i]);
    if (j > i) out += "-" + std::to_string(pages[j]);
    i = j + 1;
  }
  return out;
}

// A valid worksheet name: none of []:*?/\ or control characters, no
// apostrophe at either end, at most 31 characters (astral characters, which
// Excel counts twice, are dropped), white space collapsed. May be empty.
std::string SheetName(std::string_view raw, std::size_t max_chars = kMaxSheetNameChars) {
  std::vector<char32_t> cps;
  bool space = false;
  for (std::size_t i = 0; i < raw.size();) {
    char32_t cp = NextCodePoint(raw, i);
    if (cp >= 0x10000) continue;
    const bool blank = cp < 0x20 || cp == 0x7F || cp == ' ' || cp == 0xA0 || cp == 0xFFFE || cp == 0xFFFF ||
                       std::u32string_view(U"[]:*?/\\").find(cp) != std::u32string_view::npos;
    if (blank) {
      space = !cps.empty();
      continue;
    }
    if (space) cps.push_back(' ');
    space = false;
    cps.push_back(cp);
  }
  const auto tidy = [&] {
    while (!cps.empty() && (cps.back() == ' ' || cps.back() == '\'')) cps.pop_back();
    while (!cps.empty() && (cps.front() == ' ' || cps.front() == '\'')) cps.erase(cps.begin());
  };
  tidy();
  if (cps.size() > max_chars) cps.resize(max_chars);
  tidy();
  std::string out;
  for (char32_t cp : cps) AppendUtf8(out, cp);
  return out;
}

// ---------------------------------------------------------------- language

struct Labels {
  const char* findings_sheet;
  const char* summary_sheet;
  std::array<const char*, 12> columns;
  std::array<const char*, 3> severities;  // error, warning, info
  const char* page_abbrev;
  const char* document;
  const char* office;
  const char* year;
  const char* pages;
  const char* severity;
  const char* rule;
  const char* count;
  const char* total;
  const char* coverage;
  std::array<const char*, 6> coverage_lines;
  const char* tables;
  const char* sheet;
  const char* caption;
  const char* no_caption;
  const char* percent_note;
  const char* tables_left_out;
  const char* accepted;
};

const Labels& LabelsFor(bool english) {
  static constexpr Labels kIndonesian{
      "Temuan",
      "Ringkasan",
      {"No", "Tingkat", "Aturan", "Pesan", "Diharapkan", "Tertulis", "Halaman", "Tabel", "Baris", "Kolom", "Teks",
       "Bukti lain"},
      {"GALAT", "PERINGATAN", "INFO"},
      "hal.",
      "Dokumen",
      "Instansi",
      "Tahun",
      "Halaman",
      "Tingkat",
      "Aturan",
      "Jumlah",
      "Total",
      "Cakupan pemeriksaan",
      {"Angka terbaca dalam tabel", "Angka yang ikut diperiksa", "Persentase angka diperiksa (%)", "Tabel",
       "Tabel yang diperiksa", "Klaim dalam teks yang diperiksa"},
      "Daftar tabel",
      "Lembar",
      "Judul",
      "(tanpa judul)",
      "Persentase disimpan sebagai angka yang tercetak: 94,41% menjadi 94,41; tanda % hanya tampilan.",
      "Tabel tidak dijadikan lembar (batas jumlah lembar)",
      "Diterima, bukan masalah (tidak dihitung)",
  };
  static constexpr Labels kEnglish{
      "Findings",
      "Summary",
      {"No", "Severity", "Rule", "Message", "Expected", "Found", "Page", "Table", "Row", "Column", "Text",
       "Other evidence"},
      {"ERROR", "WARNING", "INFO"},
      "p.",
      "Document",
      "Office",
      "Year",
      "Pages",
      "Severity",
      "Rule",
      "Count",
      "Total",
      "Coverage",
      {"Figures read in tables", "Figures checked", "Share of figures checked (%)", "Tables", "Tables checked",
       "Narrative claims checked"},
      "Tables",
      "Sheet",
      "Caption",
      "(no caption)",
      "Percentages hold the printed number: 94.41% is stored as 94.41; the % sign is display only.",
      "Tables without a sheet (sheet limit)",
      "Accepted, not a problem (not counted)",
  };
  return english ? kEnglish : kIndonesian;
}

const char* SeverityLabel(Severity s, const Labels& labels) {
  switch (s) {
    case Severity::kError:
      return labels.severities[0];
    case Severity::kWarning:
      return labels.severities[1];
    case Severity::kInfo:
      return labels.severities[2];
  }
  return labels.severities[2];
}

// ---------------------------------------------------------------- workbook

constexpr std::uint32_t kNoFill = 0xFFFFFFFF;
constexpr std::uint32_t kErrorFill = 0xFFC7CE;    // Excel's light red "bad"
constexpr std::uint32_t kWarningFill = 0xFFEB9C;  // Excel's light yellow "neutral"
constexpr std::uint32_t kHeaderFill = 0xE7E6E6;

// How a cell looks; formats are made once per distinct Style.
struct Style {
  bool bold = false;
  bool italic = false;
  bool wrap = false;
  bool border = false;
  bool link = false;
  std::uint32_t fill = kNoFill;
  std::string num_format;
  auto operator<=>(const Style&) const = default;

  Style Bold() const { return With(&Style::bold); }
  Style Italic() const { return With(&Style::italic); }
  Style Wrap() const { return With(&Style::wrap); }
  Style Border() const { return With(&Style::border); }
  Style Fill(std::uint32_t color) const {
    Style s = *this;
    s.fill = color;
    return s;
  }
  Style Numbers(std::string format) const {
    Style s = *this;
    s.num_format = std::move(format);
    return s;
  }

 private:
  Style With(bool Style::*flag) const {
    Style s = *this;
    s.*flag = true;
    return s;
  }
};

// The workbook being written: owns the libxlsxwriter handle, makes formats
// on demand and keeps the first error. Writes outside Excel's grid are
// dropped (a table can't be longer than a sheet), not errors.
class Book {
 public:
  explicit Book(const std::string& path) : wb_(workbook_new(path.c_str())) {
    if (wb_ == nullptr) {
      error_ = LXW_ERROR_MEMORY_MALLOC_FAILED;
      return;
    }
    // A fixed creation time: the same audit gives the same bytes, so a
    // resumed batch and an uninterrupted one write identical files.
    lxw_doc_properties properties = {};
    properties.created = 946684800;  // 2000-01-01
    workbook_set_properties(wb_, &properties);
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;
  ~Book() {
    if (wb_ != nullptr) workbook_close(wb_);
  }

  // A new sheet named after `wanted`, made valid and unique (Excel compares
  // names without case); nullptr after an error.
  lxw_worksheet* AddSheet(std::string_view wanted) {
    if (wb_ == nullptr) return nullptr;
    std::string base = SheetName(wanted);
    if (base.empty()) base = "Sheet";
    std::string name = base;
    for (int n = 2; Taken(name); ++n) {
      const std::string suffix = " (" + std::to_string(n) + ")";
      name = SheetName(base, kMaxSheetNameChars - suffix.size()) + suffix;
    }
    if (lxw_error e = workbook_validate_sheet_name(wb_, name.c_str()); e != LXW_NO_ERROR) {
      Record(e);
      return nullptr;
    }
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (ws == nullptr) {
      Record(LXW_ERROR_MEMORY_MALLOC_FAILED);
      return nullptr;
    }
    used_.insert(AsciiLower(name));
    names_[ws] = name;
    return ws;
  }

  const std::string& NameOf(lxw_worksheet* ws) { return names_[ws]; }

  lxw_format* Format(const Style& s) {
    if (wb_ == nullptr) return nullptr;
    auto it = formats_.find(s);
    if (it != formats_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    if (f == nullptr) {
      Record(LXW_ERROR_MEMORY_MALLOC_FAILED);
      return nullptr;
    }
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (s.bold) format_set_bold(f);
    if (s.italic) format_set_italic(f);
    if (s.wrap) format_set_text_wrap(f);
    if (s.border) format_set_border(f, LXW_BORDER_THIN);
    if (s.link) {
      format_set_underline(f, LXW_UNDERLINE_SINGLE);
      format_set_font_color(f, LXW_COLOR_BLUE);
    }
    if (s.fill != kNoFill) format_set_bg_color(f, s.fill);
    if (!s.num_format.empty()) format_set_num_format(f, s.num_format.c_str());
    formats_.emplace(s, f);
    return f;
  }

  void Text(lxw_worksheet* ws, std::size_t row, std::size_t col, std::string_view text, const Style& s) {
    if (!Inside(ws, row, col)) return;
    if (text.empty()) return Blank(ws, row, col, s);
    Record(worksheet_write_string(ws, Row(row), Col(col), CellText(text).c_str(), Format(s)));
  }

  void Number(lxw_worksheet* ws, std::size_t row, std::size_t col, double value, const Style& s) {
    if (!Inside(ws, row, col)) return;
    if (!std::isfinite(value)) return Blank(ws, row, col, s);
    Record(worksheet_write_number(ws, Row(row), Col(col), value, Format(s)));
  }

  void Blank(lxw_worksheet* ws, std::size_t row, std::size_t col, const Style& s) {
    if (!Inside(ws, row, col)) return;
    // An unformatted blank is nothing; only a fill or border needs writing.
    if (s == Style{}) return;
    Record(worksheet_write_blank(ws, Row(row), Col(col), Format(s)));
  }

  // Merges the range; the caller then writes the value in its first cell.
  void Merge(lxw_worksheet* ws, std::size_t r0, std::size_t c0, std::size_t r1, std::size_t c1, const Style& s) {
    if (!Inside(ws, r1, c1) || (r0 == r1 && c0 == c1)) return;
    Record(worksheet_merge_range(ws, Row(r0), Col(c0), Row(r1), Col(c1), "", Format(s)));
  }

  // `text` linking to `location` ("'Sheet'!B3") in this workbook; plain
  // text once the sheet holds as many links as Excel allows.
  void Link(lxw_worksheet* ws, std::size_t row, std::size_t col, const std::string& location, std::string_view text,
            const Style& s) {
    if (!Inside(ws, row, col)) return;
    if (text.empty() || links_[ws] >= LXW_MAX_NUMBER_URLS) return Text(ws, row, col, text, s);
    ++links_[ws];
    Style linked = s;
    linked.link = true;
    const std::string url = "internal:" + location;
    Record(
        worksheet_write_url_opt(ws, Row(row), Col(col), url.c_str(), Format(linked), CellText(text).c_str(), nullptr));
  }

  void Width(lxw_worksheet* ws, std::size_t col, double width, const Style* s = nullptr) {
    if (!Inside(ws, 0, col)) return;
    Record(worksheet_set_column(ws, Col(col), Col(col), width, s ? Format(*s) : nullptr));
  }

  void Record(lxw_error e) {
    if (error_ == LXW_NO_ERROR && e != LXW_NO_ERROR) error_ = e;
  }

  // Writes the file; the first error met while building it, or closing it.
  lxw_error Close() {
    if (wb_ == nullptr) return error_;
    lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    return error_ != LXW_NO_ERROR ? error_ : e;
  }

 private:
  static lxw_row_t Row(std::size_t r) { return static_cast<lxw_row_t>(r); }
  static lxw_col_t Col(std::size_t c) { return static_cast<lxw_col_t>(c); }
  static bool Inside(lxw_worksheet* ws, std::size_t row, std::size_t col) {
    return ws != nullptr && row < LXW_ROW_MAX && col < LXW_COL_MAX;
  }
  // "History" is reserved by English Excel.
  bool Taken(const std::string& name) const {
    const std::string key = AsciiLower(name);
    return key == "history" || used_.count(key) > 0;
  }

  lxw_workbook* wb_;
  lxw_error error_ = LXW_NO_ERROR;
  std::map<Style, lxw_format*> formats_;
  std::set<std::string> used_;
  std::map<lxw_worksheet*, std::string> names_;
  std::map<lxw_worksheet*, int> links_;
};

// "'T03 Tabel 2.3'!C4": a cell of a sheet, for an internal link.
std::string Location(const std::string& sheet, std::size_t row, std::size_t col) {
  std::string quoted;
  for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  char cell[LXW_MAX_CELL_NAME_LENGTH];
  lxw_rowcol_to_cell(cell, static_cast<lxw_row_t>(std::min<std::size_t>(row, LXW_ROW_MAX - 1)),
                     static_cast<lxw_col_t>(std::min<std::size_t>(col, LXW_COL_MAX - 1)));
  return "'" + quoted + "'!" + cell;
}

// ---------------------------------------------------------------- tables

// Where a table's sheet is, for links from the findings.
struct TableSheet {
  std::string name;
  std::size_t rows = 0, cols = 0;  // of the grid as written
};

// Table row r is sheet row r + 1: the caption takes the first row.
constexpr std::size_t kGridTop = 1;

// How a printed figure shows in Excel: its printed decimals and grouping;
// a percent keeps the printed number (94,41% -> 94.41) with a literal "%".
std::string NumberFormatOf(const audit::Figure& f) {
  // A scale word ("1,2 miliar") is already multiplied into the value.
  const int decimals = std::clamp(f.decimals - f.scale_exponent, 0, 10);
  std::string format = (f.grouped || f.currency || f.scale_exponent > 0) ? "#,##0" : "0";
  if (decimals > 0) format += "." + std::string(static_cast<std::size_t>(decimals), '0');
  if (f.percent) format += "\"%\"";
  return format;
}

// Row numbers ("1", "1.1", "2.") are labels, not quantities: a column headed
// "No" keeps its text.
bool IsRowNumberHeader(std::string_view text) {
  const std::string t = AsciiLower(Trim(text));
  return t == "no" || t == "no." || t == "nomor" || t == "no urut" || t == "no. urut" || t == "nomor urut";
}

const Cell* CellAt(const Table& t, std::size_t r, std::size_t c) {
  if (r >= t.rows.size() || c >= t.rows[r].size()) return nullptr;
  return &t.rows[r][c];
}

std::size_t DisplayChars(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size() && n < 200;) {
    NextCodePoint(s, i);
    ++n;
  }
  return n;
}

// Writes one table: caption and pages in the first row, the grid below,
// and under it a note on percentages when the table has any.
TableSheet WriteTable(Book& book, lxw_worksheet* ws, const Table& t, const Labels& labels) {
  TableSheet out;
  out.name = book.NameOf(ws);
  const std::size_t n_rows = std::min<std::size_t>(t.rows.size(), LXW_ROW_MAX - kGridTop - 2);
  std::size_t n_cols = 0;
  for (std::size_t r = 0; r < n_rows; ++r) n_cols = std::max(n_cols, t.rows[r].size());
  n_cols = std::min<std::size_t>(n_cols, LXW_COL_MAX);
  out.rows = n_rows;
  out.cols = n_cols;
  const std::size_t header_rows = std::min<std::size_t>(static_cast<std::size_t>(std::max(t.header_rows, 0)), n_rows);

  std::string title = t.caption ? *t.caption : labels.no_caption;
  if (!t.pages.empty()) title += " (" + std::string(labels.page_abbrev) + " " + PageList(t.pages) + ")";
  book.Text(ws, 0, 0, title, Style().Bold());

  // Merges: kept only when inside the grid and every other slot they cover
  // is a placeholder no other merge took. Excel refuses overlapping merges
  // and libxlsxwriter does not check, so a damaged grid is written unmerged.
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>> merge_end;  // owner -> last slot
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>> owner_of;   // slot -> owner
  for (std::size_t r = 0; r < n_rows; ++r) {
    for (std::size_t c = 0; c < std::min(n_cols, t.rows[r].size()); ++c) {
      const Cell& cell = t.rows[r][c];
      if (cell.placeholder || (cell.row_span <= 1 && cell.col_span <= 1)) continue;
      const std::size_t r1 = std::min(n_rows - 1, r + static_cast<std::size_t>(std::max(cell.row_span, 1)) - 1);
      const std::size_t c1 = std::min(n_cols - 1, c + static_cast<std::size_t>(std::max(cell.col_span, 1)) - 1);
      if (r1 == r && c1 == c) continue;
      bool free = true;
      for (std::size_t rr = r; rr <= r1 && free; ++rr)
        for (std::size_t cc = c; cc <= c1 && free; ++cc) {
          if (rr == r && cc == c) continue;
          const Cell* covered = CellAt(t, rr, cc);
          free = covered != nullptr && covered->placeholder && owner_of.count({rr, cc}) == 0;
        }
      if (!free) continue;
      merge_end[{r, c}] = {r1, c1};
      for (std::size_t rr = r; rr <= r1; ++rr)
        for (std::size_t cc = c; cc <= c1; ++cc) owner_of[{rr, cc}] = {r, c};
    }
  }
  const auto text_at = [&](std::size_t r, std::size_t c) -> std::string_view {
    auto it = owner_of.find({r, c});
    const Cell* cell = it != owner_of.end() ? CellAt(t, it->second.first, it->second.second) : CellAt(t, r, c);
    return cell != nullptr && !cell->placeholder ? std::string_view(cell->text) : std::string_view();
  };

  // Each column's number style from its body cells, as the audit reads it.
  std::vector<audit::NumberStyle> styles(n_cols, audit::NumberStyle::kUnknown);
  std::vector<bool> row_numbers(n_cols, false);
  for (std::size_t c = 0; c < n_cols; ++c) {
    std::vector<std::string> texts;
    for (std::size_t r = header_rows; r < n_rows; ++r) {
      const Cell* cell = CellAt(t, r, c);
      if (cell == nullptr || cell->placeholder || cell->text.empty() || cell->text == "-") continue;
      texts.push_back(cell->text);
    }
    styles[c] = audit::DecideStyle(texts);
    for (std::size_t r = 0; r < header_rows; ++r) row_numbers[c] = row_numbers[c] || IsRowNumberHeader(text_at(r, c));
  }

  const Style header_style = Style().Bold().Wrap().Border().Fill(kHeaderFill);
  const Style body_style = Style().Wrap().Border();
  bool percent = false;
  std::vector<std::size_t> widths(n_cols, 6);
  for (std::size_t r = 0; r < n_rows; ++r) {
    const bool header = r < header_rows;
    for (std::size_t c = 0; c < n_cols; ++c) {
      const Cell* cell = CellAt(t, r, c);
      const std::size_t row = kGridTop + r;
      if (cell == nullptr || (cell->placeholder && owner_of.count({r, c}) == 0)) {
        book.Blank(ws, row, c, header ? header_style : body_style);
        continue;
      }
      if (cell->placeholder) continue;  // under a merge, written with its owner
      Style style = header ? header_style : body_style;
      std::optional<audit::Figure> figure;
      if (!header && !row_numbers[c]) {
        figure = audit::ParseFigure(cell->text, styles[c]);
        if (figure && !std::isfinite(figure->value)) figure.reset();
      }
      if (figure) {
        style.wrap = false;
        style.num_format = NumberFormatOf(*figure);
        percent = percent || figure->percent;
      }
      auto merge = merge_end.find({r, c});
      if (merge != merge_end.end()) {
        book.Merge(ws, row, c, kGridTop + merge->second.first, merge->second.second, style);
      } else {
        widths[c] = std::max(widths[c], DisplayChars(cell->text) + (figure ? 2 : 1));
      }
      if (figure)
        book.Number(ws, row, c, figure->value, style);
      else
        book.Text(ws, row, c, cell->text, style);
    }
  }
  for (std::size_t c = 0; c < n_cols; ++c) book.Width(ws, c, static_cast<double>(std::min<std::size_t>(widths[c], 45)));
  if (header_rows > 0) worksheet_freeze_panes(ws, static_cast<lxw_row_t>(kGridTop + header_rows), 0);
  if (percent) book.Text(ws, kGridTop + n_rows + 1, 0, labels.percent_note, Style().Italic());
  return out;
}

// ---------------------------------------------------------------- findings

// Rounded as the JSON report rounds: money to the sen, ratios to 4 places.
void WriteValue(Book& book, lxw_worksheet* ws, std::size_t row, std::size_t col, const std::optional<double>& v,
                Style style) {
  if (!v || !std::isfinite(*v)) return book.Blank(ws, row, col, style);
  const bool money = std::fabs(*v) >= 1000;
  const double x = money ? std::round(*v * 100) / 100 : std::round(*v * 10000) / 10000;
  if (money) style.num_format = x == std::floor(x) ? "#,##0" : "#,##0.00";
  book.Number(ws, row, col, x, style);
}

// "hal. 12, Tabel 2.3 r3 c2: 6.258.022.650"
std::string DescribeEvidence(const Evidence& e, const Labels& labels) {
  std::string s;
  if (e.page > 0) s = std::string(labels.page_abbrev) + " " + std::to_string(e.page);
  std::string where = e.table ? CaptionLabel(*e.table) : e.table_id;
  if (!where.empty()) {
    if (e.row >= 0) where += " r" + std::to_string(e.row + 1);
    if (e.col >= 0) where += " c" + std::to_string(e.col + 1);
    s += (s.empty() ? "" : ", ") + where;
  }
  return s + (s.empty() ? "" : ": ") + Clip(e.text, kMaxEvidenceChars);
}

// The figure the finding points at: the first suspect, else the first.
const Evidence* MainEvidence(const Finding& f) {
  for (const Evidence& e : f.evidence)
    if (e.suspect) return &e;
  return f.evidence.empty() ? nullptr : &f.evidence.front();
}

void WriteFindings(Book& book, lxw_worksheet* ws, const audit::AuditReport& report, const Labels& labels, bool english,
                   const std::map<std::string, TableSheet>& sheets) {
  if (ws == nullptr) return;
  const Style header = Style().Bold().Wrap().Border().Fill(kHeaderFill);
  for (std::size_t c = 0; c < labels.columns.size(); ++c) book.Text(ws, 0, c, labels.columns[c], header);
  constexpr std::array<double, 12> kWidths = {5, 12, 20, 70, 16, 16, 8, 14, 6, 6, 24, 60};
  for (std::size_t c = 0; c < kWidths.size(); ++c) book.Width(ws, c, kWidths[c]);

  std::size_t row = 0;
  for (const Finding& f : report.findings) {
    if (++row >= LXW_ROW_MAX) break;
    Style base = Style().Border();
    if (f.severity == Severity::kError) base = base.Fill(kErrorFill);
    if (f.severity == Severity::kWarning) base = base.Fill(kWarningFill);
    const Style wrapped = base.Wrap();
    book.Number(ws, row, 0, static_cast<double>(row), base);
    book.Text(ws, row, 1, SeverityLabel(f.severity, labels), base);
    book.Text(ws, row, 2, f.rule, base);
    book.Text(ws, row, 3, english && !f.message_en.empty() ? f.message_en : f.message, wrapped);
    WriteValue(book, ws, row, 4, f.expected, base);
    WriteValue(book, ws, row, 5, f.found, base);
    const Evidence* main = MainEvidence(f);
    if (main != nullptr && main->page > 0)
      book.Number(ws, row, 6, main->page, base);
    else
      book.Blank(ws, row, 6, base);
    const std::string label = main != nullptr && main->table ? CaptionLabel(*main->table) : "";
    auto sheet = main != nullptr ? sheets.find(main->table_id) : sheets.end();
    if (sheet != sheets.end() && !label.empty()) {
      const bool in_grid = main->row >= 0 && main->col >= 0 &&
                           static_cast<std::size_t>(main->row) < sheet->second.rows &&
                           static_cast<std::size_t>(main->col) < sheet->second.cols;
      const std::string location =
          in_grid ? Location(sheet->second.name, kGridTop + main->row, main->col) : Location(sheet->second.name, 0, 0);
      book.Link(ws, row, 7, location, label, base);
    } else {
      book.Text(ws, row, 7, label, base);
    }
    const bool in_table = main != nullptr && main->row >= 0 && main->col >= 0;
    if (in_table) {
      book.Number(ws, row, 8, main->row + 1, base);
      book.Number(ws, row, 9, main->col + 1, base);
    } else {
      book.Blank(ws, row, 8, base);
      book.Blank(ws, row, 9, base);
    }
    book.Text(ws, row, 10, main != nullptr ? main->text : "", wrapped);
    std::string others;
    for (const Evidence& e : f.evidence) {
      if (&e == main) continue;
      if (!others.empty()) others += "; ";
      others += DescribeEvidence(e, labels);
      if (others.size() > 4 * kMaxCellUnits) break;  // CellText cuts the rest anyway
    }
    book.Text(ws, row, 11, others, wrapped);
  }
  worksheet_freeze_panes(ws, 1, 0);
  book.Record(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(std::min<std::size_t>(row, LXW_ROW_MAX - 1)),
                                   static_cast<lxw_col_t>(labels.columns.size() - 1)));
}

// ---------------------------------------------------------------- summary

void WriteSummary(Book& book, lxw_worksheet* ws, const audit::AuditReport& report, const Document& doc,
                  const Labels& labels, const std::vector<std::pair<std::size_t, TableSheet>>& sheets,
                  std::size_t tables_left_out) {
  if (ws == nullptr) return;
  book.Width(ws, 0, 36);
  book.Width(ws, 1, 14);
  book.Width(ws, 2, 80);
  const Style bold = Style().Bold();
  const Style plain{};
  std::size_t row = 0;
  const auto line_text = [&](const char* label, std::string_view value) {
    book.Text(ws, row, 0, label, bold);
    book.Text(ws, row, 1, value, plain);
    ++row;
  };
  const auto line_number = [&](const char* label, double value, const Style& style) {
    book.Text(ws, row, 0, label, plain);
    book.Number(ws, row, 1, value, style);
    ++row;
  };
  line_text(labels.document, report.source.empty() ? doc.source : report.source);
  line_text(labels.office, report.office);
  if (report.reporting_year > 0) {
    book.Text(ws, row, 0, labels.year, bold);
    book.Number(ws, row++, 1, report.reporting_year, plain);
  } else {
    line_text(labels.year, "");
  }
  book.Text(ws, row, 0, labels.pages, bold);
  book.Number(ws, row++, 1, report.pages > 0 ? report.pages : static_cast<double>(doc.pages.size()), plain);

  ++row;
  book.Text(ws, row, 0, labels.severity, bold);
  book.Text(ws, row++, 1, labels.count, bold);
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo})
    line_number(SeverityLabel(s, labels), report.Count(s), plain);
  line_number(labels.total, static_cast<double>(report.findings.size()), bold);
  if (!report.accepted.empty()) line_number(labels.accepted, static_cast<double>(report.accepted.size()), plain);

  ++row;
  book.Text(ws, row, 0, labels.rule, bold);
  book.Text(ws, row++, 1, labels.count, bold);
  for (const auto& [rule, n] : report.CountByRule()) {
    book.Text(ws, row, 0, rule, plain);
    book.Number(ws, row++, 1, n, plain);
  }

  ++row;
  book.Text(ws, row++, 0, labels.coverage, bold);
  const audit::Coverage& c = report.coverage;
  line_number(labels.coverage_lines[0], c.numbers_read, plain);
  line_number(labels.coverage_lines[1], c.numbers_checked, plain);
  if (c.numbers_read > 0) {
    const double share = std::round(1000.0 * c.numbers_checked / c.numbers_read) / 10;
    line_number(labels.coverage_lines[2], share, Style().Numbers("0.0"));
  } else {
    line_text(labels.coverage_lines[2], "");
  }
  line_number(labels.coverage_lines[3], c.tables, plain);
  line_number(labels.coverage_lines[4], c.tables_checked, plain);
  line_number(labels.coverage_lines[5], c.narrative_claims, plain);

  ++row;
  book.Text(ws, row++, 0, labels.tables, bold);
  book.Text(ws, row, 0, labels.sheet, bold);
  book.Text(ws, row, 1, labels.pages, bold);
  book.Text(ws, row++, 2, labels.caption, bold);
  for (const auto& [index, sheet] : sheets) {
    const Table& t = doc.tables[index];
    book.Link(ws, row, 0, Location(sheet.name, 0, 0), sheet.name, plain);
    book.Text(ws, row, 1, PageList(t.pages), plain);
    book.Text(ws, row++, 2, t.caption ? *t.caption : labels.no_caption, plain);
  }
  if (tables_left_out > 0) line_number(labels.tables_left_out, static_cast<double>(tables_left_out), plain);
}

// The CHR draft: the points judged "perlu diperbaiki" in document order.
void WriteChr(Book& book, lxw_worksheet* ws, const audit::AuditReport& report, bool english) {
  if (ws == nullptr) return;
  const Style header = Style().Bold().Wrap().Border().Fill(kHeaderFill);
  const std::vector<std::string>& columns = ChrColumns(english);
  for (std::size_t c = 0; c < columns.size(); ++c) book.Text(ws, 0, c, columns[c], header);
  constexpr std::array<double, 7> kWidths = {5, 7, 24, 22, 22, 70, 40};
  for (std::size_t c = 0; c < kWidths.size(); ++c) book.Width(ws, c, kWidths[c]);
  const Style base = Style().Border(), wrapped = Style().Border().Wrap();
  std::size_t row = 0;
  for (const ChrPoint& p : ChrPoints(report, english)) {
    if (++row >= LXW_ROW_MAX) break;
    book.Number(ws, row, 0, static_cast<double>(row), base);
    book.Number(ws, row, 1, p.page, base);
    book.Text(ws, row, 2, p.where, wrapped);
    book.Text(ws, row, 3, p.written, wrapped);
    book.Text(ws, row, 4, p.should_be, wrapped);
    book.Text(ws, row, 5, p.finding, wrapped);
    book.Text(ws, row, 6, p.note, wrapped);
  }
  worksheet_freeze_panes(ws, 1, 0);
}

bool AnyJudgement(const audit::AuditReport& report) {
  for (const auto* list : {&report.findings, &report.accepted})
    for (const Finding& f : *list)
      if (f.judgement) return true;
  return false;
}

std::string Padded(std::size_t n, std::size_t width) {
  std::string s = std::to_string(n);
  return std::string(s.size() < width ? width - s.size() : 0, '0') + s;
}

}  // namespace

Status WriteXlsx(const std::string& path, const audit::AuditReport& report, const Document& doc, bool english) {
  const Labels& labels = LabelsFor(english);
  Book book(path);
  // Sheets appear in the order they are added: findings, summary, tables.
  lxw_worksheet* findings = book.AddSheet(labels.findings_sheet);
  lxw_worksheet* summary = book.AddSheet(labels.summary_sheet);
  // With the reviewer's judgements (--keputusan): the CHR draft.
  lxw_worksheet* chr = AnyJudgement(report) ? book.AddSheet("CHR") : nullptr;

  const std::size_t n_tables = std::min(doc.tables.size(), kMaxTableSheets);
  const std::size_t digits = std::max<std::size_t>(2, std::to_string(n_tables).size());
  std::map<std::string, TableSheet> by_id;
  std::vector<std::pair<std::size_t, TableSheet>> written;
  for (std::size_t i = 0; i < n_tables; ++i) {
    const Table& t = doc.tables[i];
    // "T03 Tabel 2.3"; an uncaptioned table by its page: "T23 hal. 50".
    std::string label = t.id;
    if (t.caption) label = CaptionLabel(*t.caption);
    else if (!t.pages.empty()) label = std::string(labels.page_abbrev) + " " + std::to_string(t.pages.front());
    lxw_worksheet* ws = book.AddSheet("T" + Padded(i + 1, digits) + " " + label);
    if (ws == nullptr) continue;
    TableSheet sheet = WriteTable(book, ws, t, labels);
    by_id.emplace(t.id, sheet);  // the first table of an id, should ids repeat
    written.emplace_back(i, std::move(sheet));
  }
  WriteFindings(book, findings, report, labels, english, by_id);
  WriteSummary(book, summary, report, doc, labels, written, doc.tables.size() - n_tables);
  WriteChr(book, chr, report, english);

  if (lxw_error e = book.Close(); e != LXW_NO_ERROR)
    return Status(ErrorCode::kWriteFailed, path + ": " + lxw_strerror(e));
  return Status::Ok();
}

}  // namespace lkj::reports
