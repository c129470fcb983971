// Atomic output: a file appears whole under its name or not at all.
#pragma once

#include <string>

#include "extract/status.h"

namespace lkj::cli {

// Writes `content` to a temporary file beside `path`, flushes it to disk and
// renames it over `path`.
Status WriteFileAtomically(const std::string& path, const std::string& content);

}  // namespace lkj::cli
