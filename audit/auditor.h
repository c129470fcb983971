// Auditor: runs every enabled check over an extracted document and returns
// the findings in the order a reviewer should read them, with coverage: what
// was read, what took part in a check, and so what was not checked.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "audit/finding.h"
#include "audit/rules.h"
#include "extract/model.h"

namespace lkj::audit {

struct Coverage {
  int numbers_read = 0;       // figures in table cells
  int numbers_checked = 0;    // of those, in at least one check
  int tables = 0;
  int tables_checked = 0;     // tables with at least one checked figure
  int narrative_claims = 0;   // claims in the text recognised and checked
};

struct AuditReport {
  std::string source;
  int reporting_year = 0;
  std::string office;  // as printed on the cover or title, when found
  int pages = 0;
  std::vector<Finding> findings;
  // Findings the reviewer judged "bukan masalah" (--keputusan): listed on
  // their own, not counted.
  std::vector<Finding> accepted;
  std::string document_sha256;  // of the input file, when known: keys the reviewer's marks
  Coverage coverage;

  int Count(Severity s) const;
  std::map<std::string, int> CountByRule() const;
};

// `threads`: how many threads may share the work (1: this one only). The
// report is the same for any number.
AuditReport RunAudit(const Document& doc, const Rules& rules, int threads = 1);

// How each table was understood (column roles, row kinds): for --explain.
std::string ExplainTables(const Document& doc, const Rules& rules);

}  // namespace lkj::audit
