#include "audit/rules.h"

#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace lkj::audit {
namespace {

using nlohmann::json;

class RulesError {
 public:
  explicit RulesError(std::string m) : message(std::move(m)) {}
  std::string message;
};

const std::set<std::string> kTopKeys = {
    "version", "rules", "columns", "money_groups", "staff_groups", "revenue_words", "total_labels", "average_labels",
    "status_words", "trend_words", "achieved_at", "ikm_scale", "identifying_amount", "ocr_trusted_confidence", "narrative_ratios",
    "narrative_patterns"};

std::vector<std::string> Strings(const json& j, const std::string& key) {
  if (!j.is_array()) throw RulesError(key + ": must be a list of strings");
  std::vector<std::string> out;
  for (const json& s : j) {
    if (!s.is_string()) throw RulesError(key + ": must be a list of strings");
    out.push_back(s.get<std::string>());
  }
  return out;
}

std::shared_ptr<RE2> Compile(const std::string& pattern, const std::string& where) {
  RE2::Options opt;
  opt.set_case_sensitive(false);
  opt.set_log_errors(false);
  auto re = std::make_shared<RE2>(pattern, opt);
  if (!re->ok()) throw RulesError(where + ": invalid pattern: " + re->error());
  return re;
}

Severity ParseSeverity(const json& j, const std::string& where) {
  std::string s = j.is_string() ? j.get<std::string>() : "";
  if (s == "error") return Severity::kError;
  if (s == "warning") return Severity::kWarning;
  if (s == "info") return Severity::kInfo;
  throw RulesError(where + ": severity must be error, warning or info");
}

void ApplyRuleSpecs(const json& j, bool first, Rules* rules) {
  if (!j.is_object()) throw RulesError("rules: must be an object");
  for (const auto& [id, spec] : j.items()) {
    std::string where = "rule " + id;
    if (!first && !rules->rules.count(id)) throw RulesError(where + ": no such rule");
    if (!spec.is_object()) throw RulesError(where + ": must be an object");
    RuleSpec& r = rules->rules[id];
    for (const auto& [key, value] : spec.items()) {
      if (key == "severity") r.severity = ParseSeverity(value, where);
      else if (key == "enabled" && value.is_boolean()) r.enabled = value.get<bool>();
      else if (key == "title" && value.is_string()) r.title = value.get<std::string>();
      else if (key == "title_en" && value.is_string()) r.title_en = value.get<std::string>();
      else throw RulesError(where + ": unknown or malformed key '" + key + "'");
    }
  }
}

void Apply(const json& j, bool first, Rules* rules) {
  if (!j.is_object()) throw RulesError("top level must be an object");
  for (const auto& [key, value] : j.items())
    if (!kTopKeys.count(key)) throw RulesError("unknown key '" + key + "'");
  if (j.contains("rules")) ApplyRuleSpecs(j["rules"], first, rules);
  if (j.contains("columns")) {
    if (!j["columns"].is_object()) throw RulesError("columns: must be an object");
    rules->columns.clear();
    for (const auto& [role, words] : j["columns"].items())
      rules->columns.push_back({role, Strings(words, "columns." + role)});
  }
  if (j.contains("money_groups")) rules->money_groups = Strings(j["money_groups"], "money_groups");
  if (j.contains("staff_groups")) rules->staff_groups = Strings(j["staff_groups"], "staff_groups");
  if (j.contains("revenue_words")) rules->revenue_words = Strings(j["revenue_words"], "revenue_words");
  if (j.contains("total_labels")) {
    rules->total_labels.clear();
    for (const auto& p : Strings(j["total_labels"], "total_labels"))
      rules->total_labels.push_back(Compile(p, "total_labels"));
  }
  if (j.contains("average_labels")) {
    rules->average_labels.clear();
    for (const auto& p : Strings(j["average_labels"], "average_labels"))
      rules->average_labels.push_back(Compile(p, "average_labels"));
  }
  if (j.contains("status_words")) {
    const json& s = j["status_words"];
    if (!s.is_object() || !s.contains("achieved") || !s.contains("not_achieved"))
      throw RulesError("status_words: needs achieved and not_achieved");
    rules->achieved_words = Strings(s["achieved"], "status_words.achieved");
    rules->not_achieved_words = Strings(s["not_achieved"], "status_words.not_achieved");
  }
  if (j.contains("trend_words")) {
    const json& t = j["trend_words"];
    if (!t.is_object() || !t.contains("up") || !t.contains("down") || !t.contains("same"))
      throw RulesError("trend_words: needs up, down and same");
    rules->up_words = Strings(t["up"], "trend_words.up");
    rules->down_words = Strings(t["down"], "trend_words.down");
    rules->same_words = Strings(t["same"], "trend_words.same");
  }
  if (j.contains("achieved_at")) {
    if (!j["achieved_at"].is_number()) throw RulesError("achieved_at: must be a number");
    rules->achieved_at = j["achieved_at"].get<double>();
  }
  if (j.contains("ocr_trusted_confidence")) {
    if (!j["ocr_trusted_confidence"].is_number()) throw RulesError("ocr_trusted_confidence: must be a number");
    rules->ocr_trusted_confidence = j["ocr_trusted_confidence"].get<double>();
  }
  if (j.contains("identifying_amount")) {
    if (!j["identifying_amount"].is_number()) throw RulesError("identifying_amount: must be a number");
    rules->identifying_amount = j["identifying_amount"].get<double>();
  }
  if (j.contains("ikm_scale")) {
    rules->ikm_scale.clear();
    for (const json& g : j["ikm_scale"]) {
      if (!g.is_object() || !g.contains("grade") || !g.contains("label") || !g.contains("min") ||
          !g.contains("max") || !g["min"].is_number() || !g["max"].is_number())
        throw RulesError("ikm_scale: each entry needs grade, label, min, max");
      rules->ikm_scale.push_back({g["grade"].get<std::string>(), g["label"].get<std::string>(),
                                  g["min"].get<double>(), g["max"].get<double>()});
    }
  }
  if (j.contains("narrative_ratios")) {
    rules->narrative_ratios.clear();
    for (const json& n : j["narrative_ratios"]) {
      if (!n.is_object() || !n.contains("id") || !n.contains("pattern"))
        throw RulesError("narrative_ratios: each entry needs id and pattern");
      std::string id = n["id"].get<std::string>();
      auto re = Compile(n["pattern"].get<std::string>(), "narrative_ratios." + id);
      for (const char* group : {"part", "whole", "percent"})
        if (!re->NamedCapturingGroups().count(group))
          throw RulesError("narrative_ratios." + id + ": pattern lacks the group (?P<" + group + ">...)");
      bool cross_reference = true;
      if (n.contains("cross_reference")) {
        if (!n["cross_reference"].is_boolean()) throw RulesError("narrative_ratios." + id + ".cross_reference: must be true or false");
        cross_reference = n["cross_reference"].get<bool>();
      }
      rules->narrative_ratios.push_back({id, re, cross_reference});
    }
  }
  if (j.contains("narrative_patterns")) {
    rules->narrative_patterns.clear();
    static const std::map<std::string, std::vector<std::string>> kGroups = {
        {"efficiency_money", {"value"}}, {"efficiency_staff", {"value"}}, {"status", {"value"}},
        {"ikm", {"converted", "index"}}, {"total_budget", {"value"}}, {"total_absorption", {"value"}},
        {"efficiency_inline", {"value", "basis"}}, {"complement", {"value", "basis"}},
        {"row_percent", {"value", "label"}}, {"indicator_value", {"value", "label"}}, {"pair", {"part", "whole"}},
        {"index_percent", {"value"}}, {"year_value", {"value", "year"}}};
    for (const json& n : j["narrative_patterns"]) {
      if (!n.is_object() || !n.contains("id") || !n.contains("kind") || !n.contains("pattern"))
        throw RulesError("narrative_patterns: each entry needs id, kind and pattern");
      std::string id = n["id"].get<std::string>(), kind = n["kind"].get<std::string>();
      auto groups = kGroups.find(kind);
      if (groups == kGroups.end()) throw RulesError("narrative_patterns." + id + ": unknown kind '" + kind + "'");
      auto re = Compile(n["pattern"].get<std::string>(), "narrative_patterns." + id);
      for (const std::string& g : groups->second)
        if (!re->NamedCapturingGroups().count(g))
          throw RulesError("narrative_patterns." + id + ": pattern lacks the group (?P<" + g + ">...)");
      rules->narrative_patterns.push_back({id, kind, re});
    }
  }
}

}  // namespace

bool Rules::Enabled(const std::string& rule) const {
  auto it = rules.find(rule);
  return it != rules.end() && it->second.enabled;
}

Severity Rules::SeverityOf(const std::string& rule) const {
  auto it = rules.find(rule);
  return it == rules.end() ? Severity::kInfo : it->second.severity;
}

Result<RulesSource> ReadRulesFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorCode::kNotFound, path);
  std::stringstream ss;
  ss << in.rdbuf();
  return RulesSource{path, ss.str()};
}

Result<Rules> LoadRules(const std::vector<RulesSource>& sources) {
  Rules rules;
  for (size_t i = 0; i < sources.size(); ++i) {
    const RulesSource& src = sources[i];
    try {
      json j = json::parse(src.text, nullptr, true, /*ignore_comments=*/true);
      Apply(j, i == 0, &rules);
    } catch (const json::exception& e) {
      return Status(ErrorCode::kInvalidData, src.name + ": " + e.what());
    } catch (const RulesError& e) {
      return Status(ErrorCode::kInvalidData, src.name + ": " + e.message);
    }
  }
  return rules;
}

}  // namespace lkj::audit
