// Misreadings seen on real LKj, each as a small hand-made table: the tool
// must not take the structure for a relation it is not, and must still find
// the real inconsistency the same structure can hold.
#include <gtest/gtest.h>

#include "audit/expression.h"
#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

using audit::Severity;

TEST(AuditReadings, DatesAreNotFormulas) {
  EXPECT_FALSE(audit::EvaluateExpression("29/10/21"));
  EXPECT_FALSE(audit::EvaluateExpression("01/12/2021"));
  ASSERT_TRUE(audit::EvaluateExpression("(87,24+94,31+50) / 3"));
  ASSERT_TRUE(audit::EvaluateExpression("450 / 500"));
  // An SPK column of dates beside a realisation percentage (monthly RFK report).
  auto report = AuditDocument(OneTable({{"No", "Sub Kegiatan", "Tgl SPK", "Fisik %"},
                                        {"1", "Rehabilitasi Jalan A", "29/10/21", "100,00"},
                                        {"2", "Rehabilitasi Jalan B", "12/11/21", "100,00"},
                                        {"3", "Pemeliharaan Jembatan", "3/8/21", "98,50"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
}

// Expressions that parse but mostly do not give the figure beside them are
// not a column of formulas (e.g. stacked cells of two rows).
TEST(AuditReadings, ColumnOfExpressionsThatMostlyFailIsNotFormulas) {
  auto report = AuditDocument(OneTable({{"No", "Uraian", "Catatan", "Nilai"},
                                        {"1", "A", "78,00 / 10,00", "90,00"},
                                        {"2", "B", "65,00 / 12,00", "80,00"},
                                        {"3", "C", "40 + 12", "70,00"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
  auto real = AuditDocument(OneTable({{"No", "Indikator", "Rumus", "Capaian"},
                                      {"1", "A", "(80 + 90) / 2", "85,00"},
                                      {"2", "B", "(70 + 90) / 2", "80,00"},
                                      {"3", "C", "(60 + 90) / 2", "95,00"}},
                                     1));
  EXPECT_EQ(Citing(real, "95,00", Severity::kError, true).size(), 1u);
}

}  // namespace
}  // namespace lkj::testing
