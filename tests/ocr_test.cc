// Scanned pages read by OCR into the same document model as a text layer.
// Ground truth: the figures as they show on the rendered scan of the
// Inspektorat Jombang PK 2020 (fixtures/real), read by eye, and the fact
// from its source that the five programs add up to the total exactly.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/json_export.h"
#include "extract/ocr_repair.h"
#include "extract/ocr_table_repair.h"
#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

using audit::Severity;

const char* kJombang = LKJ_SOURCE_DIR "/fixtures/real/pk-2020-inspektorat-kab-jombang-scanned.pdf";

std::vector<std::string> CellTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Table& t : doc.tables)
    for (const auto& row : t.rows)
      for (const Cell& c : row) out.push_back(c.text);
  return out;
}

TEST(Ocr, ScannedPkReadsItsProgramBudgetsAndTotalExactly) {
  auto doc = ExtractDocument(kJombang, ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().detail();
  for (const PageInfo& p : doc.value().pages) EXPECT_EQ(p.text_source, "ocr") << "page " << p.number;
  std::vector<std::string> cells = CellTexts(doc.value());
  for (const char* amount : {"1.393.499.080,00", "916.730.450,00", "37.697.500,00", "3.700.446.697,71",
                             "656.885.000,00", "6.705.258.727,71"})
    EXPECT_NE(std::find(cells.begin(), cells.end(), amount), cells.end()) << amount << " not read as a cell";
  bool confident = false;
  for (const Table& t : doc.value().tables)
    for (const auto& row : t.rows)
      for (const Cell& c : row) confident = confident || (c.text == "6.705.258.727,71" && c.confidence >= 0);
  EXPECT_TRUE(confident) << "OCR cells carry their confidence";

  // They add up: the audit checks the total and finds nothing wrong.
  auto report = AuditDocument(doc.value());
  EXPECT_EQ(report.Count(Severity::kError), 0);
  EXPECT_GE(report.coverage.numbers_checked, 6);
}

// The Dinas Peternakan PK 2016 scan carries its scanner's OCR layer, garbled
// ("kine~a", "pe~anjian", "RpA.868.180.000"): it is read again. Truth: the
// six program budgets as they show on the rendered page 3.
TEST(Ocr, AGarbledScannerLayerIsReadAgain) {
  auto doc = ExtractDocument(LKJ_SOURCE_DIR "/fixtures/real/pk-2016-dinas-peternakan-prov-jabar-scanned-ocr.pdf",
                             ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().detail();
  ASSERT_FALSE(doc.value().warnings.empty());
  EXPECT_EQ(doc.value().warnings.front().code, "ocr_layer_replaced");
  std::string text;
  for (const Block& b : doc.value().blocks) text += b.text + " ";
  EXPECT_EQ(text.find("kine~a"), std::string::npos);
  EXPECT_NE(text.find("kinerja"), std::string::npos);
  auto squeeze = [](std::string t) {
    std::erase(t, ' ');
    return t;
  };
  std::vector<std::string> cells;
  for (const std::string& c : CellTexts(doc.value())) cells.push_back(squeeze(c));
  for (const char* amount : {"Rp.30.903.396.770,-", "Rp.2.208.100.000,-", "Rp.4.868.180.000,-", "Rp.3.244.817.500,-",
                             "Rp.51.727.133.000,-", "Rp.410.100.000,-"})
    EXPECT_NE(std::find(cells.begin(), cells.end(), amount), cells.end()) << amount;
}

// Scanned pages read on several threads give the same document, byte for byte.
TEST(Ocr, TheSameDocumentWhateverTheNumberOfThreads) {
  const char* pdf = LKJ_SOURCE_DIR "/fixtures/real/pk-2016-dinas-peternakan-prov-jabar-scanned-ocr.pdf";
  ExtractOptions one, two;
  one.jobs = 1;
  two.jobs = 2;
  auto a = ExtractDocument(pdf, one);
  auto b = ExtractDocument(pdf, two);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(DocumentToJson(a.value()).dump(), DocumentToJson(b.value()).dump());
}

TEST(Ocr, OffLeavesTheScanUnreadAndSaysSo) {
  ExtractOptions options;
  options.ocr = false;
  auto doc = ExtractDocument(kJombang, options);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc.value().tables.empty());
  ASSERT_FALSE(doc.value().warnings.empty());
  EXPECT_EQ(doc.value().warnings.front().code, "scanned_page");
  EXPECT_EQ(doc.value().pages.front().text_source, "none");
}

// A figure OCR is unsure of cannot carry an error: a warning asks the
// reviewer to read the page.
TEST(Ocr, AnUnsureFigureGivesAWarningNotAnError) {
  Document doc = OneTable({{"No", "Uraian", "Anggaran"},
                           {"1", "Belanja Pegawai", "3.900.416.000"},
                           {"2", "Belanja Barang", "2.231.968.500"},
                           {"", "Jumlah", "6.132.384.600"}},
                          1);
  for (auto& row : doc.tables.front().rows)
    for (Cell& c : row) c.confidence = 95;
  EXPECT_EQ(Citing(AuditDocument(doc), "6.132.384.600", Severity::kError, true).size(), 1u);
  doc.tables.front().rows[3][2].confidence = 41;
  auto report = AuditDocument(doc);
  EXPECT_EQ(report.Count(Severity::kError), 0);
  auto hits = Citing(report, "6.132.384.600", Severity::kWarning, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0]->message.find("hasil pindai"), std::string::npos) << hits[0]->message;
}

