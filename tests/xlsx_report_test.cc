// The Excel report, read back by another implementation: the workbook is
// written in-process and opened with Debian's python3-openpyxl, which dumps
// every sheet (cells with their types and formats, merges, panes, filters)
// as JSON; every XML part is also parsed on its own, so a workbook that
// only openpyxl would forgive still fails. Covers the reference LKj (what a
// reviewer looks up: findings in order, a known finding's expected value,
// figures as numbers where the table printed them, merged cells merged) and
// a hostile document that must still give a valid workbook.
#include "reports/xlsx_report.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "audit/auditor.h"
#include "audit/rules.h"
#include "extract/extractor.h"

namespace lkj::reports {
namespace {

namespace fs = std::filesystem;
using audit::Severity;
using nlohmann::json;

constexpr const char* kPython = "/usr/bin/python3";

constexpr const char* kDumpScript = R"PY(
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
import openpyxl

path, out = sys.argv[1], sys.argv[2]
escapes = []
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        if name.endswith('.xml') or name.endswith('.rels'):
            ET.fromstring(z.read(name))  # raises on a malformed part
    # Excel decodes _xHHHH_ in strings; openpyxl does not, so list them raw.
    if 'xl/sharedStrings.xml' in z.namelist():
        escapes = re.findall(r'_x[0-9A-Fa-f]{4}_', z.read('xl/sharedStrings.xml').decode('utf-8'))
wb = openpyxl.load_workbook(path)
sheets = []
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            v = c.value
            numeric = isinstance(v, (int, float)) and not isinstance(v, bool)
            fill = None
            if c.fill is not None and c.fill.fill_type == 'solid':
                fill = str(c.fill.fgColor.rgb)
            cells.append({'r': c.row, 'c': c.column, 't': 'n' if numeric else 's',
                          'v': v if numeric else str(v), 'fmt': c.number_format,
                          'bold': bool(c.font is not None and c.font.b),
                          'link': c.hyperlink.location if c.hyperlink is not None else None,
                          'fill': fill})
    sheets.append({'name': ws.title, 'cells': cells,
                   'merged': sorted([m.min_row, m.min_col, m.max_row, m.max_col]
                                    for m in ws.merged_cells.ranges),
                   'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref})
with open(out, 'w') as f:
    json.dump({'sheets': sheets, 'escapes': escapes}, f)
)PY";

bool OpenpyxlAvailable() {
  static const bool available =
      std::system((std::string(kPython) + " -c 'import openpyxl' >/dev/null 2>&1").c_str()) == 0;
  return available;
}

// A workbook as openpyxl read it; rows and columns 1-based as in Excel.
class ReadBack {
 public:
  explicit ReadBack(const json& dump) {
    for (const json& s : dump.at("sheets")) {
      Sheet sheet;
      sheet.name = s.at("name").get<std::string>();
      for (const json& c : s.at("cells")) sheet.cells[{c.at("r").get<int>(), c.at("c").get<int>()}] = c;
      for (const json& m : s.at("merged"))
        sheet.merged.insert({m[0].get<int>(), m[1].get<int>(), m[2].get<int>(), m[3].get<int>()});
      if (!s.at("freeze").is_null()) sheet.freeze = s.at("freeze").get<std::string>();
      if (!s.at("filter").is_null()) sheet.filter = s.at("filter").get<std::string>();
      sheets.push_back(std::move(sheet));
    }
    for (const json& e : dump.at("escapes")) escapes.push_back(e.get<std::string>());
  }

  struct Sheet {
    std::string name;
    std::map<std::pair<int, int>, json> cells;
    std::set<std::tuple<int, int, int, int>> merged;  // first row, first col, last row, last col
    std::string freeze, filter;

    const json* Cell(int r, int c) const {
      auto it = cells.find({r, c});
      return it == cells.end() ? nullptr : &it->second;
    }
    std::string Text(int r, int c) const {
      const json* cell = Cell(r, c);
      return cell != nullptr && cell->at("t") == "s" ? cell->at("v").get<std::string>() : "";
    }
    int LastRow() const {
      int last = 0;
      for (const auto& [rc, cell] : cells) last = std::max(last, rc.first);
      return last;
    }
  };

  const Sheet* Find(const std::string& name) const {
    for (const Sheet& s : sheets)
      if (s.name == name) return &s;
    return nullptr;
  }

  std::vector<Sheet> sheets;
  std::vector<std::string> escapes;  // _xHHHH_ sequences in the shared strings, raw
};

// A directory of its own under the system temp dir, removed afterwards.
class TempDir {
 public:
  explicit TempDir(const std::string& tag)
      : path_(fs::temp_directory_path() / ("lkj-xlsx-test-" + std::to_string(::getpid()) + "-" + tag)) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Writes `report` and `doc` as a workbook and reads it back; a failure is
// reported and yields nullopt.
std::optional<ReadBack> WriteAndRead(const fs::path& dir, const std::string& name, const audit::AuditReport& report,
                                     const Document& doc, bool english) {
  const fs::path xlsx = dir / (name + ".xlsx");
  const fs::path script = dir / "dump.py";
  const fs::path out = dir / (name + ".json");
  Status status = WriteXlsx(xlsx.string(), report, doc, english);
  if (!status.ok()) {
    ADD_FAILURE() << "WriteXlsx: " << status.detail();
    return std::nullopt;
  }
  std::ofstream(script) << kDumpScript;
  const std::string command = std::string(kPython) + " '" + script.string() + "' '" + xlsx.string() + "' '" +
                              out.string() + "' 2>'" + (dir / (name + ".err")).string() + "'";
  if (std::system(command.c_str()) != 0) {
    std::ifstream err(dir / (name + ".err"));
    std::stringstream text;
    text << err.rdbuf();
    ADD_FAILURE() << "openpyxl could not read " << xlsx << ":\n" << text.str();
    return std::nullopt;
  }
  std::ifstream in(out);
  json dump = json::parse(in, nullptr, false);
  if (dump.is_discarded()) {
    ADD_FAILURE() << "unreadable dump " << out;
    return std::nullopt;
  }
  return ReadBack(dump);
}

std::size_t CodePoints(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Excel's rules for sheet names, and Excel compares them without case.
void ExpectValidUniqueNames(const ReadBack& book) {
  std::set<std::string> seen;
  for (const auto& sheet : book.sheets) {
    const std::string& name = sheet.name;
    EXPECT_FALSE(name.empty());
    EXPECT_LE(CodePoints(name), 31u) << name;
    EXPECT_EQ(name.find_first_of("[]:*?/\\"), std::string::npos) << name;
    if (!name.empty()) {
      EXPECT_NE(name.front(), '\'') << name;
      EXPECT_NE(name.back(), '\'') << name;
    }
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_TRUE(seen.insert(lower).second) << "duplicate sheet name " << name;
  }
}

// The merges a table's grid asks for, in sheet coordinates (caption row first).
std::set<std::tuple<int, int, int, int>> ExpectedMerges(const Table& t) {
  std::set<std::tuple<int, int, int, int>> out;
  for (int r = 0; r < t.n_rows(); ++r)
    for (int c = 0; c < static_cast<int>(t.rows[r].size()); ++c) {
      const Cell& cell = t.rows[r][c];
      if (cell.placeholder || (cell.row_span <= 1 && cell.col_span <= 1)) continue;
      out.insert({r + 2, c + 1, std::min(r + cell.row_span, t.n_rows()) + 1, std::min(c + cell.col_span, t.n_cols())});
    }
  return out;
}

// The table cell printed exactly `text`, as (row, col) in the grid.
std::optional<std::pair<int, int>> FindCell(const Table& t, const std::string& text) {
  for (int r = 0; r < t.n_rows(); ++r)
    for (int c = 0; c < static_cast<int>(t.rows[r].size()); ++c)
      if (!t.rows[r][c].placeholder && t.rows[r][c].text == text) return std::make_pair(r, c);
  return std::nullopt;
}

// ------------------------------------------------------------ reference LKj

struct Reference {
  Document doc;
  audit::AuditReport report;
  std::optional<ReadBack> indonesian, english;
};

const Reference& Ref() {
  static const Reference* ref = [] {
    auto* r = new Reference;
    const std::string pdf =
        (fs::path(LKJ_SOURCE_DIR) / "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf").string();
    auto doc = ExtractDocument(pdf, ExtractOptions{});
    if (!doc.ok()) {
      ADD_FAILURE() << pdf << ": " << doc.status().detail();
      return r;
    }
    r->doc = std::move(doc).value();
    auto rules = audit::LoadRules({audit::DefaultRules()});
    if (!rules.ok()) {
      ADD_FAILURE() << rules.status().detail();
      return r;
    }
    r->report = audit::RunAudit(r->doc, rules.value());
    TempDir dir("reference");
    r->indonesian = WriteAndRead(dir.path(), "id", r->report, r->doc, false);
    r->english = WriteAndRead(dir.path(), "en", r->report, r->doc, true);
    return r;
  }();
  return *ref;
}

class ReferenceWorkbook : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!OpenpyxlAvailable()) GTEST_SKIP() << "python3-openpyxl is not installed";
    ASSERT_TRUE(Ref().indonesian && Ref().english);
    ASSERT_FALSE(Ref().report.findings.empty());
    ASSERT_FALSE(Ref().doc.tables.empty());
  }
  const ReadBack& Book() const { return *Ref().indonesian; }
  // The sheet of doc.tables[i]: after the findings and the summary.
  const ReadBack::Sheet& TableSheet(std::size_t i) const { return Book().sheets.at(2 + i); }
  std::size_t TableIndex(const std::string& caption_start, const std::string& containing = "") const {
    const auto& tables = Ref().doc.tables;
    for (std::size_t i = 0; i < tables.size(); ++i) {
      const auto& caption = tables[i].caption;
      if (caption && caption->rfind(caption_start, 0) == 0 && caption->find(containing) != std::string::npos) return i;
    }
    ADD_FAILURE() << "no table captioned " << caption_start;
    return 0;
  }
};

TEST_F(ReferenceWorkbook, SheetsAreFindingsSummaryThenOnePerTable) {
  const ReadBack& book = Book();
  ASSERT_EQ(book.sheets.size(), 2 + Ref().doc.tables.size());
  EXPECT_EQ(book.sheets[0].name, "Temuan");
  EXPECT_EQ(book.sheets[1].name, "Ringkasan");
  ExpectValidUniqueNames(book);
  for (std::size_t i = 0; i < Ref().doc.tables.size(); ++i) {
    const std::string prefix = (i + 1 < 10 ? "T0" : "T") + std::to_string(i + 1) + " ";
    EXPECT_EQ(TableSheet(i).name.rfind(prefix, 0), 0u) << TableSheet(i).name;
    const Table& t = Ref().doc.tables[i];
    if (t.caption) {
      EXPECT_EQ(TableSheet(i).Text(1, 1).rfind(*t.caption, 0), 0u) << "caption in A1";
    }
  }
  EXPECT_EQ(TableSheet(TableIndex("Tabel 2.3")).name, "T08 Tabel 2.3");
}

TEST_F(ReferenceWorkbook, FindingsSheetHasOneRowPerFindingInReportOrder) {
  const auto& sheet = Book().sheets[0];
  const std::vector<std::string> headings = {"No",      "Tingkat", "Aturan", "Pesan", "Diharapkan", "Tertulis",
                                             "Halaman", "Tabel",   "Baris",  "Kolom", "Teks",       "Bukti lain"};
  for (int c = 0; c < 12; ++c) {
    EXPECT_EQ(sheet.Text(1, c + 1), headings[c]);
    ASSERT_NE(sheet.Cell(1, c + 1), nullptr);
    EXPECT_TRUE(sheet.Cell(1, c + 1)->at("bold").get<bool>()) << "bold header " << headings[c];
  }
  const auto& findings = Ref().report.findings;
  EXPECT_EQ(sheet.LastRow(), static_cast<int>(findings.size()) + 1);
  EXPECT_EQ(sheet.freeze, "A2");
  EXPECT_EQ(sheet.filter, "A1:L" + std::to_string(findings.size() + 1));
  const std::map<Severity, std::string> names = {
      {Severity::kError, "GALAT"}, {Severity::kWarning, "PERINGATAN"}, {Severity::kInfo, "INFO"}};
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const int row = static_cast<int>(i) + 2;
    const json* no = sheet.Cell(row, 1);
    ASSERT_NE(no, nullptr);
    EXPECT_EQ(no->at("t"), "n");
    EXPECT_EQ(no->at("v").get<double>(), static_cast<double>(i + 1));
    EXPECT_EQ(sheet.Text(row, 2), names.at(findings[i].severity)) << "row " << row;
    EXPECT_EQ(sheet.Text(row, 3), findings[i].rule) << "row " << row;
    EXPECT_EQ(sheet.Text(row, 4), findings[i].message) << "row " << row;
    if (findings[i].severity == Severity::kError) {
      ASSERT_FALSE(sheet.Cell(row, 3)->at("fill").is_null());
      EXPECT_NE(sheet.Cell(row, 3)->at("fill").get<std::string>().find("FFC7CE"), std::string::npos);
    }
  }
}

TEST_F(ReferenceWorkbook, KnownFindingHasItsExpectedValueAsNumber) {
  const auto& sheet = Book().sheets[0];
  int found = 0;
  for (int row = 2; row <= sheet.LastRow(); ++row) {
    if (sheet.Text(row, 11) != "Rp 137.343.000,-") continue;
    ++found;
    EXPECT_EQ(sheet.Text(row, 2), "GALAT");
    EXPECT_EQ(sheet.Text(row, 3), "sum.total");
    const json* expected = sheet.Cell(row, 5);
    ASSERT_NE(expected, nullptr);
    EXPECT_EQ(expected->at("t"), "n");
    EXPECT_DOUBLE_EQ(expected->at("v").get<double>(), 523924500.0);
    const json* written = sheet.Cell(row, 6);
    ASSERT_NE(written, nullptr);
    EXPECT_DOUBLE_EQ(written->at("v").get<double>(), 137343000.0);
    const json* page = sheet.Cell(row, 7);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->at("t"), "n");
    EXPECT_NE(sheet.Text(row, 12), "") << "the other evidence is listed";
  }
  EXPECT_EQ(found, 1);
}

