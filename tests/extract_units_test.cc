// Unit tests of the extraction staircase on small synthetic pages.
#include <gtest/gtest.h>

#include "extract/utf8.h"
#include "extract/blocks.h"
#include "extract/csv_export.h"
#include "extract/json_export.h"
#include "extract/page_graphics.h"
#include "extract/ruled_tables.h"
#include "extract/table_assembly.h"
#include "extract/text_lines.h"
#include "extract/unruled_tables.h"

namespace lkj {
namespace {

Word W(const std::string& text, double x0, double y0, double x1, double y1, bool bold = false) {
  Word w;
  w.text = text;
  w.box = {x0, y0, x1, y1};
  w.font_size = y1 - y0;
  w.bold = bold;
  return w;
}

// Ruling lines of a full grid with the given edges.
std::vector<Segment> Grid(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::vector<Segment> s;
  for (double y : ys) s.push_back({xs.front(), y, xs.back(), y});
  for (double x : xs) s.push_back({x, ys.front(), x, ys.back()});
  return s;
}

TEST(MergeSegments, JoinsPiecesOfOneBorderAndKeepsSeparateOnes) {
  auto merged = MergeSegments({{10, 100, 50, 100}, {50.5, 100.3, 90, 100.3}, {120, 100, 150, 100},
                               {10, 10, 10, 60}});
  ASSERT_EQ(merged.size(), 3u);
  int horizontal = 0;
  for (const Segment& s : merged)
    if (s.horizontal()) {
      ++horizontal;
      EXPECT_TRUE((s.x0 == 10 && s.x1 == 90) || (s.x0 == 120 && s.x1 == 150));
    }
  EXPECT_EQ(horizontal, 2);
}

TEST(RuledTables, ReadsGridWithMergedHeaderCell) {
  PageContent page;
  page.info = {1, 595, 842, 0, true};
  // 3 columns x 3 rows; the header's first two columns are one cell.
  page.rules = Grid({100, 200, 300, 400}, {100, 120, 140, 160});
  std::erase_if(page.rules, [](const Segment& s) { return !s.horizontal() && s.x0 == 200; });
  page.rules.push_back({200, 120, 200, 160});
  page.words = {W("Uraian", 110, 105, 150, 115, true), W("Jumlah", 310, 105, 350, 115, true),
                W("A", 110, 125, 120, 135), W("1.353", 210, 125, 240, 135), W("85,71", 310, 125, 340, 135),
                W("B", 110, 145, 120, 155), W("6.656.309.000,00", 210, 145, 290, 155), W("-", 310, 145, 315, 155)};
  std::vector<bool> used(page.words.size(), false);
  auto tables = FindRuledTables(page, &used);
  ASSERT_EQ(tables.size(), 1u);
  const TableFragment& t = tables[0];
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.n_cols(), 3);
  EXPECT_EQ(t.rows[0][0].text, "Uraian");
  EXPECT_EQ(t.rows[0][0].col_span, 2);
  EXPECT_TRUE(t.rows[0][1].placeholder);
  EXPECT_EQ(t.rows[1][1].text, "1.353");
  EXPECT_EQ(t.rows[2][1].text, "6.656.309.000,00");
  EXPECT_EQ(t.rows[2][2].text, "-");
  EXPECT_EQ(CountHeaderRows(t), 1);
  EXPECT_TRUE(std::all_of(used.begin(), used.end(), [](bool u) { return u; }));
}

// A box with column lines and a rule under the header only: the body rows
// are told apart by their text lines.
PageContent BoxWithColumnLines(std::vector<Word> body) {
  PageContent page;
  page.info = {6, 595, 842, 0, true};
  const std::vector<double> xs{100, 250, 330, 400};
  for (double y : {100.0, 115.0, 175.0}) page.rules.push_back({xs.front(), y, xs.back(), y});
  for (double x : xs) page.rules.push_back({x, 100, x, 175});
  page.words = {W("Kegiatan", 105, 104, 150, 112, true), W("Anggaran", 255, 104, 300, 112, true),
                W("%", 360, 104, 366, 112, true)};
  for (Word& w : body) page.words.push_back(std::move(w));
  return page;
}

TEST(RuledTables, RowsWithoutRulesBetweenThemAreReadFromTheirLines) {
  PageContent page = BoxWithColumnLines(
      {W("a.", 105, 120, 112, 128), W("Perencanaan", 115, 120, 170, 128), W("Daerah", 173, 120, 205, 128),
       W("977.500.000", 270, 120, 325, 128), W("88,0", 375, 120, 395, 128),
       W("b.", 105, 132, 112, 140), W("Koordinasi", 115, 132, 165, 140), W("Bidang", 168, 132, 200, 140),
       W("813.500.000", 270, 132, 325, 140), W("94,1", 375, 132, 395, 140),
       W("Perekonomian", 115, 142, 180, 150),
       W("c.", 105, 154, 112, 162), W("Penelitian", 115, 154, 160, 162),
       W("540.000.000", 270, 154, 325, 162), W("98,3", 375, 154, 395, 162)});
  std::vector<bool> used(page.words.size(), false);
  auto tables = FindRuledTables(page, &used);
  ASSERT_EQ(tables.size(), 1u);
  const TableFragment& t = tables[0];
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[1][0].text, "a. Perencanaan Daerah");
  EXPECT_EQ(t.rows[2][0].text, "b. Koordinasi Bidang Perekonomian");
  EXPECT_EQ(t.rows[2][1].text, "813.500.000");
  EXPECT_EQ(t.rows[3][0].text, "c. Penelitian");
  EXPECT_EQ(t.rows[3][2].text, "98,3");
}