// Misreadings a figure's own shape makes certain are undone; anything else
// stays as read. Truth: the printed figures, written by hand.
TEST(Ocr, RepairsWhatTheFigureMakesCertain) {
  EXPECT_EQ(RepairOcrFigure("6.656,309.000"), "6.656.309.000");
  EXPECT_EQ(RepairOcrFigure("6,656.309,000"), "6,656,309,000");
  EXPECT_EQ(RepairOcrFigure("Rp6.656,309.200,00"), "Rp6.656.309.200,00");
  EXPECT_EQ(RepairOcrFigure("1.3O0.000"), "1.300.000");
  EXPECT_EQ(RepairOcrFigure("94,41Yo"), "94,41%");
  EXPECT_EQ(RepairOcrFigure("Yo"), "%");
  EXPECT_EQ(RepairOcrFigure("6.656309.000"), "6.656.309.000");
  // Not certain, or nothing to repair: as read.
  EXPECT_EQ(RepairOcrFigure("1.234,567"), "1.234,567");
  EXPECT_EQ(RepairOcrFigure("3.900.416.000,-"), "3.900.416.000,-");
  EXPECT_EQ(RepairOcrFigure("94,41"), "94,41");
  EXPECT_EQ(RepairOcrFigure("Odi"), "Odi");
  EXPECT_EQ(RepairOcrFigure("2024"), "2024");
  EXPECT_EQ(RepairOcrFigure("1.2.3"), "1.2.3");
}

// Row numbers whose dot OCR lost come back where the rows above make them
// certain; a number that fits as read, or more than one way, stays.
TEST(Ocr, RowNumbersAndHeaderPercentsRepairedFromTheTable) {
  Document doc = OneTable({{"No", "Uraian"},
                           {"1", "a"}, {"1.1", "b"}, {"12", "c"}, {"2", "d"}, {"2i", "e"},
                           {"2.2", "f"}, {"2.3", "g"}, {"3", "h"}, {"11", "i"}},
                          1);
  for (auto& row : doc.tables.front().rows)
    for (Cell& c : row) c.confidence = 93;
  RepairOcrTables(&doc.tables);
  std::vector<std::string> got;
  for (const auto& row : doc.tables.front().rows) got.push_back(row[0].text);
  // "11" after "3" fits no next number ("3.1", "4"): as read.
  EXPECT_EQ(got, (std::vector<std::string>{"No", "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "3", "11"}));

  Document listed = OneTable({{"No", "Uraian"}, {"1.", "a"}, {"2", "b"}, {"3.", "c"}, {"4.", "d"}}, 1);
  for (auto& row : listed.tables.front().rows)
    for (Cell& c : row) c.confidence = 93;
  RepairOcrTables(&listed.tables);
  EXPECT_EQ(listed.tables.front().rows[2][0].text, "2.");

  // A header's "96" alone is a "%"; in a column-number row it is a number.
  Document header = OneTable({{"Uraian", "Target", "96"}, {"1", "2", "3"}, {"a", "100", "93,75"}}, 2);
  for (auto& row : header.tables.front().rows)
    for (Cell& c : row) c.confidence = 93;
  RepairOcrTables(&header.tables);
  EXPECT_EQ(header.tables.front().rows[0][2].text, "%");
  EXPECT_EQ(header.tables.front().rows[1][2].text, "3");

  // One misread number of a column-number row.
  Document numbered = OneTable({{"a", "b", "c", "d", "e", "f", "g"}, {"1", "2", "3", "228", "5", "6", "7"},
                                {"x", "1", "2", "3", "4", "5", "6"}},
                               2);
  for (auto& row : numbered.tables.front().rows)
    for (Cell& c : row) c.confidence = 93;
  RepairOcrTables(&numbered.tables);
  EXPECT_EQ(numbered.tables.front().rows[1][3].text, "4");

  // A text layer is never touched.
  Document born = OneTable({{"No", "Uraian"}, {"1", "a"}, {"1.1", "b"}, {"12", "c"}, {"1.3", "d"}, {"1.4", "e"}}, 1);
  RepairOcrTables(&born.tables);
  EXPECT_EQ(born.tables.front().rows[3][0].text, "12");
}

}  // namespace
}  // namespace lkj::testing
