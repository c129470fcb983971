// Number reading for the audit: turns a figure as printed in an LKj (a table
// cell, or a number inside running text) into something the audit can
// compare, together with everything the print leaves open.
//
// A printed figure is evidence, not a value. "92,8%" stands for any value
// that was rounded or truncated to 92,8; "1.353" is 1353 in Indonesian format
// but 1,353 in English format, and one PDF mixes both (body text Indonesian,
// appendices pasted from English-locale spreadsheets, with the odd slip). The
// audit may call an error only when no reading of the print can match, so a
// Figure carries the interval it may stand for and, when the format is
// undecided, both readings. Rupiah amounts compare exactly (integer units),
// never through floating point.
//
// Nothing here throws or keeps state; any byte string is accepted and either
// read or refused (std::nullopt).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lkj::audit {

// Which characters separate thousands and decimals.
enum class NumberStyle {
  kUnknown,     // undecided; for a Reading: no separator was printed ("2500")
  kIndonesian,  // 6.656.309.000,00   94,41
  kEnglish,     // 6,258,022,650.00   100.59
};
const char* NumberStyleName(NumberStyle style);

// Larger magnitudes are refused: beyond any LKj budget, and beyond what a
// double holds exactly to the Rupiah.
inline constexpr double kLargestFigure = 1e15;
// More significant digits than int64 holds are refused (NIP numbers, junk).
inline constexpr int kMaxSignificantDigits = 18;

// One way of reading the digits of a printed figure.
struct Reading {
  // value == units * 10^(scale_exponent - decimals), exactly; units is signed.
  std::int64_t units = 0;
  int decimals = 0;        // digits printed after the decimal separator
  int scale_exponent = 0;  // printed in units of 10^this ("miliar" = 9, "ribuan" column = 3)
  double value = 0;        // percent figures in percent: "94,41%" -> 94.41
  NumberStyle style = NumberStyle::kUnknown;  // the convention this reading assumes
  bool grouped = false;    // thousands separators were printed

  // The values the print may stand for. An exact figure (money and counts
  // printed with thousands separators or as Rupiah) stands for itself:
  // lo == hi == value. Otherwise the value was rounded or truncated to the
  // printed unit u = 10^(scale_exponent - decimals): [value - u/2, value + u)
  // when not negative, (value - u, value + u/2] when negative.
  bool exact = false;
  double lo = 0, hi = 0;
};

// A figure as printed; the Reading it inherits is the most plausible one.
struct Figure : Reading {
  std::string printed;  // the text read, without surrounding white space

  bool percent = false;   // "%", " %" or "persen"
  bool currency = false;  // "Rp"/"Rp." prefix, ",-"/".-" suffix, or ",00" cents on an amount >= 1000
  bool negative = false;  // leading minus, or the whole figure in parentheses: "(1.000)"
  bool parenthesized = false;

  // The print fits both conventions ("1.353", "1,309") and no style was
  // given: `alternative` holds the other reading. Agree() and AgreesWith()
  // accept a match by either reading.
  bool ambiguous = false;
  std::optional<Reading> alternative;

  // The print contradicts the style the caller gave (an English column with
  // one "85,71"); it was read by its own unambiguous evidence.
  bool style_slip = false;

  // Decoration around the digits as printed, sign and parentheses excluded,
  // so a corrected figure can be printed the same way: "Rp. " / ",-", "%".
  std::string lead, trail;
};

// Reads one printed figure: a table cell, or a figure ExtractFigures found.
// `style` is the convention the surroundings use (the column's, from
// DecideStyle; kUnknown if undecided). Refuses anything that is not one
// figure: "", "-", "Tercapai", "3 (Tiga) mitra", "1.2.3", values beyond
// kLargestFigure. `scale_exponent` says the figure is printed in units of
// 10^scale_exponent (3 for a column "dalam ribuan rupiah"); such figures are
// rounded, so never exact. A trailing "ribu"/"juta"/"miliar"/"triliun" adds
// to it.
std::optional<Figure> ParseFigure(std::string_view printed, NumberStyle style,
                                  int scale_exponent = 0);

