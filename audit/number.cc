#include "audit/number.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <iterator>

namespace lkj::audit {
namespace {

// Exact tick arithmetic in Agree: value * 10^19 for values up to 1e15 needs
// about 114 bits.
__extension__ typedef __int128 Wide;

// A cell longer than this is prose, not a figure.
constexpr std::size_t kMaxPrintedLength = 256;
// Caller scale plus a scale word ("triliun" = 12) may not exceed this.
constexpr int kMaxScaleExponent = 15;
constexpr int kMaxDecimals = kMaxSignificantDigits;

constexpr std::string_view kNbsp = "\xC2\xA0";
constexpr std::string_view kThinSpace = "\xE2\x80\x89";
constexpr std::string_view kNarrowNbsp = "\xE2\x80\xAF";
constexpr std::string_view kMinusSign = "\xE2\x88\x92";  // U+2212
constexpr std::string_view kBullet = "\xE2\x80\xA2";     // U+2022

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool HasAt(std::string_view s, std::size_t i, std::string_view what) {
  return i <= s.size() && s.size() - i >= what.size() && s.compare(i, what.size(), what) == 0;
}

// Length of the white-space character starting at s[i] (ASCII, or a no-break
// / thin space in UTF-8), 0 if there is none.
std::size_t SpaceAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (HasAt(s, i, kNbsp)) return kNbsp.size();
  if (HasAt(s, i, kThinSpace) || HasAt(s, i, kNarrowNbsp)) return kThinSpace.size();
  return 0;
}

// Length of the white-space character ending just before s[end], 0 if none.
std::size_t SpaceBefore(std::string_view s, std::size_t end) {
  if (end == 0 || end > s.size()) return 0;
  if (SpaceAt(s, end - 1) == 1) return 1;
  if (end >= 2 && HasAt(s, end - 2, kNbsp)) return 2;
  if (end >= 3 && (HasAt(s, end - 3, kThinSpace) || HasAt(s, end - 3, kNarrowNbsp))) return 3;
  return 0;
}

std::size_t SkipSpaces(std::string_view s, std::size_t i) {
  while (std::size_t n = SpaceAt(s, i)) i += n;
  return i;
}

// In running text a tab or line break ends a table cell or a line, so only
// spaces may sit between a number and its "Rp", "%" or keyword.
std::size_t InlineSpaceAt(std::string_view s, std::size_t i) {
  std::size_t n = SpaceAt(s, i);
  return n == 1 && s[i] != ' ' ? 0 : n;
}

std::size_t InlineSpaceBefore(std::string_view s, std::size_t end) {
  std::size_t n = SpaceBefore(s, end);
  return n == 1 && s[end - 1] != ' ' ? 0 : n;
}

std::size_t SkipInlineSpaces(std::string_view s, std::size_t i) {
  while (std::size_t n = InlineSpaceAt(s, i)) i += n;
  return i;
}

std::string_view Trim(std::string_view s) {
  std::size_t begin = SkipSpaces(s, 0);
  std::size_t end = s.size();
  while (end > begin) {
    std::size_t n = SpaceBefore(s, end);
    if (n == 0) break;
    end -= n;
  }
  return s.substr(begin, end - begin);
}

std::size_t MinusAt(std::string_view s, std::size_t i) {
  if (i < s.size() && s[i] == '-') return 1;
  return HasAt(s, i, kMinusSign) ? kMinusSign.size() : 0;
}

std::size_t MinusBefore(std::string_view s, std::size_t end) {
  if (end >= 1 && s[end - 1] == '-') return 1;
  return end >= kMinusSign.size() && HasAt(s, end - kMinusSign.size(), kMinusSign)
             ? kMinusSign.size()
             : 0;
}

// "Rp" (any case) at s[i], not the start of a longer word.
bool RpAt(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && Lower(s[i]) == 'r' && Lower(s[i + 1]) == 'p' &&
         (i + 2 >= s.size() || !IsLetter(s[i + 2]));
}

// Length of the whole word `word` (lower-case) at s[i], any case; 0 if absent.
std::size_t WordAt(std::string_view s, std::size_t i, std::string_view word) {
  if (i > s.size() || s.size() - i < word.size()) return 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[i + k]) != word[k]) return 0;
  }
  std::size_t end = i + word.size();
  return end < s.size() && IsLetter(s[end]) ? 0 : word.size();
}

