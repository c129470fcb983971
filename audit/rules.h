// Rules: the audit's checks and vocabulary as data (rules/default.jsonc), so
// a reviewer can read them, switch a check off, change its severity or teach
// it a new column header or narrative phrase without rebuilding.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "audit/finding.h"
#include "extract/status.h"

namespace re2 {
class RE2;
}

namespace lkj::audit {

struct RuleSpec {
  Severity severity = Severity::kError;
  bool enabled = true;
  std::string title, title_en;
};

struct IkmGrade {
  std::string grade, label;
  double min = 0, max = 0;
};

struct NarrativeRatio {
  std::string id;
  std::shared_ptr<re2::RE2> pattern;  // named groups: part, whole, percent
  // Whether its amounts are also compared with the tables' lines. Patterns
  // that do not name the budget line they speak of check the percent only.
  bool cross_reference = true;
};

struct NarrativePattern {
  std::string id;
  std::string kind;  // efficiency_money, efficiency_staff, status, ikm
  std::shared_ptr<re2::RE2> pattern;
};

struct Rules {
  std::map<std::string, RuleSpec> rules;
  std::vector<std::pair<std::string, std::vector<std::string>>> columns;  // role -> header words
  std::vector<std::string> money_groups, staff_groups, revenue_words;
  std::vector<std::shared_ptr<re2::RE2>> total_labels, average_labels;
  std::vector<std::string> achieved_words, not_achieved_words;
  std::vector<std::string> up_words, down_words, same_words;
  double achieved_at = 100;
  std::vector<IkmGrade> ikm_scale;
  double identifying_amount = 1e6;
  // Below this OCR confidence (0..100) a figure from a scan makes a warning, never an error.
  double ocr_trusted_confidence = 85;
  std::vector<NarrativeRatio> narrative_ratios;
  std::vector<NarrativePattern> narrative_patterns;

  bool Enabled(const std::string& rule) const;
  Severity SeverityOf(const std::string& rule) const;
};

struct RulesSource {
  std::string name;  // file name, for messages
  std::string text;
};

// The defaults, rules/default.jsonc as built into the program.
RulesSource DefaultRules();

// Reads a rules file; kNotFound when it cannot be read.
Result<RulesSource> ReadRulesFile(const std::string& path);

// Applies `sources` in order; the first must be complete (the defaults),
// later ones override rule settings and lists. A malformed source is refused
// with a Status whose detail names the file, the rule or key, and the problem.
Result<Rules> LoadRules(const std::vector<RulesSource>& sources);

}  // namespace lkj::audit
