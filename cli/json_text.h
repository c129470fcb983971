// JSON as the CLI writes it: indented one space, and never an exception for
// text that is not valid UTF-8 (it is repaired at extraction, but a file
// written for a reviewer must not be lost to a byte that slipped through).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace lkj::cli {

inline std::string JsonText(const nlohmann::json& j) {
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lkj::cli