struct ScaleWord {
  std::string_view word;
  int exponent;
};
constexpr std::array<ScaleWord, 5> kScaleWords = {{
    {"ribu", 3}, {"juta", 6}, {"miliar", 9}, {"milyar", 9}, {"triliun", 12}}};

// End of the number starting at s[i] (a digit): digits, and '.' or ','
// only where a digit follows, so "100%." and "Rp 5.000,-" end at the digits.
std::size_t ScanNumber(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (IsDigit(s[i])) {
      ++i;
    } else if ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() && IsDigit(s[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

std::int64_t Pow10(int k) {  // 0 <= k <= 18
  std::int64_t p = 1;
  while (k-- > 0) p *= 10;
  return p;
}

long double Pow10L(int k) {  // any sign; exact for |k| <= 27
  long double p = 1;
  for (int i = 0; i < std::abs(k); ++i) p *= 10;
  return k >= 0 ? p : 1 / p;
}

Wide Pow10Wide(int k) {  // 0 <= k <= 38
  Wide p = 1;
  while (k-- > 0) p *= 10;
  return p;
}

// The digits of a number under one convention, unsigned.
struct Digits {
  std::int64_t units = 0;
  int decimals = 0;
  bool grouped = false;
};

// Reads `number` (digits with separators between them) with `group` as the
// thousands separator and `decimal` as the decimal one. Refuses a print the
// convention does not produce: two decimal separators, groups of other than
// three digits, a group separator after the decimal one, or more significant
// digits than int64 holds.
std::optional<Digits> ReadDigits(std::string_view number, char group, char decimal) {
  std::size_t point = number.find(decimal);
  if (point != std::string_view::npos && number.find(decimal, point + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view whole = number.substr(0, point);
  std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : number.substr(point + 1);
  if (fraction.find(group) != std::string_view::npos) return std::nullopt;

  Digits d;
  std::size_t first_group = whole.find(group);
  if (first_group != std::string_view::npos) {
    // A spreadsheet groups "1.234.567", never "01.234" or "12.34".
    if (first_group > 3 || whole[0] == '0') return std::nullopt;
    for (std::size_t at = first_group; at != std::string_view::npos;) {
      std::size_t next = whole.find(group, at + 1);
      std::size_t length = (next == std::string_view::npos ? whole.size() : next) - at - 1;
      if (length != 3) return std::nullopt;
      at = next;
    }
    d.grouped = true;
  }

  int significant = 0;
  for (char c : whole) {
    if (!IsDigit(c) || (significant == 0 && c == '0')) continue;
    if (++significant > kMaxSignificantDigits) return std::nullopt;
    d.units = d.units * 10 + (c - '0');
  }
  for (char c : fraction) {
    if (++significant > kMaxSignificantDigits) return std::nullopt;
    d.units = d.units * 10 + (c - '0');
  }
  d.decimals = static_cast<int>(fraction.size());
  return d;
}

long double Magnitude(const Digits& d, int scale_exponent) {
  return static_cast<long double>(d.units) * Pow10L(scale_exponent - d.decimals);
}

Reading MakeReading(const Digits& d, NumberStyle style, int scale_exponent, bool negative,
                    bool exact) {
  Reading r;
  r.units = negative ? -d.units : d.units;
  r.decimals = d.decimals;
  r.scale_exponent = scale_exponent;
  r.style = style;
  r.grouped = d.grouped;
  r.exact = exact;
  // Integer numerators over 10^decimals: each bound is one correctly
  // rounded division, so "94,41" has hi == 94.42 exactly as a literal reads.
  const long double denominator = static_cast<long double>(Pow10(d.decimals));
  const long double scale = Pow10L(scale_exponent);
  const long double units = static_cast<long double>(d.units);
  const long double sign = negative ? -1 : 1;
  r.value = static_cast<double>(sign * units / denominator * scale);
  if (exact) {
    r.lo = r.hi = r.value;
  } else if (!negative) {
    r.lo = static_cast<double>((2 * units - 1) / (2 * denominator) * scale);
    r.hi = static_cast<double>((units + 1) / denominator * scale);
  } else {
    r.lo = static_cast<double>(-(units + 1) / denominator * scale);
    r.hi = static_cast<double>(-(2 * units - 1) / (2 * denominator) * scale);
  }
  return r;
}

// A Reading is only trusted for arithmetic when it is one ParseFigure could
// have produced (Figure is a plain struct; a caller may have filled it).
bool Sane(const Reading& r) {
  return r.decimals >= 0 && r.decimals <= kMaxDecimals && r.scale_exponent >= 0 &&
         r.scale_exponent <= kMaxScaleExponent && std::isfinite(r.value) &&
         std::fabs(r.value) <= kLargestFigure * 1.01 &&
         r.units > -Pow10(kMaxSignificantDigits) && r.units < Pow10(kMaxSignificantDigits);
}

// An interval in integer ticks of 10^-exponent, with its open ends.
struct TickInterval {
  Wide lo = 0, hi = 0;
  bool lo_closed = true, hi_closed = true;
};

TickInterval Ticks(const Reading& r, bool negative, int exponent) {
  const Wide unit = Pow10Wide(exponent - (r.decimals - r.scale_exponent));  // >= 10, so unit/2 is exact
  const Wide v = static_cast<Wide>(r.units) * unit;
  if (r.exact) return {v, v, true, true};
  if (!negative) return {v - unit / 2, v + unit, true, false};
  return {v - unit, v + unit / 2, false, true};
}

bool Meet(const TickInterval& a, const TickInterval& b) {
  Wide lo = std::max(a.lo, b.lo);
  bool lo_closed = (a.lo != lo || a.lo_closed) && (b.lo != lo || b.lo_closed);
  Wide hi = std::min(a.hi, b.hi);
  bool hi_closed = (a.hi != hi || a.hi_closed) && (b.hi != hi || b.hi_closed);
  return lo < hi || (lo == hi && lo_closed && hi_closed);
}

bool ReadingsAgree(const Reading& a, bool a_negative, const Reading& b, bool b_negative) {
  if (!Sane(a) || !Sane(b)) return false;
  int exponent = std::max(a.decimals - a.scale_exponent, b.decimals - b.scale_exponent) + 1;
  return Meet(Ticks(a, a_negative, exponent), Ticks(b, b_negative, exponent));
}

bool ReadingAdmits(const Reading& r, bool negative, double x, double tolerance) {
  if (!Sane(r) || !std::isfinite(x)) return false;
  const double unit = static_cast<double>(Pow10L(r.scale_exponent - r.decimals));
  // Room for the binary rounding of a computed sum or ratio, far below the
  // printed unit, so a whole unit off (94,42 against "94,41%") still fails.
  const double slack = std::min(1e-12 * std::max(1.0, std::fabs(r.value)), 0.1 * unit);
  if (r.exact) return std::fabs(x - r.value) <= tolerance + slack;
  if (!negative) return x >= r.lo - tolerance - slack && x < r.hi + tolerance - slack;
  return x > r.lo - tolerance + slack && x <= r.hi + tolerance + slack;
}

// ---- Running text ---------------------------------------------------------

// Words after which a bare number names something rather than counts it.
constexpr std::string_view kIdentifierWords[] = {
    "no",      "nomor",  "nomer",  "nip",         "nik",         "npwp",      "nrp",
    "kode",    "telp",   "telpon", "telepon",     "tlp",         "fax",       "faks",
    "hp",      "wa",     "rt",     "rw",          "pasal",       "ayat",      "huruf",
    "perpres", "pp",     "uu",     "permendagri", "permenpanrb", "permenpan", "perda",
    "perbup",  "pergub", "perwal", "kepmen",      "sk",          "iso",       "iec"};
constexpr std::string_view kLabelWords[] = {
    "tabel",     "table",    "gambar", "grafik",   "diagram",  "bagan",   "lampiran", "bab",
    "subbab",    "halaman",  "hal",    "hlm",      "sasaran",  "kegiatan", "program", "indikator",
    "iku",       "tujuan",   "misi",   "tahap",    "semester", "triwulan", "tw",      "kuartal",
    "lantai",    "butir",    "poin",   "bagian"};
constexpr std::string_view kYearWords[] = {"tahun", "ta", "thn"};
constexpr std::string_view kDateWords[] = {"tanggal", "tgl", "pukul", "jam"};
constexpr std::string_view kMonthWords[] = {
    "januari", "februari", "pebruari", "maret",   "april",    "mei",    "juni",    "juli",
    "agustus", "september", "oktober", "nopember", "november", "desember", "january", "february",
    "march",   "may",      "june",     "july",    "august",   "october", "december", "jan",
    "feb",     "mar",      "apr",      "jun",     "jul",      "agu",    "agt",     "ags",
    "aug",     "sep",      "sept",     "okt",     "oct",      "nov"};

template <std::size_t N>
bool OneOf(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// The word just before text[start], lower-case, skipping white space and
// the punctuation that sits between a keyword and its number ("No. 38",
// "Nomor: 5", "ayat (2)"); empty if none.
std::string WordBefore(std::string_view text, std::size_t start) {
  std::size_t p = start;
  for (int skipped = 0; p > 0 && skipped < 6; ++skipped) {
    if (std::size_t n = InlineSpaceBefore(text, p)) {
      p -= n;
    } else if (text[p - 1] == '.' || text[p - 1] == ':' || text[p - 1] == '(' || text[p - 1] == '#') {
      --p;
    } else {
      break;
    }
  }
  std::size_t end = p;
  while (p > 0 && IsLetter(text[p - 1]) && end - p < 16) --p;
  if (p > 0 && IsLetter(text[p - 1])) return {};
  std::string word(text.substr(p, end - p));
  for (char& c : word) c = Lower(c);
  return word;
}

// The word just after text[end] and white space, lower-case; empty if none.
std::string WordAfter(std::string_view text, std::size_t end) {
  std::size_t p = SkipInlineSpaces(text, end);
  if (p == end) return {};
  std::size_t begin = p;
  while (p < text.size() && IsLetter(text[p]) && p - begin < 16) ++p;
  if (p < text.size() && IsLetter(text[p])) return {};
  std::string word(text.substr(begin, p - begin));
  for (char& c : word) c = Lower(c);
  return word;
}

// Reads a run of digits at text[*p] of min..max digits.
bool ReadSmallNumber(std::string_view text, std::size_t* p, std::size_t min_digits,
                     std::size_t max_digits, int* value) {
  std::size_t begin = *p, end = *p;
  while (end < text.size() && IsDigit(text[end])) ++end;
  if (end - begin < min_digits || end - begin > max_digits) return false;
  *value = 0;
  for (std::size_t i = begin; i < end; ++i) *value = *value * 10 + (text[i] - '0');
  *p = end;
  return true;
}

// A day/month date starting at text[i]: "23/10", "11/12", "23/10/2024",
// "23-10-2024" (with '-' only when the year is there: "1-4" is a range).
bool DateAt(std::string_view text, std::size_t i, std::size_t* end) {
  std::size_t p = i;
  int day = 0, month = 0, year = 0;
  if (!ReadSmallNumber(text, &p, 1, 2, &day)) return false;
  if (p >= text.size() || (text[p] != '/' && text[p] != '-')) return false;
  const char separator = text[p++];
  if (!ReadSmallNumber(text, &p, 1, 2, &month)) return false;
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  bool with_year = false;
  if (p < text.size() && text[p] == separator) {
    std::size_t q = p + 1;
    if (ReadSmallNumber(text, &q, 2, 4, &year) && q - (p + 1) != 3) {
      p = q;
      with_year = true;
    }
  }
  if (separator == '-' && !with_year) return false;
  *end = p;
  return true;
}

// Only white space and bullets between the start of the line (or of a
// tab-separated cell) and text[start].
bool OpensLine(std::string_view text, std::size_t start) {
  std::size_t p = start;
  for (int steps = 0; p > 0 && steps < 16; ++steps) {
    char c = text[p - 1];
    if (c == '\n' || c == '\r' || c == '\t') return true;
    if (std::size_t n = SpaceBefore(text, p)) {
      p -= n;
    } else if (c == '-' || c == '*' || c == '(') {
      --p;
    } else if (p >= kBullet.size() && HasAt(text, p - kBullet.size(), kBullet)) {
      p -= kBullet.size();
    } else {
      return false;
    }
  }
  return p == 0;
}

// A '/' next to the number at `at` (direction -1: before it, +1: after it)
// joining it to a letter or digit, as in numbers of letters and regulations.
bool SlashJoined(std::string_view text, std::size_t at, int direction) {
  if (direction < 0) {
    return at >= 2 && text[at - 1] == '/' && (IsDigit(text[at - 2]) || IsLetter(text[at - 2]));
  }
  return at + 1 < text.size() && text[at] == '/' &&
         (IsDigit(text[at + 1]) || IsLetter(text[at + 1]));
}

// A minus at text[at] that is a sign, not a hyphen or range dash.
bool SignContext(std::string_view text, std::size_t at) {
  if (at == 0 || SpaceBefore(text, at) > 0) return true;
  char c = text[at - 1];
  return c == '(' || c == '=' || c == ':' || c == ';' || c == '[';
}

}  // namespace

const char* NumberStyleName(NumberStyle style) {
  switch (style) {
    case NumberStyle::kIndonesian: return "indonesian";
    case NumberStyle::kEnglish: return "english";
    case NumberStyle::kUnknown: break;
  }
  return "unknown";
}

const char* NumeralKindName(NumeralKind kind) {
  switch (kind) {
    case NumeralKind::kFigure: return "figure";
    case NumeralKind::kYear: return "year";
    case NumeralKind::kDate: return "date";
    case NumeralKind::kIdentifier: return "identifier";
    case NumeralKind::kListMarker: return "list-marker";
    case NumeralKind::kLabel: return "label";
  }
  return "figure";
}

std::optional<Figure> ParseFigure(std::string_view printed, NumberStyle style, int scale_exponent) {
  if (printed.size() > kMaxPrintedLength || scale_exponent < 0 ||
      scale_exponent > kMaxScaleExponent) {
    return std::nullopt;
  }
  const std::string_view text = Trim(printed);
  if (text.empty()) return std::nullopt;

  Figure f;
  f.printed = std::string(text);
  std::string_view s = text;
  if (s.front() == '(' && s.back() == ')') {
    f.parenthesized = true;
    s = Trim(s.substr(1, s.size() - 2));
  }
  if (s.find_first_of("()") != std::string_view::npos) return std::nullopt;

  // Sign and "Rp" in either order, the sign attached: "-Rp 5", "Rp -5".
  std::size_t i = 0;
  bool minus = false, plus = false, rupiah = false;
  for (int part = 0; part < 2; ++part) {
    if (!minus && !plus) {
      if (std::size_t n = MinusAt(s, i)) {
        minus = true;
        i += n;
        continue;
      }
      if (i < s.size() && s[i] == '+') {
        plus = true;
        ++i;
        continue;
      }
    }
    if (!rupiah && RpAt(s, i)) {
      std::size_t end = i + 2;
      if (end < s.size() && s[end] == '.') ++end;
      end = SkipSpaces(s, end);
      f.lead = std::string(s.substr(i, end - i));
      rupiah = true;
      i = end;
      continue;
    }
    break;
  }
  if (i >= s.size() || !IsDigit(s[i])) return std::nullopt;
  if (f.parenthesized && (minus || plus)) return std::nullopt;

  const std::size_t number_end = ScanNumber(s, i);
  const std::string_view number = s.substr(i, number_end - i);

  // What follows the digits: ",-" (no cents), then "%", "persen" or a scale word.
  std::size_t k = number_end;
  bool dash_suffix = false;
  if (k + 1 < s.size() && (s[k] == ',' || s[k] == '.') && s[k + 1] == '-') {
    dash_suffix = true;
    k += 2;
  }
  std::size_t after = SkipSpaces(s, k);
  int word_scale = 0;
  if (after < s.size() && s[after] == '%') {
    f.percent = true;
    k = after + 1;
  } else if (std::size_t n = WordAt(s, after, "persen")) {
    f.percent = true;
    k = after + n;
  } else {
    for (const ScaleWord& w : kScaleWords) {
      if (std::size_t n = WordAt(s, after, w.word)) {
        word_scale = w.exponent;
        k = after + n;
        break;
      }
    }
  }
  if (k != s.size()) return std::nullopt;
  if (f.percent && (rupiah || dash_suffix)) return std::nullopt;
  f.trail = std::string(s.substr(number_end));
  const int scale = scale_exponent + word_scale;
  if (scale > kMaxScaleExponent) return std::nullopt;

  // Which readings the digits allow. The choice is made on the format alone;
  // a chosen reading beyond kLargestFigure refuses the figure rather than
  // promoting the other ("2.000 triliun" is not 2 trillion).
  Digits primary, other;
  NumberStyle primary_style = NumberStyle::kUnknown, other_style = NumberStyle::kUnknown;
  bool has_other = false;
  if (number.find_first_of(".,") == std::string_view::npos) {
    std::optional<Digits> plain = ReadDigits(number, '.', ',');
    if (!plain) return std::nullopt;
    primary = *plain;
  } else {
    std::optional<Digits> indonesian = ReadDigits(number, '.', ',');
    std::optional<Digits> english = ReadDigits(number, ',', '.');
    if (!indonesian && !english) return std::nullopt;
    if (indonesian && english && style != NumberStyle::kUnknown) {
      primary_style = style;
      primary = style == NumberStyle::kIndonesian ? *indonesian : *english;
    } else if (indonesian && english) {
      // One separator followed by three digits. Thousands grouping is far
      // more common in an LKj than three decimals, except on a percentage.
      const bool prefer_grouping = !f.percent;
      const bool take_id = indonesian->grouped == prefer_grouping;
      primary = take_id ? *indonesian : *english;
      other = take_id ? *english : *indonesian;
      primary_style = take_id ? NumberStyle::kIndonesian : NumberStyle::kEnglish;
      other_style = take_id ? NumberStyle::kEnglish : NumberStyle::kIndonesian;
      has_other = true;
    } else {
      primary = indonesian ? *indonesian : *english;
      primary_style = indonesian ? NumberStyle::kIndonesian : NumberStyle::kEnglish;
      f.style_slip = style != NumberStyle::kUnknown && style != primary_style;
    }
  }
  if (Magnitude(primary, scale) > kLargestFigure) return std::nullopt;
  if (has_other && Magnitude(other, scale) > kLargestFigure) return std::nullopt;

  f.negative = minus || f.parenthesized;
  // Zero cents on an amount ("14.000.000,00") is how budget tables print Rupiah.
  const bool cents_printed = primary.decimals == 2 && primary.units % 100 == 0 &&
                             Magnitude(primary, scale) >= 1000 && scale == 0;
  f.currency = rupiah || dash_suffix || (!f.percent && cents_printed);
  auto exact = [&](const Digits& d) {
    return !f.percent && scale == 0 && (f.currency || d.grouped);
  };
  static_cast<Reading&>(f) =
      MakeReading(primary, primary_style, scale, f.negative, exact(primary));
  if (has_other) {
    f.ambiguous = true;
    f.alternative = MakeReading(other, other_style, scale, f.negative, exact(other));
  }
  return f;
}

NumberStyle DecideStyle(const std::vector<std::string>& cells, NumberStyle fallback) {
  int indonesian = 0, english = 0;
  for (const std::string& cell : cells) {
    std::optional<Figure> f = ParseFigure(cell, NumberStyle::kUnknown);
    if (!f || f->ambiguous) continue;
    if (f->style == NumberStyle::kIndonesian) ++indonesian;
    if (f->style == NumberStyle::kEnglish) ++english;
  }
  if (indonesian > english) return NumberStyle::kIndonesian;
  if (english > indonesian) return NumberStyle::kEnglish;
  return fallback;
}

bool Agree(const Figure& a, const Figure& b) {
  std::vector<const Reading*> as = {&a}, bs = {&b};
  if (a.alternative) as.push_back(&*a.alternative);
  if (b.alternative) bs.push_back(&*b.alternative);
  for (const Reading* ra : as) {
    for (const Reading* rb : bs) {
      if (ReadingsAgree(*ra, a.negative, *rb, b.negative)) return true;
    }
  }
  return false;
}

bool AgreesWith(const Figure& printed, double computed, double tolerance_abs) {
  const double tolerance = std::isfinite(tolerance_abs) ? std::max(0.0, tolerance_abs) : 0.0;
  if (ReadingAdmits(printed, printed.negative, computed, tolerance)) return true;
  return printed.alternative &&
         ReadingAdmits(*printed.alternative, printed.negative, computed, tolerance);
}

std::string FormatLike(double value, const Figure& pattern) {
  if (!std::isfinite(value) || !Sane(pattern)) return {};
  long double scaled = static_cast<long double>(value) * Pow10L(pattern.decimals - pattern.scale_exponent);
  // Rounding is of the decimal value the spreadsheet holds: 85.755 is stored
  // as 85.75499999..., so nudge a few ulps outwards before rounding half away
  // from zero.
  scaled += std::copysign(std::fabs(scaled) * 1e-15L, scaled);
  if (std::fabs(scaled) >= 9e18L) return {};
  const long long rounded = std::llround(scaled);
  const bool negative = rounded < 0;
  std::string digits = std::to_string(negative ? -rounded : rounded);
  const std::size_t decimals = static_cast<std::size_t>(pattern.decimals);
  if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
  const std::string whole_digits = digits.substr(0, digits.size() - decimals);
  const std::string fraction = digits.substr(digits.size() - decimals);

  const bool english = pattern.style == NumberStyle::kEnglish;
  const char group = english ? ',' : '.';
  const char point = english ? '.' : ',';
  // An amount too small to show grouping ("Rp 750") still groups a larger one.
  const bool small_amount = pattern.currency && std::fabs(pattern.value) < 1000;
  const bool grouping = pattern.grouped || small_amount;
  std::string number;
  for (std::size_t i = 0; i < whole_digits.size(); ++i) {
    if (grouping && i > 0 && (whole_digits.size() - i) % 3 == 0) number += group;
    number += whole_digits[i];
  }
  if (decimals > 0) number += point + fraction;

  const std::string_view printed = pattern.printed;
  const bool minus_after_lead =
      !pattern.lead.empty() && printed.substr(0, pattern.lead.size()) == pattern.lead;
  const bool explicit_plus = printed.find('+') != std::string_view::npos;
  std::string sign = negative ? "-" : (explicit_plus ? "+" : "");
  if (negative && pattern.parenthesized) {
    return "(" + pattern.lead + number + pattern.trail + ")";
  }
  if (minus_after_lead) return pattern.lead + sign + number + pattern.trail;
  return sign + pattern.lead + number + pattern.trail;
}

std::vector<FoundFigure> ExtractFigures(std::string_view text, NumberStyle style, ExtractMode mode) {
  std::vector<FoundFigure> found;
  std::size_t date_until = 0;              // numbers before this belong to a date
  std::size_t identifier_end = std::string_view::npos;  // end of the last identifier
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    const std::size_t number_begin = i;
    const std::size_t number_end = ScanNumber(text, i);
    i = number_end;

    // "Rp" directly before the digits, else a letter there makes the number
    // part of a word ("IKU2", "KTP2024"), which is skipped whole.
    std::size_t start = number_begin;
    std::size_t minus = MinusBefore(text, start);
    bool signed_number = minus > 0 && SignContext(text, start - minus);
    if (signed_number) start -= minus;
    std::size_t q = start;
    for (int n = 0; n < 3; ++n) {
      std::size_t space = InlineSpaceBefore(text, q);
      if (space == 0) break;
      q -= space;
    }
    if (q >= 1 && text[q - 1] == '.') --q;
    bool rupiah = q >= 2 && RpAt(text, q - 2) && (q < 3 || !IsLetter(text[q - 3]));
    if (rupiah) {
      start = q - 2;
      if (!signed_number) {
        minus = MinusBefore(text, start);
        if (minus > 0 && SignContext(text, start - minus)) start -= minus;
      }
    } else if (number_begin > 0 && IsLetter(text[number_begin - 1])) {
      while (i < text.size() && (IsDigit(text[i]) || IsLetter(text[i]))) ++i;
      continue;
    }

    std::size_t end = number_end;
    if (end + 1 < text.size() && (text[end] == ',' || text[end] == '.') && text[end + 1] == '-') {
      end += 2;
    }
    std::size_t after = SkipInlineSpaces(text, end);
    if (after < text.size() && text[after] == '%') {
      end = after + 1;
    } else if (std::size_t n = WordAt(text, after, "persen")) {
      end = after + n;
    } else {
      for (const ScaleWord& w : kScaleWords) {
        if (std::size_t n = WordAt(text, after, w.word)) {
          end = after + n;
          break;
        }
      }
    }

    std::optional<Figure> figure = ParseFigure(text.substr(start, end - start), style);
    if (!figure) continue;
    i = std::max(i, end);

    const Figure& f = *figure;
    const bool decorated = f.percent || f.currency || f.scale_exponent > 0;
    const bool bare_integer = !decorated && !f.grouped && f.decimals == 0 && !f.ambiguous;
    const bool may_be_label = !decorated && !f.grouped && !f.ambiguous;
    const char before = start > 0 ? text[start - 1] : '\0';
    const char next = end < text.size() ? text[end] : '\0';
    const std::size_t digits = number_end - number_begin;
    const std::string keyword = may_be_label ? WordBefore(text, start) : std::string();
    std::size_t date_end = 0;

    NumeralKind kind = NumeralKind::kFigure;
    if (number_begin < date_until) {
      kind = NumeralKind::kDate;
    } else if (bare_integer && DateAt(text, number_begin, &date_end)) {
      kind = NumeralKind::kDate;
      date_until = date_end;
    } else if (bare_integer && digits <= 3 && (next == '.' || next == ')') &&
               (end + 1 >= text.size() || SpaceAt(text, end + 1) > 0 || IsLetter(text[end + 1])) &&
               OpensLine(text, start)) {
      kind = NumeralKind::kListMarker;
    } else if ((IsLetter(next) && f.trail.empty()) ||
               (before == '-' && start >= 2 && IsLetter(text[start - 2]))) {
      kind = NumeralKind::kIdentifier;  // "192TL", "ke-3", "Covid-19"
    } else if (bare_integer && (SlashJoined(text, start, -1) || SlashJoined(text, end, +1))) {
      kind = NumeralKind::kIdentifier;  // "29/2014", "/088/", not "(1+2+3)/3"
    } else if (!keyword.empty() && OneOf(keyword, kIdentifierWords)) {
      kind = NumeralKind::kIdentifier;
    } else if (!keyword.empty() && OneOf(keyword, kLabelWords)) {
      kind = NumeralKind::kLabel;
    } else if (!keyword.empty() && OneOf(keyword, kYearWords)) {
      kind = NumeralKind::kYear;
    } else if (!keyword.empty() && OneOf(keyword, kDateWords)) {
      kind = NumeralKind::kDate;
    } else if (bare_integer && identifier_end != std::string_view::npos &&
               start == identifier_end + 1 && text[identifier_end] == ' ') {
      kind = NumeralKind::kIdentifier;  // the rest of "NIP. 19701109 199703 1 004"
    } else if (bare_integer && digits >= 2 && text[number_begin] == '0') {
      kind = NumeralKind::kIdentifier;  // "0719", "004"
    } else if (bare_integer && digits == 4 && f.value >= 1900 && f.value <= 2100) {
      kind = NumeralKind::kYear;
    } else if (bare_integer && f.value >= 1 && f.value <= 31 &&
               OneOf(WordAfter(text, end), kMonthWords)) {
      kind = NumeralKind::kDate;  // "5 Februari 2025"
    }
    if (kind == NumeralKind::kIdentifier) identifier_end = end;

    if (mode == ExtractMode::kAllNumerals || kind == NumeralKind::kFigure) {
      found.push_back({std::move(*figure), start, end - start, kind});
    }
  }
  return found;
}

std::optional<Figure> ParseFigureWithUnit(std::string_view printed, NumberStyle style) {
  if (auto plain = ParseFigure(printed, style)) return plain;
  const std::string_view text = Trim(printed);
  std::size_t split = 0;
  while (split < text.size() && !IsLetter(text[split]) && text[split] != '/') ++split;
  if (split == 0 || split == text.size()) return std::nullopt;
  // The unit: an optional "/ 1000" base, then words of letters.
  std::size_t k = split;
  if (text[k] == '/') {
    k = SkipSpaces(text, k + 1);
    if (k >= text.size() || !IsDigit(text[k])) return std::nullopt;
    while (k < text.size() && (IsDigit(text[k]) || text[k] == '.')) ++k;
  }
  int letters = 0;
  for (; k < text.size(); ++k) {
    if (IsLetter(text[k])) ++letters;
    else if (text[k] != ' ' && text[k] != '.') return std::nullopt;
  }
  if (letters < 2) return std::nullopt;
  const std::string_view number = Trim(text.substr(0, split));
  auto f = ParseFigure(number, style);
  if (!f || f->percent || f->currency || f->parenthesized) return std::nullopt;
  f->printed = std::string(text);
  f->trail += std::string(text.substr(number.size()));
  return f;
}

std::string UnitOf(const Figure& f) {
  if (f.percent) return "%";
  if (std::none_of(f.trail.begin(), f.trail.end(), IsLetter)) return "";
  std::string unit;
  for (char ch : f.trail)
    if (ch != ' ') unit += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return unit;
}

}  // namespace lkj::audit