TEST_F(ReferenceWorkbook, TableCellLinksToItsSheet) {
  // The "Tabel 2.3" total finding: its Tabel cell links to the suspect cell.
  const auto& sheet = Book().sheets[0];
  const ReadBack::Sheet& table = TableSheet(TableIndex("Tabel 2.3"));
  int links = 0;
  for (int row = 2; row <= sheet.LastRow(); ++row) {
    const json* cell = sheet.Cell(row, 8);
    if (cell == nullptr || sheet.Text(row, 8) != "Tabel 2.3" || cell->at("link").is_null()) continue;
    ++links;
    const std::string link = cell->at("link").get<std::string>();
    EXPECT_EQ(link.rfind("'" + table.name + "'!", 0), 0u) << link;
  }
  EXPECT_GT(links, 0);
}

TEST_F(ReferenceWorkbook, Tabel23HoldsItsAmountsAsNumbers) {
  const std::size_t i = TableIndex("Tabel 2.3");
  const Table& t = Ref().doc.tables[i];
  const auto& sheet = TableSheet(i);
  auto at = FindCell(t, "Rp 6.258.022.850,00");
  ASSERT_TRUE(at);
  const json* cell = sheet.Cell(at->first + 2, at->second + 1);
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->at("t"), "n") << cell->dump();
  EXPECT_DOUBLE_EQ(cell->at("v").get<double>(), 6258022850.0);
  EXPECT_EQ(cell->at("fmt"), "#,##0.00");
  EXPECT_EQ(sheet.merged, ExpectedMerges(t));
  // The header row is bold, the row numbers stay text.
  ASSERT_NE(sheet.Cell(2, 1), nullptr);
  EXPECT_TRUE(sheet.Cell(2, 1)->at("bold").get<bool>());
  ASSERT_NE(sheet.Cell(3, 1), nullptr);
  EXPECT_EQ(sheet.Cell(3, 1)->at("t"), "s");
}

