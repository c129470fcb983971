// Misreadings seen on real LKj, each as a small hand-made table: the tool
// must not take the structure for a relation it is not, and must still find
// the real inconsistency the same structure can hold.
#include <gtest/gtest.h>

#include "audit/expression.h"
#include "audit/table_view.h"
#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

using audit::Severity;

// A document of several hand-made tables (each as OneTable builds it).
Document Tables(const std::vector<Document>& parts) {
  Document doc = parts.front();
  for (size_t i = 1; i < parts.size(); ++i) {
    Table t = parts[i].tables.front();
    t.id = "T" + std::to_string(i + 1);
    doc.tables.push_back(t);
  }
  return doc;
}

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

TEST(AuditReadings, SisaAnggaranIsNotTheBudgetAndIsChecked) {
  auto report = AuditDocument(OneTable({{"No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran", "%"},
                                        {"1", "Perencanaan program", "900.000.000", "869.633.513", "30.366.487", "96,63"},
                                        {"2", "Pembinaan Posyantek", "959.000.000", "920.059.100", "38.940,00", "95,94"},
                                        {"3", "Pendataan profil desa", "500.000.000", "450.000.000", "50.000.000", "90,00"}},
                                       1));
  // 96,63 is realisasi over anggaran, not over the remaining budget.
  EXPECT_TRUE(Citing(report, "96,63", Severity::kError).empty());
  auto slip = Citing(report, "38.940,00", Severity::kError, true);
  ASSERT_EQ(slip.size(), 1u);
  EXPECT_EQ(slip[0]->rule, "sum.remaining");
  EXPECT_DOUBLE_EQ(*slip[0]->expected, 38940900.0);
  // Each finding says the reading it rests on.
  EXPECT_NE(slip[0]->reading_en.find("budget - spending"), std::string::npos) << slip[0]->reading_en;
  EXPECT_NE(slip[0]->reading.find("anggaran - realisasi"), std::string::npos) << slip[0]->reading;
}

TEST(AuditReadings, JumlahPercentMayBeTheRatioOfTotalsOrASumOfShares) {
  // 87,70 = 33.030 / 37.664 (the total's own ratio), not the mean of 97,05 and 78,36.
  auto ratio = AuditDocument(OneTable({{"Belanja", "Pagu", "Realisasi", "Sisa", "Persentase Anggaran"},
                                       {"Belanja Pegawai", "10.000.000", "9.705.000", "295.000", "97,05"},
                                       {"Belanja Barang", "27.664.000", "21.677.000", "5.987.000", "78,36"},
                                       {"Jumlah", "37.664.000", "31.382.000", "6.282.000", "83,32"}},
                                      1));
  EXPECT_EQ(ratio.Count(Severity::kError), 0) << (ratio.findings.empty() ? "" : ratio.findings.front().message_en);
  // Shares of a total add up to 100; a Jumlah of 100 over shares that do not is wrong.
  auto shares = AuditDocument(OneTable({{"Pendidikan", "Jumlah Pegawai", "Persentase (%)"},
                                        {"S2", "8", "7,0"},
                                        {"S1", "42", "36,8"},
                                        {"SLTA", "39", "34,2"},
                                        {"Jumlah", "89", "100"}},
                                       1));
  auto hits = Citing(shares, "100", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "sum.total");
  EXPECT_NEAR(*hits[0]->expected, 78.0, 0.01);
  auto fine = AuditDocument(OneTable({{"Kelompok Pangan", "Energi", "%"},
                                      {"Padi-padian", "1.200", "55,4"},
                                      {"Umbi-umbian", "500", "23,1"},
                                      {"Lainnya", "465", "21,5"},
                                      {"Total", "2.165", "100,0"}},
                                     1));
  EXPECT_EQ(fine.Count(Severity::kError), 0);
}

