// Cross-references of performance indicators whose tables print them
// differently: beside their sasaran or alone, with a word more or less, under
// headers broken over two lines. Each document here is written by hand; the
// expected finding (or silence) is worked out from its figures.
#include <gtest/gtest.h>

#include "audit/indicator_name.h"
#include "tests/audit_test_support.h"

namespace lkj::testing {
namespace {

using audit::Severity;

// Appends a one-table page to `doc` (the first table comes from OneTable).
void AddTable(Document* doc, const std::vector<std::vector<std::string>>& rows, const std::string& caption) {
  int page = static_cast<int>(doc->pages.size()) + 1;
  Table t = OneTable(rows, 1, caption).tables[0];
  t.id = "T" + std::to_string(page);
  t.pages = {page};
  for (auto& row : t.rows)
    for (Cell& c : row) c.page = page;
  doc->tables.push_back(t);
  doc->pages.push_back({page, 595, 842, 0, true, true});
}

bool HasXref(const std::vector<const audit::Finding*>& hits) {
  for (const auto* f : hits)
    if (f->rule == "xref.value") return true;
  return false;
}

TEST(IndicatorName, OneSpellingNoFiller) {
  EXPECT_EQ(audit::IndicatorKey("persentasi desakelurahan yang mencapai uci 90"),
            "persentase desakelurahan mencapai uci 90");
  EXPECT_EQ(audit::IndicatorKey("prosentase penduduk miskin"), "persentase penduduk miskin");
}

TEST(IndicatorName, NearNamesDifferByOneInsertedWord) {
  EXPECT_TRUE(audit::NearNames("persentase desakelurahan uci 90", "persentase desakelurahan mencapai uci 90", 3));
  // Two words apart, too short, or an inserted negation: not near.
  EXPECT_FALSE(audit::NearNames("persentase desa uci", "persentase desa yang mencapai uci", 3));
  EXPECT_FALSE(audit::NearNames("angka kematian", "angka kematian ibu", 3));
  EXPECT_FALSE(audit::NearNames("jumlah puskesmas terakreditasi", "jumlah puskesmas tidak terakreditasi", 3));
}

TEST(IndicatorName, ContextsAgreeOnMostContentWords) {
  // A word broken in one print ("pemberantasa n") leaves most words shared.
  EXPECT_TRUE(audit::ContextsAgree("meningkatnya upaya pencegahan pemberantasan pengendalian penyakit menular",
                                   "meningkatnya upaya pencegahan pemberantasa n pengendalian penyakit menular"));
  EXPECT_FALSE(audit::ContextsAgree("4 meningkatnya kedisiplinan pegawai",
                                    "4 meningkatnya kapasitas sumber daya aparatur"));
  EXPECT_TRUE(audit::ContextsAgree("", "meningkatnya kedisiplinan pegawai"));
}

// The indicator is printed beside its sasaran in two tables and alone (with a
// Penilaian column) in a third; the third's realisation 40,74 differs from
// 32,59 printed twice. Its name is two words, so only the indicator column's
// own text makes the three one indicator.
TEST(AuditIndicatorXref, NameBesideItsSasaranOrAlone) {
  Document doc = OneTable({{"Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
                           {"Menurunnya angka kesakitan penyakit tidak menular", "Prevalensi Hipertensi", "33,06%",
                            "32,59%", "98,58%"}},
                          1, "Tabel 3.1 Pengukuran Kinerja");
  AddTable(&doc,
           {{"Sasaran Strategis", "Indikator", "Target", "Realisasi", "Capaian (%)"},
            {"Menurunnya angka kesakitan penyakit tidak menular", "Prevalensi Hipertensi", "33,06%", "32,59%",
             "98,58%"}},
           "Tabel 3.2 Simpulan");
  AddTable(&doc,
           {{"Indikator Sasaran", "Target", "Realisasi", "Capaian", "Penilaian"},
            {"Prevalensi Hipertensi", "33,06%", "40,74%", "81,15%", "Kurang"}},
           "Tabel 3.3 Hipertensi");
  auto report = AuditDocument(doc);
  auto hits = Citing(report, "40,74%", Severity::kError, true);
  EXPECT_TRUE(HasXref(hits));
  EXPECT_TRUE(Citing(report, "32,59%", Severity::kError, true).empty()) << "the majority is not blamed";
}

// The same indicator name under two different sasaran is two indicators:
// no cross-reference, whatever their figures.
TEST(AuditIndicatorXref, SameNameUnderAnotherSasaranIsSilent) {
  Document doc = OneTable({{"Sasaran", "Indikator", "Target", "Realisasi", "%"},
                           {"Meningkatnya Kedisiplinan Pegawai", "Terpenuhinya peningkatan kapasitas sumber daya aparatur",
                            "70%", "70%", "100%"}},
                          1, "Tabel 3.1 Capaian");
  AddTable(&doc,
           {{"Sasaran", "Indikator", "Target", "Realisasi", "%"},
            {"Meningkatnya kapasitas sumber daya aparatur", "Terpenuhinya peningkatan kapasitas sumber daya aparatur",
             "100%", "100%", "100%"}},
           "Tabel 3.2 Capaian");
  auto report = AuditDocument(doc);
  EXPECT_FALSE(HasXref(Citing(report, "70%", Severity::kError)));
  EXPECT_FALSE(HasXref(Citing(report, "100%", Severity::kError)));
  EXPECT_FALSE(HasXref(Citing(report, "70%", Severity::kWarning)));
}

// "1 paket" and "100%" measure different things even under one name.
TEST(AuditIndicatorXref, DifferentPrintedUnitsAreSilent) {
  Document doc = OneTable({{"Sasaran", "Indikator", "Target", "Realisasi", "%"},
                           {"Meningkatnya kualitas SDM", "Terlaksananya penyediaan prasarana pelayanan publik",
                            "1 paket", "1 paket", "100%"}},
                          1, "Tabel 3.1 Capaian");
  AddTable(&doc,
           {{"Sasaran", "Indikator", "Target", "Realisasi", "%"},
            {"Meningkatnya kualitas SDM", "Terlaksananya penyediaan prasarana pelayanan publik", "100%", "100%",
             "100%"}},
           "Tabel 3.2 Capaian");
  auto report = AuditDocument(doc);
  EXPECT_FALSE(HasXref(Citing(report, "1 paket", Severity::kError)));
  EXPECT_FALSE(HasXref(Citing(report, "100%", Severity::kError)));
}

// Names one word apart ("mencapai") with the same target 91%: the 91,07
// printed once against 91,8 printed twice is reported, as a warning.
TEST(AuditIndicatorXref, NearNameWithTheSameTargetIsAWarning) {
  Document doc = OneTable({{"Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
                           {"Persentase desa/kelurahan mencapai UCI 90%", "91%", "91,07%", "100,08%"}},
                          1, "Tabel 3.1 Perjanjian Kinerja");
  AddTable(&doc,
           {{"Indikator Sasaran", "Target", "Realisasi", "Capaian"},
            {"Persentase desa/kelurahan UCI > 90 %", "91%", "91,8%", "100,88%"}},
           "Tabel 3.2 UCI");
  AddTable(&doc,
           {{"Indikator Sasaran", "Target", "Realisasi", "Capaian"},
            {"Persentase desa/kelurahan UCI > 90 %", "91%", "91,8%", "100,88%"}},
           "Tabel 3.3 UCI");
  auto report = AuditDocument(doc);
  EXPECT_TRUE(HasXref(Citing(report, "91,07%", Severity::kWarning, true)));
  EXPECT_FALSE(HasXref(Citing(report, "91,07%", Severity::kError)));
  EXPECT_TRUE(Citing(report, "91,8%", Severity::kWarning, true).empty()) << "the majority is not blamed";
}

TEST(AuditIndicatorXref, NearNameWithAnotherTargetIsSilent) {
  Document doc = OneTable({{"Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
                           {"Persentase desa/kelurahan mencapai UCI 90%", "90%", "91,07%", "101,19%"}},
                          1, "Tabel 3.1 Perjanjian Kinerja");
  AddTable(&doc,
           {{"Indikator Sasaran", "Target", "Realisasi", "Capaian"},
            {"Persentase desa/kelurahan UCI > 90 %", "91%", "91,8%", "100,88%"}},
           "Tabel 3.2 UCI");
  auto report = AuditDocument(doc);
  EXPECT_FALSE(HasXref(Citing(report, "91,07%", Severity::kWarning)));
  EXPECT_FALSE(HasXref(Citing(report, "91,07%", Severity::kError)));
}

// Header words broken over two lines and read with a space ("Targe t",
// "Realisa si", "Capaia n") still name their columns: 32,59 / 33,06 is
// 98,58%, not the printed 117,5%.
TEST(AuditIndicatorXref, HeaderWordsBrokenByASpaceAreRead) {
  auto report = AuditDocument(OneTable({{"Indikator Sasaran", "Targe t", "Realisa si", "Capaia n"},
                                        {"Prevalensi Hipertensi", "33,06%", "32,59%", "117,5%"},
                                        {"Cakupan imunisasi dasar", "90%", "81,81%", "90,9%"}},
                                       1));
  auto hits = Citing(report, "117,5%", Severity::kError, true);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->rule, "ratio.row");
  EXPECT_TRUE(Citing(report, "90,9%", Severity::kError, true).empty());
}

// A closing "RATA - RATA" row is an average, not one level of an outline:
// the table's indicators are still compared with the other tables'.
TEST(AuditIndicatorXref, AverageRowDoesNotMakeAnOutline) {
  Document doc = OneTable({{"No", "Sasaran", "Indikator", "Target", "Realisasi", "% Realisasi"},
                           {"1", "Menuju universal coverage JPKM", "Persentase penduduk dengan jaminan kesehatan",
                            "65%", "65,56%", "100,86"},
                           {"2", "Meningkatnya mutu data", "Jumlah dokumen data kesehatan", "2", "2", "100"},
                           {"", "RATA - RATA", "", "", "", "100,43"}},
                          1, "Tabel 3.1 Pengukuran Kinerja");
  for (int k = 0; k < 2; ++k)
    AddTable(&doc,
             {{"Sasaran", "Indikator", "Target", "Realisasi", "Capaian"},
              {"Menuju universal coverage JPKM", "Persentase penduduk dengan jaminan kesehatan", "65%", "68,56%",
               "105,48%"}},
             "Tabel 3." + std::to_string(k + 2) + " Jaminan");
  auto report = AuditDocument(doc);
  EXPECT_TRUE(HasXref(Citing(report, "65,56%", Severity::kError, true)));
}

// "Realisasi" over three year columns, read into the middle one only
// ("Realisasi 2022"): the bare 2021 and 2023 beside it are realisations too,
// so its 2023 print 63,37 is compared with 66,37 in two other tables.
TEST(AuditIndicatorXref, BareYearColumnsBesideARealisationYearAreRealisations) {
  Document doc = OneTable({{"No", "Indikator Kinerja", "2021", "Realisasi 2022", "2023"},
                           {"1", "Bed Occupancy Rate (BOR)", "48,92", "61,08", "63,37"}},
                          1, "Tabel 3.3 Perbandingan Realisasi");
  for (int k = 0; k < 2; ++k)
    AddTable(&doc,
             {{"No", "Indikator Kinerja Utama", "Target 2023", "Realisasi 2023", "Capaian 2023"},
              {"1", "Bed Occupancy Rate (BOR)", "75,00", "66,37", "88,49"}},
             "Tabel 3." + std::to_string(k + 1) + " Capaian");
  auto report = AuditDocument(doc);
  EXPECT_TRUE(HasXref(Citing(report, "63,37", Severity::kError, true)));
  EXPECT_TRUE(Citing(report, "66,37", Severity::kError, true).empty());
  EXPECT_TRUE(Citing(report, "48,92", Severity::kError).empty()) << "2021 has nothing to compare with";
}

// Two kegiatan share the budget 250.000.000, so the amount names neither;
// the sentence names one just before its figures, and its budget agrees with
// that row: its realisation 221.865.000 is compared with the row's
// 221.865.120 (which its row's 88,75% and the sentence's own 88,75% both fit).
Document KegiatanTableWithText(const std::string& sentence) {
  Document doc = OneTable({{"No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"},
                           {"1", "Pembinaan Lembaga Adat Desa", "250.000.000,00", "240.100.000,00", "96,04"},
                           {"2", "Pemberdayaan Masyarakat Desa Adat", "250.000.000,00", "221.865.120,00", "88,75"}},
                          1, "Tabel 3.7 Realisasi Anggaran");
  doc.blocks.push_back({1, {50, 500, 500, 560}, BlockKind::kParagraph, sentence, false});
  return doc;
}

TEST(AuditMoneyXref, TextNamingItsKegiatanIsComparedWithThatRow) {
  auto report = AuditDocument(KegiatanTableWithText(
      "2. Kegiatan Pemberdayaan Masyarakat Desa Adat yang dilaksanakan oleh Badan Pemberdayaan dengan alokasi "
      "anggaran sebesar Rp. 250.000.000,- realisasi anggaran sebesar Rp. 221.865.000,- (88,75%)."));
  EXPECT_TRUE(HasXref(Citing(report, "221.865.000", Severity::kError, true)));
  EXPECT_TRUE(Citing(report, "221.865.120,00", Severity::kError, true).empty());
  EXPECT_TRUE(Citing(report, "240.100.000,00", Severity::kError).empty()) << "the other kegiatan is not involved";
}

TEST(AuditMoneyXref, TextNamingNoRowOrDisagreeingOnBothAmountsIsSilent) {
  // The same figures without a name: the shared budget identifies no line.
  auto unnamed = AuditDocument(KegiatanTableWithText(
      "Kegiatan tersebut dilaksanakan dengan alokasi anggaran sebesar Rp. 250.000.000,- realisasi anggaran "
      "sebesar Rp. 221.865.000,- (88,75%)."));
  EXPECT_FALSE(HasXref(Citing(unnamed, "221.865.000", Severity::kError)));
  // A name, but neither amount is the row's: a passing mention, not its line.
  auto other = AuditDocument(KegiatanTableWithText(
      "Kegiatan Pemberdayaan Masyarakat Desa Adat dan kegiatan lain dengan alokasi anggaran sebesar "
      "Rp. 400.000.000,- realisasi anggaran sebesar Rp. 337.030.948,- (84,26%)."));
  EXPECT_FALSE(HasXref(Citing(other, "337.030.948", Severity::kError)));
  EXPECT_FALSE(HasXref(Citing(other, "400.000.000", Severity::kError)));
}

}  // namespace
}  // namespace lkj::testing
