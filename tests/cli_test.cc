// The lkj-audit executable as a user meets it: exit codes, one-line errors in
// Indonesian or English, outputs written whole or not at all, inputs untouched.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <chrono>
#include <iterator>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/atomic_file.h"

namespace lkj {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code = -1;
  std::string out, err;
  double seconds = 0;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lkj-cli-test-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs lkj-audit with `args` (already shell-quoted where needed); a
  // 60-second outer limit turns a hang into a failure, not a stuck suite.
  RunResult Run(const std::string& args) {
    std::string cmd = "cd '" + std::string(LKJ_SOURCE_DIR) + "' && timeout 60 '" + LKJ_BINARY + "' " + args +
                      " >'" + (dir_ / "stdout").string() + "' 2>'" + (dir_ / "stderr").string() + "'";
    auto start = std::chrono::steady_clock::now();
    int status = std::system(cmd.c_str());
    RunResult r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = Slurp(dir_ / "stdout");
    r.err = Slurp(dir_ / "stderr");
    return r;
  }
  fs::path dir_;
};

int Lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

struct BadInput {
  const char* file;
  int exit_code;
  const char* id_words;  // in the Indonesian message
  const char* en_words;  // in the English message
};

TEST_F(Cli, BadInputGetsOneLineAndItsOwnExitCode) {
  const BadInput cases[] = {
      {"fixtures/bad/does-not-exist.pdf", 3, "tidak ditemukan", "not found"},
      {"fixtures/bad", 3, "tidak dapat dibaca", "cannot be read"},
      {"fixtures/bad/empty.pdf", 4, "kosong", "empty"},
      {"fixtures/bad/not-a-pdf.pdf", 5, "bukan berkas PDF", "not a PDF"},
      {"fixtures/bad/png-named-pdf.pdf", 5, "bukan berkas PDF", "not a PDF"},
      {"fixtures/bad/truncated.pdf", 6, "terpotong", "truncated"},
      {"fixtures/bad/garbage-after-header.pdf", 6, "rusak", "damaged"},
      {"fixtures/bad/huge-pagecount.pdf", 6, "rusak", "damaged"},
      {"fixtures/bad/encrypted.pdf", 7, "terenkripsi", "encrypted"},
  };
  for (const BadInput& c : cases) {
    fs::path out = dir_ / "out.json";
    for (bool english : {false, true}) {
      RunResult r = Run(std::string("extract ") + c.file + " --json " + out.string() + (english ? " --lang en" : ""));
      EXPECT_EQ(r.exit_code, c.exit_code) << c.file;
      EXPECT_EQ(Lines(r.err), 1) << c.file << ": " << r.err;
      EXPECT_NE(r.err.find(english ? c.en_words : c.id_words), std::string::npos) << r.err;
      EXPECT_NE(r.err.find(fs::path(c.file).filename().string()), std::string::npos) << r.err;
      EXPECT_FALSE(fs::exists(out)) << "no output may pass for a result: " << c.file;
      EXPECT_TRUE(r.out.empty());
    }
  }
}

TEST_F(Cli, HostileButReadablePdfsFinishPromptlyWithoutCrashing) {
  for (const char* f : {"fixtures/bad/xref-loop.pdf", "fixtures/bad/pages-cycle.pdf",
                        "fixtures/bad/deep-nesting.pdf", "fixtures/bad/encrypted-owner-only.pdf",
                        "fixtures/bad/small-valid.pdf"}) {
    RunResult r = Run(std::string("extract ") + f + " --json " + (dir_ / "o.json").string());
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 6) << f << " exit " << r.exit_code << " " << r.err;
    EXPECT_LT(r.seconds, 30) << f;
    EXPECT_LE(Lines(r.err), 3) << f << ": poppler's own messages must not reach the user\n" << r.err;
  }
  RunResult cycle = Run("extract fixtures/bad/pages-cycle.pdf --json " + (dir_ / "c.json").string());
  EXPECT_NE(cycle.err.find("halaman 2"), std::string::npos) << "an unreadable page is named: " << cycle.err;
}

