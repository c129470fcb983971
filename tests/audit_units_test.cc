// The audit's checks on small hand-made tables: each reports what is wrong,
// and stays silent on what only rounding separates.
#include <gtest/gtest.h>

#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

using audit::Severity;

TEST(AuditSums, TotalRowThatDoesNotAddUpIsAnErrorCitingTheTotal) {
  auto report = AuditDocument(OneTable({{"No", "Uraian", "Anggaran"},
                                        {"1", "Belanja Pegawai", "3.900.416.000"},
                                        {"2", "Belanja Barang", "2.231.968.500"},
                                        {"", "Jumlah", "6.132.384.600"}},
                                       1));
  auto hits = Citing(report, "6.132.384.600", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "sum.total");
  EXPECT_DOUBLE_EQ(*hits[0]->expected, 6132384500.0);
}

TEST(AuditSums, TotalThatAddsUpIsSilent) {
  auto report = AuditDocument(OneTable({{"No", "Uraian", "Anggaran"},
                                        {"1", "Belanja Pegawai", "3.900.416.000"},
                                        {"2", "Belanja Barang", "2.231.968.500"},
                                        {"", "Jumlah", "6.132.384.500"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
  EXPECT_GE(report.coverage.numbers_checked, 3);
}

TEST(AuditSums, ProgramMustEqualItsKegiatan) {
  auto report = AuditDocument(OneTable({{"No.", "Program", "Kegiatan", "Anggaran", "Realisasi", "%"},
                                        {"I", "Program Pendaftaran Penduduk", "", "241.974.350", "224.540.906", "92,80%"},
                                        {"1", "", "Kegiatan: Pelayanan A", "206.630.850", "189.208.256", "91,57%"},
                                        {"2", "", "Kegiatan: Pelayanan B", "35.343.500", "35.332.650", "99,97%"},
                                        {"II", "Program Pencatatan Sipil", "", "78.375.000", "62.287.200", "79,47%"},
                                        {"3", "", "Kegiatan: Pelayanan C", "67.638.000", "51.556.200", "76,22%"},
                                        {"4", "", "Kegiatan: Pelayanan D", "10.737.000", "10.831.000", "100,88%"}},
                                       1));
  auto hits = Citing(report, "62.287.200", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "sum.hierarchy");
  EXPECT_DOUBLE_EQ(*hits[0]->expected, 62387200.0);
  EXPECT_TRUE(Citing(report, "224.540.906", Severity::kError, true).empty());
}

// A table in thousands rounds each amount: a total off by a rounding unit
// per row is no error, one off by more is.
TEST(AuditSums, TableInThousandsAllowsItsRounding) {
  auto ok = AuditDocument(OneTable({{"No", "Uraian", "Anggaran (dalam ribuan rupiah)"},
                                    {"1", "Belanja Pegawai", "3.900.416"},
                                    {"2", "Belanja Barang", "2.231.969"},
                                    {"", "Jumlah", "6.132.384"}},
                                   1, "Tabel 1.1 Anggaran (dalam ribuan rupiah)"));
  EXPECT_EQ(ok.Count(Severity::kError), 0) << (ok.findings.empty() ? "" : ok.findings[0].message);
  auto wrong = AuditDocument(OneTable({{"No", "Uraian", "Anggaran (dalam ribuan rupiah)"},
                                       {"1", "Belanja Pegawai", "3.900.416"},
                                       {"2", "Belanja Barang", "2.231.969"},
                                       {"", "Jumlah", "6.132.394"}},
                                      1, "Tabel 1.1 Anggaran (dalam ribuan rupiah)"));
  EXPECT_EQ(Citing(wrong, "6.132.394", Severity::kError, true).size(), 1u);
}

TEST(AuditRatios, PercentOffByMoreThanRoundingIsAnErrorAndRoundingIsNot) {
  auto report = AuditDocument(OneTable({{"No", "Uraian", "Anggaran", "Realisasi", "%"},
                                        {"1", "Penyediaan Barang Cetak", "55.000.000", "50.243.350", "100%"},
                                        {"2", "Pendaftaran Penduduk", "241.974.350", "224.540.906", "92,79%"},
                                        {"3", "Pencatatan Sipil", "78.375.000", "62.287.200", "79,5%"}},
                                       1));
  auto wrong = Citing(report, "100%", Severity::kError, true);
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0]->rule, "ratio.row");
  EXPECT_NEAR(*wrong[0]->expected, 91.35, 0.01);
  // 92,7953% truncated to 92,79 and 79,473% rounded to 79,5: both fine.
  EXPECT_TRUE(Citing(report, "92,79%", Severity::kError).empty());
  EXPECT_TRUE(Citing(report, "79,5%", Severity::kError).empty());
}

TEST(AuditLabels, TercapaiAgainstAchievementAndTrendAgainstYears) {
  auto status = AuditDocument(OneTable({{"Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)", "Notifikasi"},
                                        {"A", "Indeks kepuasan", "3,30", "3,66", "111", "Tercapai"},
                                        {"B", "Cakupan layanan", "90", "77,18", "85,76", "Tercapai"}},
                                       1));
  auto flipped = Citing(status, "Tercapai", Severity::kError, true);
  ASSERT_EQ(flipped.size(), 1u);
  EXPECT_EQ(flipped[0]->rule, "label.status");
  EXPECT_NEAR(*flipped[0]->found, 85.76, 1e-9);

  auto trend = AuditDocument(OneTable({{"No", "Indikator", "Realisasi 2024", "Realisasi 2023", "Naik/ (Turun)"},
                                       {"1", "Indeks profesionalitas", "84.85", "83.33", "Turun"},
                                       {"2", "Dokumen perencanaan", "100", "100", "Tetap"},
                                       {"3", "Pelayanan administrasi", "93.75", "100", "Turun"}},
                                      1));
  auto wrong = Citing(trend, "Turun", Severity::kError, true);
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0]->rule, "label.trend");
  EXPECT_NEAR(*wrong[0]->found, 84.85, 1e-9);
}

