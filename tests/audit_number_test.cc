// Tests of audit/number: reading printed figures, their intervals, style
// decisions, comparisons, formatting and figures in running text. Examples
// come from the 2024 LKj of Disdukcapil Kabupaten Belitung (the seed text).
#include "audit/number.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace lkj::audit {
namespace {

constexpr NumberStyle kId = NumberStyle::kIndonesian;
constexpr NumberStyle kEn = NumberStyle::kEnglish;
constexpr NumberStyle kAny = NumberStyle::kUnknown;

// A figure the test relies on being readable.
Figure Read(std::string_view printed, NumberStyle style = kAny, int scale_exponent = 0) {
  std::optional<Figure> f = ParseFigure(printed, style, scale_exponent);
  if (!f) {
    ADD_FAILURE() << "not read: \"" << printed << "\"";
    return Figure();
  }
  return *f;
}

std::vector<std::string> Printed(const std::vector<FoundFigure>& found) {
  std::vector<std::string> out;
  for (const FoundFigure& f : found) out.push_back(f.figure.printed);
  return out;
}

// ---- ParseFigureWithUnit: targets and results printed with their unit ----

TEST(ParseFigureWithUnit, KeepsTheUnitAndRefusesWhatIsNotOne) {
  auto poin = ParseFigureWithUnit("69.02poin", kEn);
  ASSERT_TRUE(poin);
  EXPECT_DOUBLE_EQ(poin->value, 69.02);
  EXPECT_EQ(UnitOf(*poin), "poin");
  EXPECT_EQ(poin->printed, "69.02poin");
  auto rate = ParseFigureWithUnit("4,01/ 1000 KH", kId);
  ASSERT_TRUE(rate);
  EXPECT_DOUBLE_EQ(rate->value, 4.01);
  EXPECT_EQ(UnitOf(*rate), "/1000kh");
  EXPECT_EQ(UnitOf(*ParseFigureWithUnit("5,8/1000 KH", kId)), "/1000kh");
  EXPECT_EQ(UnitOf(*ParseFigureWithUnit("3.000 Orang", kId)), "orang");
  // What ParseFigure reads keeps its reading: a percent, a plain figure.
  EXPECT_EQ(UnitOf(*ParseFigureWithUnit("85,5 %", kId)), "%");
  EXPECT_EQ(UnitOf(*ParseFigureWithUnit("85,5", kId)), "");
  for (const char* not_one : {"3 (Tiga) mitra", "5 dari 6 kab/kota", "< inflasi nasional", "Rp 5.000 x", "2 m2",
                              "A", "12 Unit 15"})
    EXPECT_FALSE(ParseFigureWithUnit(not_one, kId)) << not_one;
}

// ---- ParseFigure: formats ------------------------------------------------

struct FormatCase {
  const char* printed;
  NumberStyle style;
  double value;
  std::int64_t units;
  int decimals;
  bool percent, currency, negative;
  NumberStyle read_as;
};

TEST(ParseFigure, ReadsIndonesianEnglishAndPlainFormats) {
  const FormatCase cases[] = {
      // Indonesian body text.
      {"6.656.309.000,00", kAny, 6656309000.0, 665630900000, 2, false, true, false, kId},
      {"Rp 5.908.376.345,-", kAny, 5908376345.0, 5908376345, 0, false, true, false, kId},
      {"Rp. 6.656.309.000,00", kAny, 6656309000.0, 665630900000, 2, false, true, false, kId},
      {"94,41%", kAny, 94.41, 9441, 2, true, false, false, kId},
      {"94,41 %", kAny, 94.41, 9441, 2, true, false, false, kId},
      {"3,66", kAny, 3.66, 366, 2, false, false, false, kId},
      {"12.345.678", kAny, 12345678.0, 12345678, 0, false, false, false, kId},
      {"1.234,5", kAny, 1234.5, 12345, 1, false, false, false, kId},
      {"0,5", kAny, 0.5, 5, 1, false, false, false, kId},
      {"5.556.670.837,-", kAny, 5556670837.0, 5556670837, 0, false, true, false, kId},
      {"Rp 5.000.000.-", kAny, 5000000.0, 5000000, 0, false, true, false, kId},
      {"Rp6.656.309.000", kAny, 6656309000.0, 6656309000, 0, false, true, false, kId},
      {"RP 1.500.000", kAny, 1500000.0, 1500000, 0, false, true, false, kId},
      {"50 persen", kAny, 50.0, 50, 0, true, false, false, kAny},
      // English spreadsheet appendices.
      {"6,258,022,650", kAny, 6258022650.0, 6258022650, 0, false, false, false, kEn},
      {"100.59", kAny, 100.59, 10059, 2, false, false, false, kEn},
      {"5,908,376,345.00", kAny, 5908376345.0, 590837634500, 2, false, true, false, kEn},
      {"92.03%", kAny, 92.03, 9203, 2, true, false, false, kEn},
      {"1,234.5", kAny, 1234.5, 12345, 1, false, false, false, kEn},
      {"0.353", kAny, 0.353, 353, 3, false, false, false, kEn},
      // Plain.
      {"2500", kAny, 2500.0, 2500, 0, false, false, false, kAny},
      {"77", kAny, 77.0, 77, 0, false, false, false, kAny},
      {"0", kAny, 0.0, 0, 0, false, false, false, kAny},
      {"0719", kAny, 719.0, 719, 0, false, false, false, kAny},
      // Signs.
      {"(1.000)", kAny, -1000.0, -1000, 0, false, false, true, kAny},
      {"-1.000.000", kAny, -1000000.0, -1000000, 0, false, false, true, kId},
      {"-5,2%", kAny, -5.2, -52, 1, true, false, true, kId},
      {"+5,2%", kAny, 5.2, 52, 1, true, false, false, kId},
      {"\xE2\x88\x92" "3,5", kAny, -3.5, -35, 1, false, false, true, kId},
      {"(Rp 1.250.000,-)", kAny, -1250000.0, -1250000, 0, false, true, true, kId},
      {"Rp -1.250.000", kAny, -1250000.0, -1250000, 0, false, true, true, kId},
      // White space, including no-break spaces from PDF text.
      {"  \xC2\xA0" "94,41%\xC2\xA0 ", kAny, 94.41, 9441, 2, true, false, false, kId},
      {"Rp\xC2\xA0" "14.000.000,-", kAny, 14000000.0, 14000000, 0, false, true, false, kId},
  };
  for (const FormatCase& c : cases) {
    SCOPED_TRACE(c.printed);
    std::optional<Figure> f = ParseFigure(c.printed, c.style);
    ASSERT_TRUE(f.has_value());
    EXPECT_DOUBLE_EQ(f->value, c.value);
    EXPECT_EQ(f->units, c.units);
    EXPECT_EQ(f->decimals, c.decimals);
    EXPECT_EQ(f->percent, c.percent);
    EXPECT_EQ(f->currency, c.currency);
    EXPECT_EQ(f->negative, c.negative);
    // "(1.000)" is ambiguous as a number, settled only for the sign test.
    if (!f->ambiguous) {
      EXPECT_EQ(f->style, c.read_as);
    }
    EXPECT_FALSE(f->style_slip);
  }
}

TEST(ParseFigure, KeepsPrintedTextAndDecoration) {
  Figure rp = Read(" Rp. 6.656.309.000,00 ");
  EXPECT_EQ(rp.printed, "Rp. 6.656.309.000,00");
  EXPECT_EQ(rp.lead, "Rp. ");
  EXPECT_EQ(rp.trail, "");
  Figure dash = Read("Rp 5.908.376.345,-");
  EXPECT_EQ(dash.lead, "Rp ");
  EXPECT_EQ(dash.trail, ",-");
  Figure pct = Read("94,41 %");
  EXPECT_EQ(pct.lead, "");
  EXPECT_EQ(pct.trail, " %");
  Figure paren = Read("(1.000)");
  EXPECT_TRUE(paren.parenthesized);
  EXPECT_TRUE(paren.negative);
}

TEST(ParseFigure, CentsMarkCurrencyOnlyOnAmounts) {
  EXPECT_TRUE(Read("14.000.000,00").currency);
  EXPECT_TRUE(Read("6656309000,00").currency);
  EXPECT_FALSE(Read("90,00").currency);       // a target, not money
  EXPECT_FALSE(Read("100,00%").currency);
  EXPECT_FALSE(Read("1.500,50").currency);    // cents that are not zero: a measure
  EXPECT_FALSE(Read("6.258.022.650").currency);  // grouped, but no Rp: exact all the same
  EXPECT_TRUE(Read("6.258.022.650").exact);
}

TEST(ParseFigure, ScaleWordsAndCallerScale) {
  Figure miliar = Read("Rp 6,6 miliar");
  EXPECT_TRUE(miliar.currency);
  EXPECT_EQ(miliar.scale_exponent, 9);
  EXPECT_EQ(miliar.decimals, 1);
  EXPECT_DOUBLE_EQ(miliar.value, 6.6e9);
  EXPECT_FALSE(miliar.exact);  // rounded to 0,1 miliar
  EXPECT_DOUBLE_EQ(miliar.lo, 6.55e9);
  EXPECT_DOUBLE_EQ(miliar.hi, 6.7e9);

  EXPECT_DOUBLE_EQ(Read("5 ribu").value, 5000);
  EXPECT_DOUBLE_EQ(Read("3 juta").value, 3e6);
  EXPECT_DOUBLE_EQ(Read("1,2 triliun").value, 1.2e12);

  // A column "dalam ribuan rupiah": grouped, yet rounded to the thousand.
  Figure thousands = Read("6.656.309", kId, 3);
  EXPECT_DOUBLE_EQ(thousands.value, 6656309000.0);
  EXPECT_FALSE(thousands.exact);
  EXPECT_DOUBLE_EQ(thousands.lo, 6656308500.0);
  EXPECT_DOUBLE_EQ(thousands.hi, 6656310000.0);
  EXPECT_FALSE(ParseFigure("5", kId, -1).has_value());
  EXPECT_FALSE(ParseFigure("5", kId, 16).has_value());
}

TEST(ParseFigure, RefusesWhatIsNotOneFigure) {
  const std::vector<std::string> refused = {
      "", " ", "-", "\xE2\x80\x93", "Tercapai", "Belum Tercapai", "3 (Tiga) mitra", "Rp", "Rp.",
      "%", "Rp -", "((1))", "(1", "1)", "(-1)", "1.2.3.4.5", "1.", "a.", ".5", ",5", "1,,5",
      "12.34.567", "1E+15", "Rp 5%", "5,-%", "- 5", "5 -", "10/12", "Tahun 2024",
      "1 353", "3.2.1", "1,2,3", "Rp5x", "5 orang", "IKU2", "2x", "--5", "+-5",
      "999999999999999999999999", "0,0000000000000000001", "9.999.999.999.999.999",
      "Rp 1.000.000.000.000.001", std::string("12\0" "34", 5),
      std::string(300, '1'), std::string(257, ' ') + "1"};
  for (const std::string& s : refused) {
    SCOPED_TRACE("\"" + s + "\"");
    EXPECT_FALSE(ParseFigure(s, kAny).has_value());
    EXPECT_FALSE(ParseFigure(s, kId).has_value());
    EXPECT_FALSE(ParseFigure(s, kEn).has_value());
  }
}

TEST(ParseFigure, AcceptsTheLargestFigureAndNoLarger) {
  Figure largest = Read("1.000.000.000.000.000");
  EXPECT_DOUBLE_EQ(largest.value, 1e15);
  EXPECT_TRUE(largest.exact);
  Figure digits18 = Read("9.999.999.999.999,9999");  // 18 significant digits
  EXPECT_EQ(digits18.units, 99999999999999999);
  EXPECT_EQ(digits18.decimals, 4);
  EXPECT_FALSE(ParseFigure("1.000.000.000.000.001", kAny).has_value());
  EXPECT_FALSE(ParseFigure("197011091997031004", kAny).has_value());  // a NIP
  // Too large in the reading chosen: refused, not read the other way.
  EXPECT_FALSE(ParseFigure("2.000 triliun", kAny).has_value());
  EXPECT_FALSE(ParseFigure("2.000 triliun", kId).has_value());
  EXPECT_DOUBLE_EQ(Read("2.000 triliun", kEn).value, 2e12);
}

// ---- Intervals: rounded or truncated -------------------------------------

struct IntervalCase {
  const char* printed;
  double lo, hi;
  bool exact;
};

TEST(ParseFigure, IntervalCoversRoundingAndTruncation) {
  const IntervalCase cases[] = {
      {"92,8%", 92.75, 92.9, false},
      {"92,80%", 92.795, 92.81, false},
      {"92%", 91.5, 93, false},
      {"111%", 110.5, 112, false},
      {"111", 110.5, 112, false},
      {"85,76", 85.755, 85.77, false},
      {"3,66", 3.655, 3.67, false},
      {"100.59", 100.585, 100.6, false},
      {"2500", 2499.5, 2501, false},
      {"0", -0.5, 1, false},
      {"-5,2", -5.3, -5.15, false},   // a negative truncates upwards
      {"(3)", -4, -2.5, false},
      {"6.656.309.000", 6656309000.0, 6656309000.0, true},
      {"Rp 5.908.376.345,-", 5908376345.0, 5908376345.0, true},
      {"6,258,022,650", 6258022650.0, 6258022650.0, true},
      {"Rp 5000", 5000, 5000, true},
      {"139.743", 139743, 139743, true},  // a count with separators
      {"(1.000)", -1000, -1000, true},
  };
  for (const IntervalCase& c : cases) {
    SCOPED_TRACE(c.printed);
    Figure f = Read(c.printed, kId);
    EXPECT_DOUBLE_EQ(f.lo, c.lo);
    EXPECT_DOUBLE_EQ(f.hi, c.hi);
    EXPECT_EQ(f.exact, c.exact);
    EXPECT_LE(f.lo, f.value);
    EXPECT_GE(f.hi, f.value);
  }
}

// ---- Ambiguity and style slips -------------------------------------------

struct StyleCase {
  const char* printed;
  NumberStyle style;
  double value;
  bool ambiguous;
  double alternative;  // when ambiguous
  bool slip;
};

TEST(ParseFigure, AmbiguousStringsKeepBothReadings) {
  const StyleCase cases[] = {
      {"1.353", kAny, 1353, true, 1.353, false},
      {"1.353", kId, 1353, false, 0, false},
      {"1.353", kEn, 1.353, false, 0, false},
      {"1,309", kAny, 1309, true, 1.309, false},
      {"1,309", kId, 1.309, false, 0, false},
      {"1,309", kEn, 1309, false, 0, false},
      {"Rp 1.353", kAny, 1353, true, 1.353, false},
      // A percentage with three decimals is likelier than one over a thousand.
      {"1,309%", kAny, 1.309, true, 1309, false},
      {"12.345%", kAny, 12.345, true, 12345, false},
      // Not ambiguous: a comma before two digits never groups thousands.
      {"85,71", kAny, 85.71, false, 0, false},
      {"85,71", kId, 85.71, false, 0, false},
      {"85,71", kEn, 85.71, false, 0, true},
      {"6,258,022,650", kId, 6258022650.0, false, 0, true},
      {"6.656.309.000,00", kEn, 6656309000.0, false, 0, true},
      {"100.59", kId, 100.59, false, 0, true},
      {"92.03%", kId, 92.03, false, 0, true},
      {"94,41", kId, 94.41, false, 0, false},
      {"100.59", kEn, 100.59, false, 0, false},
      {"2500", kEn, 2500, false, 0, false},  // no separator, no evidence
      {"2500", kId, 2500, false, 0, false},
  };
  for (const StyleCase& c : cases) {
    SCOPED_TRACE(std::string(c.printed) + " as " + NumberStyleName(c.style));
    Figure f = Read(c.printed, c.style);
    EXPECT_DOUBLE_EQ(f.value, c.value);
    EXPECT_EQ(f.ambiguous, c.ambiguous);
    EXPECT_EQ(f.alternative.has_value(), c.ambiguous);
    if (c.ambiguous && f.alternative) {
      EXPECT_DOUBLE_EQ(f.alternative->value, c.alternative);
      EXPECT_NE(f.alternative->style, f.style);
    }
    EXPECT_EQ(f.style_slip, c.slip);
  }
}

TEST(ParseFigure, AmbiguousReadingsHaveTheirOwnIntervals) {
  Figure f = Read("1.353");
  ASSERT_TRUE(f.alternative.has_value());
  EXPECT_TRUE(f.exact);  // 1353, grouped: a count
  EXPECT_EQ(f.style, kId);
  EXPECT_FALSE(f.alternative->exact);
  EXPECT_EQ(f.alternative->style, kEn);
  EXPECT_EQ(f.alternative->decimals, 3);
  EXPECT_DOUBLE_EQ(f.alternative->lo, 1.3525);
  EXPECT_DOUBLE_EQ(f.alternative->hi, 1.354);
}

TEST(DecideStyle, MajorityOfUnambiguousEvidence) {
  const std::vector<std::string> english_appendix = {
      "6,258,022,650", "241,974,350", "78,375,000", "85,71", "100.59", "-", "", "1,353", "77"};
  EXPECT_EQ(DecideStyle(english_appendix), kEn);
  const std::vector<std::string> indonesian_table = {
      "6.656.309.000,00", "94,41%", "3,66", "1.353", "100.59", "Tercapai"};
  EXPECT_EQ(DecideStyle(indonesian_table), kId);
  EXPECT_EQ(DecideStyle({"12.345.678", "1.000.000", "77"}), kId);
  EXPECT_EQ(DecideStyle({"1,000,000"}), kEn);

  const std::vector<std::string> no_evidence = {"1.353", "77", "-", "1,309", "2500"};
  EXPECT_EQ(DecideStyle(no_evidence), kAny);
  EXPECT_EQ(DecideStyle(no_evidence, kId), kId);
  EXPECT_EQ(DecideStyle({"100.59", "94,41"}, kEn), kEn);  // a tie falls back
  EXPECT_EQ(DecideStyle({"100.59", "94,41"}), kAny);
  EXPECT_EQ(DecideStyle({}), kAny);
}

TEST(DecideStyle, ASlipInAColumnIsStillRead) {
  const std::vector<std::string> column = {"100.59", "92.03", "85,71", "1.353", "77.50"};
  const NumberStyle style = DecideStyle(column);
  ASSERT_EQ(style, kEn);
  const double expected[] = {100.59, 92.03, 85.71, 1.353, 77.5};
  const bool slipped[] = {false, false, true, false, false};
  for (std::size_t i = 0; i < column.size(); ++i) {
    SCOPED_TRACE(column[i]);
    std::optional<Figure> f = ParseFigureInColumn(column[i], style);
    ASSERT_TRUE(f.has_value());
    EXPECT_DOUBLE_EQ(f->value, expected[i]);
    EXPECT_EQ(f->style_slip, slipped[i]);
    EXPECT_FALSE(f->ambiguous);
  }
}

// ---- Agree: two printed figures -----------------------------------------

struct AgreeCase {
  const char* a;
  NumberStyle a_style;
  const char* b;
  NumberStyle b_style;
  bool agree;
};

TEST(Agree, IntervalsMeet) {
  const AgreeCase cases[] = {
      // Rupiah compare exactly.
      {"6.656.309.000", kId, "6.656.309.200", kId, false},
      {"Rp 6.656.309.000,00", kId, "Rp 6.656.309.200,00", kId, false},
      {"6.258.022.650", kId, "Rp 6.258.022.850,00", kId, false},
      {"6.656.309.000,00", kId, "Rp 6.656.309.000,-", kId, true},
      {"Rp. 6.656.309.000,00", kId, "6,656,309,000", kEn, true},
      {"5.908.376.345", kId, "5,908,376,345.00", kEn, true},
      {"999.999.999.999.999,99", kId, "999.999.999.999.999,98", kId, false},
      {"1.000.000.000.000.000", kId, "999.999.999.999.999", kId, false},
      // Rounded and truncated percentages (the seed prints 92,80% in the
      // table and 92,79% in the text for 92,7953...%).
      {"92,80%", kId, "92,79%", kId, true},
      {"92,8%", kId, "92,80%", kId, true},
      {"92,8%", kId, "92,84%", kId, true},
      {"92,8%", kId, "92,91%", kId, false},
      {"94,41%", kId, "94,43%", kId, false},
      {"111%", kId, "110,9%", kId, true},
      {"111", kId, "110,91", kId, true},
      {"111%", kId, "112%", kId, true},   // 111,7 truncates to one, rounds to the other
      {"111%", kId, "113%", kId, false},
      {"3,66", kId, "3,66", kId, true},
      {"3,30", kId, "3,46", kId, false},
      {"90%", kId, "88,55%", kId, false},
      {"77,18%", kId, "71,18", kId, false},  // the seed's typo in Tabel 3.4
      {"85,76%", kId, "85.76", kEn, true},
      {"100.59", kEn, "100,59", kId, true},
      // Signs.
      {"(1.000)", kId, "-1.000", kId, true},
      {"(1.000)", kId, "1.000", kId, false},
      {"-0,5", kId, "0,5", kId, false},
      {"-5,2", kId, "-5,25", kId, true},
      // Ambiguous prints agree by either reading.
      {"1.353", kAny, "1353", kAny, true},
      {"1.353", kAny, "1,353", kEn, true},
      {"1.353", kAny, "1,353", kId, true},
      {"1.353", kAny, "1.354", kAny, true},  // 1,353x and 1,354 as decimals
      {"1.353", kAny, "1.356", kAny, false},
      // Scales.
      {"Rp 6,6 miliar", kId, "Rp 6.656.309.000,-", kId, true},
      {"Rp 6,6 miliar", kId, "Rp 6.756.309.000,-", kId, false},
      {"6.656 juta", kId, "6.656.309.000", kId, true},
  };
  for (const AgreeCase& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " vs " + c.b);
    Figure a = Read(c.a, c.a_style), b = Read(c.b, c.b_style);
    EXPECT_EQ(Agree(a, b), c.agree);
    EXPECT_EQ(Agree(b, a), c.agree);  // symmetric
  }
}

