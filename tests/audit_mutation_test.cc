// The corrected copy of the reference (every inconsistency fixed in its
// source, rendered the same way) must give no error and no warning: a false
// alarm is a defect. Each mutation of it (one figure changed in the source,
// rendered again) must give an error citing the changed figure.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

namespace fs = std::filesystem;
using audit::Severity;

const fs::path kReference = fs::path(LKJ_SOURCE_DIR) / "fixtures/reference";

TEST(AuditCorrected, NoErrorAndNoWarning) {
  fs::path pdf = kReference / "corrected/lkj-2024-disdukcapil-belitung-corrected.pdf";
  ASSERT_TRUE(fs::exists(pdf)) << pdf;
  auto report = AuditPdf(pdf.string());
  std::printf("corrected copy: %d errors, %d warnings, %d info (false alarms: %d)\n", report.Count(Severity::kError),
              report.Count(Severity::kWarning), report.Count(Severity::kInfo),
              report.Count(Severity::kError) + report.Count(Severity::kWarning));
  for (const auto& f : report.findings)
    if (f.severity != Severity::kInfo) ADD_FAILURE() << f.rule << ": " << f.message;
  EXPECT_GT(report.coverage.numbers_checked, 800);
}

TEST(AuditMutations, AnErrorCitesTheChangedFigure) {
  std::ifstream in(kReference / "mutations/manifest.json");
  ASSERT_TRUE(in) << "fixtures/reference/mutations/manifest.json";
  nlohmann::json manifest = nlohmann::json::parse(in);
  if (manifest.is_object()) manifest = manifest.at("mutations");
  int total = 0, detected = 0;
  std::string misses;
  for (const auto& m : manifest) {
    ++total;
    fs::path pdf = kReference / "mutations" / m.at("pdf").get<std::string>();
    std::string mutated = m.at("mutated").get<std::string>();
    auto report = AuditPdf(pdf.string());
    bool hit = !Citing(report, mutated, Severity::kError).empty();
    if (hit) ++detected;
    else misses += "  " + m.at("id").get<std::string>() + ": " + m.at("original").get<std::string>() + " -> " + mutated +
                   " (" + m.value("section", "") + ")\n";
  }
  ASSERT_GE(total, 30);
  double rate = 100.0 * detected / total;
  std::printf("mutations: %d/%d detected (%.1f%%)\n%s", detected, total, rate, misses.c_str());
  EXPECT_GE(rate, 90.0);
}

}  // namespace
}  // namespace lkj::testing