TEST(AuditCrossReferences, OutlierAgainstTheMajorityAcrossTables) {
  Document doc = OneTable({{"Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)"},
                           {"Meningkatnya kinerja pelayanan", "Cakupan layanan administrasi kependudukan", "90", "77,18", "85,76"}},
                          1, "Tabel 3.1 Ringkasan");
  for (int k = 0; k < 3; ++k) {
    Document other = OneTable({{"Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)"},
                               {"Meningkatnya kinerja pelayanan", "Cakupan layanan administrasi kependudukan", "90",
                                k == 2 ? "71,18" : "77,18", "85,76"}},
                              1, "Tabel 3." + std::to_string(k + 2) + " Lain");
    Table t = other.tables[0];
    t.id = "T" + std::to_string(k + 2);
    t.pages = {k + 2};
    for (auto& row : t.rows)
      for (Cell& c : row) c.page = k + 2;
    doc.tables.push_back(t);
    doc.pages.push_back({k + 2, 595, 842, 0, true, true});
  }
  auto report = AuditDocument(doc);
  auto hits = Citing(report, "71,18", Severity::kError, true);
  ASSERT_GE(hits.size(), 1u);
  bool xref = false;
  for (const auto* f : hits) xref = xref || f->rule == "xref.value";
  EXPECT_TRUE(xref);
  EXPECT_TRUE(Citing(report, "77,18", Severity::kError, true).empty()) << "the majority is not blamed";
}

TEST(AuditNarrative, ClaimWhosePercentDoesNotFollowIsAnError) {
  Document doc = OneTable({{"No", "Uraian"}, {"1", "x"}}, 1);
  doc.blocks.push_back({1, {50, 400, 500, 440}, BlockKind::kParagraph,
                        "Capaian ini didukung dengan dana sebesar Rp 13.356.250,- atau 95,40% dari anggaran sebesar "
                        "Rp 14.000.000,- serta SDM sebanyak 28 orang atau 84,33% dari rencana sebanyak 30 orang.",
                        false});
  auto report = AuditDocument(doc);
  auto hits = Citing(report, "84,33", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "narrative.ratio");
  EXPECT_NEAR(*hits[0]->expected, 93.333, 0.01);
  EXPECT_TRUE(Citing(report, "95,40", Severity::kError, true).empty());
  EXPECT_EQ(report.coverage.narrative_claims, 2);
}

// Claim forms of the uraian beyond "X atau Y% dari anggaran Z": an allocation
// and its realisation, target against realisasi, a percent against a target.
TEST(AuditNarrative, AllocationTargetAndComparisonClaimsAreRecomputed) {
  Document doc = OneTable({{"No", "Uraian"}, {"1", "x"}}, 1);
  doc.blocks.push_back({1, {50, 400, 500, 440}, BlockKind::kParagraph,
                        "Kegiatan ini dengan alokasi anggaran sebesar Rp. 1.250.000.000,- realisasi anggaran sebesar "
                        "Rp. 1.235.580.918,- (99,17 %). Indikator pola pangan dengan target sebesar 78 point realisasi "
                        "capaian sebesar 81 point atau 103,88 %. Anggota parlemen perempuan sebanyak 22% dibanding "
                        "target 26% tercapai 94.62%.",
                        false});
  auto report = AuditDocument(doc);
  for (const char* wrong : {"99,17", "103,88", "94.62"}) {
    auto hits = Citing(report, wrong, Severity::kError, true);
    ASSERT_EQ(hits.size(), 1u) << wrong;
    EXPECT_EQ(hits[0]->rule, "narrative.ratio");
  }
}

