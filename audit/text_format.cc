#include "audit/text_format.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace lkj::audit {

std::string Lower(std::string s) {
  // Not std::tolower: a call per character, through the locale, on every
  // label of a long document.
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

int CountWords(const std::string& s) {
  int n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

std::string ShowPlain(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  // Indonesian: dot for thousands, comma for decimals; drop ",00".
  std::string intpart = s, frac;
  size_t dot = s.find('.');
  if (dot != std::string::npos) {
    intpart = s.substr(0, dot);
    frac = s.substr(dot + 1);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  }
  bool neg = !intpart.empty() && intpart[0] == '-';
  if (neg) intpart = intpart.substr(1);
  std::string grouped;
  for (size_t i = 0; i < intpart.size(); ++i) {
    if (i > 0 && (intpart.size() - i) % 3 == 0) grouped += '.';
    grouped += intpart[i];
  }
  return (neg ? "-" : "") + grouped + (frac.empty() ? "" : "," + frac);
}

std::string Show(double value, const Figure& pattern) {
  std::string s = FormatLike(value, pattern);
  return s.empty() ? ShowPlain(value) : s;
}

std::string Where(const std::string& table, int page, int row, bool english) {
  std::string s = table + (english ? ", p. " : ", hal. ") + std::to_string(page);
  if (row >= 0) s += (english ? ", row " : ", baris ") + std::to_string(row + 1);
  return s;
}

std::string Utf8Prefix(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t end = max_bytes;
  // Back off over continuation bytes (10xxxxxx) to a character's first byte.
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

}  // namespace lkj::audit
