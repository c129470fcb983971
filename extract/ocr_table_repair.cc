#include "extract/ocr_table_repair.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace lkj {
namespace {

// "4.1" -> {4, 1}; "2." -> {2}; nothing for anything else.
std::optional<std::vector<int>> ParseCode(const std::string& text) {
  std::vector<int> parts;
  std::string digits;
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (std::isdigit(static_cast<unsigned char>(ch))) {
      digits += ch;
      if (digits.size() > 2) return std::nullopt;
    } else if (ch == '.' && !digits.empty()) {
      parts.push_back(std::stoi(digits));
      digits.clear();
    } else {
      return std::nullopt;
    }
  }
  if (!digits.empty()) parts.push_back(std::stoi(digits));
  if (parts.empty() || parts.size() > 4) return std::nullopt;
  return parts;
}

std::string Format(const std::vector<int>& parts, bool trailing_dot) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "." : "") + std::to_string(parts[i]);
  return trailing_dot ? out + "." : out;
}

std::string Digits(const std::string& text) {
  std::string out;
  for (char ch : text)
    if (std::isdigit(static_cast<unsigned char>(ch))) out += ch;
  return out;
}

// The numbers that may follow `prev`: its first child, its next sibling, and
// the next number at each level above.
std::vector<std::vector<int>> NextCodes(const std::vector<int>& prev) {
  std::vector<std::vector<int>> out;
  std::vector<int> child = prev;
  child.push_back(1);
  out.push_back(child);
  for (size_t level = prev.size(); level >= 1; --level) {
    std::vector<int> next(prev.begin(), prev.begin() + static_cast<long>(level));
    ++next.back();
    out.push_back(next);
  }
  return out;
}

// A column of row numbers: at least three with a dot, and most of its
// filled cells numbers of that shape.
bool IsCodeColumn(const Table& t, int col, bool* trailing_dot) {
  int dotted = 0, trailing = 0, codes = 0, filled = 0;
  for (int r = t.header_rows; r < t.n_rows(); ++r) {
    const Cell& c = t.rows[r][col];
    if (c.placeholder || c.text.empty()) continue;
    ++filled;
    if (!ParseCode(c.text)) continue;
    ++codes;
    if (c.text.find('.') != std::string::npos) ++dotted;
    if (c.text.back() == '.') ++trailing;
  }
  *trailing_dot = trailing * 2 > dotted;
  return dotted >= 3 && codes * 5 >= filled * 3;
}

void RepairColumn(Table* t, int col, bool trailing_dot) {
  std::optional<std::vector<int>> prev;
  for (int r = t->header_rows; r < t->n_rows(); ++r) {
    Cell& c = t->rows[r][col];
    if (c.placeholder || c.text.empty()) continue;
    std::optional<std::vector<int>> code = ParseCode(c.text);
    // In small print a dot and the 1 after it read as one "i": "1i" for "1.1".
    std::string dotted_i = c.text;
    for (size_t at = dotted_i.find('i'); at != std::string::npos; at = dotted_i.find('i', at))
      dotted_i.replace(at, 1, ".1");
    const bool lost_dot = code && c.text.find('.') == std::string::npos;
    const bool dot_as_i = !code && dotted_i != c.text && ParseCode(dotted_i);
    if (!code && !dot_as_i) continue;
    if (prev && c.confidence >= 0 && (lost_dot || dot_as_i)) {
      std::vector<std::string> fits;
      for (const std::vector<int>& next : NextCodes(*prev)) {
        std::string formatted = Format(next, trailing_dot);
        if (lost_dot ? Digits(formatted) == c.text : formatted == dotted_i) fits.push_back(formatted);
      }
      if (fits.size() == 1 && fits.front() != c.text) {
        c.text = fits.front();
        code = ParseCode(c.text);
      }
    }
    if (code) prev = code;
  }
}

bool AllDigits(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](unsigned char ch) { return std::isdigit(ch); });
}

void RepairHeaderPercents(Table* t) {
  for (int r = 0; r < t->header_rows && r < t->n_rows(); ++r) {
    int numbers = 0;
    for (const Cell& c : t->rows[r]) numbers += !c.placeholder && AllDigits(c.text);
    if (numbers != 1) continue;  // a column-number row, or no "96"
    for (Cell& c : t->rows[r])
      if (!c.placeholder && c.confidence >= 0 && c.text == "96") c.text = "%";
  }
}

// A column-number row ("1 2 3 ... 18") with one number misread ("228" for
// "8"): the numbers around it count up to the one it must be.
void RepairColumnNumbers(Table* t) {
  for (int r = 0; r < t->header_rows && r < t->n_rows(); ++r) {
    std::vector<Cell*> filled;
    for (Cell& c : t->rows[r])
      if (!c.placeholder && !c.text.empty()) filled.push_back(&c);
    if (filled.size() < 6 || !std::all_of(filled.begin(), filled.end(), [](const Cell* c) {
          return c->text.size() <= 4 && AllDigits(c->text);
        }))
      continue;
    const int first = std::stoi(filled.front()->text);
    std::vector<Cell*> slips;
    for (size_t i = 0; i < filled.size(); ++i)
      if (std::stoi(filled[i]->text) != first + static_cast<int>(i)) slips.push_back(filled[i]);
    if (slips.size() != 1 || slips.front() == filled.front() || slips.front()->confidence < 0) continue;
    const size_t at = std::find(filled.begin(), filled.end(), slips.front()) - filled.begin();
    slips.front()->text = std::to_string(first + static_cast<int>(at));
  }
}

}  // namespace

void RepairOcrTables(std::vector<Table>* tables) {
  for (Table& t : *tables) {
    bool scanned = false;
    for (const auto& row : t.rows)
      for (const Cell& c : row) scanned = scanned || c.confidence >= 0;
    if (!scanned) continue;
    RepairHeaderPercents(&t);
    RepairColumnNumbers(&t);
    for (int col = 0; col < t.n_cols(); ++col) {
      bool trailing_dot = false;
      if (IsCodeColumn(t, col, &trailing_dot)) RepairColumn(&t, col, trailing_dot);
    }
  }
}

}  // namespace lkj
