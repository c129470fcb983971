// A table caption left a year behind (copied from last year's LKj): the
// caption names the previous year while the table's own header, or the same
// figures printed elsewhere, belong to the reporting year. Tables and figures
// made by hand; the reporting year comes from the headings, as in a real LKj.
#include <gtest/gtest.h>

#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

using audit::Severity;

// Headings that make 2022 the reporting year.
void AddHeadings(Document* doc, int year) {
  for (const char* h : {"LAPORAN KINERJA TAHUN ", "BAB III AKUNTABILITAS KINERJA TAHUN ", "CAPAIAN KINERJA TAHUN "}) {
    Block b;
    b.page = 1;
    b.kind = BlockKind::kHeading;
    b.text = h + std::to_string(year);
    doc->blocks.push_back(b);
  }
}

std::vector<const audit::Finding*> Stale(const audit::AuditReport& report) {
  std::vector<const audit::Finding*> out;
  for (const audit::Finding& f : report.findings)
    if (f.rule == "year.stale") out.push_back(&f);
  return out;
}

Document WithCaption(const std::vector<std::vector<std::string>>& rows, int header_rows, const std::string& caption) {
  Document doc = OneTable(rows, header_rows, caption);
  AddHeadings(&doc, 2022);
  return doc;
}

TEST(CaptionYear, HeaderOfTheReportingYearUnderLastYearsCaption) {
  auto report = AuditDocument(WithCaption({{"No", "Indikator", "Target 2022", "Realisasi 2022", "Capaian (%)"},
                                           {"1", "Indeks kepuasan", "80,00", "82,00", "102,50"}},
                                          1, "Tabel 3.2 Capaian Indikator Kinerja Tahun 2021"));
  auto stale = Stale(report);
  ASSERT_EQ(stale.size(), 1u);
  EXPECT_EQ(stale[0]->severity, Severity::kWarning);
  EXPECT_NE(stale[0]->message.find("2021"), std::string::npos);
  EXPECT_NE(stale[0]->message.find("2022"), std::string::npos);
}

TEST(CaptionYear, ComparisonWithLastYearIsNotStale) {
  // The caption names both years; a table of last year only, titled so, is fine too.
  auto both = AuditDocument(WithCaption({{"No", "Indikator", "Realisasi 2021", "Realisasi 2022"},
                                         {"1", "Indeks kepuasan", "81,00", "82,00"}},
                                        1, "Tabel 3.3 Perbandingan Realisasi Tahun 2021 dan 2022"));
  EXPECT_TRUE(Stale(both).empty());
  auto last = AuditDocument(WithCaption({{"No", "Indikator", "Target 2021", "Realisasi 2021"},
                                         {"1", "Indeks kepuasan", "80,00", "81,00"}},
                                        1, "Tabel 3.4 Capaian Kinerja Tahun 2021"));
  EXPECT_TRUE(Stale(last).empty());
  // A Renstra table reaching past the reporting year is not this year's table.
  auto renstra = AuditDocument(WithCaption({{"No", "Indikator", "2021", "2022", "2023"},
                                            {"1", "Indeks kepuasan", "80,00", "81,00", "82,00"}},
                                           1, "Tabel 2.1 Target Renstra 2019 - 2021"));
  EXPECT_TRUE(Stale(renstra).empty());
}

// Two tables: this year's budget, and the spending by type whose caption
// kept last year. Their Jumlah rows print the same amounts.
Document BudgetAndTypes(const std::string& types_caption, const std::string& budget_caption) {
  Document budget = OneTable({{"No", "Program", "Anggaran (Rp)", "Realisasi (Rp)"},
                              {"1", "Program Penunjang", "3.000.000.000", "2.900.000.000"},
                              {"2", "Program Pelayanan", "2.512.400.000", "2.301.750.500"},
                              {"", "Jumlah", "5.512.400.000", "5.201.750.500"}},
                             1, budget_caption);
  Document types = OneTable({{"No", "Jenis Belanja", "Anggaran (Rp)", "Realisasi (Rp)"},
                             {"1", "Belanja Pegawai", "4.100.000.000", "3.950.000.000"},
                             {"2", "Belanja Barang dan Jasa", "1.412.400.000", "1.251.750.500"},
                             {"", "Jumlah", "5.512.400.000", "5.201.750.500"}},
                            1, types_caption);
  Document doc = budget;
  Table t = types.tables.front();
  t.id = "T2";
  doc.tables.push_back(t);
  AddHeadings(&doc, 2022);
  return doc;
}

TEST(CaptionYear, FiguresOfTheReportingYearUnderLastYearsCaption) {
  auto report = AuditDocument(BudgetAndTypes("Tabel 3.6 Realisasi Belanja Menurut Jenis Tahun Anggaran 2021",
                                             "Tabel 3.5 Realisasi Anggaran per Program Tahun 2022"));
  auto stale = Stale(report);
  ASSERT_EQ(stale.size(), 1u);
  EXPECT_NE(stale[0]->message.find("Tabel 3.6"), std::string::npos);
  ASSERT_GE(stale[0]->evidence.size(), 2u);
  EXPECT_TRUE(stale[0]->evidence[0].suspect);
  EXPECT_EQ(stale[0]->evidence[1].text, "5.512.400.000");
}

TEST(CaptionYear, SameFiguresInAnotherYearsTableSayNothing) {
  // The other table is not titled with the reporting year: nothing proves which year is right.
  auto report = AuditDocument(BudgetAndTypes("Tabel 3.6 Realisasi Belanja Menurut Jenis Tahun Anggaran 2021",
                                             "Tabel 3.5 Realisasi Anggaran per Program"));
  EXPECT_TRUE(Stale(report).empty());
  auto same = AuditDocument(BudgetAndTypes("Tabel 3.6 Realisasi Belanja Menurut Jenis Tahun Anggaran 2022",
                                           "Tabel 3.5 Realisasi Anggaran per Program Tahun 2022"));
  EXPECT_TRUE(Stale(same).empty());
}

}  // namespace
}  // namespace lkj::testing
