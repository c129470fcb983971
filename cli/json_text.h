// JSON as the CLI writes it: indented one space, and never an exception for
// text that is not valid UTF-8 (it is repaired at extraction, but a file
// written for a reviewer must not be lost to a byte that slipped through).
#pragma once

#include <nlohmann/json.hpp>
#include <functional>
#include <string>
#include <string_view>

#include "extract/json_export.h"
#include "extract/model.h"

namespace lkj::cli {

inline std::string JsonText(const nlohmann::json& j) {
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// JsonText(DocumentToJson(doc)), handed to `sink` piece by piece, one
// table at a time: the tree of a long document's every cell at once, or its
// whole text, takes several times the document's memory.
inline void WriteDocumentJson(const Document& doc, const std::function<void(std::string_view)>& sink) {
  std::string text = JsonText(DocumentToJsonWithoutTables(doc));
  // A key: inside a JSON string its quotes would be escaped.
  const std::string empty = "\"tables\": []";
  if (doc.tables.empty()) return sink(text);
  size_t at = text.find(empty);
  if (at == std::string::npos) return sink(JsonText(DocumentToJson(doc)));
  sink(std::string_view(text).substr(0, at));
  sink("\"tables\": [\n");
  std::string indented;
  for (size_t i = 0; i < doc.tables.size(); ++i) {
    // An element of a top-level array sits two levels deep.
    std::string one = JsonText(TableToJson(doc.tables[i]));
    indented = "  ";
    for (char c : one) {
      indented += c;
      if (c == '\n') indented += "  ";
    }
    indented += i + 1 < doc.tables.size() ? ",\n" : "\n";
    sink(indented);
  }
  sink(" ]");
  sink(std::string_view(text).substr(at + empty.size()));
}

inline std::string DocumentJsonText(const Document& doc) {
  std::string text;
  WriteDocumentJson(doc, [&](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace lkj::cli