TEST_F(ReferenceWorkbook, RealisasiAnggaranTotalAndPercentAreNumbers) {
  const std::size_t i = TableIndex("Tabel. 3.2", "Realisasi Anggaran");
  const Table& t = Ref().doc.tables[i];
  const auto& sheet = TableSheet(i);
  auto total = FindCell(t, "Total");
  auto amount = FindCell(t, "6.656.309.000,00");
  ASSERT_TRUE(total && amount);
  EXPECT_EQ(total->first, amount->first) << "the amount stands in the Total row";
  const json* cell = sheet.Cell(amount->first + 2, amount->second + 1);
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->at("t"), "n");
  EXPECT_DOUBLE_EQ(cell->at("v").get<double>(), 6656309000.0);

  auto percent = FindCell(t, "94,23%");
  ASSERT_TRUE(percent);
  const json* p = sheet.Cell(percent->first + 2, percent->second + 1);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->at("t"), "n");
  EXPECT_NEAR(p->at("v").get<double>(), 94.23, 1e-9);
  EXPECT_EQ(p->at("fmt"), "0.00\"%\"");

  auto roman = FindCell(t, "I");
  ASSERT_TRUE(roman);
  EXPECT_EQ(sheet.Text(roman->first + 2, roman->second + 1), "I");

  ASSERT_FALSE(ExpectedMerges(t).empty()) << "the table's header has merged cells";
  EXPECT_EQ(sheet.merged, ExpectedMerges(t));
  EXPECT_EQ(sheet.freeze, "A" + std::to_string(2 + t.header_rows));
}

