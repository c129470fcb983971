// Small helpers for finding messages: figures printed the document's way.
#pragma once

#include <string>

#include "audit/number.h"

namespace lkj::audit {

// `value` printed like `pattern` (falls back to a plain rendering).
std::string Show(double value, const Figure& pattern);
// A plain rendering in Indonesian style with up to `decimals` decimals.
std::string ShowPlain(double value, int decimals = 2);
// ASCII lower case (labels and header words are compared this way).
std::string Lower(std::string s);
// Words of `s` separated by white space.
int CountWords(const std::string& s);
// At most `max_bytes` of `s`, never cutting a UTF-8 character in two (a
// caption cut for a message must stay valid UTF-8 for JSON and HTML).
std::string Utf8Prefix(const std::string& s, std::size_t max_bytes);
// "Tabel 2.3, hal. 12, baris 3" / "Tabel 2.3, p. 12, row 3"
std::string Where(const std::string& table, int page, int row, bool english);

}  // namespace lkj::audit
