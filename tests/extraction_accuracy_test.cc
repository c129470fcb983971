// Extracts each fixture with ground truth and compares: every table found
// with its caption, numeric cells in the right row and column. Prints the
// figures the README quotes.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "extract/extractor.h"
#include "tests/truth.h"

namespace lkj::testing {
namespace {

namespace fs = std::filesystem;

DocumentScore ExtractAndScore(const fs::path& truth_path) {
  Truth truth = LoadTruth(truth_path.string());
  fs::path pdf = truth_path.parent_path() / truth.document;
  auto doc = ExtractDocument(pdf.string(), ExtractOptions{});
  EXPECT_TRUE(doc.ok()) << pdf << ": " << doc.status().detail();
  if (!doc.ok()) return {};
  DocumentScore score = ScoreExtraction(truth, doc.value());
  std::printf("%s: tables %d/%zu, numbered captions %d/%d, numeric cells %d/%d (%.2f%%)\n",
              truth.document.c_str(), score.tables_found(), truth.tables.size(), score.captions_ok(),
              score.labelled(), score.numeric_right(), score.numeric_cells(),
              100.0 * score.numeric_right() / std::max(1, score.numeric_cells()));
  for (const TableScore& t : score.tables) {
    if (t.found && t.numeric_right == t.numeric_cells && (t.caption_ok || t.label[0] == '(')) continue;
    std::printf("  %s: found=%d caption=%d numeric %d/%d\n", t.label.c_str(), t.found, t.caption_ok,
                t.numeric_right, t.numeric_cells);
    for (const std::string& m : t.misses) std::printf("    %s\n", m.c_str());
  }
  return score;
}

void ExpectGood(const DocumentScore& s, size_t n_tables) {
  EXPECT_EQ(s.tables_found(), static_cast<int>(n_tables));
  EXPECT_EQ(s.captions_ok(), s.labelled());
  ASSERT_GT(s.numeric_cells(), 0);
  EXPECT_GE(100.0 * s.numeric_right() / s.numeric_cells(), 99.0);
}

TEST(ExtractionAccuracy, ReferenceFixture) {
  fs::path truth = fs::path(LKJ_SOURCE_DIR) / "fixtures/reference/lkj-2024-disdukcapil-belitung.truth.json";
  ASSERT_TRUE(fs::exists(truth)) << truth;
  ExpectGood(ExtractAndScore(truth), LoadTruth(truth.string()).tables.size());
}

TEST(ExtractionAccuracy, RealFixtures) {
  fs::path dir = fs::path(LKJ_SOURCE_DIR) / "fixtures/real";
  int documents = 0;
  DocumentScore all;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() < 11 || name.substr(name.size() - 11) != ".truth.json") continue;
    ++documents;
    DocumentScore s = ExtractAndScore(entry.path());
    for (auto& t : s.tables) all.tables.push_back(t);
  }
  EXPECT_GE(documents, 3);
  std::printf("real fixtures: %d documents, tables %d/%zu, numeric cells %d/%d (%.2f%%)\n", documents,
              all.tables_found(), all.tables.size(), all.numeric_right(), all.numeric_cells(),
              100.0 * all.numeric_right() / std::max(1, all.numeric_cells()));
  ExpectGood(all, all.tables.size());
}

// Pages shown through /Rotate 90, 180 and 270 read as the upright original.
TEST(ExtractionAccuracy, RotatedPagesReadUpright) {
  Truth truth = LoadTruth((fs::path(LKJ_SOURCE_DIR) / "fixtures/reference/lkj-2024-disdukcapil-belitung.truth.json").string());
  const TruthTable* tabel23 = nullptr;
  for (const TruthTable& t : truth.tables)
    if (t.label == "Tabel 2.3") tabel23 = &t;
  ASSERT_NE(tabel23, nullptr);
  auto doc = ExtractDocument((fs::path(LKJ_SOURCE_DIR) / "fixtures/rotated/tabel-2-3-rotated.pdf").string(), ExtractOptions{});
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc.value().pages.size(), 3u);
  int rotations = 0;
  for (const PageInfo& p : doc.value().pages) rotations += p.rotation;
  EXPECT_EQ(rotations, 90 + 180 + 270);
  for (int page = 1; page <= 3; ++page) {
    Truth one;
    one.document = "rotated";
    TruthTable t = *tabel23;
    t.pages = {page};
    one.tables = {t};
    DocumentScore s = ScoreExtraction(one, doc.value());
    EXPECT_EQ(s.tables_found(), 1) << "page " << page;
    EXPECT_EQ(s.captions_ok(), 1) << "page " << page;
    EXPECT_EQ(s.numeric_right(), s.numeric_cells()) << "page " << page;
  }
}

}  // namespace
}  // namespace lkj::testing