TEST(RuledTables, ACellWithAWrappedAmountStaysOneRow) {
  // One row whose amounts wrap ("1.062." / "500.000") and whose label wraps:
  // the second line continues the row, it does not open one.
  PageContent page = BoxWithColumnLines(
      {W("Penyediaan", 105, 120, 160, 128), W("Jasa", 163, 120, 185, 128),
       W("1.062.", 270, 120, 300, 128), W("97,2", 375, 120, 395, 128),
       W("Penunjang", 105, 132, 150, 140), W("500.000", 270, 132, 310, 140)});
  std::vector<bool> used(page.words.size(), false);
  auto tables = FindRuledTables(page, &used);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 2u);
  EXPECT_EQ(tables[0].rows[1][1].text, "1.062.500.000");
}

TEST(RuledTables, BoxesJoinedByConnectorsAreNotATable) {
  // An org chart: two separate boxes with text, joined by an elbow connector.
  PageContent page;
  page.info = {1, 595, 842, 0, true};
  for (double x0 : {100.0, 300.0}) {
    page.rules.push_back({x0, 100, x0 + 100, 100});
    page.rules.push_back({x0, 140, x0 + 100, 140});
    page.rules.push_back({x0, 100, x0, 140});
    page.rules.push_back({x0 + 100, 100, x0 + 100, 140});
  }
  page.rules.push_back({150, 60, 350, 60});
  page.rules.push_back({150, 60, 150, 100});
  page.rules.push_back({350, 60, 350, 100});
  page.words = {W("Kepala", 110, 110, 150, 120), W("Dinas", 155, 110, 190, 120),
                W("Sekretariat", 310, 110, 380, 120)};
  std::vector<bool> used(page.words.size(), false);
  EXPECT_TRUE(FindRuledTables(page, &used).empty());
}