TEST_F(Cli, ExtractWritesJsonAndCsvWithoutTouchingTheInput) {
  const std::string pdf = "fixtures/real/lkip-2016-bplhd-prov-jabar.pdf";
  std::string before = Slurp(fs::path(LKJ_SOURCE_DIR) / pdf);
  auto mtime = fs::last_write_time(fs::path(LKJ_SOURCE_DIR) / pdf);
  RunResult r = Run("extract " + pdf + " --json " + (dir_ / "d.json").string() + " --csv " + (dir_ / "csv").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Slurp(fs::path(LKJ_SOURCE_DIR) / pdf), before);
  EXPECT_EQ(fs::last_write_time(fs::path(LKJ_SOURCE_DIR) / pdf), mtime);
  auto doc = nlohmann::json::parse(Slurp(dir_ / "d.json"));
  EXPECT_EQ(doc["schema_version"], "1.0");
  EXPECT_EQ(doc["pages"].size(), 52u);
  size_t csvs = std::distance(fs::directory_iterator(dir_ / "csv"), fs::directory_iterator{});
  EXPECT_EQ(csvs, doc["tables"].size());
  // Tabel 3.5 (three pages) as CSV: its first body row's figures, quoted.
  std::string csv;
  for (const auto& e : fs::directory_iterator(dir_ / "csv"))
    if (e.path().filename().string().find("tabel-3-5") != std::string::npos) csv = Slurp(e.path());
  EXPECT_NE(csv.find("272.765.000,254.179.095,\"93,19\"\r\n"), std::string::npos) << csv.substr(0, 400);
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << "temporary file left behind";
}

TEST_F(Cli, HugeInputIsRefusedByItsLimits) {
  const std::string pdf = "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf";
  RunResult pages = Run("extract " + pdf + " --max-pages 10 --json " + (dir_ / "o.json").string());
  EXPECT_EQ(pages.exit_code, 8);
  EXPECT_EQ(Lines(pages.err), 1) << pages.err;
  EXPECT_NE(pages.err.find("melebihi batas"), std::string::npos) << pages.err;
  RunResult bytes = Run("audit " + pdf + " --max-mb 0 --lang en");
  EXPECT_EQ(bytes.exit_code, 8);
  EXPECT_NE(bytes.err.find("exceeds the limits"), std::string::npos) << bytes.err;
  EXPECT_FALSE(fs::exists(dir_ / "o.json"));
}

TEST_F(Cli, UnwritableOutputFailsCleanly) {
  RunResult r = Run("extract fixtures/bad/small-valid.pdf --json " + (dir_ / "no/such/dir/o.json").string());
  EXPECT_EQ(r.exit_code, 9);
  EXPECT_EQ(Lines(r.err), 1) << r.err;
}