TEST_F(ReferenceWorkbook, EveryTableSheetMergesWhatTheGridMerges) {
  for (std::size_t i = 0; i < Ref().doc.tables.size(); ++i)
    EXPECT_EQ(TableSheet(i).merged, ExpectedMerges(Ref().doc.tables[i])) << TableSheet(i).name;
}

TEST_F(ReferenceWorkbook, SummaryCountsBySeverityRuleAndCoverage) {
  const auto& sheet = Book().sheets[1];
  std::map<std::string, double> values;
  for (int row = 1; row <= sheet.LastRow(); ++row) {
    const json* v = sheet.Cell(row, 2);
    if (v != nullptr && v->at("t") == "n") values.emplace(sheet.Text(row, 1), v->at("v").get<double>());
  }
  const auto& report = Ref().report;
  EXPECT_EQ(values["GALAT"], report.Count(Severity::kError));
  EXPECT_EQ(values["PERINGATAN"], report.Count(Severity::kWarning));
  EXPECT_EQ(values["Total"], static_cast<double>(report.findings.size()));
  for (const auto& [rule, n] : report.CountByRule()) EXPECT_EQ(values[rule], n) << rule;
  EXPECT_EQ(values["Angka terbaca dalam tabel"], report.coverage.numbers_read);
  EXPECT_EQ(values["Angka yang ikut diperiksa"], report.coverage.numbers_checked);
}