TEST(UnruledTables, FindsTabAlignedAmounts) {
  std::vector<TextLine> lines;
  auto line = [](std::vector<Word> ws) {
    TextLine l;
    l.box = ws.front().box;
    for (const Word& w : ws) l.box = l.box.united(w.box);
    l.words = std::move(ws);
    return l;
  };
  lines.push_back(line({W("Anggaran", 250, 100, 300, 110), W("Realisasi", 380, 100, 430, 110)}));
  lines.push_back(line({W("Belanja", 80, 114, 120, 124), W("Pegawai", 123, 114, 160, 124),
                        W("Rp", 240, 114, 252, 124), W("3.900.416.000,-", 255, 114, 320, 124),
                        W("Rp", 370, 114, 382, 124), W("3.760.445.723,-", 385, 114, 450, 124)}));
  lines.push_back(line({W("Jumlah", 80, 128, 120, 138), W("Rp", 240, 128, 252, 138),
                        W("6.132.384.500,-", 255, 128, 320, 138), W("Rp", 370, 128, 382, 138),
                        W("5.880.828.501,-", 385, 128, 450, 138)}));
  std::vector<bool> consumed(lines.size(), false);
  PageContent page;
  page.info = {3, 595, 842, 0, true};
  auto tables = FindUnruledTables(page, lines, &consumed);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].n_cols(), 3);
  EXPECT_EQ(tables[0].rows[1][0].text, "Belanja Pegawai");
  EXPECT_EQ(tables[0].rows[1][1].text, "Rp 3.900.416.000,-");
  EXPECT_EQ(tables[0].rows[2][2].text, "Rp 5.880.828.501,-");
  EXPECT_EQ(tables[0].rows[0][1].text, "Anggaran");
  EXPECT_FALSE(tables[0].ruled);
}

TEST(UnruledTables, ProseIsNotATable) {
  std::vector<TextLine> lines(3);
  for (int i = 0; i < 3; ++i) {
    double y = 100 + 14 * i;
    lines[i].words = {W("Penyerapan", 80, y, 140, y + 10), W("anggaran", 143, y, 190, y + 10),
                      W("sebesar", 193, y, 230, y + 10), W("94,23%", 233, y, 270, y + 10)};
    lines[i].box = {80, y, 270, y + 10};
  }
  std::vector<bool> consumed(lines.size(), false);
  PageContent page;
  page.info = {1, 595, 842, 0, true};
  EXPECT_TRUE(FindUnruledTables(page, lines, &consumed).empty());
}

TEST(UnruledTables, ChartLabelsOverBarsAreNotATable) {
  std::vector<TextLine> lines;
  for (int i = 0; i < 3; ++i) {
    double y = 100 + 14 * i;
    TextLine l;
    l.words = {W(std::to_string(100 - 20 * i), 80, y, 95, y + 10), W("95,63%", 200, y, 240, y + 10),
               W("94,23%", 320, y, 360, y + 10)};
    l.box = {80, y, 360, y + 10};
    lines.push_back(l);
  }
  std::vector<bool> consumed(lines.size(), false);
  PageContent page;
  page.info = {1, 595, 842, 0, true};
  ASSERT_EQ(FindUnruledTables(page, lines, &consumed).size(), 1u) << "without the bars it reads as a table";
  page.shapes = {{210, 108, 230, 135}};
  std::vector<bool> again(lines.size(), false);
  EXPECT_TRUE(FindUnruledTables(page, lines, &again).empty());
}

TextLine LineOf(std::vector<Word> ws) {
  TextLine l;
  l.box = ws.front().box;
  for (const Word& w : ws) l.box = l.box.united(w.box);
  l.words = std::move(ws);
  return l;
}

// A "booktabs" table: rules above and below the header, above the total and
// at the bottom, each across the table's width; one label wraps.
std::vector<TextLine> BooktabsLines() {
  return {LineOf({W("No", 100, 102, 112, 110), W("Uraian", 180, 102, 215, 110), W("Jumlah", 330, 102, 365, 110)}),
          LineOf({W("1", 104, 116, 108, 124), W("Dokter", 130, 116, 160, 124), W("Spesialis", 163, 116, 200, 124),
                  W("24", 355, 116, 365, 124)}),
          LineOf({W("2", 104, 128, 108, 136), W("Tenaga", 130, 128, 160, 136), W("Kesehatan", 163, 128, 205, 136),
                  W("88", 355, 128, 365, 136)}),
          LineOf({W("Lainnya", 130, 138, 165, 146)}),
          LineOf({W("3", 104, 150, 108, 158), W("Perawat", 130, 150, 165, 158), W("187", 350, 150, 365, 158)}),
          LineOf({W("Jumlah", 180, 166, 215, 174, true), W("299", 350, 166, 365, 174, true)})};
}