// The same reading, named for call sites that read a cell of a table column
// whose style DecideStyle settled.
inline std::optional<Figure> ParseFigureInColumn(std::string_view printed,
                                                 NumberStyle column_style,
                                                 int scale_exponent = 0) {
  return ParseFigure(printed, column_style, scale_exponent);
}

// A figure followed by its unit, as performance tables print targets and
// results: "73 poin", "69.02poin", "4,01/ 1000 KH" (a rate per thousand).
// The unit, lower-cased and without spaces, is kept in `trail` ("poin",
// "/1000kh") so that two figures are compared only in the same unit. A print
// ParseFigure reads is read by it; a unit that is not letters ("3 (Tiga)
// mitra", "5 dari 6") is refused. For columns whose header already says they
// hold figures: elsewhere "3 kegiatan" is a name.
std::optional<Figure> ParseFigureWithUnit(std::string_view printed, NumberStyle style);

// The unit ParseFigureWithUnit kept ("poin", "/1000kh"), "%" for a percent,
// empty for a bare figure.
std::string UnitOf(const Figure& f);

// The style of a column (or table) by majority of the cells that show
// unambiguous evidence: "6,258,022,650" and "100.59" are English;
// "6.656.309.000,00", "94,41" and "12.345.678" are Indonesian; "1.353",
// "2500" and "-" show nothing. Without evidence, or on a tie, `fallback`
// (the table's or the document's style).
NumberStyle DecideStyle(const std::vector<std::string>& cells,
                        NumberStyle fallback = NumberStyle::kUnknown);

// The two printed figures can stand for the same value: their intervals
// meet, compared exactly in integers (6.656.309.000 and 6.656.309.200 differ;
// "92,80%" and "92,79%" agree, as 92,795..92,799 rounds to one and truncates
// to the other). Only values are compared: "%" and "Rp" are not.
bool Agree(const Figure& a, const Figure& b);

// A computed value (a sum, a ratio in percent) lies within what the printed
// figure may stand for, widened by `tolerance_abs` on both sides. Allows for
// binary rounding of `computed`, never for a whole printed unit.
bool AgreesWith(const Figure& printed, double computed, double tolerance_abs = 0);

// `value` printed the way `pattern` was: the same style, grouping, decimals
// (rounded half away from zero, as spreadsheets do), scale word and Rp / % /
// ",-" decoration. For messages telling the reviewer what a figure should
// read: 6656309000 like "Rp 6.656.309.200,00" -> "Rp 6.656.309.000,00".
// Empty when `value` is not finite or too large to print that way.
std::string FormatLike(double value, const Figure& pattern);

// What a number found in running text is.
enum class NumeralKind {
  kFigure,      // a quantity the audit may check
  kYear,        // "Tahun 2024", "2023"
  kDate,        // "23/10", "Rabu (11/12)", "5 Februari", "tanggal 13"
  kIdentifier,  // "Nomor 53", "No. 38", NIP, phone, "192TL", "/088/"
  kListMarker,  // "1." or "2)" opening a line
  kLabel,       // "Tabel 3.2", "Sasaran Kegiatan 1", "Pasal 5"
};
const char* NumeralKindName(NumeralKind kind);

struct FoundFigure {
  Figure figure;       // figure.printed includes "Rp", "%", ",-" and a sign
  std::size_t offset = 0;  // byte offset of figure.printed in the text
  std::size_t length = 0;  // its length in bytes
  NumeralKind kind = NumeralKind::kFigure;
};

enum class ExtractMode {
  kFiguresOnly,  // only kFigure: what a check should compare
  kAllNumerals,  // every readable number, each with its kind
};

// The figures inside a sentence or paragraph, in order:
// "dana sebesar Rp 13.356.250,- atau 95,40% dari anggaran sebesar
// Rp 14.000.000,-" -> three. Conservative: a number that could be a year,
// date, identifier, list marker or label is not a kFigure. Parentheses in
// running text are asides, never a negative sign. Body text is Indonesian,
// hence the default style.
std::vector<FoundFigure> ExtractFigures(std::string_view text,
                                        NumberStyle style = NumberStyle::kIndonesian,
                                        ExtractMode mode = ExtractMode::kFiguresOnly);

}  // namespace lkj::audit