TEST_F(ReferenceWorkbook, EnglishUsesEnglishHeadingsAndMessages) {
  const ReadBack& book = *Ref().english;
  ASSERT_GE(book.sheets.size(), 2u);
  EXPECT_EQ(book.sheets[0].name, "Findings");
  EXPECT_EQ(book.sheets[1].name, "Summary");
  ExpectValidUniqueNames(book);
  const auto& sheet = book.sheets[0];
  const std::vector<std::string> headings = {"No",   "Severity", "Rule", "Message", "Expected", "Found",
                                             "Page", "Table",    "Row",  "Column",  "Text",     "Other evidence"};
  for (int c = 0; c < 12; ++c) EXPECT_EQ(sheet.Text(1, c + 1), headings[c]);
  const auto& findings = Ref().report.findings;
  const std::map<Severity, std::string> names = {
      {Severity::kError, "ERROR"}, {Severity::kWarning, "WARNING"}, {Severity::kInfo, "INFO"}};
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const int row = static_cast<int>(i) + 2;
    EXPECT_EQ(sheet.Text(row, 2), names.at(findings[i].severity));
    EXPECT_EQ(sheet.Text(row, 4), findings[i].message_en.empty() ? findings[i].message : findings[i].message_en);
  }
}

// ------------------------------------------------------------ hostile input

