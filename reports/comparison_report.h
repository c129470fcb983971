// The comparison of two drafts (`lkj-audit compare`): findings fixed, still
// open and new, and the figures that changed, as terminal text, as an HTML
// page in the report's style (everything from the PDFs escaped), and as JSON
// with the arrays "fixed", "open", "new" and "changed".
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "audit/auditor.h"
#include "audit/revision.h"

namespace lkj::reports {

struct ComparisonView {
  const audit::AuditReport& before;
  const audit::AuditReport& after;
  const audit::Revision& revision;
  bool figures_compared = false;  // false when a draft was given as temuan.json
};

nlohmann::json ComparisonToJson(const ComparisonView& c);
std::string RenderComparisonText(const ComparisonView& c, bool english);
std::string RenderComparisonHtml(const ComparisonView& c, bool english);

}  // namespace lkj::reports
