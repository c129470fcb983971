// `lkj-audit compare v1 v2`: two drafts of one LKj (PDFs, the JSON of
// `extract --json`, or the temuan.json of `audit --json`) audited and
// compared: which findings were fixed, which are still open, which are new,
// and which figures changed (by place, so moved tables still compare).
#pragma once

#include <optional>
#include <string>

#include "audit/judgement.h"
#include "audit/revision.h"
#include "audit/rules.h"
#include "extract/extractor.h"
#include "extract/status.h"

namespace lkj::cli {

// One draft as compare reads it: always a report; the document when the
// input was a PDF or an extracted document (a temuan.json has none).
struct Draft {
  audit::AuditReport report;
  std::optional<Document> doc;
};

// Reads a PDF, an extracted document JSON or a findings JSON.
Result<Draft> LoadDraft(const std::string& path, const ExtractOptions& options, const audit::Rules& rules);

struct Comparison {
  Draft before, after;
  audit::Revision revision;
  bool figures_compared = false;  // both drafts had their tables
};

// Errors of the second draft (still open or new) not judged "bukan masalah".
bool ErrorsLeft(const audit::Revision& revision);

// Reads keputusan.json: kNotFound / kEmpty when it cannot be read,
// kInvalidData (with what is wrong) when it is not one.
Result<audit::Judgements> ReadJudgementsFile(const std::string& path);

// Loads both drafts, applies `judgements` to each, and compares them.
Result<Comparison> CompareDrafts(const std::string& before, const std::string& after, const ExtractOptions& options,
                                 const audit::Rules& rules, const audit::Judgements& judgements);

}  // namespace lkj::cli
