// Batch: audits a stack of LKj documents, one report folder per document and
// a summary of all, in parallel, resumable after being killed: a document
// whose status file matches its input is not done again. Each document is
// audited by a process of its own (`lkj-audit audit`) under the per-document
// limits, so one that runs out of time or memory, or crashes, is recorded as
// such and the batch goes on.
#pragma once

#include <string>
#include <vector>

#include "extract/extractor.h"

namespace lkj::cli {

struct BatchOptions {
  std::vector<std::string> inputs;  // PDFs, or folders searched for *.pdf
  std::string out_dir;
  int jobs = 1;
  bool english = false;
  bool quiet = false;
  ExtractOptions extract;
  std::vector<std::string> rules_files;  // --rules, applied over the defaults
  int timeout_s = 900;                   // per document; 0: none
  int max_memory_mb = 4096;              // per document; 0: none
};

// Returns the exit code: 0 all audited without error, 1 some document has
// errors, 12 some document could not be read or went over a limit (the
// others still done). The rules files must have been checked by the caller.
int RunBatch(const BatchOptions& options);

}  // namespace lkj::cli