TEST(AuditNarrative, LowerIsBetterAchievementAndRightClaimsAreSilent) {
  Document doc = OneTable({{"No", "Uraian"}, {"1", "x"}}, 1);
  // 98,85 = 1.235.580.918 / 1.250.000.000; 110 = (2 x 20 - 18) / 20 for a
  // prevalence that should fall; 103,85 = 81 / 78.
  doc.blocks.push_back({1, {50, 400, 500, 440}, BlockKind::kParagraph,
                        "Dengan alokasi anggaran sebesar Rp. 1.250.000.000,- realisasi anggaran sebesar Rp. "
                        "1.235.580.918,- atau 98,85%. Prevalensi stunting dengan target 20% realisasi 18% sehingga "
                        "capaian kinerjanya 110%. Dengan target sebesar 78 point realisasi sebesar 81 point atau 103,85 %.",
                        false});
  EXPECT_EQ(AuditDocument(doc).Count(Severity::kError), 0);
}

// The percent follows from another print of the budget: the sentence's base
// is the slip, and it is the figure blamed.
TEST(AuditNarrative, BaseThatDiffersFromItsOtherPrintIsBlamed) {
  Document doc = OneTable({{"No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"},
                           {"1", "Belanja Tidak Langsung", "11.038.000.000", "10.233.730.506", "92,71"}},
                          1);
  doc.blocks.push_back({1, {50, 400, 500, 440}, BlockKind::kParagraph,
                        "Capaian kinerja keuangan dari alokasi Belanja Tidak Langsung sebesar Rp. 11.206.239.995,- "
                        "terealisasi sebesar Rp. 10.233.730.506,- atau 92,71%.",
                        false});
  auto report = AuditDocument(doc);
  EXPECT_TRUE(Citing(report, "92,71%", Severity::kError, true).empty());
  auto hits = Citing(report, "Rp. 11.206.239.995", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_DOUBLE_EQ(*hits[0]->expected, 11038000000.0);
}


// More claim forms: "N <satuan> dari target M <satuan> atau P%", "pagu ...
// dengan realisasi dana sebesar ...", and "ditargetkan sebesar T dengan
// realisasi sebesar R, sehingga capaian kinerjanya C%". Figures by hand:
// 412 / 450 = 91,56; 1.284 / 1.350 = 95,11; 2.303.250.000 / 2.500.000.000 = 92,13.
TEST(AuditNarrative, FromTargetPaguAndTargetedClaimsAreRecomputed) {
  Document doc = OneTable({{"No", "Uraian"}, {"1", "x"}}, 1);
  doc.blocks.push_back({1, {50, 400, 500, 440}, BlockKind::kParagraph,
                        "Pelatihan diikuti realisasi 412 orang dari target 450 orang atau 92,56%. Kecamatan menerbitkan "
                        "1.284 dokumen dari target 1.350 dokumen atau 95,11%. Pagu belanja langsung sebesar Rp "
                        "2.500.000.000 dengan realisasi dana sebesar Rp 2.303.250.000 atau 94,13% dari pagu.",
                        false});
  auto report = AuditDocument(doc);
  for (const char* wrong : {"92,56", "94,13"}) {
    auto hits = Citing(report, wrong, Severity::kError, true);
    ASSERT_EQ(hits.size(), 1u) << wrong;
    EXPECT_EQ(hits[0]->rule, "narrative.ratio");
  }
  EXPECT_TRUE(Citing(report, "95,11", Severity::kError).empty());
}

// The sentence's percent follows from the table's realisation of the same
// indicator (66,95 / 70 = 95,64): the sentence's realisation is blamed.
TEST(AuditNarrative, RealisationThatDiffersFromItsTableIsBlamed) {
  Document doc = OneTable({{"No", "Indikator", "Target", "Realisasi", "Capaian (%)"},
                           {"1", "Persentase guru bersertifikat", "70,00", "66,95", "95,64"}},
                          1);
  doc.blocks.push_back({1, {50, 400, 500, 440}, BlockKind::kParagraph,
                        "Persentase guru bersertifikat ditargetkan sebesar 70,00% dengan realisasi sebesar 69,95%, "
                        "sehingga capaian kinerjanya 95,64%.",
                        false});
  auto report = AuditDocument(doc);
  auto hits = Citing(report, "69,95", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "narrative.ratio");
  EXPECT_NEAR(*hits[0]->expected, 66.95, 0.001);
  EXPECT_TRUE(Citing(report, "95,64", Severity::kError, true).empty());
}

}  // namespace
}  // namespace lkj::testing