TEST(UnruledTables, ReadsTableRuledOnlyAcrossItsWidth) {
  std::vector<TextLine> lines = BooktabsLines();
  PageContent page;
  page.info = {3, 595, 842, 0, true};
  for (double y : {99.0, 113.0, 163.0, 177.0}) page.rules.push_back({98, y, 368, y});
  std::vector<bool> consumed(lines.size(), false);
  auto tables = FindUnruledTables(page, lines, &consumed);
  ASSERT_EQ(tables.size(), 1u);
  const TableFragment& t = tables[0];
  ASSERT_EQ(t.n_cols(), 3);
  ASSERT_EQ(t.rows.size(), 5u) << "the wrapped label stays in its row";
  EXPECT_EQ(t.rows[0][1].text, "Uraian");
  EXPECT_EQ(t.rows[2][1].text, "Tenaga Kesehatan Lainnya");
  EXPECT_EQ(t.rows[2][2].text, "88");
  EXPECT_EQ(t.rows[4][1].text, "Jumlah");
  EXPECT_EQ(t.rows[4][2].text, "299");
  EXPECT_TRUE(std::all_of(consumed.begin(), consumed.end(), [](bool c) { return c; }));
}

TEST(UnruledTables, ARuleStartsANewRowGroup) {
  // A rule between "Tenaga Kesehatan" and a line of words under it: the line
  // is not the label's continuation (here a group title, which ends the run).
  std::vector<TextLine> lines = BooktabsLines();
  PageContent page;
  page.info = {3, 595, 842, 0, true};
  for (double y : {99.0, 113.0, 137.0, 163.0, 177.0}) page.rules.push_back({98, y, 368, y});
  std::vector<bool> consumed(lines.size(), false);
  auto tables = FindUnruledTables(page, lines, &consumed);
  ASSERT_FALSE(tables.empty());
  ASSERT_GE(tables[0].rows.size(), 3u);
  EXPECT_EQ(tables[0].rows[2][1].text, "Tenaga Kesehatan");
}

TEST(UnruledTables, AFigureAndTheNextColumnsWordSplitUnderTwoHeaderWords) {
  // "85,36%" right-aligned under "Capaian" and "Tercapai" centred under
  // "Kategori" sit closer than a column gap; the header names two columns.
  std::vector<TextLine> lines = {
      LineOf({W("Indikator", 100, 100, 150, 108), W("Realisasi", 230, 100, 270, 108),
              W("Capaian", 300, 100, 340, 108), W("Kategori", 370, 100, 410, 108)}),
      LineOf({W("BOR", 100, 112, 120, 120), W("66,37", 250, 112, 270, 120), W("94,81%", 305, 112, 330, 120),
              W("Belum", 335, 112, 360, 120), W("Tercapai", 363, 112, 400, 120)}),
      LineOf({W("NDR", 100, 124, 120, 132), W("21,34", 250, 124, 270, 132), W("85,36%", 305, 124, 330, 132),
              W("Tercapai", 343, 124, 380, 132)})};
  PageContent page;
  page.info = {5, 595, 842, 0, true};
  std::vector<bool> consumed(lines.size(), false);
  auto tables = FindUnruledTables(page, lines, &consumed);
  ASSERT_EQ(tables.size(), 1u);
  const TableFragment& t = tables[0];
  ASSERT_EQ(t.n_cols(), 4);
  EXPECT_EQ(t.rows[0][2].text, "Capaian");
  EXPECT_EQ(t.rows[0][3].text, "Kategori");
  EXPECT_EQ(t.rows[1][2].text, "94,81%");
  EXPECT_EQ(t.rows[1][3].text, "Belum Tercapai");
  EXPECT_EQ(t.rows[2][2].text, "85,36%");
  EXPECT_EQ(t.rows[2][3].text, "Tercapai");
}

