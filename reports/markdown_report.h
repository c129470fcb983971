// The audit report as Markdown, for pasting into a review memo.
#pragma once

#include <string>

#include "audit/auditor.h"

namespace lkj::reports {

std::string RenderMarkdown(const audit::AuditReport& report, bool english);

// Text from the PDF made inert in Markdown: no emphasis, links, tables or HTML.
std::string EscapeMarkdown(const std::string& text);

}  // namespace lkj::reports
