#include "tests/truth.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

namespace lkj::testing {
namespace {

std::string Squash(const std::string& s) {
  std::string out;
  for (unsigned char ch : s) {
    if (std::isspace(ch)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(ch);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string NoSpace(const std::string& s) {
  std::string out;
  for (unsigned char ch : s)
    if (!std::isspace(ch)) out += static_cast<char>(ch);
  return out;
}

const Cell* At(const Table& t, int r, int c) {
  if (r < 0 || r >= t.n_rows() || c < 0 || c >= static_cast<int>(t.rows[r].size())) return nullptr;
  return &t.rows[r][c];
}

TableScore ScoreTable(const TruthTable& truth, const Table* t) {
  TableScore s;
  s.label = truth.label.empty() ? "(tanpa nomor, hal. " + std::to_string(truth.pages.front()) + ")"
                                : truth.label;
  s.found = t != nullptr;
  s.caption_ok = t && !truth.label.empty() && t->caption &&
                 NoSpace(*t->caption).rfind(NoSpace(truth.label), 0) == 0;
  for (const TruthCell& tc : truth.cells) {
    if (!IsNumericText(tc.text)) continue;
    ++s.numeric_cells;
    const Cell* got = t ? At(*t, tc.row, tc.col) : nullptr;
    std::string got_text = got ? Squash(got->text) : "<none>";
    if (got && got_text == Squash(tc.text)) {
      ++s.numeric_right;
    } else if (s.misses.size() < 8) {
      s.misses.push_back(std::to_string(tc.row) + "," + std::to_string(tc.col) + ": want '" +
                         tc.text + "' got '" + got_text + "'");
    }
  }
  return s;
}

int Agreement(const TruthTable& truth, const Table& t) {
  int n = 0;
  for (const TruthCell& tc : truth.cells) {
    const Cell* got = At(t, tc.row, tc.col);
    if (got && Squash(got->text) == Squash(tc.text)) ++n;
  }
  return n;
}

bool SharesPage(const TruthTable& truth, const Table& t) {
  for (int p : truth.pages)
    if (std::find(t.pages.begin(), t.pages.end(), p) != t.pages.end()) return true;
  return false;
}

}  // namespace

bool IsNumericText(const std::string& raw) {
  std::string s = NoSpace(raw);
  for (const char* strip : {"Rp.", "Rp", ",-", "%", "(", ")"}) {
    size_t pos;
    while ((pos = s.find(strip)) != std::string::npos) s.erase(pos, std::string(strip).size());
  }
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) || c == '.' || c == ','; });
}

Truth LoadTruth(const std::string& path) {
  std::ifstream in(path);
  nlohmann::json j = nlohmann::json::parse(in);
  Truth truth;
  truth.document = j.at("document").get<std::string>();
  truth.complete = j.value("complete", false);
  for (const auto& jt : j.at("tables")) {
    TruthTable t;
    if (!jt.at("label").is_null()) t.label = jt.at("label").get<std::string>();
    t.pages = jt.at("pages").get<std::vector<int>>();
    t.n_rows = jt.value("n_rows", 0);
    t.n_cols = jt.value("n_cols", 0);
    t.header_rows = jt.value("header_rows", 0);
    for (const auto& jc : jt.at("cells"))
      t.cells.push_back({jc.at("row").get<int>(), jc.at("col").get<int>(), jc.at("text").get<std::string>()});
    truth.tables.push_back(std::move(t));
  }
  return truth;
}

DocumentScore ScoreExtraction(const Truth& truth, const Document& doc) {
  DocumentScore score;
  std::set<const Table*> used;
  for (const TruthTable& tt : truth.tables) {
    // The extracted table on the same pages that agrees with the most cells;
    // a numbered caption must match too.
    const Table* best = nullptr;
    int best_agreement = -1;
    for (const Table& t : doc.tables) {
      if (used.count(&t) || !SharesPage(tt, t)) continue;
      if (!tt.label.empty() && !(t.caption && NoSpace(*t.caption).rfind(NoSpace(tt.label), 0) == 0) &&
          t.pages.front() != tt.pages.front())
        continue;
      int a = Agreement(tt, t);
      if (a > best_agreement) {
        best = &t;
        best_agreement = a;
      }
    }
    if (best) used.insert(best);
    score.tables.push_back(ScoreTable(tt, best));
  }
  return score;
}

int DocumentScore::tables_found() const {
  return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const TableScore& t) { return t.found; }));
}
int DocumentScore::captions_ok() const {
  return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const TableScore& t) { return t.caption_ok; }));
}
int DocumentScore::labelled() const {
  return static_cast<int>(std::count_if(tables.begin(), tables.end(), [](const TableScore& t) { return t.label.rfind("(", 0) != 0; }));
}
int DocumentScore::numeric_cells() const {
  int n = 0;
  for (const auto& t : tables) n += t.numeric_cells;
  return n;
}
int DocumentScore::numeric_right() const {
  int n = 0;
  for (const auto& t : tables) n += t.numeric_right;
  return n;
}

}  // namespace lkj::testing
