#include "extract/ocr_repair.h"

#include <cctype>
#include <vector>

namespace lkj {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsSeparator(char c) { return c == '.' || c == ','; }

// "1O0", "2.O00": a letter O among digits and separators.
std::string ZerosForOs(std::string w) {
  bool digit = false, only = true;
  for (char c : w) {
    digit = digit || IsDigit(c);
    only = only && (IsDigit(c) || IsSeparator(c) || c == 'O' || c == 'o');
  }
  if (!digit || !only) return w;
  for (char& c : w)
    if (c == 'O' || c == 'o') c = '0';
  return w;
}

// The digits and separators of a plain figure: groups[i] digits, then seps[i].
struct Figure {
  std::vector<std::string> groups;
  std::vector<char> seps;
};

bool Split(const std::string& body, Figure* f) {
  std::string group;
  for (char c : body) {
    if (IsDigit(c)) {
      group += c;
    } else if (IsSeparator(c) && !group.empty()) {
      f->groups.push_back(group);
      f->seps.push_back(c);
      group.clear();
    } else {
      return false;
    }
  }
  if (group.empty()) return false;
  f->groups.push_back(group);
  return true;
}

// Mixed thousands separators set to the majority's; a lost one put back in a
// six-digit group. A separator followed by three digits is a thousands
// separator (Indonesian decimals have two: "6.656.309.000,00").
std::string RepairGroups(const std::string& body) {
  Figure f;
  if (!Split(body, &f) || f.seps.size() < 2 || f.groups.front().size() > 3) return body;
  int dots = 0, commas = 0;
  for (size_t i = 0; i < f.seps.size(); ++i) {
    const size_t digits = f.groups[i + 1].size();
    const bool last = i + 1 == f.seps.size();
    if (digits == 3 || (!last && digits == 6)) (f.seps[i] == '.' ? dots : commas)++;
    else if (!last) return body;
  }
  if (dots == commas) return body;
  const char thousands = dots > commas ? '.' : ',';
  std::string out = f.groups.front();
  for (size_t i = 0; i < f.seps.size(); ++i) {
    const std::string& g = f.groups[i + 1];
    const bool grouping = g.size() == 3 || (i + 1 < f.seps.size() && g.size() == 6);
    out += grouping ? thousands : f.seps[i];
    out += g.size() == 6 && grouping ? g.substr(0, 3) + thousands + g.substr(3) : g;
  }
  return out;
}

}  // namespace

std::string RepairOcrFigure(const std::string& word) {
  std::string w = ZerosForOs(word);
  // "94,41Yo", or "Yo" alone in a header: Tesseract's "%" in small print.
  if (w == "Yo") return "%";
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "Yo") == 0 && IsDigit(w[w.size() - 3]))
    w = w.substr(0, w.size() - 2) + "%";
  // Around the figure: "Rp", "%", ",-", brackets stay as they are.
  size_t b = 0, e = w.size();
  while (b < e && !IsDigit(w[b])) ++b;
  while (e > b && !IsDigit(w[e - 1])) --e;
  if (b >= e) return w;
  return w.substr(0, b) + RepairGroups(w.substr(b, e - b)) + w.substr(e);
}

}  // namespace lkj