TEST(UnruledTables, AFigureWithItsUnitStaysOneCellUnderOneHeaderWord) {
  std::vector<TextLine> lines = {
      LineOf({W("Indikator", 100, 100, 150, 108), W("Realisasi", 300, 100, 345, 108)}),
      LineOf({W("Dokumen", 100, 112, 140, 120), W("13", 300, 112, 310, 120), W("dokumen", 313, 112, 350, 120)}),
      LineOf({W("Kajian", 100, 124, 140, 132), W("4", 300, 124, 305, 132), W("kajian", 308, 124, 335, 132)}),
      LineOf({W("Poin", 100, 136, 140, 144), W("73", 300, 136, 310, 144), W("poin", 313, 136, 333, 144)})};
  PageContent page;
  page.info = {5, 595, 842, 0, true};
  std::vector<bool> consumed(lines.size(), false);
  auto tables = FindUnruledTables(page, lines, &consumed);
  // Whether this is a table is not at stake; if it is, a value keeps its unit.
  for (const TableFragment& t : tables)
    for (const auto& row : t.rows)
      for (const Cell& c : row) EXPECT_NE(c.text, "dokumen");
}

TEST(UnruledTables, GridlinesBesideTheLabelsAreAChart) {
  // The same text over four gridlines that start right of the first column
  // (a chart's plot area with its axis labels outside) is not a table.
  std::vector<TextLine> lines = BooktabsLines();
  PageContent page;
  page.info = {3, 595, 842, 0, true};
  for (double y : {99.0, 113.0, 163.0, 177.0}) page.rules.push_back({175, y, 420, y});
  std::vector<bool> consumed(lines.size(), false);
  EXPECT_TRUE(FindUnruledTables(page, lines, &consumed).empty());
}

TEST(TextLines, GroupsByBaselineAndJoinsWrappedNumbers) {
  auto lines = GroupLines({W("b", 50, 20, 60, 30), W("a", 10, 21, 20, 31), W("c", 10, 40, 20, 50)});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text(), "a b");
  EXPECT_EQ(JoinLines({"201.", "955"}), "201.955");
  EXPECT_EQ(JoinLines({"Rp", "6.258.022.650,00"}), "Rp 6.258.022.650,00");
  EXPECT_EQ(JoinLines({"Belanja", "Modal"}), "Belanja Modal");
}

TEST(Captions, RecognisesNumberedCaptionsOnly) {
  EXPECT_TRUE(IsCaptionStart("Tabel 2.3"));
  EXPECT_TRUE(IsCaptionStart("Tabel. 3.2 Realisasi Anggaran"));
  EXPECT_TRUE(IsCaptionStart("Tabel 3.2.1.1 Tabel Target"));
  EXPECT_TRUE(IsCaptionStart("LAMPIRAN I : TARGET"));
  EXPECT_TRUE(IsCaptionStart("Table 4 Budget"));
  EXPECT_FALSE(IsCaptionStart("Tabel di atas menunjukkan peningkatan"));
  EXPECT_FALSE(IsCaptionStart("LAMPIRAN-LAMPIRAN"));
  EXPECT_FALSE(IsCaptionStart("Pada tabel 3.1 dapat dilihat"));
}

TEST(RunningLines, PageNumbersAndRepeatedHeadersLeaveTheBody) {
  std::vector<PageText> pages;
  for (int p = 1; p <= 4; ++p) {
    PageText pt;
    pt.info = {p, 595, 842, 0, true};
    TextLine header, body, footer;
    header.words = {W("Laporan", 100, 30, 150, 40), W("Kinerja", 153, 30, 200, 40)};
    header.box = {100, 30, 200, 40};
    body.words = {W("Isi", 100, 300, 120, 310), W(std::to_string(p), 125, 300, 130, 310)};
    body.box = {100, 300, 130, 310};
    footer.words = {W(std::to_string(p + 10), 290, 800, 300, 810)};
    footer.box = {290, 800, 300, 810};
    pt.lines = {header, body, footer};
    pages.push_back(pt);
  }
  auto running = TakeRunningLines(&pages);
  EXPECT_EQ(running.size(), 8u);
  for (const PageText& p : pages) {
    ASSERT_EQ(p.lines.size(), 1u);
    EXPECT_EQ(p.lines[0].words[0].text, "Isi");
  }
}

