#include "cli/json_text.h"
#include "cli/audit_job.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <map>
#include <set>

#include "cli/atomic_file.h"
#include "cli/file_hash.h"
#include "extract/json_export.h"
#include "extract/page_image.h"
#include "extract/pdf_source.h"
#include "extract/text_locator.h"
#include "reports/chr_report.h"
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

// Findings about figures in running text carry the box of their paragraph;
// narrow each to the words of the figure itself, read again from the page.
void PinTextEvidence(const std::string& pdf, const ExtractOptions& options, audit::AuditReport* report) {
  auto source = PdfSource::Open(pdf, options.limits);
  if (!source.ok()) return;
  std::map<int, PageContent> pages;
  for (audit::Finding& f : report->findings)
    for (audit::Evidence& e : f.evidence) {
      if (!e.table_id.empty() || e.page < 1 || e.page > source.value()->page_count() || e.text.empty()) continue;
      auto it = pages.find(e.page);
      if (it == pages.end()) it = pages.emplace(e.page, source.value()->ReadPage(e.page - 1)).first;
      Box around{e.bbox.x0 - 2, e.bbox.y0 - 2, e.bbox.x1 + 2, e.bbox.y1 + 2};
      size_t tail = 0;
      for (char c : e.text) tail += !std::isspace(static_cast<unsigned char>(c));
      auto box = e.context.empty() ? LocateText(it->second, around, e.text) : LocateText(it->second, around, e.context, tail);
      if (box) e.bbox = *box;
    }
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
  if (auto hash = Sha256OfFile(job.input); hash.ok()) out.report.document_sha256 = hash.value();
  out.judgements_matched = audit::ApplyJudgements(job.judgements, &out.report);
  bool is_pdf = !(job.input.size() > 5 && job.input.substr(job.input.size() - 5) == ".json");
  if (is_pdf) PinTextEvidence(job.input, job.extract, &out.report);
  const ReportFiles& files = job.outputs;
  if (files.json && *files.json != "-") {
    Status st = WriteFileAtomically(*files.json, lkj::cli::JsonText(reports::AuditToJson(out.report)) + "\n");
    if (!st.ok()) return st;
  }
  if (files.md) {
    Status st = WriteFileAtomically(*files.md, reports::RenderMarkdown(out.report, job.english));
    if (!st.ok()) return st;
  }
  if (files.chr) {
    Status st = WriteFileAtomically(*files.chr, reports::RenderChrMarkdown(out.report, job.english));
    if (!st.ok()) return st;
  }
  if (files.html) {
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
