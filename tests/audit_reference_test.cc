// The audit on the reference LKj: the design card's three examples and the
// rest of what a careful reviewer finds there; and on the real LKj PDFs,
// exactly the errors checked by hand in fixtures/real/FINDINGS.md.
#include <gtest/gtest.h>
#include <map>
#include <cctype>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

namespace fs = std::filesystem;
using audit::Severity;

const audit::AuditReport& Reference() {
  static const audit::AuditReport report =
      AuditPdf((fs::path(LKJ_SOURCE_DIR) / "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf").string());
  return report;
}

TEST(AuditReference, BudgetTotalWithItsRootCause) {
  auto hits = Citing(Reference(), "Rp 6.656.309.200,00", Severity::kError, true);
  ASSERT_FALSE(hits.empty());
  bool explained = false;
  for (const auto* f : hits)
    explained = explained || (f->message.find("6.258.022.850") != std::string::npos &&
                              f->message.find("6.258.022.650") != std::string::npos);
  EXPECT_TRUE(explained) << "the total is explained by its first row";
  EXPECT_FALSE(Citing(Reference(), "Rp 6.258.022.850,00", Severity::kError, true).empty());
}

TEST(AuditReference, IndicatorPrintedDifferentlyInOneTable) {
  auto hits = Citing(Reference(), "71,18", Severity::kError, true);
  ASSERT_FALSE(hits.empty());
  bool majority = false;
  for (const auto* f : hits)
    majority = majority || (f->rule == "xref.value" && f->message.find("77,18") != std::string::npos &&
                            f->message.find("Tabel 3.2.2") != std::string::npos);
  EXPECT_TRUE(majority);
}

TEST(AuditReference, CapitalSpendingTotalUnderItsOnlyLine) {
  auto hits = Citing(Reference(), "Rp 137.343.000,-", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "sum.total");
  EXPECT_DOUBLE_EQ(*hits[0]->expected, 523924500.0);
}

// Further inconsistencies of the reference (see fixtures/reference/ERRATA.md),
// each by the figure the finding must point at.
TEST(AuditReference, TheRestACarefulReviewerFinds) {
  struct Expect {
    const char* suspect;
    Severity severity;
    const char* why;
  };
  const Expect expected[] = {
      {"43.958.930,00", Severity::kError, "Program IV does not equal its kegiatan"},
      {"199.702.209,00", Severity::kError, "E22: the sub kegiatan of Kegiatan 4 add up 100 too high"},
      {"64,300,000", Severity::kError, "E27: Lampiran 5.1 spending vs its programme's 66,380,000"},
      {"224,540,906", Severity::kError, "Lampiran 2.1 spending vs Tabel 3.2 for the same budget line"},
      {"99,65%", Severity::kError, "64.045 / 66.276 is not 99,65%"},
      {"100%", Severity::kError, "50.243.350 / 55.000.000 is not 100%"},
      {"83%", Severity::kError, "13.500.000 / 16.500.000 is not 83%"},
      {"287", Severity::kError, "Jumlah SK-SP5 is not the average of its rows"},
      {"94.52", Severity::kError, "Lampiran II capaian vs realisasi/target"},
      {"133,12", Severity::kError, "efficiency from the staff side swapped"},
      {"Turun", Severity::kError, "Naik/Turun/Tetap against the two years"},
      {"Naik", Severity::kError, "Naik/Turun/Tetap against the two years"},
      {"85,76", Severity::kWarning, "called achieved below 100%"},
      {"Tabel. 3.2", Severity::kWarning, "table number 3.2 used twice"},
      {"10.", Severity::kWarning, "row number 10 used twice"},
      {"Tahun 2018-2024", Severity::kWarning, "contents list year differs from the caption"},
      {"%", Severity::kWarning, "an index reported with unit %"},
      {"b. Perjanjian Kinerja Tahun 2024", Severity::kWarning, "E04: contents-list page numbers"},
      {"2022", Severity::kWarning, "E10: 3,46 is the 2023 value, not 2022's"},
  };
  for (const Expect& e : expected)
    EXPECT_FALSE(Citing(Reference(), e.suspect, e.severity, true).empty()) << e.why << " (" << e.suspect << ")";
  EXPECT_GE(Reference().Count(Severity::kError), 15);
  bool unlabeled = false;  // E26: Lampiran III's sum row after 2.1 has no label
  for (const auto& f : Reference().findings)
    unlabeled = unlabeled || (f.rule == "structure.unlabeled_total" && f.message.find("LAMPIRAN III") == 0);
  EXPECT_TRUE(unlabeled);
}

