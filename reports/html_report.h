// The reviewer's report as one self-contained HTML file: summary, findings
// grouped by section and table (errors first) each with a picture of the
// page region and every cited figure boxed, severity filters, a print
// stylesheet for A4, and an appendix of every extracted table. Everything
// taken from the PDF is escaped: it is data, never markup.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/auditor.h"
#include "extract/model.h"
#include "extract/page_image.h"

namespace lkj::reports {

// The picture for one finding: the region around its figures on one page.
struct FindingImage {
  size_t finding = 0;  // index into report.findings
  int page = 0;
  PngImage image;
};

// The report's style sheet (shared by the comparison page of `compare`).
std::string ReportStylesheet();

// Whether the rule recomputes the figure (so its expected value is what the
// figure should be), rather than comparing it with a reference.
bool RecomputesFigure(const std::string& rule);

std::string RenderHtml(const audit::AuditReport& report, const Document& doc,
                       const std::vector<FindingImage>& images, bool english);
// The same page, handed to `sink` piece by piece as it is written (for a
// file): the concatenated pieces equal RenderHtml's text.
void WriteHtml(const audit::AuditReport& report, const Document& doc, const std::vector<FindingImage>& images,
               bool english, const std::function<void(std::string_view)>& sink);

}  // namespace lkj::reports