TEST(Csv, QuotesPerRfc4180) {
  Table t;
  t.id = "T3";
  t.caption = "Tabel 2.3 Tabel Jumlah Anggaran";
  t.rows = {{Cell{"No.", 1, {}, 1, 1, false}, Cell{"Program, \"utama\"", 1, {}, 1, 1, false}},
            {Cell{"1", 1, {}, 1, 1, false}, Cell{"6.258.022.850,00", 1, {}, 1, 1, false}}};
  EXPECT_EQ(TableToCsv(t), "No.,\"Program, \"\"utama\"\"\"\r\n1,\"6.258.022.850,00\"\r\n");
  EXPECT_EQ(CsvFileName(t), "T03-tabel-2-3.csv");
}

TEST(Json, RoundTripKeepsTheGrid) {
  Document doc;
  doc.source = "a.pdf";
  doc.pages = {{1, 595.3, 841.9, 0, true, true}};
  doc.blocks = {{1, {10, 20, 30, 40}, BlockKind::kCaption, "Tabel 1.1", false}};
  Table t;
  t.id = "T1";
  t.caption = "Tabel 1.1";
  t.pages = {1};
  t.header_rows = 1;
  t.rows = {{Cell{"A", 1, {1, 2, 3, 4}, 1, 2, false}, Cell{"", 1, {3, 2, 5, 4}, 1, 1, true}}};
  doc.tables = {t};
  auto back = DocumentFromJson(DocumentToJson(doc));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(DocumentToJson(back.value()), DocumentToJson(doc));
  EXPECT_EQ(back.value().tables[0].rows[0][0].col_span, 2);
  EXPECT_TRUE(back.value().tables[0].rows[0][1].placeholder);
  EXPECT_FALSE(DocumentFromJson(nlohmann::json{{"source", 3}}).ok());

  // What the audit takes for granted is checked (found by fuzz_document_json:
  // a ragged row was read past its end): a full grid, spans and header rows
  // inside it.
  auto refused = [&](auto edit) {
    nlohmann::json j = DocumentToJson(doc);
    edit(j["tables"][0]);
    return DocumentFromJson(j).status().code() == ErrorCode::kInvalidData;
  };
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["rows"].push_back(nlohmann::json::array({t["rows"][0][0]})); }));
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["rows"][0][0]["col_span"] = 3; }));
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["rows"][0][0]["row_span"] = 0; }));
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["header_rows"] = 2; }));
  // Numbers an int or a coordinate cannot hold (get<int>() of 6.7e48 is
  // undefined behaviour; the audit takes coordinates as ints).
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["rows"][0][0]["page"] = 6.7e48; }));
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["rows"][0][0]["page"] = 1.5; }));
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["pages"][0] = 1ULL << 40; }));
  EXPECT_TRUE(refused([](nlohmann::json& t) { t["rows"][0][0]["bbox"][0] = 1e300; }));
  EXPECT_FALSE(refused([](nlohmann::json&) {}));
}

}  // namespace
}  // namespace lkj

TEST(RepairUtf8, KeepsValidTextAndReplacesEachBadSequence) {
  EXPECT_EQ(lkj::RepairUtf8("Rp 6.656.309.000 — capaian ≥ 100%"), "Rp 6.656.309.000 — capaian ≥ 100%");
  EXPECT_EQ(lkj::RepairUtf8("a\x80" "b"), "a\xEF\xBF\xBD" "b");                // stray continuation
  EXPECT_EQ(lkj::RepairUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");          // overlong '/'
  EXPECT_EQ(lkj::RepairUtf8("\xED\xA0\x80x"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");  // surrogate
  EXPECT_EQ(lkj::RepairUtf8("\xE2\x82\""), "\xEF\xBF\xBD\xEF\xBF\xBD\"");      // cut short before a quote
  EXPECT_EQ(lkj::RepairUtf8("\xF4\x90\x80\x80"), std::string(4 * 3, ' ').replace(0, 12, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"));
  EXPECT_EQ(lkj::RepairUtf8("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");          // 4-byte emoji kept
}
