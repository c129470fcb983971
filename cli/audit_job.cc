#include "cli/json_text.h"
#include "cli/audit_job.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <map>
#include <set>

#include "cli/atomic_file.h"
#include "cli/file_hash.h"
#include "extract/json_export.h"
#include "extract/page_image.h"
#include "extract/pdf_source.h"
#include "extract/text_locator.h"
#include "extract/document_threads.h"
#include "reports/chr_report.h"
#include "reports/findings_json.h"
#include "reports/html_report.h"
#include "reports/markdown_report.h"
#include "reports/xlsx_report.h"

namespace lkj::cli {
namespace {

constexpr double kImageDpi = 110;
constexpr double kMargin = 24;  // points of context around the cited figures

bool IsJson(const std::string& path) { return path.size() > 5 && path.substr(path.size() - 5) == ".json"; }

Result<Document> ReadDocumentJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorCode::kNotFound, path);
  try {
    return DocumentFromJson(nlohmann::json::parse(in));
  } catch (const nlohmann::json::exception& e) {
    return Status(ErrorCode::kInvalidData, path + ": " + e.what());
  }
}

// Where the picture of finding `f` sits: the region of the suspect's page
// that holds the finding's figures on that page, widened to the table or
// text around them; nullopt for a finding with no place on a page.
std::optional<std::pair<int, Box>> PictureRegion(const audit::Finding& f, const Document& doc) {
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
  if (!anchor || anchor->page > static_cast<int>(doc.pages.size())) return std::nullopt;
  Box region = anchor->bbox;
  for (const audit::Evidence& e : f.evidence)
    if (e.page == anchor->page && e.bbox.width() > 0) region = region.united(e.bbox);
  const PageInfo& page = doc.pages[anchor->page - 1];
  // Full page width reads better than a sliver; a generous band in height.
  region = {0, std::max(0.0, region.y0 - kMargin), page.width, std::min(page.height, region.y1 + kMargin)};
  return std::make_pair(anchor->page, region);
}

// One picture per finding, drawn on `jobs` threads: this one from `pdf`,
// each other from its own opening of `path`. A page's pictures are drawn by
// one thread, from one rendering of the page.
std::vector<reports::FindingImage> FindingImages(const PdfSource& pdf, const std::string& path, int jobs,
                                                 const audit::AuditReport& report, const Document& doc) {
  std::map<int, std::vector<std::pair<size_t, Box>>> by_page;
  for (size_t i = 0; i < report.findings.size(); ++i)
    if (auto where = PictureRegion(report.findings[i], doc)) by_page[where->first].push_back({i, where->second});
  std::vector<const std::pair<const int, std::vector<std::pair<size_t, Box>>>*> pages;
  for (const auto& p : by_page) pages.push_back(&p);
  std::vector<std::optional<reports::FindingImage>> drawn(report.findings.size());
  RunOnDocuments(pdf, path, OpenLimits{}, jobs, pages.size(), [&](const PdfSource& source) {
    // One renderer per thread, rendering each of its pages once for all the
    // page's regions.
    return [&, renderer = PageRenderer::Of(source)](size_t k) {
      const auto& [page, regions] = *pages[k];
      for (const auto& [i, region] : regions) {
        auto png = renderer->Render(page, region, kImageDpi);
        if (png.ok()) drawn[i] = reports::FindingImage{i, page, std::move(png).value()};
      }
    };
  });
  std::vector<reports::FindingImage> images;
  for (auto& d : drawn)
    if (d) images.push_back(std::move(*d));
  return images;
}

// Findings about figures in running text carry the box of their paragraph;
// narrow each to the words of the figure itself, read again from its page
// (pages on `jobs` threads, each page read once and let go).
void PinTextEvidence(const PdfSource& pdf, const std::string& path, int jobs, audit::AuditReport* report) {
  std::map<int, std::vector<audit::Evidence*>> by_page;
  for (audit::Finding& f : report->findings)
    for (audit::Evidence& e : f.evidence)
      if (e.table_id.empty() && e.page >= 1 && e.page <= pdf.page_count() && !e.text.empty()) by_page[e.page].push_back(&e);
  std::vector<std::pair<const int, std::vector<audit::Evidence*>>*> pages;
  for (auto& p : by_page) pages.push_back(&p);
  RunOnDocuments(pdf, path, OpenLimits{}, jobs, pages.size(), [&](const PdfSource& source) {
    return [&](size_t k) {
      const PageContent content = source.ReadPage(pages[k]->first - 1);
      for (audit::Evidence* e : pages[k]->second) {
        Box around{e->bbox.x0 - 2, e->bbox.y0 - 2, e->bbox.x1 + 2, e->bbox.y1 + 2};
        size_t tail = 0;
        for (char c : e->text) tail += !std::isspace(static_cast<unsigned char>(c));
        auto box = e->context.empty() ? LocateText(content, around, e->text) : LocateText(content, around, e->context, tail);
        if (box) e->bbox = *box;
      }
    };
  });
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
  // A PDF is opened once: read, then drawn from for the report's pictures.
  std::unique_ptr<PdfSource> pdf;
  AuditOutcome out;
  if (IsJson(job.input)) {
    auto doc = ReadDocumentJson(job.input);
    if (!doc.ok()) return doc.status();
    out.doc = std::move(doc).value();
  } else {
    auto opened = PdfSource::Open(job.input, job.extract.limits);
    if (!opened.ok()) return opened.status();
    pdf = std::move(opened).value();
    out.doc = ExtractDocument(*pdf, job.input, job.extract);
  }
  // The file's hash beside the audit, which is one thread's work.
  std::future<Result<std::string>> hash = std::async(
      ThreadsFor(job.extract.jobs, 2) > 1 ? std::launch::async : std::launch::deferred,
      [&job] { return Sha256OfFile(job.input); });
  out.report = audit::RunAudit(out.doc, rules, ThreadsFor(job.extract.jobs, out.doc.tables.size()));
  if (auto sha = hash.get(); sha.ok()) out.report.document_sha256 = sha.value();
  out.judgements_matched = audit::ApplyJudgements(job.judgements, &out.report);
  if (pdf) PinTextEvidence(*pdf, job.input, job.extract.jobs, &out.report);
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
    auto images = pdf ? FindingImages(*pdf, job.input, job.extract.jobs, out.report, out.doc)
                      : std::vector<reports::FindingImage>{};
    auto file = AtomicFile::Create(*files.html);
    if (!file.ok()) return file.status();
    reports::WriteHtml(out.report, out.doc, images, job.english, [&](std::string_view piece) { file.value().Append(piece); });
    Status st = file.value().Commit();
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
