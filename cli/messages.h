// User-facing messages in Indonesian (default) and English (--lang en).
#pragma once

#include <string>

#include "extract/status.h"

namespace lkj::cli {

enum class Lang { kId, kEn };

// One line describing a failed Status, e.g.
// "lkj-audit: berkas terenkripsi (perlu kata sandi): a.pdf".
std::string DescribeError(const Status& status, Lang lang);

// A warning about the extracted document, e.g. a page without text layer.
std::string DescribeWarning(const std::string& code, int page, Lang lang);

std::string HelpText(Lang lang);

}  // namespace lkj::cli