TEST_F(Cli, UsageErrorsAndHelp) {
  EXPECT_EQ(Run("frobnicate x.pdf").exit_code, 2);
  EXPECT_EQ(Run("extract").exit_code, 2);
  EXPECT_EQ(Run("extract a.pdf --lang xx").exit_code, 2);
  RunResult none = Run("");
  EXPECT_EQ(none.exit_code, 2);
  RunResult help = Run("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("KODE KELUAR"), std::string::npos);
  RunResult help_en = Run("--help --lang en");
  EXPECT_NE(help_en.out.find("EXIT CODES"), std::string::npos);
}

TEST_F(Cli, DebugPageShowsEveryStage) {
  RunResult r = Run("debug fixtures/real/lkip-2016-bplhd-prov-jabar.pdf --page 34 --svg " + (dir_ / "p.svg").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_GT(j["words"].size(), 100u);
  EXPECT_GT(j["rules"].size(), 10u);
  EXPECT_EQ(j["tables"].size(), 1u);
  EXPECT_NE(Slurp(dir_ / "p.svg").find("<svg"), std::string::npos);
}

void WriteText(const fs::path& p, const std::string& text) {
  std::ofstream out(p);
  out << text;
}

TEST_F(Cli, AuditExitCodeAndJsonReport) {
  const std::string pdf = "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf";
  RunResult r = Run("audit " + pdf + " --json " + (dir_ / "f.json").string());
  EXPECT_EQ(r.exit_code, 1) << "errors found: exit 1";
  auto report = nlohmann::json::parse(Slurp(dir_ / "f.json"));
  EXPECT_GT(report["summary"]["error"].get<int>(), 0);
  EXPECT_EQ(report["document"]["year"], 2024);
  // The extracted JSON is accepted as input too, with the same result.
  ASSERT_EQ(Run("extract " + pdf + " --json " + (dir_ / "d.json").string()).exit_code, 0);
  RunResult again = Run("audit " + (dir_ / "d.json").string() + " --json " + (dir_ / "g.json").string());
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(nlohmann::json::parse(Slurp(dir_ / "g.json"))["findings"].size(), report["findings"].size());
  RunResult clean = Run("audit fixtures/real/realisasi-kinerja-tw-2023-dinkes-kota-tangsel.pdf -q");
  EXPECT_EQ(clean.exit_code, 0) << clean.out;
  RunResult en = Run("audit " + pdf + " --lang en");
  EXPECT_NE(en.out.find("ERROR"), std::string::npos);
  EXPECT_NE(en.out.find("summary:"), std::string::npos);
}

TEST_F(Cli, RulesFileCanSwitchACheckOffAndBadOnesAreRefusedWithTheirProblem) {
  const std::string pdf = "fixtures/reference/lkj-2024-disdukcapil-belitung.pdf";
  WriteText(dir_ / "off.jsonc", R"({
    // a reviewer's file: no trend labels
    "rules": {"label.trend": {"enabled": false}, "structure.duplicate_row": {"severity": "info"}}
  })");
  RunResult r = Run("audit " + pdf + " --rules " + (dir_ / "off.jsonc").string() + " --json " + (dir_ / "f.json").string());
  ASSERT_EQ(r.exit_code, 1) << r.err;
  auto report = nlohmann::json::parse(Slurp(dir_ / "f.json"));
  for (const auto& f : report["findings"]) {
    EXPECT_NE(f["rule"], "label.trend");
    if (f["rule"] == "structure.duplicate_row") {
      EXPECT_EQ(f["severity"], "info");
    }
  }
  struct Bad {
    const char* text;
    const char* must_say;
  };
  const Bad bad[] = {
      {R"({"rules": {"sum.totl": {"enabled": false}}})", "rule sum.totl: no such rule"},
      {R"({"rules": {"sum.total": {"severity": "fatal"}}})", "rule sum.total: severity must be"},
      {R"({"colums": {}})", "unknown key 'colums'"},
      {R"X({"narrative_ratios": [{"id": "x", "pattern": "(?P<part>[0-9]+"}]})X", "narrative_ratios.x: invalid pattern"},
      {R"X({"narrative_ratios": [{"id": "y", "pattern": "(?P<part>a)(?P<whole>b)"}]})X", "lacks the group (?P<percent>"},
      {R"({"rules": )", "bad.jsonc"},
  };
  for (const Bad& b : bad) {
    WriteText(dir_ / "bad.jsonc", b.text);
    RunResult refused = Run("audit " + pdf + " --rules " + (dir_ / "bad.jsonc").string());
    EXPECT_EQ(refused.exit_code, 2) << b.text;
    EXPECT_EQ(Lines(refused.err), 1) << refused.err;
    EXPECT_NE(refused.err.find("bad.jsonc"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find(b.must_say), std::string::npos) << refused.err;
  }
  EXPECT_EQ(Run("audit " + pdf + " --rules " + (dir_ / "missing.jsonc").string()).exit_code, 3);
}

TEST(AtomicFile, ReplacesWholeFileAndReportsFailure) {
  fs::path p = fs::temp_directory_path() / ("lkj-atomic-" + std::to_string(::getpid()));
  ASSERT_TRUE(cli::WriteFileAtomically(p.string(), "first").ok());
  ASSERT_TRUE(cli::WriteFileAtomically(p.string(), "second").ok());
  EXPECT_EQ(Slurp(p), "second");
  fs::remove(p);
  Status st = cli::WriteFileAtomically((p / "missing-dir" / "x").string(), "x");
  EXPECT_EQ(st.code(), ErrorCode::kWriteFailed);
}

// Written piece by piece (a long document's JSON): the file holds every
// piece after Commit; dropped before Commit, the old file stays as it was and
// no temporary file is left beside it.
TEST(AtomicFile, PiecesAppearOnlyOnCommit) {
  fs::path dir = fs::temp_directory_path() / ("lkj-atomic-pieces-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path p = dir / "out.json";
  ASSERT_TRUE(cli::WriteFileAtomically(p.string(), "old").ok());
  {
    auto file = cli::AtomicFile::Create(p.string());
    ASSERT_TRUE(file.ok());
    file.value().Append("half");
    EXPECT_EQ(Slurp(p), "old");
  }
  EXPECT_EQ(Slurp(p), "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  auto file = cli::AtomicFile::Create(p.string());
  ASSERT_TRUE(file.ok());
  for (const char* piece : {"{", "\"a\": ", "1", "}"}) file.value().Append(piece);
  ASSERT_TRUE(file.value().Commit().ok());
  EXPECT_EQ(Slurp(p), "{\"a\": 1}");
  EXPECT_FALSE(file.value().Commit().ok());
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace lkj
