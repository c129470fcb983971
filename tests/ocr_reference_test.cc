// The scanned reference (tools/scan-gen: the reference LKj printed, scanned
// at 200 dpi, tilted, on off-white paper, image only) against the same
// ground truth as the born-digital fixture, and its audit against the
// born-digital audit. The scan is made by the make_scanned_reference test and
// extracted once by extract_scanned_reference (`lkj-audit extract --json`);
// the tests read that JSON.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <string>

#include <fstream>

#include "extract/extractor.h"
#include "extract/json_export.h"
#include "tests/audit_test_support.h"
#include "tests/truth.h"

namespace lkj::testing {
namespace {

using audit::Severity;

const char* kBornDigital = LKJ_SOURCE_DIR "/fixtures/reference/lkj-2024-disdukcapil-belitung.pdf";
const char* kTruth = LKJ_SOURCE_DIR "/fixtures/reference/lkj-2024-disdukcapil-belitung.truth.json";

const Document& Scanned() {
  static const Document doc = [] {
    std::ifstream in(LKJ_SCANNED_REFERENCE_JSON);
    auto d = DocumentFromJson(nlohmann::json::parse(in, nullptr, false));
    EXPECT_TRUE(d.ok()) << LKJ_SCANNED_REFERENCE_JSON << ": " << d.status().detail();
    return d.ok() ? d.value() : Document{};
  }();
  return doc;
}

// A finding as a reviewer would call it the same one: the rule, the page and
// the figure it points at.
std::set<std::string> ErrorKeys(const audit::AuditReport& report) {
  std::set<std::string> keys;
  for (const audit::Finding& f : report.findings) {
    if (f.severity != Severity::kError) continue;
    std::string key = f.rule;
    for (const audit::Evidence& e : f.evidence) {
      if (!e.suspect) continue;
      std::string text = e.text;
      std::erase(text, ' ');
      key += " p" + std::to_string(e.page) + " " + text;
      break;
    }
    keys.insert(key);
  }
  return keys;
}

TEST(ScannedReference, EveryPageIsReadByOcr) {
  const Document& doc = Scanned();
  ASSERT_EQ(doc.pages.size(), 64u);
  for (const PageInfo& p : doc.pages) {
    EXPECT_FALSE(p.has_text_layer) << "page " << p.number;
    EXPECT_EQ(p.text_source, "ocr") << "page " << p.number;
  }
}

TEST(ScannedReference, TablesAndNumericCellsAgainstTheBornDigitalTruth) {
  Truth truth = LoadTruth(kTruth);
  DocumentScore score = ScoreExtraction(truth, Scanned());
  const double percent = 100.0 * score.numeric_right() / std::max(1, score.numeric_cells());
  std::printf("scanned reference: tables %d/%zu, numeric cells %d/%d (%.2f%%)\n", score.tables_found(),
              truth.tables.size(), score.numeric_right(), score.numeric_cells(), percent);
  for (const TableScore& t : score.tables) {
    if (t.found && t.numeric_right == t.numeric_cells) continue;
    std::printf("  %s: found=%d numeric %d/%d\n", t.label.c_str(), t.found, t.numeric_right, t.numeric_cells);
    for (const std::string& m : t.misses) std::printf("    %s\n", m.c_str());
  }
  EXPECT_EQ(score.tables_found(), static_cast<int>(truth.tables.size()));
  EXPECT_GE(percent, 98.0);
}

TEST(ScannedReference, AuditFindsTheBornDigitalErrorsAndNoOthers) {
  std::set<std::string> born = ErrorKeys(AuditPdf(kBornDigital));
  std::set<std::string> scanned = ErrorKeys(AuditDocument(Scanned()));
  int found = 0;
  for (const std::string& k : born) {
    if (scanned.count(k)) ++found;
    else std::printf("  missed on the scan: %s\n", k.c_str());
  }
  for (const std::string& k : scanned)
    EXPECT_TRUE(born.count(k)) << "error on the scan only: " << k;
  std::printf("scanned reference: %d of %zu born-digital errors found\n", found, born.size());
  ASSERT_FALSE(born.empty());
  EXPECT_GE(100.0 * found / born.size(), 90.0);
}

// The truth of the tables on `pages` of the reference, renumbered as page
// `first` of a document made of those pages onward.
Truth TruthOfPages(int from, int to, int first) {
  Truth truth = LoadTruth(kTruth), out = truth;
  out.tables.clear();
  for (TruthTable t : truth.tables) {
    if (t.pages.front() < from || t.pages.back() > to) continue;
    for (int& p : t.pages) p += first - from;
    out.tables.push_back(t);
  }
  return out;
}

void ExpectTablesRead(const Truth& truth, const Document& doc) {
  ASSERT_FALSE(truth.tables.empty());
  DocumentScore score = ScoreExtraction(truth, doc);
  for (const TableScore& t : score.tables)
    for (const std::string& m : t.misses) std::printf("  %s %s\n", t.label.c_str(), m.c_str());
  EXPECT_EQ(score.tables_found(), static_cast<int>(truth.tables.size()));
  EXPECT_GE(100.0 * score.numeric_right() / std::max(1, score.numeric_cells()), 98.0)
      << score.numeric_right() << " of " << score.numeric_cells();
}

// Born-digital pages with two scanned ones among them (tools/scan-gen/
// make_mixed.sh): the scanned pages are read by OCR, the others from their
// text layer, and the tables on the scanned pages (Tabel 1.1-1.5, Tabel 1.3
// across both) read right.
TEST(ScannedReference, AMixedDocumentReadsOnlyItsScannedPagesByOcr) {
  auto doc = ExtractDocument(LKJ_MIXED_REFERENCE, ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().detail();
  ASSERT_EQ(doc.value().pages.size(), 16u);
  for (const PageInfo& p : doc.value().pages) {
    const bool scanned = p.number >= 15;
    EXPECT_EQ(p.text_source, scanned ? "ocr" : "pdf") << "page " << p.number;
    EXPECT_EQ(p.has_text_layer, !scanned) << "page " << p.number;
  }
  ExpectTablesRead(TruthOfPages(1, 16, 1), doc.value());
}

// A landscape table fed to the scanner in portrait lies sideways on its
// page: the page is turned upright (orientation detection), then read.
TEST(ScannedReference, ALandscapeTableScannedSidewaysIsReadUpright) {
  auto doc = ExtractDocument(LKJ_SIDEWAYS_REFERENCE, ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().detail();
  ASSERT_EQ(doc.value().pages.size(), 2u);
  for (const PageInfo& p : doc.value().pages) {
    EXPECT_GT(p.width, p.height) << "page " << p.number << " read upright is landscape";
    EXPECT_EQ(p.text_source, "ocr");
  }
  ExpectTablesRead(TruthOfPages(55, 56, 1), doc.value());
}

}  // namespace
}  // namespace lkj::testing
