// AuditJob: one document audited and its report files written, as the
// `audit` and `batch` commands both need it.
#pragma once

#include <optional>
#include <string>

#include "audit/auditor.h"
#include "audit/judgement.h"
#include "audit/rules.h"
#include "extract/extractor.h"
#include "extract/status.h"

namespace lkj::cli {

struct ReportFiles {
  std::optional<std::string> json, html, xlsx, md;
  std::optional<std::string> chr;  // the CHR draft, Markdown
};

struct AuditJob {
  std::string input;  // a PDF, or the JSON of `extract --json`
  ExtractOptions extract;
  ReportFiles outputs;
  bool english = false;
  audit::Judgements judgements;  // from --keputusan, by finding id
};

struct AuditOutcome {
  Document doc;
  audit::AuditReport report;
  int judgements_matched = 0;  // of job.judgements, how many found their finding
};

// Reads rules: the built-in defaults, then each file of `paths` on top.
Result<audit::Rules> LoadRulesFiles(const std::vector<std::string>& paths);

// Extracts (or reads) the document, audits it and writes every requested
// report file atomically. Output write failures come back as a Status.
Result<AuditOutcome> RunAuditJob(const AuditJob& job, const audit::Rules& rules);

}  // namespace lkj::cli