TEST(Agree, ExactWhereDoublesCannotTell) {
  Figure a = Read("999.999.999.999.999,99"), b = Read("999.999.999.999.999,98");
  EXPECT_NE(a.units, b.units);
  EXPECT_FALSE(Agree(a, b));
  EXPECT_TRUE(Agree(a, a));
}

TEST(Agree, CallerScaledColumn) {
  Figure thousands = Read("6.656.309", kId, 3);
  EXPECT_TRUE(Agree(thousands, Read("6.656.309.000")));
  EXPECT_TRUE(Agree(thousands, Read("6.656.309.900")));   // truncated to the thousand
  EXPECT_FALSE(Agree(thousands, Read("6.656.310.000")));
  EXPECT_FALSE(Agree(thousands, Read("6.656.308.400")));
}

// ---- AgreesWith: a computed value ----------------------------------------

struct ComputedCase {
  const char* printed;
  double computed;
  double tolerance;
  bool agrees;
};

TEST(AgreesWith, ComputedValueWithinPrintedInterval) {
  const double ratio = 5908376345.0 / 6258022650.0 * 100;  // 94,4128...%
  const double program2 = 224540906.0 / 241974350.0 * 100;  // 92,7953...%
  const double budget_sum = 6258022850.0 + 241974350.0 + 78375000.0 + 10977000.0 + 66960000.0;
  const double composite = (87.24 + 94.31 + 50) / 3;  // 77,1833...
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const ComputedCase cases[] = {
      {"85,76", 85.757, 0, true},
      {"85,76", 85.755, 0, true},
      {"85,76", 85.769, 0, true},   // truncated
      {"85,76", 85.7549, 0, false},
      {"85,76", 85.77, 0, false},
      {"111%", 110.9, 0, true},
      {"111%", 3.66 / 3.30 * 100, 0, true},
      {"111%", 110.49, 0, false},
      {"111%", 111.99, 0, true},
      {"111%", 112, 0, false},
      {"94,41%", 94.42, 0, false},
      {"94,41%", 94.42, 0.01, true},
      {"94,41%", 94.405, 0, true},
      {"94,41%", 94.404, 0, false},
      {"94,41%", ratio, 0, true},
      {"94,40%", ratio, 0, false},
      {"92,80%", program2, 0, true},
      {"92,79%", program2, 0, true},
      {"92,78%", program2, 0, false},
      {"77,18%", composite, 0, true},
      {"Rp 6.656.309.200,00", budget_sum, 0, true},
      {"Rp 6.656.309.000,00", budget_sum, 0, false},
      {"6.656.309.000", 6656309000.0, 0, true},
      {"6.656.309.000", 6656309001.0, 0, false},
      {"6.656.309.000", 6656309000.4, 0, false},
      {"6.656.309.000", 6656309001.0, 1, true},
      // Integers that are counts: half-open intervals keep sums exact.
      {"105", 105, 0, true},
      {"105", 106, 0, false},
      {"105", 104, 0, false},
      // Negative figures.
      {"-5,2", -5.25, 0, true},
      {"-5,2", -5.15, 0, true},
      {"-5,2", -5.3, 0, false},
      {"-5,2", -5.14, 0, false},
      {"(1.000)", -1000, 0, true},
      {"(1.000)", 1000, 0, false},
      // Garbage in.
      {"94,41%", nan, 0, false},
      {"94,41%", inf, 0, false},
      {"94,41%", 94.41, nan, true},
      {"94,41%", 94.42, -5, false},
  };
  for (const ComputedCase& c : cases) {
    SCOPED_TRACE(std::string(c.printed) + " vs " + std::to_string(c.computed));
    EXPECT_EQ(AgreesWith(Read(c.printed, kId), c.computed, c.tolerance), c.agrees);
  }
}

