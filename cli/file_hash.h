// The SHA-256 of a file, in lower-case hex: names the exact draft a
// reviewer's marks were made on (the HTML report keys its saved state by it).
#pragma once

#include <string>

#include "extract/status.h"

namespace lkj::cli {

Result<std::string> Sha256OfFile(const std::string& path);

// Of bytes in memory (tested against the FIPS 180-2 examples).
std::string Sha256Hex(const std::string& bytes);

}  // namespace lkj::cli
