#include "extract/csv_export.h"

#include <cctype>

namespace lkj {
namespace {

std::string Quote(const std::string& field) {
  bool needs = field.find_first_of(",\"\r\n") != std::string::npos ||
               (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!needs) return field;
  std::string out = "\"";
  for (char ch : field) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

}  // namespace

std::string TableToCsv(const Table& table) {
  std::string out;
  for (const auto& row : table.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += ',';
      out += Quote(row[c].placeholder ? std::string() : row[c].text);
    }
    out += "\r\n";
  }
  return out;
}

std::string CsvFileName(const Table& table) {
  std::string name = table.id;
  if (name.size() == 2) name.insert(1, "0");  // T3 -> T03 sorts well
  if (table.caption) {
    std::string slug;
    int words = 0;
    for (unsigned char ch : *table.caption) {
      if (std::isalnum(ch)) {
        slug += static_cast<char>(std::tolower(ch));
      } else if (!slug.empty() && slug.back() != '-') {
        if (++words >= 3) break;
        slug += '-';
      }
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (!slug.empty()) name += "-" + slug;
  }
  return name + ".csv";
}

}  // namespace lkj