TEST(AgreesWith, AmbiguousPrintAcceptsEitherReading) {
  Figure f = Read("1.353");
  EXPECT_TRUE(AgreesWith(f, 1353));
  EXPECT_TRUE(AgreesWith(f, 1.353));
  EXPECT_FALSE(AgreesWith(f, 1354));
  EXPECT_FALSE(AgreesWith(f, 13.53));
  Figure settled = Read("1.353", kId);
  EXPECT_FALSE(AgreesWith(settled, 1.353));
}

TEST(AgreesWith, RefusesFiguresNoParserWouldMake) {
  Figure broken = Read("94,41%");
  broken.decimals = 400;
  EXPECT_FALSE(AgreesWith(broken, 94.41));
  EXPECT_FALSE(Agree(broken, broken));
  EXPECT_EQ(FormatLike(94.41, broken), "");
  Figure huge = Read("5");
  huge.value = 1e300;
  huge.units = std::numeric_limits<std::int64_t>::max();
  EXPECT_FALSE(Agree(huge, Read("5")));
  EXPECT_FALSE(AgreesWith(huge, 5));
}

// ---- FormatLike ----------------------------------------------------------

struct FormatLikeCase {
  double value;
  const char* pattern;
  NumberStyle style;
  const char* expected;
};

TEST(FormatLike, PrintsValueTheWayThePatternWasPrinted) {
  const FormatLikeCase cases[] = {
      {6656309000.0, "Rp 6.656.309.200,00", kId, "Rp 6.656.309.000,00"},
      {85.757, "85,76", kId, "85,76"},
      {85.755, "85,76", kId, "85,76"},  // half away from zero, despite binary 85.75499...
      {85.754, "85,76", kId, "85,75"},
      {5908376345.0, "Rp 5.908.376.345,-", kId, "Rp 5.908.376.345,-"},
      {6272323501.0, "Rp. 6.656.309.000,-", kId, "Rp. 6.272.323.501,-"},
      {6656309000.0, "6,258,022,650", kEn, "6,656,309,000"},
      {6656309000.0, "5,908,376,345.00", kEn, "6,656,309,000.00"},
      {94.4128, "94,41 %", kId, "94,41 %"},
      {94.4128, "94,41%", kId, "94,41%"},
      {92.795, "92.03%", kEn, "92.80%"},
      {110.909, "111%", kId, "111%"},
      {110.909, "92,8%", kId, "110,9%"},
      {1234.5, "2500", kId, "1235"},
      {1353, "1.353", kAny, "1.353"},
      {750000, "Rp 750", kId, "Rp 750.000"},
      {-1500, "(1.000)", kId, "(1.500)"},
      {1500, "(1.000)", kId, "1.500"},
      {-1500, "-1.000", kId, "-1.500"},
      {-1500, "Rp -1.000", kId, "Rp -1.500"},
      {-5.25, "3,66", kId, "-5,25"},
      {-0.001, "0,00", kId, "0,00"},
      {100, "+5,2%", kId, "+100,0%"},
      {6656309000.0, "Rp 6,6 miliar", kId, "Rp 6,7 miliar"},
      {6656309000.0, "6.656.309", kId, "6.656.309"},  // printed in thousands (scale 3 below)
  };
  for (const FormatLikeCase& c : cases) {
    SCOPED_TRACE(std::string(c.pattern) + " <- " + std::to_string(c.value));
    const int scale = std::string(c.pattern) == "6.656.309" ? 3 : 0;
    EXPECT_EQ(FormatLike(c.value, Read(c.pattern, c.style, scale)), c.expected);
  }
}

