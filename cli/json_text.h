// JSON as the CLI writes it: indented one space, and never an exception for
// text that is not valid UTF-8 (it is repaired at extraction, but a file
// written for a reviewer must not be lost to a byte that slipped through).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "extract/json_export.h"
#include "extract/model.h"

namespace lkj::cli {

inline std::string JsonText(const nlohmann::json& j) {
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// JsonText(DocumentToJson(doc)), built table by table: the tree of a long
// document's every cell at once takes several times the document's memory.
inline std::string DocumentJsonText(const Document& doc) {
  std::string text = JsonText(DocumentToJsonWithoutTables(doc));
  if (doc.tables.empty()) return text;
  // A key: inside a JSON string its quotes would be escaped.
  const std::string empty = "\"tables\": []";
  size_t at = text.find(empty);
  if (at == std::string::npos) return JsonText(DocumentToJson(doc));
  std::string tables = "\"tables\": [\n";
  for (size_t i = 0; i < doc.tables.size(); ++i) {
    // An element of a top-level array sits two levels deep.
    std::string one = JsonText(TableToJson(doc.tables[i]));
    tables += "  ";
    for (char c : one) {
      tables += c;
      if (c == '\n') tables += "  ";
    }
    tables += i + 1 < doc.tables.size() ? ",\n" : "\n";
  }
  tables += " ]";
  return text.replace(at, empty.size(), tables);
}

}  // namespace lkj::cli
