// AuditContext: what every check shares — the table views, the rules, the
// findings so far, and which figures took part in a check (for coverage and
// to tell a verified figure from an unverified one).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "audit/finding.h"
#include "audit/rules.h"
#include "audit/table_view.h"
#include "extract/model.h"

namespace lkj::audit {

struct CellKey {
  std::string table_id;
  int row = 0, col = 0;
  bool operator<(const CellKey& o) const { return std::tie(table_id, row, col) < std::tie(o.table_id, o.row, o.col); }
};

// A claim in the text: part is percent of whole ("dana sebesar Rp X atau Y%
// dari anggaran sebesar Rp Z"); read by the narrative check, linked to
// tables by the cross-reference check.
struct NarrativeClaim {
  std::string id;
  Domain domain = Domain::kNone;
  Figure part, whole, percent;
  Evidence part_ev, whole_ev, percent_ev;
  bool has_percent = true;
  size_t offset = 0;  // where it starts in the narrative stream
  // The words just before it in the text, which may name its budget line.
  std::string lead;
  // Its amounts may identify its line; otherwise only a name in `lead`
  // (with one amount agreeing) ties it to a table row.
  bool amount_links = true;
};

// A figure the text gives for the document as a whole: its total budget or
// its budget absorption. Compared with the tables' grand totals.
struct HeadlineFigure {
  Role role = Role::kBudget;  // kBudget or kPercent (absorption)
  Figure figure;
  Evidence where;
};

class AuditContext {
 public:
  // `threads`: how many threads may read the tables (1: this one only).
  AuditContext(const Document& doc, const Rules& rules, int threads = 1);

  const Document& doc() const { return *doc_; }
  const Rules& rules() const { return *rules_; }
  const std::vector<TableView>& views() const { return *views_; }

  // A context over the same document and tables with nothing recorded yet,
  // for checks that read nothing other checks record (they may run beside
  // them on another thread); Merge adds what it recorded, its findings after
  // this one's, as if its checks had run here at that point.
  AuditContext Branch() const;
  void Merge(AuditContext&& branch);
  int reporting_year() const { return reporting_year_; }
  // How many threads a check may share its independent pieces among.
  int threads() const { return threads_; }

  // Records a finding if its rule is enabled, with the rule's severity.
  void Report(Finding f);
  // Marks figures as having taken part in a check; `passed` marks them verified.
  void Checked(const TableView& view, const std::vector<std::pair<int, int>>& cells, bool passed);
  void CheckedNarrative(int claims) { narrative_claims_ += claims; }
  bool Verified(const std::string& table_id, int row, int col) const;
  bool IsChecked(const std::string& table_id, int row, int col) const;

  // A figure one check has shown wrong. Relations that take it in are not
  // reported again: the slip is reported once.
  void Blame(const std::string& table_id, int row, int col) { blamed_.insert(CellKey{table_id, row, col}); }
  bool Blamed(const TableView& v, int row, int col) const { return blamed_.count(CellKey{v.table().id, row, col}) > 0; }
  // The same for a figure of the running text, known by its page, place and
  // print: a sentence's budget the ratio check has blamed is not blamed again
  // by the cross-reference that compares it with its table.
  void BlameText(const Evidence& e) { blamed_text_.insert(TextKey(e)); }
  bool TextBlamed(const Evidence& e) const { return blamed_text_.count(TextKey(e)) > 0; }

  // A part of a sum that does not hold, with the gap (printed total less the
  // sum): a print of that part which differs from elsewhere by exactly the
  // gap is the slip.
  void RecordGap(const std::string& table_id, int row, int col, double gap) {
    gaps_[CellKey{table_id, row, col}] = gap;
  }
  std::optional<double> GapAt(const std::string& table_id, int row, int col) const {
    auto it = gaps_.find(CellKey{table_id, row, col});
    return it == gaps_.end() ? std::nullopt : std::optional<double>(it->second);
  }

  void AddClaim(NarrativeClaim c) { claims_.push_back(std::move(c)); }
  const std::vector<NarrativeClaim>& claims() const { return claims_; }
  void AddHeadline(HeadlineFigure h) { headlines_.push_back(std::move(h)); }
  const std::vector<HeadlineFigure>& headlines() const { return headlines_; }

  std::vector<Finding> TakeFindings() { return std::move(findings_); }
  int checked_figures() const { return static_cast<int>(checked_.size()); }
  int narrative_claims() const { return narrative_claims_; }

 private:
  const Document* doc_;
  const Rules* rules_;
  std::shared_ptr<const std::vector<TableView>> views_;
  int reporting_year_ = 0;
  int threads_ = 1;
  std::vector<Finding> findings_;
  std::set<CellKey> checked_, verified_;
  std::set<CellKey> blamed_;
  using TextPlace = std::tuple<int, double, double, std::string>;  // page, x0, y0, print
  static TextPlace TextKey(const Evidence& e) { return {e.page, e.bbox.x0, e.bbox.y0, e.text}; }
  std::set<TextPlace> blamed_text_;
  std::map<CellKey, double> gaps_;
  int narrative_claims_ = 0;
  std::vector<NarrativeClaim> claims_;
  std::vector<HeadlineFigure> headlines_;
};

// The year the report is about: the most frequent "Tahun YYYY" in headings.
int DetectReportingYear(const Document& doc);

}  // namespace lkj::audit