TEST(FormatLike, RoundTripsCanonicalPrints) {
  const char* prints[] = {"Rp 6.656.309.000,00", "Rp 5.908.376.345,-", "Rp. 131.337.850,-",
                          "94,41%",  "94,41 %", "3,66", "6,258,022,650", "100.59",
                          "5,908,376,345.00", "92.03%", "2500", "77", "(1.000)", "-5,2%",
                          "12.345.678", "Rp 6,6 miliar", "0,5", "139.743"};
  for (const char* p : prints) {
    SCOPED_TRACE(p);
    Figure f = Read(p);
    EXPECT_EQ(FormatLike(f.value, f), p);
    EXPECT_TRUE(Agree(Read(FormatLike(f.value, f), f.style), f));
  }
}

TEST(FormatLike, RefusesWhatCannotBePrinted) {
  Figure f = Read("85,76");
  EXPECT_EQ(FormatLike(std::numeric_limits<double>::quiet_NaN(), f), "");
  EXPECT_EQ(FormatLike(std::numeric_limits<double>::infinity(), f), "");
  EXPECT_EQ(FormatLike(1e300, f), "");
  EXPECT_EQ(FormatLike(-1e300, f), "");
}

// ---- ExtractFigures ------------------------------------------------------

TEST(ExtractFigures, NarrativeRatioSentence) {
  const std::string text =
      "dana sebesar Rp 13.356.250,- atau 95,40% dari anggaran sebesar Rp 14.000.000,-";
  std::vector<FoundFigure> found = ExtractFigures(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(Printed(found),
            (std::vector<std::string>{"Rp 13.356.250,-", "95,40%", "Rp 14.000.000,-"}));
  EXPECT_DOUBLE_EQ(found[0].figure.value, 13356250);
  EXPECT_TRUE(found[0].figure.currency);
  EXPECT_TRUE(found[0].figure.exact);
  EXPECT_DOUBLE_EQ(found[1].figure.value, 95.40);
  EXPECT_TRUE(found[1].figure.percent);
  EXPECT_DOUBLE_EQ(found[2].figure.value, 14000000);
  for (const FoundFigure& f : found) {
    EXPECT_EQ(text.substr(f.offset, f.length), f.figure.printed);
    EXPECT_EQ(f.kind, NumeralKind::kFigure);
  }
  EXPECT_EQ(found[0].offset, text.find("Rp 13"));
  // The sentence's claim holds: 13.356.250 / 14.000.000 = 95,40%.
  EXPECT_TRUE(AgreesWith(found[1].figure, found[0].figure.value / found[2].figure.value * 100));
}

TEST(ExtractFigures, StaffSentence) {
  std::vector<FoundFigure> found =
      ExtractFigures("SDM sebanyak 28 orang atau 93,33% dari rencana sebanyak 30 orang");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_DOUBLE_EQ(found[0].figure.value, 28);
  EXPECT_DOUBLE_EQ(found[1].figure.value, 93.33);
  EXPECT_TRUE(found[1].figure.percent);
  EXPECT_DOUBLE_EQ(found[2].figure.value, 30);
  EXPECT_TRUE(AgreesWith(found[1].figure, 28.0 / 30 * 100));
}

struct SentenceCase {
  const char* text;
  std::vector<std::string> figures;
};

TEST(ExtractFigures, OnlyRealFiguresInSentencesWithYearsIdentifiersAndDates) {
  const SentenceCase cases[] = {
      {"Sesuai PermenPANRB Nomor 53 Tahun 2014 dan Perpres 29/2014, pada Tahun 2024 rapat "
       "hari Rabu (11/12) dan tanggal 23/10 di Jl. RE. Martadinata No. 38 (lihat Tabel 3.2.1 "
       "dan Tabel 3.2), ditandatangani NIP 197011091997031004, dihadiri 45 orang atau 90,00% "
       "dari 50 undangan.",
       {"45", "90,00%", "50"}},
      {"Jl. RE. Martadinata No. 38 Kelurahan Kota Kecamatan Tanjungpandan Telp/fax. 0719 "
       "21601 secara efisien tercapai. Hal ini dapat dilihat dari capaian output sebesar "
       "133,12%.",
       {"133,12%"}},
      {"Kepala Dinas\nNIP. 19701109 199703 1 004", {}},
      {"Tanjungpandan, 5 Februari 2025", {}},
      {"LAPORAN KINERJA SEMESTER II 2024 (JULI S.D DESEMBER 2024)", {}},
      {"Inspektorat Nomor: 700.1.2.1/088/RLKin/INSPEK/2024 tanggal 13 Agustus 2024 "
       "diperoleh nilai sebesar 66,35 dengan kategori nilai B",
       {"66,35"}},
      {"Surat Bupati Belitung Nomor: 700.1.2.1/192TL/INSPEK/2024 tanggal 25 September 2024",
       {}},
      {"1. Peningkatan dalam Perencanaan Kinerja\n2. Realisasi penyerapan anggaran belanja "
       "langsung pada tahun 2024 sebesar 94,23% dari total anggaran.",
       {"94,23%"}},
      {"\t1.Persentase capaian pendaftaran penduduk\t76%\t87,24%\t114,79", {"76%", "87,24%",
                                                                           "114,79"}},
      {"- 1) Program/Kegiatan yang menunjang keberhasilan", {}},
      {"a. Persentase capaian pendaftaran penduduk", {}},
      {"Rata-rata capaian Sasaran Kegiatan 2 yaitu Terselenggaranya Administrasi Keuangan "
       "sebesar 100% dan Sasaran Program 3 sebesar 50%",
       {"100%", "50%"}},
      {"sebagaimana disajikan pada tabel 3.2.1.1 berikut dan Gambar 3.3 serta Bab 4", {}},
      {"Renstra 2021-2026 dan IKU Tahun 2024-2026 pada Covid-19 ke-3", {}},
      {"penerbitan KTP-el dan IKU2 serta TW4", {}},
      {"Pasal 5 ayat (2) Peraturan Pemerintah Nomor 8 Tahun 2006", {}},
      {"pukul 08.00 WIB", {}},
      // Parentheses in prose are asides, not negatives.
      {"belanja Operasi mencapai Rp 4.695.052.296,- (86,64%) dan belanja modal mencapai "
       "Rp. 131.337.850,- (95,63%).",
       {"Rp 4.695.052.296,-", "86,64%", "Rp. 131.337.850,-", "95,63%"}},
      {"$(87,24+94,31+50) / 3$ = 77,18%", {"87,24", "94,31", "50", "3", "77,18%"}},
      {"$(1+2+3)/3$", {"1", "2", "3", "3"}},
      {"sertifikat ISO/IEC 27001.", {}},
      // Tabs separate cells: "%" and keywords do not reach across them.
      {"Target 2025\t% Realisasi\tTabel\t12", {"12"}},
      {"Jumlah\tRp\t5.000", {"5.000"}},
      {"kategori A Sangat Baik 88,31-100", {"88,31", "100"}},
      {"indikator Nilai Indeks Kepuasan Masyarakat (3,66) telah mencapai target",
       {"3,66"}},
      {"Perjanjian Kerjasama dengan Mitra 3 (Tiga) mitra", {"3"}},
      {"pagu dana sebesar 5.556.670.837,- dengan rincian", {"5.556.670.837,-"}},
      {"turun sebesar -5,2% dibanding tahun lalu", {"-5,2%"}},
      {"sebesar Rp 6,6 miliar atau 50 persen", {"Rp 6,6 miliar", "50 persen"}},
      {"Jumlah penerbitan akta kematian 1.353 akta", {"1.353"}},
      {"total Rp.5.000.000 dan Rp6.000", {"Rp.5.000.000", "Rp6.000"}},
      {"", {}},
      {"Rp", {}},
      {"sebesar Rp", {}},
      {"%", {}},
  };
  for (const SentenceCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<FoundFigure> found = ExtractFigures(c.text);
    EXPECT_EQ(Printed(found), c.figures);
    const std::string text = c.text;
    for (const FoundFigure& f : found) {
      ASSERT_LE(f.offset + f.length, text.size());
      EXPECT_EQ(text.substr(f.offset, f.length), f.figure.printed);
    }
  }
}

TEST(ExtractFigures, NegativeAndDecorationFlagsInText) {
  std::vector<FoundFigure> found =
      ExtractFigures("turun sebesar -5,2% dan (86,64%) serta Rp 6,6 miliar");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_TRUE(found[0].figure.negative);
  EXPECT_DOUBLE_EQ(found[0].figure.value, -5.2);
  EXPECT_FALSE(found[1].figure.negative);
  EXPECT_DOUBLE_EQ(found[1].figure.value, 86.64);
  EXPECT_DOUBLE_EQ(found[2].figure.value, 6.6e9);
  EXPECT_FALSE(found[2].figure.exact);
}

struct KindCase {
  const char* printed;
  NumeralKind kind;
};

TEST(ExtractFigures, AllNumeralsCarryTheirKind) {
  const std::string text =
      "1. Sesuai PermenPANRB Nomor 53 Tahun 2014 dan Perpres 29/2014, Rabu (11/12), tanggal 13 "
      "Agustus 2024, No. 38, Telp. 0719 21601, Tabel 3.2, Sasaran Kegiatan 1, ke-3, 192TL, "
      "tanggal 23-10-2024, sebanyak 28 orang atau 93,33%";
  std::vector<FoundFigure> found =
      ExtractFigures(text, kId, ExtractMode::kAllNumerals);
  const KindCase expected[] = {
      {"1", NumeralKind::kListMarker}, {"53", NumeralKind::kIdentifier},
      {"2014", NumeralKind::kYear},    {"29", NumeralKind::kIdentifier},
      {"2014", NumeralKind::kIdentifier}, {"11", NumeralKind::kDate},
      {"12", NumeralKind::kDate},      {"13", NumeralKind::kDate},
      {"2024", NumeralKind::kYear},    {"38", NumeralKind::kIdentifier},
      {"0719", NumeralKind::kIdentifier}, {"21601", NumeralKind::kIdentifier},
      {"3.2", NumeralKind::kLabel},    {"1", NumeralKind::kLabel},
      {"3", NumeralKind::kIdentifier}, {"192", NumeralKind::kIdentifier},
      {"23", NumeralKind::kDate},      {"10", NumeralKind::kDate},
      {"2024", NumeralKind::kDate},    {"28", NumeralKind::kFigure},
      {"93,33%", NumeralKind::kFigure},
  };
  ASSERT_EQ(found.size(), std::size(expected)) << ::testing::PrintToString(Printed(found));
  for (std::size_t i = 0; i < found.size(); ++i) {
    SCOPED_TRACE(expected[i].printed);
    EXPECT_EQ(found[i].figure.printed, expected[i].printed);
    EXPECT_EQ(NumeralKindName(found[i].kind), std::string(NumeralKindName(expected[i].kind)));
  }
  // The default mode keeps only the figures.
  EXPECT_EQ(Printed(ExtractFigures(text)), (std::vector<std::string>{"28", "93,33%"}));
}

TEST(ExtractFigures, StyleOfTheText) {
  // Body text is Indonesian by default: "1.353" is a count.
  std::vector<FoundFigure> id = ExtractFigures("sebanyak 1.353 akta dan 3.66 indeks");
  ASSERT_EQ(id.size(), 2u);
  EXPECT_DOUBLE_EQ(id[0].figure.value, 1353);
  EXPECT_FALSE(id[0].figure.ambiguous);
  EXPECT_DOUBLE_EQ(id[1].figure.value, 3.66);
  EXPECT_TRUE(id[1].figure.style_slip);
  // Undecided, the same count stays ambiguous.
  std::vector<FoundFigure> any = ExtractFigures("sebanyak 1.353 akta", kAny);
  ASSERT_EQ(any.size(), 1u);
  EXPECT_TRUE(any[0].figure.ambiguous);
  // English text.
  std::vector<FoundFigure> en = ExtractFigures("realization 6,258,022,650 or 94.41%", kEn);
  ASSERT_EQ(en.size(), 2u);
  EXPECT_DOUBLE_EQ(en[0].figure.value, 6258022650.0);
  EXPECT_DOUBLE_EQ(en[1].figure.value, 94.41);
}

TEST(ExtractFigures, OffsetsAreBytesInUtf8Text) {
  const std::string text = "Capaian \xE2\x80\x9Cluar biasa\xE2\x80\x9D sebesar\xC2\xA0" "95,40%.";
  std::vector<FoundFigure> found = ExtractFigures(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].offset, text.find("95,40%"));
  EXPECT_EQ(found[0].length, 6u);
}

