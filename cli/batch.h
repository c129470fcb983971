// Batch: audits a stack of LKj documents, one report folder per document and
// a summary of all, in parallel, resumable after being killed: a document
// whose status file matches its input is not done again.
#pragma once

#include <string>
#include <vector>

#include "audit/rules.h"
#include "extract/extractor.h"

namespace lkj::cli {

struct BatchOptions {
  std::vector<std::string> inputs;  // PDFs, or folders searched for *.pdf
  std::string out_dir;
  int jobs = 1;
  bool english = false;
  bool quiet = false;
  ExtractOptions extract;
};

// Returns the exit code: 0 all audited without error, 1 some document has
// errors, 12 some document could not be read (the others still done).
int RunBatch(const BatchOptions& options, const audit::Rules& rules);

}  // namespace lkj::cli
