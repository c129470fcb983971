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

struct Finding {
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
};

}  // namespace lkj::audit
