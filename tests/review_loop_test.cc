// The reviewer's loop: finding identities that survive a revised draft,
// judgements (keputusan.json) carried onto it, `compare` of two drafts, and
// the CHR draft. The revised reference (fixtures/reference/revised/, made by
// make_revised.py) fixes five errata, adds one slip and pushes Tabel 3.1 to a
// new page; what compare must say is written in its CHANGES.md, from the
// edits, and restated here by hand.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "audit/finding_id.h"
#include "audit/judgement.h"
#include "audit/revision.h"
#include "audit/table_view.h"
#include "cli/compare.h"
#include "cli/file_hash.h"
#include "reports/chr_report.h"
#include "reports/comparison_report.h"
#include "tests/audit_test_support.h"

namespace lkj {
namespace {

namespace fs = std::filesystem;
using audit::Finding;
using audit::Verdict;

const std::string kV1 = std::string(LKJ_SOURCE_DIR) + "/fixtures/reference/lkj-2024-disdukcapil-belitung.pdf";
const std::string kV2 =
    std::string(LKJ_SOURCE_DIR) + "/fixtures/reference/revised/lkj-2024-disdukcapil-belitung-v2.pdf";
constexpr int kFirstMovedPage = 23;  // Tabel 3.1 and everything after it moved one page on

const audit::Evidence& Lead(const Finding& f) {
  for (const audit::Evidence& e : f.evidence)
    if (e.suspect) return e;
  return f.evidence.front();
}

// (rule, figure as printed) of a finding: how a reviewer names it.
std::pair<std::string, std::string> Named(const Finding& f) { return {f.rule, Lead(f).text}; }

std::multiset<std::pair<std::string, std::string>> Names(const std::vector<Finding>& findings) {
  std::multiset<std::pair<std::string, std::string>> out;
  for (const Finding& f : findings) out.insert(Named(f));
  return out;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Both drafts extracted and audited once for the whole suite.
class ReviewLoop : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    rules_ = new audit::Rules(testing::DefaultRulesOrDie());
    auto c = cli::CompareDrafts(kV1, kV2, ExtractOptions{}, *rules_, {});
    ASSERT_TRUE(c.ok()) << c.status().detail();
    compared_ = new cli::Comparison(std::move(c).value());
  }
  static void TearDownTestSuite() {
    delete compared_;
    delete rules_;
  }
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lkj-review-test-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  int Run(const std::string& args) {
    std::string cmd = "cd '" + std::string(LKJ_SOURCE_DIR) + "' && timeout 120 '" + LKJ_BINARY + "' " + args +
                      " >'" + (dir_ / "stdout").string() + "' 2>'" + (dir_ / "stderr").string() + "'";
    int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  const audit::AuditReport& v1() const { return compared_->before.report; }
  const audit::AuditReport& v2() const { return compared_->after.report; }
  const audit::Revision& rev() const { return compared_->revision; }

  static audit::Rules* rules_;
  static cli::Comparison* compared_;
  fs::path dir_;
};
audit::Rules* ReviewLoop::rules_ = nullptr;
cli::Comparison* ReviewLoop::compared_ = nullptr;

TEST_F(ReviewLoop, IdentitiesAreUniqueAndLeaveOutPagesAndTableIds) {
  for (const audit::AuditReport* r : {&v1(), &v2()}) {
    std::set<std::string> ids;
    for (const Finding& f : r->findings) {
      EXPECT_TRUE(ids.insert(f.id).second) << "repeated id " << f.id << " " << f.key;
      EXPECT_EQ(f.id, audit::FindingIdOf(f.key));
      EXPECT_EQ(f.key.rfind(f.rule + " | ", 0), 0u) << f.key;
      const audit::Evidence& e = Lead(f);
      if (!e.table_id.empty()) {
        EXPECT_EQ(f.key.find(" " + e.table_id + " "), std::string::npos) << f.key;
      }
    }
    EXPECT_GT(ids.size(), 40u);
  }
}

TEST_F(ReviewLoop, CompareListsExactlyTheFixedOpenAndNewPoints) {
  // fixtures/reference/revised/CHANGES.md
  const std::multiset<std::pair<std::string, std::string>> fixed = {
      {"xref.value", "Rp 6.656.309.200,00"}, {"xref.value", "Rp 6.258.022.850,00"},
      {"sum.total", "Rp 137.343.000,-"},     {"xref.value", "71,18"},
      {"ratio.row", "85,76"},                {"ratio.row", "83%"}};
  EXPECT_EQ(Names(rev().fixed), fixed);
  ASSERT_EQ(rev().added.size(), 1u);
  EXPECT_EQ(Named(rev().added[0]), std::make_pair(std::string("sum.total"), std::string("40")));
  EXPECT_EQ(Lead(rev().added[0]).page, 15);
  EXPECT_EQ(rev().added[0].severity, audit::Severity::kError);
  // Open: every other finding of v1, each once.
  std::vector<Finding> rest;
  for (const Finding& f : v1().findings)
    if (!fixed.count(Named(f))) rest.push_back(f);
  EXPECT_EQ(Names(rev().open), Names(rest));
  EXPECT_EQ(rev().open.size() + rev().fixed.size(), v1().findings.size());
  EXPECT_EQ(rev().open.size() + rev().added.size(), v2().findings.size());
}

TEST_F(ReviewLoop, OpenPointsFollowTheirTableToItsNewPage) {
  ASSERT_EQ(rev().open.size(), rev().open_page_before.size());
  int moved = 0;
  for (size_t i = 0; i < rev().open.size(); ++i) {
    int before = rev().open_page_before[i];
    int expected = before >= kFirstMovedPage ? before + 1 : before;
    EXPECT_EQ(Lead(rev().open[i]).page, expected) << rev().open[i].key;
    moved += expected != before;
  }
  EXPECT_GT(moved, 30);
}

TEST_F(ReviewLoop, ChangedFiguresAreExactlyTheEdits) {
  ASSERT_TRUE(compared_->figures_compared);
  struct Edit {
    const char* table;  // caption label
    const char* before;
    const char* after;
    int page_before, page_after;
  };
  const Edit edits[] = {
      {"Tabel 1.1", "7", "9", 15, 15},
      {"Tabel 2.3", "Rp 6.258.022.850,00", "Rp 6.258.022.650,00", 20, 20},
      {"Tabel 2.3", "Rp 6.656.309.200,00", "Rp 6.656.309.000,00", 20, 20},
      {"Tabel 3.2.2", "71,18", "77,18", 31, 32},
      {"Tabel. 3.2", "83%", "82%", 47, 48},
      {"", "Rp 137.343.000,-", "Rp 523.924.500,-", 50, 51},  // the untitled Belanja Modal table
  };
  ASSERT_EQ(rev().changed.size(), std::size(edits));
  for (const Edit& e : edits) {
    auto it = std::find_if(rev().changed.begin(), rev().changed.end(),
                           [&](const audit::ChangedFigure& c) { return c.before == e.before && c.after == e.after; });
    ASSERT_NE(it, rev().changed.end()) << e.before;
    if (*e.table) {
      EXPECT_EQ(audit::CaptionLabel(it->table), e.table);
    }
    EXPECT_EQ(it->page_before, e.page_before) << e.before;
    EXPECT_EQ(it->page_after, e.page_after) << e.before;
  }
  auto sekretariat = std::find_if(rev().changed.begin(), rev().changed.end(),
                                  [](const audit::ChangedFigure& c) { return c.before == "7"; });
  EXPECT_EQ(sekretariat->row, "Sekretariat");
  auto modal = std::find_if(rev().changed.begin(), rev().changed.end(),
                            [](const audit::ChangedFigure& c) { return c.before == "Rp 137.343.000,-"; });
  EXPECT_EQ(modal->table, "");
  EXPECT_EQ(modal->section, "belanja modal");
}

// Every finding of v1 judged (the three verdicts in turn, each with its own
// note), the judgements applied to v2: each lands on the finding at the same
// place, which the test finds without ids, by rule, table, figure and page.
TEST_F(ReviewLoop, JudgementsOnTheFirstDraftLandOnTheSamePointsOfTheSecond) {
  audit::Judgements judgements;
  std::map<std::string, const Finding*> by_note;
  for (size_t i = 0; i < v1().findings.size(); ++i) {
    const Finding& f = v1().findings[i];
    audit::Judgement j;
    j.verdict = i % 3 == 0 ? Verdict::kMustFix : i % 3 == 1 ? Verdict::kNotAProblem : Verdict::kOpen;
    j.note = "catatan " + std::to_string(i);
    if (j.verdict == Verdict::kNotAProblem) j.reason = "alasan " + std::to_string(i);
    judgements[f.id] = j;
    by_note[j.note] = &f;
  }
  audit::AuditReport second = v2();
  int matched = audit::ApplyJudgements(judgements, &second);
  EXPECT_EQ(matched, static_cast<int>(v1().findings.size() - rev().fixed.size()));
  int landed = 0;
  for (const auto* list : {&second.findings, &second.accepted})
    for (const Finding& f : *list) {
      if (!f.judgement) {
        EXPECT_EQ(Named(f), std::make_pair(std::string("sum.total"), std::string("40"))) << "only the new point is unjudged";
        continue;
      }
      const Finding* origin = by_note.at(f.judgement->note);
      const audit::Evidence &now = Lead(f), &then = Lead(*origin);
      EXPECT_EQ(f.rule, origin->rule);
      EXPECT_EQ(now.text, then.text) << f.key;
      EXPECT_EQ(now.table.value_or(""), then.table.value_or("")) << f.key;
      EXPECT_EQ(now.page, then.page >= kFirstMovedPage ? then.page + 1 : then.page) << f.key;
      EXPECT_EQ(list == &second.accepted, f.judgement->verdict == Verdict::kNotAProblem);
      ++landed;
    }
  EXPECT_EQ(landed, matched);
}

TEST_F(ReviewLoop, ChrListsTheMustFixPointsInDocumentOrder) {
  audit::AuditReport report = v1();
  audit::Judgements judgements;
  // Judged in reverse order of the document, so sorting is what orders them.
  std::vector<const Finding*> picked;
  for (const Finding& f : report.findings)
    if (f.rule == "sum.hierarchy" || f.rule == "unit.index_percent") picked.push_back(&f);
  ASSERT_GE(picked.size(), 4u);
  for (const Finding* f : picked) judgements[f->id] = {Verdict::kMustFix, "", "perbaiki | *segera*"};
  judgements[report.findings.front().id] = {Verdict::kNotAProblem, "pagu perubahan", ""};
  audit::ApplyJudgements(judgements, &report);
  std::vector<reports::ChrPoint> points = reports::ChrPoints(report, false);
  ASSERT_EQ(points.size(), picked.size());
  for (size_t i = 1; i < points.size(); ++i) EXPECT_LE(points[i - 1].page, points[i].page);
  // Tabel. 3.2's program budget: printed 43.958.930,00, its two lines add up to 10.977.000,00.
  auto budget = std::find_if(points.begin(), points.end(),
                             [](const reports::ChrPoint& p) { return p.written == "43.958.930,00"; });
  ASSERT_NE(budget, points.end());
  EXPECT_EQ(budget->should_be, "10.977.000,00");
  EXPECT_EQ(budget->where.rfind("Tabel. 3.2, baris ", 0), 0u) << budget->where;
  std::string md = reports::RenderChrMarkdown(report, false);
  EXPECT_NE(md.find("# Catatan Hasil Reviu (draf)"), std::string::npos);
  EXPECT_NE(md.find("| No | Hal. | Letak | Tertulis | Seharusnya | Uraian | Catatan |"), std::string::npos);
  EXPECT_NE(md.find("perbaiki \\| \\*segera\\*"), std::string::npos) << "the note is escaped for Markdown";
  EXPECT_NE(md.find("bukan masalah (tidak dicantumkan): 1"), std::string::npos);
}

TEST_F(ReviewLoop, CompareCommandWritesJsonHtmlAndAnHonestExitCode) {
  fs::path json_out = dir_ / "banding.json", html_out = dir_ / "banding.html";
  EXPECT_EQ(Run("compare '" + kV1 + "' '" + kV2 + "' --json '" + json_out.string() + "' --html '" + html_out.string() +
                "'"),
            1);  // errors are still open
  nlohmann::json j = nlohmann::json::parse(Slurp(json_out));
  EXPECT_EQ(j["fixed"].size(), 6u);
  EXPECT_EQ(j["open"].size(), rev().open.size());
  EXPECT_EQ(j["new"].size(), 1u);
  ASSERT_EQ(j["changed"].size(), 6u);
  for (const char* member : {"table", "row", "column", "old", "new"}) EXPECT_TRUE(j["changed"][0].contains(member));
  EXPECT_EQ(j["after"]["sha256"], cli::Sha256OfFile(kV2).value());
  std::string text = Slurp(dir_ / "stdout");
  EXPECT_NE(text.find("SUDAH DIPERBAIKI (6)"), std::string::npos);
  EXPECT_NE(text.find("TEMUAN BARU (1)"), std::string::npos);
  EXPECT_NE(text.find("7 -> 9"), std::string::npos);
  std::string html = Slurp(html_out);
  EXPECT_NE(html.find("id=\"n-fixed\">6<"), std::string::npos);
  EXPECT_NE(html.find("id=\"n-new\">1<"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);

  // Every error still open or new accepted as not a problem: nothing left to fix.
  nlohmann::json keputusan = {{"format", "lkj-audit/keputusan"}, {"version", 1}, {"keputusan", nlohmann::json::object()}};
  for (const char* list : {"open", "new"})
    for (const auto& f : j[list])
      if (f["severity"] == "error") keputusan["keputusan"][f["id"].get<std::string>()] = {{"status", "bukan_masalah"}};
  std::ofstream(dir_ / "k.json") << keputusan.dump();
  EXPECT_EQ(Run("compare '" + kV1 + "' '" + kV2 + "' -q --keputusan '" + (dir_ / "k.json").string() + "'"), 0);

  // The same comparison from the findings JSON of each draft: findings only.
  ASSERT_EQ(Run("audit '" + kV1 + "' --json '" + (dir_ / "v1.json").string() + "'"), 1);
  ASSERT_EQ(Run("audit '" + kV2 + "' --json '" + (dir_ / "v2.json").string() + "'"), 1);
  EXPECT_EQ(Run("compare '" + (dir_ / "v1.json").string() + "' '" + (dir_ / "v2.json").string() + "' --json '" +
                (dir_ / "c2.json").string() + "' -q --lang en"),
            1);
  nlohmann::json k = nlohmann::json::parse(Slurp(dir_ / "c2.json"));
  EXPECT_EQ(k["fixed"].size(), 6u);
  EXPECT_EQ(k["new"].size(), 1u);
  EXPECT_EQ(k["open"].size(), rev().open.size());
  EXPECT_TRUE(k["changed"].empty());
  EXPECT_FALSE(k["figures_compared"].get<bool>());

  EXPECT_EQ(Run("compare '" + kV1 + "'"), 2);
}

TEST_F(ReviewLoop, AuditCarriesJudgementsForward) {
  // Judged on v1: the Tabel 3.1 index-unit warning is not a problem; the new
  // draft still has it, on another page, and it is listed as accepted.
  const Finding* unit = nullptr;
  for (const Finding& f : v1().findings)
    if (f.rule == "unit.index_percent" && Lead(f).table && audit::CaptionLabel(*Lead(f).table) == "Tabel 3.1") unit = &f;
  ASSERT_NE(unit, nullptr);
  const Finding* budget = nullptr;  // a must-fix error that stays open
  for (const Finding& f : v1().findings)
    if (f.rule == "sum.hierarchy" && Lead(f).text == "43.958.930,00") budget = &f;
  ASSERT_NE(budget, nullptr);
  nlohmann::json keputusan = {
      {"format", "lkj-audit/keputusan"},
      {"version", 1},
      {"keputusan",
       {{unit->id, {{"status", "bukan_masalah"}, {"alasan", "IKM dilaporkan dalam persen oleh BPS"}}},
        {budget->id, {{"status", "perlu_diperbaiki"}, {"catatan", "sesuaikan dengan DPA"}}},
        {"F000000000000", {{"status", "perlu_diperbaiki"}}}}}};
  std::ofstream(dir_ / "keputusan.json") << keputusan.dump();
  fs::path out = dir_ / "temuan.json", chr = dir_ / "chr.md", xlsx = dir_ / "laporan.xlsx", md = dir_ / "laporan.md";
  EXPECT_EQ(Run("audit '" + kV2 + "' --keputusan '" + (dir_ / "keputusan.json").string() + "' --json '" + out.string() +
                "' --chr '" + chr.string() + "' --xlsx '" + xlsx.string() + "' --md '" + md.string() + "'"),
            1);
  std::string memo = Slurp(md);
  EXPECT_NE(memo.find("## Diterima: bukan masalah (1)"), std::string::npos);
  EXPECT_NE(memo.find("IKM dilaporkan dalam persen oleh BPS"), std::string::npos);
  EXPECT_NE(memo.find("**perlu diperbaiki**"), std::string::npos);
  EXPECT_NE(Slurp(dir_ / "stderr").find("2 dari 3 keputusan diterapkan"), std::string::npos) << Slurp(dir_ / "stderr");
  nlohmann::json j = nlohmann::json::parse(Slurp(out));
  ASSERT_EQ(j["accepted"].size(), 1u);
  EXPECT_EQ(j["accepted"][0]["id"], unit->id);
  EXPECT_EQ(j["accepted"][0]["judgement"]["reason"], "IKM dilaporkan dalam persen oleh BPS");
  EXPECT_EQ(j["accepted"][0]["evidence"][0]["page"], Lead(*unit).page + 1);
  EXPECT_EQ(j["summary"]["warning"].get<int>() + 1, static_cast<int>(std::count_if(
      v2().findings.begin(), v2().findings.end(), [](const Finding& f) { return f.severity == audit::Severity::kWarning; })));
  std::string notes = Slurp(chr);
  EXPECT_NE(notes.find("| 1 | 50 | Tabel. 3.2, baris "), std::string::npos) << notes;
  EXPECT_NE(notes.find("| 43.958.930,00 | 10.977.000,00 |"), std::string::npos) << notes;
  EXPECT_NE(notes.find("sesuaikan dengan DPA"), std::string::npos);
  std::string sheets = (dir_ / "sheets").string();
  ASSERT_EQ(std::system(("unzip -p '" + xlsx.string() + "' xl/workbook.xml > '" + sheets + "'").c_str()), 0);
  EXPECT_NE(Slurp(sheets).find("name=\"CHR\""), std::string::npos);
  std::string strings = (dir_ / "strings").string();
  ASSERT_EQ(std::system(("unzip -p '" + xlsx.string() + "' xl/sharedStrings.xml > '" + strings + "'").c_str()), 0);
  EXPECT_NE(Slurp(strings).find("sesuaikan dengan DPA"), std::string::npos) << "the note in the CHR sheet";
  EXPECT_NE(Slurp(strings).find("Diterima, bukan masalah (tidak dihitung)"), std::string::npos);

  // Everything that was an error, accepted: exit 0.
  nlohmann::json all = {{"format", "lkj-audit/keputusan"}, {"version", 1}, {"keputusan", nlohmann::json::object()}};
  for (const Finding& f : v2().findings)
    if (f.severity == audit::Severity::kError) all["keputusan"][f.id] = {{"status", "bukan_masalah"}};
  std::ofstream(dir_ / "all.json") << all.dump();
  EXPECT_EQ(Run("audit '" + kV2 + "' -q --keputusan '" + (dir_ / "all.json").string() + "'"), 0);

  std::ofstream(dir_ / "bad.json") << R"({"keputusan": {"F1": {"status": "mungkin"}}})";
  EXPECT_EQ(Run("audit '" + kV2 + "' --keputusan '" + (dir_ / "bad.json").string() + "'"), 2);
  EXPECT_NE(Slurp(dir_ / "stderr").find("berkas keputusan ditolak"), std::string::npos);
  EXPECT_EQ(Run("audit '" + kV2 + "' --keputusan '" + (dir_ / "none.json").string() + "'"), 3);
}

// The corrected copy (fixtures/reference/corrected/CHANGES.md) fixes every
// erratum and renumbers the second "Tabel. 3.2" to "Tabel. 3.7" (E19): its
// figures still compare with the first draft's, row by row.
TEST_F(ReviewLoop, RenumberedTableStillComparesWithTheCorrectedCopy) {
  auto c = cli::CompareDrafts(kV1,
                              std::string(LKJ_SOURCE_DIR) +
                                  "/fixtures/reference/corrected/lkj-2024-disdukcapil-belitung-corrected.pdf",
                              ExtractOptions{}, *rules_, {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.value().revision.fixed.size(), v1().findings.size());
  EXPECT_TRUE(c.value().revision.open.empty());
  EXPECT_TRUE(c.value().revision.added.empty());
  const std::pair<const char*, const char*> e20_to_e23[] = {{"83%", "82%"},
                                                             {"100%", "91%"},
                                                             {"199.702.209,00", "199.702.109,00"},
                                                             {"43.958.930,00", "10.977.000,00"},
                                                             {"40.863.800,00", "10.739.050,00"},
                                                             {"92,96%", "97,83%"}};
  for (const auto& [before, after] : e20_to_e23) {
    auto it = std::find_if(c.value().revision.changed.begin(), c.value().revision.changed.end(),
                           [&](const audit::ChangedFigure& ch) { return ch.before == before && ch.after == after; });
    ASSERT_NE(it, c.value().revision.changed.end()) << before;
    EXPECT_EQ(audit::CaptionLabel(it->table), "Tabel. 3.7");
  }
}

// One hand-made table with a wrong total, and a revision of it: a row added
// above the wrong one, the table on another page under another id, the rows
// renumbered. The total's finding keeps its identity; in another table
// (another caption) or another column it does not.
TEST(FindingIdentity, SurvivesMovesAndInsertedRowsButNotAnotherPlace) {
  const std::vector<std::vector<std::string>> v1 = {{"No", "Program", "Anggaran", "Realisasi"},
                                                    {"1", "Program A", "100.000", "90.000"},
                                                    {"2", "Program B", "200.000", "150.000"},
                                                    {"", "Jumlah", "310.000", "240.000"}};
  std::vector<std::vector<std::string>> v2 = {{"No", "Program", "Anggaran", "Realisasi"},
                                              {"1", "Program Baru", "50.000", "50.000"},
                                              {"2", "Program A", "100.000", "90.000"},
                                              {"3", "Program B", "200.000", "150.000"},
                                              {"", "Jumlah", "360.000", "290.000"}};
  auto total_finding = [](const audit::AuditReport& r) -> const Finding* {
    for (const Finding& f : r.findings)
      if (f.rule == "sum.total" && Lead(f).text.find("0.000") != std::string::npos && Lead(f).col == 2) return &f;
    return nullptr;
  };
  audit::AuditReport first = testing::AuditDocument(testing::OneTable(v1, 1, "Tabel 2.3 Anggaran"));
  v2[4][2] = "410.000";  // still wrong, by another amount
  Document moved = testing::OneTable(v2, 1, "Tabel 2.3 Anggaran");
  moved.pages.push_back({2, 595, 842, 0, true, true});
  moved.tables[0].id = "T7";
  moved.tables[0].pages = {2};
  for (auto& row : moved.tables[0].rows)
    for (Cell& c : row) c.page = 2;
  audit::AuditReport second = testing::AuditDocument(moved);
  const Finding *a = total_finding(first), *b = total_finding(second);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Lead(*b).page, 2);
  EXPECT_EQ(a->id, b->id) << a->key << " / " << b->key;
  EXPECT_EQ(a->key, "sum.total | anggaran | jumlah | anggaran");
  // Renumbered: the same point.
  audit::AuditReport renumbered = testing::AuditDocument(testing::OneTable(v1, 1, "Tabel 3.1. Anggaran"));
  ASSERT_NE(total_finding(renumbered), nullptr);
  EXPECT_EQ(total_finding(renumbered)->id, a->id);

  audit::AuditReport other = testing::AuditDocument(testing::OneTable(v1, 1, "Tabel 2.4 Anggaran Perubahan"));
  ASSERT_NE(total_finding(other), nullptr);
  EXPECT_NE(total_finding(other)->id, a->id);
}

TEST(ComparisonReport, EverythingFromThePdfIsEscaped) {
  audit::AuditReport before, after;
  before.source = "<b>v1</b>.pdf";
  after.source = "v2.pdf";
  audit::Revision rev;
  Finding f;
  f.id = "F000000000001";
  f.rule = "sum.total";
  f.message = "Tabel <script>alert(1)</script> & \"x\"";
  f.evidence.push_back({});
  f.evidence.back().page = 3;
  rev.added.push_back(f);
  rev.changed.push_back({"<img src=x onerror=alert(1)>", "", "<i>baris</i>", "kolom", "<1>", "2&3", 1, 2});
  rev.changed.push_back({"", "<b>bagian</b>", "r", "k", "1", "2", 1, 2});
  reports::ComparisonView view{before, after, rev, true};
  std::string html = reports::RenderComparisonHtml(view, false);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<i>"), std::string::npos);
  EXPECT_EQ(html.find("<b>bagian"), std::string::npos);
  EXPECT_NE(html.find("tabel tanpa judul (&lt;b&gt;bagian"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), std::string::npos);
  EXPECT_NE(html.find("2&amp;3"), std::string::npos);
}

TEST(FileHash, Sha256OfTheStandardExamples) {
  EXPECT_EQ(cli::Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(cli::Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(cli::Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(cli::Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Judgements, MalformedFilesAreRefused) {
  EXPECT_FALSE(audit::ParseJudgements("not json").ok());
  EXPECT_FALSE(audit::ParseJudgements("[]").ok());
  EXPECT_FALSE(audit::ParseJudgements(R"({"keputusan": []})").ok());
  EXPECT_FALSE(audit::ParseJudgements(R"({"keputusan": {"F1": "ya"}})").ok());
  auto ok = audit::ParseJudgements(
      R"({"keputusan": {"F1": {"status": "bukan_masalah", "alasan": "a", "catatan": "c", "page": 3}}})");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().at("F1").verdict, Verdict::kNotAProblem);
  EXPECT_EQ(ok.value().at("F1").reason, "a");
  EXPECT_EQ(ok.value().at("F1").note, "c");
}

}  // namespace
}  // namespace lkj