// E11: the text's staff figures for Sasaran Kegiatan 3 (28 of a plan of 30)
// against the appendices' SDM columns (28 of 33) for the same budget line.
TEST(AuditReference, StaffPlanInTheTextAgainstTheAppendices) {
  bool found = false;
  for (const auto& f : Reference().findings)
    found = found || (f.rule == "xref.value" && f.severity == Severity::kError &&
                      f.message.find("tertulis 30 di uraian") != std::string::npos &&
                      f.message.find("33") != std::string::npos);
  EXPECT_TRUE(found);
}

TEST(AuditReference, MoneyComesFirstAndCoverageIsReported) {
  const auto& r = Reference();
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.front().severity, Severity::kError);
  bool money = false;
  for (const auto& e : r.findings.front().evidence) money = money || e.text.find("6.656.309") != std::string::npos;
  EXPECT_TRUE(money) << r.findings.front().message;
  EXPECT_EQ(r.reporting_year, 2024);
  EXPECT_GT(r.coverage.numbers_read, 800);
  EXPECT_GT(r.coverage.numbers_checked * 10, r.coverage.numbers_read * 8);
  EXPECT_GE(r.coverage.narrative_claims, 30);
}

// fixtures/real/labels/DOC.jsonl holds the hand judgement of every finding
// the audit gives on DOC (tools/labels/precision.py does the same over the
// whole real corpus). On the PDFs bundled in fixtures/real: every error must
// be labelled TRUE, every TRUE label must still be found, and no document may
// give more than two warnings labelled FALSE.
std::string Collapsed(const std::string& s) {
  std::string out;
  for (char ch : s) {
    bool space = std::isspace(static_cast<unsigned char>(ch));
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string KeyOf(const std::string& doc, const audit::Finding& f) {
  const audit::Evidence* s = f.evidence.empty() ? nullptr : &f.evidence.front();
  for (const auto& e : f.evidence)
    if (e.suspect) {
      s = &e;
      break;
    }
  return doc + "|" + f.rule + "|" + (s ? std::to_string(s->page) + "|" + Collapsed(s->text) : "0|");
}

TEST(AuditReal, FindingsAreTheHandLabelledOnes) {
  fs::path dir = fs::path(LKJ_SOURCE_DIR) / "fixtures/real";
  int documents = 0, errors = 0, warnings = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".pdf") continue;
    std::string doc = entry.path().filename().string();
    std::ifstream in(dir / "labels" / (entry.path().stem().string() + ".jsonl"));
    ASSERT_TRUE(in) << "no labels for " << doc << " in fixtures/real/labels/";
    std::map<std::string, std::string> label;  // key -> TRUE / FALSE / REPLACED
    std::set<std::string> expected;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line);
      std::string verdict = j.at("label");
      if (verdict == "MISSED") continue;
      std::string key = doc + "|" + j.at("rule").get<std::string>() + "|" + std::to_string(j.at("page").get<int>()) +
                        "|" + Collapsed(j.at("suspect"));
      if (label[key] != "TRUE") label[key] = verdict;
      if (verdict == "TRUE") expected.insert(key);
    }
    ++documents;
    int false_warnings = 0;
    std::set<std::string> seen;
    for (const auto& f : AuditPdf(entry.path().string()).findings) {
      if (f.severity == Severity::kInfo) continue;
      std::string key = KeyOf(doc, f);
      seen.insert(key);
      std::string verdict = label.count(key) ? label[key] : "unlabelled";
      if (f.severity == Severity::kError) {
        ++errors;
        EXPECT_TRUE(verdict == "TRUE" || verdict == "REPLACED") << verdict << " error: " << key << ": " << f.message_en;
      } else {
        ++warnings;
        false_warnings += verdict == "FALSE";
        EXPECT_NE(verdict, "unlabelled") << "unlabelled warning: " << key << ": " << f.message_en;
      }
    }
    EXPECT_LE(false_warnings, 2) << doc;
    for (const std::string& key : expected) EXPECT_TRUE(seen.count(key)) << "labelled TRUE, no longer found: " << key;
  }
  EXPECT_GE(documents, 4);
  std::printf("real fixtures: %d documents, %d errors and %d warnings, each as labelled by hand\n", documents, errors,
              warnings);
}

}  // namespace
}  // namespace lkj::testing