// ---- Hostile input -------------------------------------------------------

TEST(Robustness, HostileStringsReturnWithoutCrashing) {
  const std::vector<std::string> hostile = {
      "999999999999999999999999", "1.2.3.4.5", "((1))", "Rp", "%", "Rp.%", ",-", "(-)",
      std::string(1 << 20, '9'), std::string(1 << 16, '('), std::string(1 << 16, '.'),
      std::string(100000, ','), std::string(100000, '1').append("%"),
      std::string("\0\0\0", 3), "\xFF\xFE\xFD", "\xC2", "\xE2\x88", "Rp\xC2", "-\xE2\x88\x92" "5",
      "1,000,000,000,000,000,000,000", "0." + std::string(50, '0') + "1"};
  for (const std::string& s : hostile) {
    SCOPED_TRACE(s.substr(0, 40));
    EXPECT_FALSE(ParseFigure(s, kAny).has_value());
    for (const FoundFigure& f : ExtractFigures(s, kAny, ExtractMode::kAllNumerals)) {
      EXPECT_LE(std::fabs(f.figure.value), kLargestFigure);
      EXPECT_LE(f.offset + f.length, s.size());
    }
    DecideStyle({s, s});
  }
}

TEST(Robustness, RandomBytesAndRandomNumerals) {
  std::mt19937 rng(20240601);
  const std::string alphabet = "0123456789.,-+%() Rp\t\n/";
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int length = static_cast<int>(rng() % 40);
    for (int i = 0; i < length; ++i) {
      s += round % 2 ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
    }
    for (NumberStyle style : {kAny, kId, kEn}) {
      std::optional<Figure> f = ParseFigure(s, style);
      if (f) {
        ASSERT_TRUE(std::isfinite(f->value)) << s;
        ASSERT_LE(std::fabs(f->value), kLargestFigure) << s;
        ASSERT_LE(f->lo, f->value) << s;
        ASSERT_GE(f->hi, f->value) << s;
        ASSERT_TRUE(Agree(*f, *f)) << s;
        ASSERT_TRUE(AgreesWith(*f, f->value)) << s;
        // A figure printed like itself reads back to an agreeing figure.
        std::optional<Figure> again = ParseFigure(FormatLike(f->value, *f), f->style);
        ASSERT_TRUE(again.has_value()) << s << " -> " << FormatLike(f->value, *f);
        ASSERT_TRUE(Agree(*again, *f)) << s;
      }
    }
    for (const FoundFigure& f : ExtractFigures(s, kAny, ExtractMode::kAllNumerals)) {
      ASSERT_LE(f.offset + f.length, s.size());
      ASSERT_EQ(s.substr(f.offset, f.length), f.figure.printed);
    }
  }
}

TEST(Robustness, LongTextIsReadInOnePass) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "dana sebesar Rp 13.356.250,- atau 95,40% pada Tahun 2024. ";
  std::vector<FoundFigure> found = ExtractFigures(text);
  EXPECT_EQ(found.size(), 40000u);
}

}  // namespace
}  // namespace lkj::audit
