#include "cli/audit_job.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/atomic_file.h"
#include "extract/json_export.h"
#include "extract/page_image.h"
#include "reports/findings_json.h"
#include "reports/html_report.h"
#include "reports/markdown_report.h"
#include "reports/xlsx_report.h"

namespace lkj::cli {
namespace {

constexpr double kImageDpi = 110;
constexpr double kMargin = 24;  // points of context around the cited figures

Result<Document> LoadDocument(const std::string& path, const ExtractOptions& options) {
  if (path.size() > 5 && path.substr(path.size() - 5) == ".json") {
    std::ifstream in(path);
    if (!in) return Status(ErrorCode::kNotFound, path);
    try {
      return DocumentFromJson(nlohmann::json::parse(in));
    } catch (const nlohmann::json::exception& e) {
      return Status(ErrorCode::kInvalidData, path + ": " + e.what());
    }
  }
  return ExtractDocument(path, options);
}

// One picture per finding: the region of the suspect's page that holds the
// finding's figures on that page, widened to the table or text around them.
std::vector<reports::FindingImage> FindingImages(const std::string& pdf, const audit::AuditReport& report,
                                                 const Document& doc) {
  std::vector<reports::FindingImage> images;
  auto renderer = PageRenderer::Open(pdf);
  if (!renderer.ok()) return images;
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const audit::Finding& f = report.findings[i];
    const audit::Evidence* anchor = nullptr;
    for (const audit::Evidence& e : f.evidence)
      if (e.suspect && e.page > 0) {
        anchor = &e;
        break;
      }
    if (!anchor) {
      for (const audit::Evidence& e : f.evidence)
        if (e.page > 0) {
          anchor = &e;
          break;
        }
    }
    if (!anchor || anchor->page > static_cast<int>(doc.pages.size())) continue;
    Box region = anchor->bbox;
    for (const audit::Evidence& e : f.evidence)
      if (e.page == anchor->page && e.bbox.width() > 0) region = region.united(e.bbox);
    const PageInfo& page = doc.pages[anchor->page - 1];
    // Full page width reads better than a sliver; a generous band in height.
    region = {0, std::max(0.0, region.y0 - kMargin), page.width, std::min(page.height, region.y1 + kMargin)};
    auto png = renderer.value()->Render(anchor->page, region, kImageDpi);
    if (png.ok()) images.push_back({i, anchor->page, std::move(png).value()});
  }
  return images;
}

}  // namespace

Result<audit::Rules> LoadRulesFiles(const std::vector<std::string>& paths) {
  std::vector<audit::RulesSource> sources = {audit::DefaultRules()};
  for (const std::string& path : paths) {
    auto src = audit::ReadRulesFile(path);
    if (!src.ok()) return src.status();
    sources.push_back(src.value());
  }
  return audit::LoadRules(sources);
}

Result<AuditOutcome> RunAuditJob(const AuditJob& job, const audit::Rules& rules) {
  auto doc = LoadDocument(job.input, job.extract);
  if (!doc.ok()) return doc.status();
  AuditOutcome out{std::move(doc).value(), {}};
  out.report = audit::RunAudit(out.doc, rules);
  const ReportFiles& files = job.outputs;
  if (files.json && *files.json != "-") {
    Status st = WriteFileAtomically(*files.json, reports::AuditToJson(out.report).dump(1) + "\n");
    if (!st.ok()) return st;
  }
  if (files.md) {
    Status st = WriteFileAtomically(*files.md, reports::RenderMarkdown(out.report, job.english));
    if (!st.ok()) return st;
  }
  if (files.html) {
    bool is_pdf = !(job.input.size() > 5 && job.input.substr(job.input.size() - 5) == ".json");
    auto images = is_pdf ? FindingImages(job.input, out.report, out.doc) : std::vector<reports::FindingImage>{};
    Status st = WriteFileAtomically(*files.html, reports::RenderHtml(out.report, out.doc, images, job.english));
    if (!st.ok()) return st;
  }
  if (files.xlsx) {
    // libxlsxwriter writes a file by name: write beside, then rename.
    std::string tmp = *files.xlsx + ".tmp-xlsx";
    Status st = reports::WriteXlsx(tmp, out.report, out.doc, job.english);
    if (st.ok() && std::rename(tmp.c_str(), files.xlsx->c_str()) != 0)
      st = Status(ErrorCode::kWriteFailed, *files.xlsx);
    if (!st.ok()) {
      std::remove(tmp.c_str());
      return st;
    }
  }
  return out;
}

}  // namespace lkj::cli
