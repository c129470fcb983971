// The document as JSON (extract/schema/document.schema.json) and back.
#pragma once

#include <nlohmann/json.hpp>

#include "extract/model.h"
#include "extract/status.h"

namespace lkj {

inline constexpr const char* kDocumentSchemaVersion = "1.0";

nlohmann::json DocumentToJson(const Document& doc);
// The same with "tables" left empty, and one table: a long document's JSON
// can then be written table by table (cli/json_text.h).
nlohmann::json DocumentToJsonWithoutTables(const Document& doc);
nlohmann::json TableToJson(const Table& t);
Result<Document> DocumentFromJson(const nlohmann::json& j);

}  // namespace lkj