Cell Text(const std::string& text) { return Cell{text, 1, {0, 0, 10, 10}, 1, 1, false}; }
Cell Placeholder() { return Cell{"", 1, {0, 0, 10, 10}, 1, 1, true}; }

TEST(XlsxHostile, AnythingFromThePdfStillGivesAValidWorkbook) {
  if (!OpenpyxlAvailable()) GTEST_SKIP() << "python3-openpyxl is not installed";
  const std::string long_text(40000, 'x');
  Document doc;
  doc.source = "hostile.pdf";
  doc.pages = {{1, 595, 842, 0, true, true}};

  Table first;
  first.id = "T1";
  first.caption = std::string("[]:*?/\\[]:*?/\\");
  first.pages = {1, 2, 3, 7};
  first.header_rows = 1;
  Cell merged = Text("merge me");
  merged.row_span = 2;
  merged.col_span = 2;  // refused: an ordinary cell stands inside it
  Cell wide = Text("wide");
  wide.col_span = 9;  // beyond the grid: clipped to it
  first.rows = {
      {merged, Placeholder(), wide, Placeholder()},
      {Placeholder(), Text("intruder"), Text("a\x01\x02 b\x1f c\x7f"), Text(long_text)},
      {Text("\xff\xfe bad \xc3"), Text("_x0041_"), Text("Rp 1.000,00"), Text("12,5%")},
      {Text("Total"), Text("1.000")},  // ragged
  };
  doc.tables.push_back(first);
  for (int i = 1; i < 200; ++i) {
    Table t;
    t.id = "T" + std::to_string(i + 1);
    switch (i % 5) {
      case 0:
        break;  // no caption
      case 1:
        t.caption = "Tabel 1.1 sama";
        break;
      case 2:
        t.caption = "'Tabel' \xF0\x9F\x93\x8A " + std::string(100, 'e');
        break;
      case 3:
        t.caption = long_text;
        break;
      case 4:
        t.caption = "History";
        break;
    }
    t.pages = {i};
    t.header_rows = i % 7 == 0 ? 9 : 1;  // more header rows than rows
    if (i % 11 != 0) t.rows = {{Text("No"), Text("Nilai")}, {Text("1"), Text(std::to_string(i) + ",5%")}};
    doc.tables.push_back(std::move(t));
  }

  audit::AuditReport report;
  report.source = "hostile.pdf";
  audit::Finding f;
  f.rule = "sum.total";
  f.message = "pesan \x01\x02 " + long_text;
  f.message_en = "message \x1b[31m";
  f.expected = std::numeric_limits<double>::quiet_NaN();
  f.found = std::numeric_limits<double>::infinity();
  audit::Evidence inside{1, "T1", first.caption, 1, 3, long_text, 1.0, {}, true};
  audit::Evidence outside{1, "T1", first.caption, 1000, 1000, "far", std::nullopt, {}, false};
  audit::Evidence unknown{9, "T999", std::string("Tabel 9.9"), 0, 0, "\xff", std::nullopt, {}, false};
  audit::Evidence narrative{3, "", std::nullopt, -1, -1, "teks \x07", std::nullopt, {}, false};
  f.evidence = {outside, inside, unknown, narrative};
  report.findings.push_back(f);
  audit::Finding bare;
  bare.rule = "xref.value";
  bare.severity = Severity::kWarning;
  report.findings.push_back(bare);

  TempDir dir("hostile");
  auto book = WriteAndRead(dir.path(), "hostile", report, doc, false);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->sheets.size(), 202u);
  ExpectValidUniqueNames(*book);
  EXPECT_EQ(book->sheets[2].name, "T001") << "a caption of forbidden characters leaves the number";
  EXPECT_EQ(book->sheets[201].name.rfind("T200", 0), 0u);

  const auto& table = book->sheets[2];
  const std::string kept = table.Text(3, 4);
  EXPECT_LE(CodePoints(kept), 32767u);
  EXPECT_GT(CodePoints(kept), 32000u);
  EXPECT_EQ(kept.rfind("xxxx", 0), 0u);
  EXPECT_EQ(table.Text(3, 3), "a   b  c ") << "control characters become spaces";
  EXPECT_EQ(table.Text(4, 2), "_x0041_");
  // Excel would read a bare "_x0041_" as "A": its underscore must be escaped,
  // and no control character may be left for the library to escape.
  EXPECT_EQ(book->escapes, std::vector<std::string>{"_x005F_"});
  EXPECT_EQ(table.Text(2, 1), "merge me");
  EXPECT_EQ(table.merged, (std::set<std::tuple<int, int, int, int>>{{2, 3, 2, 4}}));
  const json* amount = table.Cell(4, 3);
  ASSERT_NE(amount, nullptr);
  EXPECT_EQ(amount->at("t"), "n");
  EXPECT_DOUBLE_EQ(amount->at("v").get<double>(), 1000.0);

  // Sheet names with an apostrophe inside are quoted in links.
  const std::string quoted = book->sheets[4].name;
  ASSERT_EQ(quoted.rfind("T003 'Tabel' eee", 0), 0u) << quoted;
  int links = 0;
  for (const auto& [rc, cell] : book->sheets[1].cells)
    if (!cell.at("link").is_null() && cell.at("v") == quoted) {
      ++links;
      std::string doubled;
      for (char c : quoted) doubled += c == '\'' ? std::string("''") : std::string(1, c);
      EXPECT_EQ(cell.at("link"), "'" + doubled + "'!A1");
    }
  EXPECT_EQ(links, 1);

  const auto& findings = book->sheets[0];
  EXPECT_EQ(findings.LastRow(), 3);
  EXPECT_LE(CodePoints(findings.Text(2, 4)), 32767u);
  EXPECT_EQ(findings.Cell(2, 5), nullptr) << "NaN expected is left empty";
  EXPECT_EQ(findings.Cell(2, 6), nullptr) << "infinite found is left empty";
  // The suspect evidence is the second; its table cell links to the cell.
  EXPECT_EQ(findings.Text(2, 11).rfind("xxxx", 0), 0u);
  ASSERT_NE(findings.Cell(2, 8), nullptr);
  EXPECT_EQ(findings.Text(2, 8), *first.caption);
  EXPECT_EQ(findings.Cell(2, 8)->at("link"), "'T001'!D3");
  EXPECT_NE(findings.Text(2, 12).find("hal. 1, " + *first.caption + " r1001 c1001: far"), std::string::npos)
      << findings.Text(2, 12);
  EXPECT_NE(findings.Text(2, 12).find("hal. 9, Tabel 9.9 r1 c1: \xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(findings.Text(2, 12).find("hal. 3: teks"), std::string::npos) << findings.Text(2, 12);
  EXPECT_EQ(findings.Text(3, 2), "PERINGATAN");
}

TEST(XlsxHostile, EmptyReportAndDocument) {
  if (!OpenpyxlAvailable()) GTEST_SKIP() << "python3-openpyxl is not installed";
  TempDir dir("empty");
  auto book = WriteAndRead(dir.path(), "empty", audit::AuditReport{}, Document{}, true);
  ASSERT_TRUE(book);
  ASSERT_EQ(book->sheets.size(), 2u);
  EXPECT_EQ(book->sheets[0].name, "Findings");
  EXPECT_EQ(book->sheets[0].LastRow(), 1);
  EXPECT_EQ(book->sheets[0].Text(1, 2), "Severity");
}

TEST(XlsxHostile, UnwritablePathIsAWriteFailure) {
  const std::string path = "/nonexistent-lkj-xlsx-dir/report.xlsx";
  Status status = WriteXlsx(path, audit::AuditReport{}, Document{}, false);
  EXPECT_EQ(status.code(), ErrorCode::kWriteFailed);
  EXPECT_EQ(status.detail().rfind(path + ": ", 0), 0u) << status.detail();
}

}  // namespace
}  // namespace lkj::reports
