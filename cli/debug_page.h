// Debug views of one page's stages (words, rules, lines, table fragments):
// JSON to inspect, SVG to look at (open it in a browser).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "extract/extractor.h"

namespace lkj::cli {

nlohmann::json PageStagesToJson(const PageStages& stages);
std::string PageStagesToSvg(const PageStages& stages);

}  // namespace lkj::cli
