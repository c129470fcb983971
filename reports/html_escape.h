// Text from a PDF made inert inside HTML: element content and attribute
// values alike. Everything taken from a PDF is data, never markup.
#pragma once

#include <string>
#include <string_view>

namespace lkj::reports {

// Escapes & < > " ' and turns control characters (other than tab and
// newline) into spaces.
std::string EscapeHtml(std::string_view text);

}  // namespace lkj::reports