TEST(AuditReadings, AnIndicatorNamedRataRataIsNoAverageRow) {
  auto report = AuditDocument(OneTable({{"No", "Indikator", "Target", "Realisasi", "Capaian"},
                                        {"1", "Indeks Pembangunan Gender", "90", "89,11", "99,01"},
                                        {"2", "Persentase PUS peserta KB", "75", "74,69", "99,59"},
                                        {"3", "Rata-Rata Usia Kawin Pertama Wanita (UKPW)", "20", "19,60", "98,00"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
  audit::TableView v(OneTable({{"Uraian", "Nilai"}, {"Rata-rata capaian", "90"}, {"Rata-rata Lama Sekolah", "8"}}, 1)
                         .tables.front(),
                     DefaultRulesOrDie(), 2024);
  EXPECT_EQ(v.row(1).kind, audit::RowKind::kAverage);
  EXPECT_EQ(v.row(2).kind, audit::RowKind::kData);
}

TEST(AuditReadings, AValueThatCannotBeReadLeavesTheAverageUnknown) {
  auto report = AuditDocument(OneTable({{"No", "Indikator", "Target", "Capaian"},
                                        {"1", "Ketersediaan pangan", "100", "80,5"},
                                        {"2", "Stabilitas harga", "> 100", "> 125"},
                                        {"3", "Skor PPH", "85", "105,33"},
                                        {"", "Rata-rata capaian", "", "104,45"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
}

TEST(AuditReadings, RowTotalIsTheRunOfColumnsMostRowsFollow) {
  // Jumlah = Sembuh + Pengobatan lengkap; the register count on the left is the base of the rate.
  auto report = AuditDocument(OneTable({{"Kab/Kota", "Terdaftar", "Sembuh", "Lengkap", "Jumlah", "TSR"},
                                        {"Kab Bogor", "5912", "1226", "2486", "3712", "62,8"},
                                        {"Kab Bandung", "4000", "1500", "1000", "2500", "62,5"},
                                        {"Kota Depok", "1000", "400", "300", "700", "70,0"},
                                        {"Kota Bekasi", "2000", "900", "600", "1600", "80,0"}},
                                       1));
  auto hits = Citing(report, "1600", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);  // 900 + 600 = 1500: the one row that does not follow
  EXPECT_EQ(report.Count(Severity::kError), 1);
}

TEST(AuditReadings, AnUnlabelledRowEqualToTheRowAboveIsNoTotal) {
  auto report = AuditDocument(OneTable({{"No", "Program/Kegiatan", "Anggaran"},
                                        {"A", "Program Perencanaan", "712.500.000"},
                                        {"", "", "712.500.000"},
                                        {"B", "Program Kependudukan", "1.032.525.000"},
                                        {"1.", "Pengendalian Kependudukan", "1.032.525.000"},
                                        {"", "Jumlah", "1.745.025.000"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kWarning), 0);
  EXPECT_EQ(report.Count(Severity::kError), 0);
}

TEST(AuditReadings, ColumnNumbersUnderTheHeaderAreNotFigures) {
  auto report = AuditDocument(OneTable({{"No", "Uraian", "Anggaran", "Realisasi"},
                                        {"1", "2", "3", "4"},
                                        {"1", "Belanja Tidak Langsung", "4,434,406,000.00", "3,247,653,045.00"},
                                        {"2", "Belanja Langsung", "9,606,683,100.00", "6,034,912,460.00"},
                                        {"", "Jumlah", "14,041,089,100.00", "9,282,565,505.00"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
}

TEST(AuditReadings, ProgramsAndTheirUnnumberedKegiatanAreNotSummedTogether) {
  auto report = AuditDocument(OneTable({{"Kode", "Program / Kegiatan", "Anggaran", "Realisasi"},
                                        {"29", "Program Perencanaan Pembangunan", "500.000.000", "480.000.000"},
                                        {"", "Penyusunan Perencanaan", "500.000.000", "480.000.000"},
                                        {"59", "Program Peningkatan Kesejahteraan Aparatur", "300.000.000", "290.000.000"},
                                        {"", "Peningkatan Kemampuan Aparatur A", "100.000.000", "95.000.000"},
                                        {"", "Peningkatan Kemampuan Aparatur B", "200.000.000", "195.000.000"},
                                        {"", "TOTAL KEGIATAN", "800.000.000", "770.000.000"},
                                        {"", "Belanja Tidak Langsung", "1.000.000.000", "950.000.000"},
                                        {"", "Belanja Pegawai", "1.000.000.000", "950.000.000"},
                                        {"", "JUMLAH TOTAL", "1.800.000.000", "1.720.000.000"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0) << report.findings.front().message_en;
}

TEST(AuditReadings, LetteredTableNumbersAreDistinctAndCodesAreNoNumbering) {
  EXPECT_EQ(audit::CaptionLabel("Tabel 2.3a. Alokasi Anggaran"), "Tabel 2.3a");
  EXPECT_NE(audit::CaptionLabel("Tabel 2.3a. Alokasi"), audit::CaptionLabel("Tabel 2.3b. Indikator"));
  EXPECT_EQ(audit::CaptionLabel("Tabel 3.1 Capaian"), "Tabel 3.1");
  EXPECT_TRUE(audit::IsRomanNumeral("II."));
  EXPECT_FALSE(audit::IsRomanNumeral("C."));  // A., B., C., D. are letters
  auto report = AuditDocument(OneTable({{"No", "Kode", "Kegiatan", "Anggaran"},
                                        {"2", "01 01 10", "Studi pengembangan A", "100.000.000"},
                                        {"2", "01 01 11", "Studi pengembangan B", "200.000.000"},
                                        {"2", "01 01 12", "Studi pengembangan C", "300.000.000"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kWarning), 0);
}

TEST(AuditReadings, TablesOfAnotherScopeAreNotTheSameLines) {
  // The same kegiatan, APBN of the whole province (incl. Tugas Pembantuan) and of the Dinas alone.
  Document doc = Tables({OneTable({{"No", "Kegiatan", "Anggaran", "Realisasi"},
                                   {"1", "Peningkatan Produksi Pakan Ternak", "6.720.020.000", "6.247.696.287"},
                                   {"2", "Penyediaan Benih dan Bibit Ternak", "32.485.211.000", "26.451.270.414"},
                                   {"3", "Penjaminan Produk Hewan ASUH", "1.887.994.000", "1.396.318.200"}},
                                  1, "Tabel 11 APBN Provinsi"),
                         OneTable({{"No", "Kegiatan", "Anggaran", "Realisasi"},
                                   {"1", "Peningkatan Produksi Pakan Ternak", "2.999.820.000", "2.635.811.606"},
                                   {"2", "Penyediaan Benih dan Bibit Ternak", "7.159.620.000", "5.207.455.235"},
                                   {"3", "Penjaminan Produk Hewan ASUH", "1.537.994.000", "1.016.318.200"}},
                                  1, "Tabel 12 APBN pada Dinas")});
  EXPECT_EQ(AuditDocument(doc).Count(Severity::kError), 0);
  // One line that differs by a slip between two tables that otherwise agree is reported.
  Document slip = Tables({OneTable({{"No", "Kegiatan", "Anggaran", "Realisasi"},
                                    {"1", "Peningkatan Produksi Pakan Ternak", "6.720.020.000", "6.247.696.287"},
                                    {"2", "Penyediaan Benih dan Bibit Ternak", "32.485.211.000", "26.451.270.414"},
                                    {"3", "Penjaminan Produk Hewan ASUH", "1.887.994.000", "1.396.318.200"}},
                                   1, "Tabel 3.1 Anggaran"),
                          OneTable({{"No", "Kegiatan", "Pagu", "Realisasi"},
                                    {"1", "Peningkatan Produksi Pakan Ternak", "6.720.020.000", "6.247.696.287"},
                                    {"2", "Penyediaan Benih dan Bibit Ternak", "32.485.211.000", "26.415.270.414"},
                                    {"3", "Penjaminan Produk Hewan ASUH", "1.887.994.000", "1.396.318.200"}},
                                   1, "Tabel 3.2 Realisasi")});
  auto report = AuditDocument(slip);
  EXPECT_EQ(report.Count(Severity::kError), 1);
  auto hits = Citing(report, "26.415.270.414", Severity::kError);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0]->reading_en.find("the same name"), std::string::npos) << hits[0]->reading_en;
}

TEST(AuditReadings, AColumnHoldingAnotherTablesBudgetsIsOneFinding) {
  Document doc = Tables({OneTable({{"No", "Kegiatan", "Anggaran 2016 (Rp)", "Realisasi 2016 (Rp)"},
                                   {"1", "Perencanaan program BPMPD", "900.000.000", "869.633.513"},
                                   {"2", "Peningkatan kapasitas aparatur desa", "3.800.000.000", "3.125.822.300"},
                                   {"3", "Pendataan profil desa", "750.000.000", "711.240.000"},
                                   {"4", "Pembinaan lembaga adat", "250.000.000", "221.865.120"}},
                                  1, "Tabel 3.1 Realisasi 2016"),
                         OneTable({{"No", "Kegiatan", "Realisasi 2015 (Rp)", "Realisasi 2016 (Rp)"},
                                   {"1", "Perencanaan program BPMPD", "850.000.000", "900.000.000"},
                                   {"2", "Peningkatan kapasitas aparatur desa", "3.100.000.000", "3.800.000.000"},
                                   {"3", "Pendataan profil desa", "700.000.000", "750.000.000"},
                                   {"4", "Pembinaan lembaga adat", "200.000.000", "250.000.000"}},
                                  1, "Tabel 3.2 Perbandingan")});
  auto report = AuditDocument(doc);
  ASSERT_EQ(report.Count(Severity::kError), 1);
  EXPECT_NE(report.findings.front().message_en.find("holds the budget figures"), std::string::npos)
      << report.findings.front().message_en;
}

}  // namespace
}  // namespace lkj::testing

namespace lkj::testing {
namespace {

// The monthly report (Permendagri 90): each level's amount in its own column.
Document SteppedTable(const std::string& paket_b) {
  Document doc = OneTable({{"Kode", "Program/Kegiatan/Sub Kegiatan", "Anggaran", "", ""},
                           {"", "", "Per Paket", "Per Sub Kegiatan", "Per Kegiatan"},
                           {"2.01", "Penyelenggaraan Jalan", "", "", "1.300.000.000"},
                           {"2.01.01", "Pemeliharaan Rutin Jalan", "", "500.000.000", ""},
                           {"", "1 Ruas A", "200.000.000", "", ""},
                           {"", "2 Ruas B", paket_b, "", ""},
                           {"2.01.02", "Rehabilitasi Jalan", "", "800.000.000", ""},
                           {"", "1 Ruas C", "450.000.000", "", ""},
                           {"", "2 Ruas D", "350.000.000", "", ""}},
                          2);
  Table& t = doc.tables.front();
  t.rows[0][2].col_span = 3;  // "Anggaran" over the three amount columns
  t.rows[0][3].placeholder = t.rows[0][4].placeholder = true;
  return doc;
}

TEST(AuditReadings, SteppedAmountColumnsAddUpLevelByLevel) {
  EXPECT_EQ(AuditDocument(SteppedTable("300.000.000")).Count(Severity::kError), 0);
  auto report = AuditDocument(SteppedTable("330.000.000"));
  ASSERT_EQ(report.Count(Severity::kError), 1);
  const audit::Finding& f = report.findings.front();
  EXPECT_EQ(f.rule, "sum.hierarchy");
  EXPECT_DOUBLE_EQ(*f.expected, 530000000.0);
  // 500.000.000 adds up into the kegiatan above (500 + 800 = 1.300): its parts are suspect.
  EXPECT_TRUE(Citing(report, "500.000.000", Severity::kError, true).empty());
  EXPECT_EQ(Citing(report, "330.000.000", Severity::kError, true).size(), 1u);
  // An amount the text layer ran together with a label leaves its step unknown.
  EXPECT_EQ(AuditDocument(SteppedTable("2021) 330.000.")).Count(Severity::kError), 0);
}

TEST(AuditReadings, TheOfficeIsANameNotASentence) {
  Document doc = OneTable({{"No", "Uraian", "Anggaran"}, {"1", "Belanja Pegawai", "1.000.000"}}, 1);
  doc.blocks.push_back({1, {50, 60, 500, 90}, BlockKind::kParagraph,
                        "Badan Kesatuan Bangsa dan Politik Provinsi Jawa Barat merupakan salah satu perangkat daerah",
                        false});
  EXPECT_EQ(AuditDocument(doc).office, "Badan Kesatuan Bangsa dan Politik Provinsi Jawa Barat");
  doc.blocks.back().text = "DINAS KESEHATAN PROVINSI JAWA BARAT TAHUN 2016";
  EXPECT_EQ(AuditDocument(doc).office, "DINAS KESEHATAN PROVINSI JAWA BARAT");
}

// A program > kegiatan > sub kegiatan tree without codes or numbers: programs
// named "PROGRAM ...", kegiatan and sub kegiatan plain, each level repeating
// the sum of the level below. The Jumlah adds up the programs, not every row.
TEST(AuditReadings, UnnumberedProgramTreeTotalsItsPrograms) {
  auto tree = [](const std::string& total_spent) {
    return AuditDocument(OneTable({{"Program/Kegiatan/Sub Kegiatan", "Pagu Anggaran", "Realisasi", "%", "Sisa Anggaran"},
                                   {"PROGRAM PENUNJANG URUSAN", "Rp500.000.000", "Rp450.000.000", "90,00", "Rp50.000.000"},
                                   {"Administrasi Umum", "Rp500.000.000", "Rp450.000.000", "90,00", "Rp50.000.000"},
                                   {"Penyediaan Bahan Logistik", "Rp300.000.000", "Rp290.000.000", "96,67", "Rp10.000.000"},
                                   {"Penyediaan Barang Cetakan", "Rp200.000.000", "Rp160.000.000", "80,00", "Rp40.000.000"},
                                   {"PROGRAM PELAYANAN PUBLIK", "Rp100.000.000", "Rp80.000.000", "80,00", "Rp20.000.000"},
                                   {"Pelayanan Administrasi Terpadu", "Rp100.000.000", "Rp80.000.000", "80,00", "Rp20.000.000"},
                                   {"JUMLAH", "Rp600.000.000", total_spent, "88,33", "Rp70.000.000"}},
                                  1));
  };
  EXPECT_EQ(tree("Rp530.000.000").Count(Severity::kError), 0);
  // A typing slip in the total: the total is blamed, once; the percent and
  // the remaining budget of its row follow the right figure and stay silent.
  auto slip = tree("Rp531.000.000");
  auto blamed = Citing(slip, "Rp531.000.000", Severity::kError, true);
  ASSERT_EQ(blamed.size(), 1u);
  EXPECT_EQ(blamed[0]->rule, "sum.total");
  EXPECT_DOUBLE_EQ(*blamed[0]->expected, 530000000.0);
  EXPECT_EQ(slip.Count(Severity::kError), 1);
}

// A percent column of realisasi / anggaran: its Jumlah is the ratio of the
// totals. When the printed totals do not give it, that is a ratio finding,
// never "not the mean of the rows".
TEST(AuditReadings, RatioColumnTotalIsNeverReadAsAMean) {
  auto report = AuditDocument(OneTable({{"No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"},
                                        {"1", "Rehabilitasi Ruang Kelas", "800.000.000", "760.000.000", "95,00"},
                                        {"2", "Pengadaan Mebel", "200.000.000", "150.000.000", "75,00"},
                                        {"", "Jumlah", "1.000.000.000", "910.000.000", "92,00"}},
                                       1));
  for (const audit::Finding* f : Citing(report, "92,00", Severity::kError)) EXPECT_NE(f->rule, "average.row");
  EXPECT_EQ(Citing(report, "92,00", Severity::kError, true).size(), 1u);
}

// An English appendix names the same roles: Budget, Realization, Achievement.
TEST(AuditReadings, EnglishHeadersNameTheSameRoles) {
  auto report = AuditDocument(OneTable({{"No", "Indicator", "Target", "Realization", "Achievement (%)"},
                                        {"1", "Planning documents on time", "3.42", "3.45", "101.59"},
                                        {"2", "Public satisfaction index", "80.00", "82.40", "103.00"}},
                                       1));
  auto hits = Citing(report, "101.59", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "ratio.row");
  EXPECT_TRUE(Citing(report, "103.00", Severity::kError).empty());
}

// A percent named "Capaian (%)" or "Persen (%)" beside Anggaran and Realisasi:
// when most rows print realisasi / anggaran there, it is the budget absorption,
// and the row that does not follow is a slip. When most rows do not (a
// performance achievement beside the money), it is not checked as one.
TEST(AuditReadings, PercentThatMostRowsPrintAsAbsorptionIsChecked) {
  auto absorption = AuditDocument(OneTable({{"No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Capaian (%)"},
                                            {"1", "Program A", "1.000.000.000", "950.000.000", "95,00"},
                                            {"2", "Program B", "500.000.000", "400.000.000", "80,00"},
                                            {"3", "Program C", "200.000.000", "184.260.000", "82,13"},
                                            {"4", "Program D", "300.000.000", "270.000.000", "90,00"}},
                                           1));
  auto hits = Citing(absorption, "82,13", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "ratio.row");
  auto performance = AuditDocument(OneTable({{"No", "Sasaran", "Capaian Kinerja (%)", "Anggaran (Rp)", "Realisasi (Rp)"},
                                             {"1", "Sasaran A", "104,00", "1.000.000.000", "950.000.000"},
                                             {"2", "Sasaran B", "98,50", "500.000.000", "400.000.000"},
                                             {"3", "Sasaran C", "110,20", "200.000.000", "184.260.000"},
                                             {"4", "Sasaran D", "90,00", "300.000.000", "270.000.000"}},
                                            1));
  EXPECT_EQ(performance.Count(Severity::kError), 0);
}

// A "Keterangan" column that holds only Tercapai / Belum Tercapai is a
// status column and is checked; one with free text stays a note.
TEST(AuditReadings, KeteranganOfStatusWordsIsChecked) {
  auto status = AuditDocument(OneTable({{"No", "Indikator", "Target", "Realisasi", "Capaian (%)", "Keterangan"},
                                        {"1", "Indikator A", "90", "95", "105,56", "Tercapai"},
                                        {"2", "Indikator B", "80", "76", "95,00", "Tercapai"},
                                        {"3", "Indikator C", "70", "63", "90,00", "Belum Tercapai"}},
                                       1));
  auto hits = Citing(status, "Tercapai", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "label.status");
  auto note = AuditDocument(OneTable({{"No", "Indikator", "Target", "Realisasi", "Capaian (%)", "Keterangan"},
                                      {"1", "Indikator A", "90", "95", "105,56", "Tercapai"},
                                      {"2", "Indikator B", "80", "76", "95,00", "Tercapai dengan kendala anggaran"},
                                      {"3", "Indikator C", "70", "63", "90,00", "Belum Tercapai"}},
                                     1));
  EXPECT_EQ(note.Count(Severity::kError), 0);
}

// Targets and results printed with their unit ("73 poin", "5,8/1000 KH") are
// figures: the capaian beside them is checked, lower-is-better formulas
// included; figures in two different units are never divided.
TEST(AuditReadings, FiguresWithTheirUnitAreRatioInputs) {
  auto units = AuditDocument(OneTable({{"No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian"},
                                       {"1", "Indeks Pemberdayaan Gender", "73 poin", "69.02poin", "99.36"},
                                       {"2", "Indeks Pembangunan Gender", "89.68 poin", "89.11 poin", "99.36"},
                                       {"3", "Jumlah kelompok", "38 kelompok", "35 kelompok", "92.11"}},
                                      1));
  auto hits = Citing(units, "99.36", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "ratio.row");
  EXPECT_NEAR(*hits[0]->expected, 94.55, 0.01);
  EXPECT_EQ(units.Count(Severity::kError), 1);
  // A rate per thousand, lower is better: T / R (144,64) fits, 141,46 does not.
  auto rates = AuditDocument(OneTable({{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
                                       {"1", "Ratio Kematian Ibu", "89/100.000 KH", "86,97/ 100.000 KH", "102,33"},
                                       {"2", "Ratio Kematian Bayi", "5,8/1000 KH", "4,01/ 1000 KH", "141,46"},
                                       {"3", "Ratio Kematian Balita", "10/1000 KH", "9,5/1000 KH", "105,26"}},
                                      1));
  ASSERT_EQ(Citing(rates, "141,46", Severity::kError, true).size(), 1u);
  EXPECT_EQ(rates.Count(Severity::kError), 1);
  // Another unit in each column: no ratio, whatever the percent.
  auto other = AuditDocument(OneTable({{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
                                       {"1", "Dokumen perencanaan", "12 dokumen", "10 laporan", "100"},
                                       {"2", "Mitra kerja sama", "3 (Tiga) mitra", "3 mitra", "90"}},
                                      1));
  EXPECT_EQ(other.Count(Severity::kError), 0);
}

// A header word broken over two lines ("Reali-sasi") names its role.
TEST(AuditReadings, HyphenBrokenHeaderWordNamesItsRole) {
  auto report = AuditDocument(OneTable({{"No", "Indikator Kinerja", "Target", "Reali-sasi", "% Pencapaian"},
                                        {"1", "Persentase rumah tangga ber-PHBS", "55%", "56,03%", "101,87%"},
                                        {"2", "Cakupan persalinan nakes", "86%", "92,46%", "102,7%"},
                                        {"3", "Prevalensi gizi buruk", "0,58", "0,6", "96,67%"}},
                                       1));
  auto hits = Citing(report, "102,7%", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "ratio.row");
  EXPECT_EQ(report.Count(Severity::kError), 1);
}

// A capaian beside two years' realisations and no target compares the years
// when most rows print later / earlier x 100: the row that fits no form of it
// is an error. A growth column ((later - earlier) / earlier) is not that
// formula, and a lower-is-better row may divide the other way.
TEST(AuditReadings, YearOnYearCapaianFollowsTheFormulaOfItsRows) {
  auto report = AuditDocument(OneTable({{"No", "Indikator Kinerja", "Tahun 2015 Realisasi", "Tahun 2016 Realisasi", "Capaian Kinerja (%)"},
                                        {"1", "Jumlah pasar", "20", "24", "120"},
                                        {"2", "Jumlah eksportir", "203", "208", "102.46"},
                                        {"3", "Inflasi", "0.79", "2.75", "248.1"},
                                        {"4", "Pelatihan teknis", "45", "42", "93.33"},
                                        {"5", "Sarana kerja", "70", "75", "107.14"},
                                        {"6", "Pengawasan barang", "27.87", "10.90", "39.11"},
                                        {"7", "Unit usaha IKM", "202,940", "203,440", "100.24"},
                                        {"8", "Tingkat pengangguran", "8.00", "7.50", "106.67"}},
                                       1));
  auto hits = Citing(report, "248.1", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "ratio.row");
  EXPECT_EQ(report.Count(Severity::kError), 1);
  auto growth = AuditDocument(OneTable({{"No", "Indikator Kinerja", "Tahun 2015 Realisasi", "Tahun 2016 Realisasi", "Capaian Kinerja (%)"},
                                        {"1", "Jumlah pasar", "20", "24", "20"},
                                        {"2", "Jumlah eksportir", "200", "210", "5"},
                                        {"3", "Inflasi", "0.79", "2.75", "248.1"},
                                        {"4", "Pelatihan teknis", "40", "42", "5"}},
                                       1));
  EXPECT_EQ(growth.Count(Severity::kError), 0);
}

// A capaian whose header names the target it divides by ("terhadap Target
// Akhir Renstra") is that year's realisation over it, when most rows print so.
TEST(AuditReadings, CapaianAgainstTheTargetItsHeaderNames) {
  const std::vector<std::string> header = {"No", "Indikator", "Tahun 2016 / Target", "Tahun 2016 / Realisasi",
                                           "Tahun 2016 / % Realisasi", "Target Akhir Renstra",
                                           "Capaian Tahun 2016 terhadap Target Akhir Renstra (%)"};
  auto report = AuditDocument(OneTable({header,
                                        {"1", "Desa siaga aktif", "66,7", "94,9", "142,28", "81,00", "117,16"},
                                        {"2", "Akses air minum", "59,0", "64,42", "109,19", "60,00", "107,36"},
                                        {"3", "Jamban sehat", "53,5", "66,89", "125,03", "55,00", "121,61"},
                                        {"4", "Obat esensial", "75,0", "78,04", "104,05", "70,00", "111,43"},
                                        {"5", "Puskesmas terakreditasi", "90,0", "76,0", "84,44", "98,00", "77,55"},
                                        {"6", "Jaminan kesehatan", "80,0", "65,56", "81,95", "95,00", "69,01"},
                                        {"7", "Dokumen regulasi", "4,0", "4,0", "100,00", "5,00", "80,00"},
                                        {"8", "Ratio kematian bayi", "5,8", "4,01", "144,64", "5,50", "137,16"}},
                                       1));
  auto hits = Citing(report, "111,43", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "ratio.row");
  EXPECT_EQ(report.Count(Severity::kError), 1);
}

// A three-level tree without numbers, codes or the word "Program" (programs
// in capitals, kegiatan and sub kegiatan plain), each level repeating the sum
// of the level below. Figures by hand: 300 = 300; 120 + 80 = 200;
// 300 + 200 = 500; 90 + 60 = 150 = 150; 500 + 150 = 650 (anggaran, millions),
// realisasi 280 = 280, 110 + 60 = 170, 450, 85 + 50 = 135, 585; sisa likewise.
Document UnnumberedTree(const std::string& p1_spent, const std::string& sub_spent, const std::string& total_spent,
                        const std::string& total_percent = "90,00") {
  return OneTable({{"Program/Kegiatan/Sub Kegiatan", "Pagu Anggaran", "Realisasi", "%", "Sisa Anggaran"},
                   {"PENUNJANG URUSAN PEMERINTAHAN DAERAH", "500.000.000", p1_spent, "90,00", "50.000.000"},
                   {"Administrasi Keuangan Perangkat Daerah", "300.000.000", "280.000.000", "93,33", "20.000.000"},
                   {"Penyediaan Gaji dan Tunjangan ASN", "300.000.000", "280.000.000", "93,33", "20.000.000"},
                   {"Administrasi Umum Perangkat Daerah", "200.000.000", "170.000.000", "85,00", "30.000.000"},
                   {"Penyediaan Bahan Logistik Kantor", "120.000.000", sub_spent, "91,67", "10.000.000"},
                   {"Penyediaan Barang Cetakan", "80.000.000", "60.000.000", "75,00", "20.000.000"},
                   {"PEMBERDAYAAN MASYARAKAT DESA", "150.000.000", "135.000.000", "90,00", "15.000.000"},
                   {"Pemberdayaan Lembaga Kemasyarakatan", "150.000.000", "135.000.000", "90,00", "15.000.000"},
                   {"Pembinaan Lembaga Kemasyarakatan Desa", "90.000.000", "85.000.000", "94,44", "5.000.000"},
                   {"Fasilitasi Musyawarah Perencanaan Desa", "60.000.000", "50.000.000", "83,33", "10.000.000"},
                   {"JUMLAH", "650.000.000", total_spent, total_percent, "65.000.000"}},
                  1);
}

TEST(AuditReadings, TreeWithoutNumbersIsReadFromItsAmounts) {
  auto clean = AuditDocument(UnnumberedTree("450.000.000", "110.000.000", "585.000.000"));
  EXPECT_EQ(clean.Count(Severity::kError), 0);
  EXPECT_EQ(clean.Count(Severity::kWarning), 0);
  // The Jumlah realisasi mistyped: the programs (its reading in the other
  // columns) add up to 585.000.000.
  auto total = AuditDocument(UnnumberedTree("450.000.000", "110.000.000", "558.000.000"));
  auto blamed = Citing(total, "558.000.000", Severity::kError, true);
  ASSERT_EQ(blamed.size(), 1u);
  EXPECT_EQ(blamed[0]->rule, "sum.total");
  EXPECT_DOUBLE_EQ(*blamed[0]->expected, 585000000.0);
  EXPECT_NE(blamed[0]->reading_en.find("the 2 top rows of the tree the amounts imply"), std::string::npos);
  EXPECT_EQ(total.Count(Severity::kError), 1);
  // A sub kegiatan's realisasi mistyped (101 for 110): its kegiatan no longer
  // adds up; the kegiatan adds up into its program, so a part is wrong.
  auto part = AuditDocument(UnnumberedTree("450.000.000", "101.000.000", "585.000.000"));
  auto parts = Citing(part, "170.000.000", Severity::kError);
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0]->rule, "sum.hierarchy");
  EXPECT_DOUBLE_EQ(*parts[0]->expected, 161000000.0);
  EXPECT_TRUE(Citing(part, "170.000.000", Severity::kError, true).empty());
  // A program's realisasi mistyped: the program is blamed, not the Jumlah.
  auto program = AuditDocument(UnnumberedTree("405.000.000", "110.000.000", "585.000.000"));
  auto programs = Citing(program, "405.000.000", Severity::kError, true);
  ASSERT_FALSE(programs.empty());
  EXPECT_EQ(programs[0]->rule, "sum.hierarchy");
  EXPECT_TRUE(Citing(program, "585.000.000", Severity::kError, true).empty());
}

// A flat list whose two first amounts happen to be equal is no tree: its
// wrong Jumlah stays an error.
TEST(AuditReadings, EqualNeighboursInAFlatListAreNoTree) {
  auto list = [](const std::string& total) {
    return AuditDocument(OneTable({{"Uraian", "Anggaran (Rp)", "Realisasi (Rp)"},
                                   {"Belanja Pegawai", "100.000.000", "95.000.000"},
                                   {"Belanja Barang dan Jasa", "100.000.000", "90.000.000"},
                                   {"Belanja Modal", "50.000.000", "45.000.000"},
                                   {"Jumlah", total, "230.000.000"}},
                                  1));
  };
  EXPECT_EQ(list("250.000.000").Count(Severity::kError), 0);
  auto wrong = list("260.000.000");
  auto blamed = Citing(wrong, "260.000.000", Severity::kError, true);
  ASSERT_EQ(blamed.size(), 1u);
  EXPECT_EQ(blamed[0]->rule, "sum.total");
}

// An unnumbered tree whose Jumlah prints one amount only, and that amount
// fits no reading: which rows it adds is not certain, so a warning says so.
TEST(AuditReadings, TotalOfAnUnclearTreeIsAWarning) {
  auto report = AuditDocument(OneTable({{"Program/Kegiatan", "Anggaran (Rp)"},
                                        {"PENUNJANG URUSAN PEMERINTAHAN DAERAH", "500.000.000"},
                                        {"Administrasi Keuangan Perangkat Daerah", "300.000.000"},
                                        {"Administrasi Umum Perangkat Daerah", "200.000.000"},
                                        {"PEMBERDAYAAN MASYARAKAT DESA", "150.000.000"},
                                        {"Pemberdayaan Lembaga Kemasyarakatan", "150.000.000"},
                                        {"JUMLAH", "640.000.000"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
  auto warned = Citing(report, "640.000.000", Severity::kWarning, true);
  ASSERT_EQ(warned.size(), 1u);
  EXPECT_EQ(warned[0]->rule, "sum.tree_unclear");
}

// The Jumlah realisasi is wrong (935 for 760 + 150 = 910, not a typing slip)
// while its percent was computed from the right amount (910 / 1.000 = 91,00):
// one finding, on the amount.
TEST(AuditReadings, PercentFromTheRightTotalIsNoSecondError) {
  auto report = AuditDocument(OneTable({{"No", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"},
                                        {"1", "Rehabilitasi Ruang Kelas", "800.000.000", "760.000.000", "95,00"},
                                        {"2", "Pengadaan Mebel", "200.000.000", "150.000.000", "75,00"},
                                        {"", "Jumlah", "1.000.000.000", "935.000.000", "91,00"}},
                                       1));
  auto blamed = Citing(report, "935.000.000", Severity::kError, true);
  ASSERT_EQ(blamed.size(), 1u);
  EXPECT_EQ(blamed[0]->rule, "sum.total");
  EXPECT_EQ(report.Count(Severity::kError), 1);
}

// A header of two rows whose first row spans groups: `spans` gives, for each
// column that starts a group, how many columns it covers.
Document GroupedTable(const std::vector<std::vector<std::string>>& rows, const std::vector<std::pair<int, int>>& spans) {
  Document doc = OneTable(rows, 2);
  Table& t = doc.tables.front();
  for (auto [c, n] : spans) {
    t.rows[0][c].col_span = n;
    for (int k = c + 1; k < c + n; ++k) t.rows[0][k].placeholder = true;
  }
  return doc;
}

// Naik / Turun / Tetap under a "Keterangan" that names the years it compares:
// the realisasi of those years, not the Renstra target beside them.
// By hand: 75,05 > 72,40 (Naik); 6 = 6 (Tetap); 63,95 < 64,80 (Turun).
Document TrendTable(const std::string& third) {
  return GroupedTable({{"No", "Indikator Kinerja", "Realisasi", "", "", "Target Akhir Renstra 2026", "Keterangan 2023 thd 2022"},
                       {"", "", "2021", "2022", "2023", "", ""},
                       {"1", "Persentase angkutan umum laik jalan", "70,12", "72,40", "75,05", "80,00", "Naik"},
                       {"2", "Jumlah halte yang dibangun", "4", "6", "6", "10", "Tetap"},
                       {"3", "Persentase ruas jalan berambu", "61,20", "64,80", "63,95", "75,00", third}},
                      {{2, 3}});
}

TEST(AuditReadings, TrendInAKeteranganColumnIsChecked) {
  EXPECT_EQ(AuditDocument(TrendTable("Turun")).Count(Severity::kError), 0);
  auto wrong = AuditDocument(TrendTable("Naik"));
  auto hits = Citing(wrong, "Naik", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "label.trend");
  EXPECT_DOUBLE_EQ(*hits[0]->found, 63.95);
  EXPECT_DOUBLE_EQ(*hits[0]->expected, 64.80);
  // A Keterangan without years, after a target: the two latest realisasi.
  auto plain = [](const std::string& label) {
    return AuditDocument(OneTable({{"No", "Indikator", "Realisasi 2022", "Realisasi 2023", "Target 2023", "Keterangan"},
                                   {"1", "Persentase angkutan umum laik jalan", "72,40", "75,05", "74,00", "Naik"},
                                   {"2", "Persentase ruas jalan berambu", "64,80", "63,95", "66,00", label}},
                                  1));
  };
  EXPECT_EQ(plain("Turun").Count(Severity::kError), 0);
  EXPECT_EQ(Citing(plain("Naik"), "Naik", Severity::kError, true).size(), 1u);
  // Free notes that happen to start with a trend word stay notes.
  auto notes = AuditDocument(OneTable({{"No", "Indikator", "Realisasi 2022", "Realisasi 2023", "Keterangan"},
                                       {"1", "Persentase angkutan umum laik jalan", "72,40", "75,05", "Naik karena armada baru"},
                                       {"2", "Persentase ruas jalan berambu", "64,80", "63,95", "Naik"}},
                                      1));
  EXPECT_EQ(notes.Count(Severity::kError), 0);
}

// Tercapai / Belum Tercapai in a column after two year groups speaks of the
// latest year's capaian. By hand: 92,70 / 90 = 103,00; 93,84 / 92 = 102,00;
// 61,20 / 60 = 102,00; 63,70 / 65 = 98,00; 76 / 80 = 95,00; 83,64 / 82 = 102,00.
Document StatusAfterYearGroups(const std::string& second) {
  return GroupedTable({{"No", "Indikator Kinerja", "Tahun 2022", "", "", "Tahun 2023", "", "", "Keterangan"},
                       {"", "", "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)", ""},
                       {"1", "Angka kelulusan", "90,00", "92,70", "103,00", "92,00", "93,84", "102,00", "Tercapai"},
                       {"2", "Persentase sekolah terakreditasi A", "60,00", "61,20", "102,00", "65,00", "63,70", "98,00", second},
                       {"3", "Rasio guru terhadap murid", "80,00", "76,00", "95,00", "82,00", "83,64", "102,00", "Tercapai"}},
                      {{2, 3}, {5, 3}});
}

TEST(AuditReadings, StatusAfterYearGroupsFollowsTheLatestYear) {
  EXPECT_EQ(AuditDocument(StatusAfterYearGroups("Belum Tercapai")).Count(Severity::kError), 0);
  auto wrong = AuditDocument(StatusAfterYearGroups("Tercapai"));
  ASSERT_EQ(wrong.Count(Severity::kError), 1);
  EXPECT_EQ(wrong.findings.front().rule, "label.status");
  EXPECT_DOUBLE_EQ(*wrong.findings.front().found, 98.0);
}

// A satisfaction survey (PermenPANRB 14/2017): NRR per unsur on the 1-4 scale,
// its conversion x 25, the IKM and its grade. By hand: 3,12 x 25 = 78,00;
// 3,05 x 25 = 76,25; 2,96 x 25 = 74,00; 3,60 x 25 = 90,00; 3,18 x 25 = 79,50;
// IKM (3,12 + 3,05 + 2,96 + 3,60 + 3,18) / 5 = 3,182, x 25 = 79,55: grade B
// (76,61-88,30).
Document IkmTable(const std::string& second, const std::string& grade) {
  return OneTable({{"No", "Unsur Pelayanan", "Nilai Rata-rata (NRR)", "Nilai Konversi"},
                   {"1", "Persyaratan", "3,12", "78,00"},
                   {"2", "Prosedur", "3,05", second},
                   {"3", "Waktu pelayanan", "2,96", "74,00"},
                   {"4", "Biaya/tarif", "3,60", "90,00"},
                   {"5", "Produk layanan", "3,18", "79,50"},
                   {"", "Nilai IKM", "3,18", "79,55"},
                   {"", "Mutu Pelayanan", "", grade}},
                  1, "Tabel 3.7 Hasil Survei Kepuasan Masyarakat Tahun 2023");
}

TEST(AuditReadings, IkmConversionAndGradeAreChecked) {
  auto clean = AuditDocument(IkmTable("76,25", "B (Baik)"));
  EXPECT_EQ(clean.Count(Severity::kError), 0);
  auto slip = AuditDocument(IkmTable("76,52", "B (Baik)"));
  auto converted = Citing(slip, "76,52", Severity::kError, true);
  ASSERT_EQ(converted.size(), 1u);
  EXPECT_EQ(converted[0]->rule, "label.ikm");
  EXPECT_NEAR(*converted[0]->expected, 76.25, 1e-9);
  EXPECT_EQ(slip.Count(Severity::kError), 1);
  auto graded = AuditDocument(IkmTable("76,25", "A (Sangat Baik)"));
  auto grades = Citing(graded, "A (Sangat Baik)", Severity::kError, true);
  ASSERT_EQ(grades.size(), 1u);
  EXPECT_EQ(grades[0]->rule, "label.ikm");
  EXPECT_EQ(graded.Count(Severity::kError), 1);
  // A lone letter under a header that says it is the grade, per unsur.
  auto per_unsur = [](const std::string& third) {
    return AuditDocument(OneTable({{"No", "Unsur", "NRR", "Mutu Unsur"},
                                   {"1", "Persyaratan", "3,12", "B"},
                                   {"2", "Prosedur", "3,60", "A"},
                                   {"3", "Waktu pelayanan", "2,96", third}},
                                  1));
  };
  EXPECT_EQ(per_unsur("C").Count(Severity::kError), 0);  // 2,96 x 25 = 74,00: C (65,00-76,60)
  EXPECT_EQ(Citing(per_unsur("B"), "B", Severity::kError, true).size(), 1u);
}

// A "Nilai Rata-rata" that is not on the 1-4 scale (exam scores) is no
// survey: its grades are the school's own and are not checked.
TEST(AuditReadings, AverageScoresOffTheSurveyScaleAreNoIkm) {
  auto report = AuditDocument(OneTable({{"No", "Mata Pelajaran", "Nilai Rata-rata", "Nilai Konversi", "Kategori"},
                                        {"1", "Matematika", "72,40", "72,40", "Baik"},
                                        {"2", "Bahasa Indonesia", "81,15", "81,15", "Sangat Baik"},
                                        {"3", "IPA", "68,90", "68,90", "Baik"}},
                                       1));
  EXPECT_EQ(report.Count(Severity::kError), 0);
}

}  // namespace
}  // namespace lkj::testing
