// Finding: one inconsistency (or note) the audit reports, with the evidence
// a reviewer needs to find every figure involved on the page.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/geometry.h"

namespace lkj::audit {

enum class Severity { kError, kWarning, kInfo };
const char* SeverityName(Severity s);

struct Evidence {
  int page = 0;
  std::string table_id;                // empty for narrative text
  std::optional<std::string> table;    // caption, or null
  int row = -1, col = -1;              // -1 for narrative text
  std::string text;                    // as printed
  std::optional<double> value;         // parsed figure
  Box bbox;
  bool suspect = false;  // the figure the finding points at (drawn in red)
  double confidence = -1;  // OCR's confidence in the cell (0..100); -1: a PDF text layer
  // For text: the words just before the figure and the figure itself, so it
  // can be found on the page among other equal figures. Not reported.
  std::string context;
};

// A reviewer's decision on a finding (keputusan.json): it must be fixed in
// the next draft, it is not a problem (with the reason), or not decided yet.
enum class Verdict { kOpen, kMustFix, kNotAProblem };

struct Judgement {
  Verdict verdict = Verdict::kOpen;
  std::string reason;  // why it is not a problem
  std::string note;    // the reviewer's note for the CHR
};

struct Finding {
  // Identity that survives a revised draft (audit/finding_id.h): `id` is a
  // short hash of `key`, the rule and the place in words.
  std::string id, key;
  std::optional<Judgement> judgement;  // from --keputusan
  std::string rule;
  Severity severity = Severity::kError;
  std::string message;     // Indonesian
  std::string message_en;  // English
  std::optional<double> expected, found;
  std::vector<Evidence> evidence;
  // The reading of the table or text the finding rests on: which rows or
  // places were taken together and why, so a reviewer can judge it.
  std::string reading;     // Indonesian
  std::string reading_en;  // English
  // Orders findings for the reviewer: money first, then flipped verdicts.
  int priority = 0;
  // The reading is likely, not certain (two places taken for one item by a
  // near name): reported as a warning at most, whatever the rule's severity.
  bool tentative = false;
};

}  // namespace lkj::audit
