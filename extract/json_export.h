// The document as JSON (extract/schema/document.schema.json) and back.
#pragma once

#include <nlohmann/json.hpp>

#include "extract/model.h"
#include "extract/status.h"

namespace lkj {

inline constexpr const char* kDocumentSchemaVersion = "1.0";

nlohmann::json DocumentToJson(const Document& doc);
Result<Document> DocumentFromJson(const nlohmann::json& j);

}  // namespace lkj
