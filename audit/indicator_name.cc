#include "audit/indicator_name.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <sstream>
#include <vector>

namespace lkj::audit {
namespace {

std::vector<std::string> Split(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Spellings of one word seen in one document's tables.
std::string OneSpelling(const std::string& w) {
  if (w == "persentasi" || w == "prosentase" || w == "presentase" || w == "prosentasi") return "persentase";
  return w;
}

bool Filler(const std::string& w) { return w == "yang" || w == "dari" || w == "di" || w == "the" || w == "of"; }

bool Negation(const std::string& w) { return w == "tidak" || w == "belum" || w == "non" || w == "bukan" || w == "tanpa"; }

}  // namespace

std::string IndicatorKey(const std::string& normalized_label) {
  std::string out;
  for (const std::string& w : Split(normalized_label)) {
    if (Filler(w)) continue;
    out += (out.empty() ? "" : " ") + OneSpelling(w);
  }
  return out;
}

bool NearNames(const std::string& a, const std::string& b, int min_words) {
  std::vector<std::string> x = Split(a), y = Split(b);
  if (x.size() > y.size()) std::swap(x, y);
  if (y.size() != x.size() + 1 || static_cast<int>(x.size()) < min_words) return false;
  size_t i = 0;
  while (i < x.size() && x[i] == y[i]) ++i;
  // y[i] is the inserted word; the rest must follow in order.
  return !Negation(y[i]) && std::equal(x.begin() + i, x.end(), y.begin() + i + 1);
}

bool ContextsAgree(const std::string& a, const std::string& b) {
  // Content words: long enough to name something, not numbering.
  auto content = [](const std::string& s) {
    std::vector<std::string> out;
    for (const std::string& w : Split(s))
      if (w.size() >= 4 && !std::all_of(w.begin(), w.end(), ::isdigit)) out.push_back(w);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  std::vector<std::string> x = content(a), y = content(b);
  if (x.empty() || y.empty()) return true;
  if (x.size() > y.size()) std::swap(x, y);
  std::vector<std::string> shared;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(shared));
  return shared.size() * 2 > x.size();
}

}  // namespace lkj::audit
