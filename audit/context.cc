#include "audit/context.h"
#include "audit/parallel.h"

#include <optional>

#include <re2/re2.h>

#include <map>

namespace lkj::audit {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

int DetectReportingYear(const Document& doc) {
  static const RE2 kYear(R"((?i)tahun\s+(?:anggaran\s+)?(20[0-9]{2})\b)");
  std::map<int, int> votes;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kHeading && b.kind != BlockKind::kHeader && b.kind != BlockKind::kCaption) continue;
    re2::StringPiece input(b.text);
    int year;
    while (RE2::FindAndConsume(&input, kYear, &year)) ++votes[year];
  }
  int best = 0, count = 0;
  for (const auto& [year, n] : votes)
    if (n > count) {
      best = year;
      count = n;
    }
  return best;
}

AuditContext::AuditContext(const Document& doc, const Rules& rules, int threads)
    : doc_(&doc), rules_(&rules), threads_(std::max(1, threads)) {
  reporting_year_ = DetectReportingYear(doc);
  // Each table is read on its own (its header, its rows): on `threads`
  // threads, in table order whatever their number.
  std::vector<std::optional<TableView>> read(doc.tables.size());
  ParallelFor(read.size(), threads, [&](size_t i) { read[i].emplace(doc.tables[i], rules, reporting_year_); });
  std::vector<TableView> views;
  views.reserve(read.size());
  for (auto& v : read) views.push_back(std::move(*v));
  views_ = std::make_shared<const std::vector<TableView>>(std::move(views));
}

AuditContext AuditContext::Branch() const {
  AuditContext branch = *this;
  branch.findings_.clear();
  branch.checked_.clear();
  branch.verified_.clear();
  branch.blamed_.clear();
  branch.blamed_text_.clear();
  branch.gaps_.clear();
  branch.narrative_claims_ = 0;
  branch.claims_.clear();
  branch.headlines_.clear();
  return branch;
}

void AuditContext::Merge(AuditContext&& branch) {
  for (Finding& f : branch.findings_) findings_.push_back(std::move(f));
  checked_.merge(branch.checked_);
  verified_.merge(branch.verified_);
  blamed_.merge(branch.blamed_);
  blamed_text_.merge(branch.blamed_text_);
  gaps_.merge(branch.gaps_);
  narrative_claims_ += branch.narrative_claims_;
  for (NarrativeClaim& c : branch.claims_) claims_.push_back(std::move(c));
  for (HeadlineFigure& h : branch.headlines_) headlines_.push_back(std::move(h));
}

namespace {

// Text taken from the page keeps its line breaks ("Rp.\n664.580.000"): a
// message is one line.
std::string OneLine(const std::string& s) {
  std::string out;
  for (char ch : s) {
    bool space = ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : ch;
  }
  return out;
}

}  // namespace

void AuditContext::Report(Finding f) {
  if (!rules_->Enabled(f.rule)) return;
  f.message = OneLine(f.message);
  f.message_en = OneLine(f.message_en);
  f.severity = rules_->SeverityOf(f.rule);
  if (f.tentative && f.severity == Severity::kError) f.severity = Severity::kWarning;
  // A figure read from a scan that OCR is unsure of cannot carry an error:
  // the reviewer is asked to read the page crop.
  double least = 101;
  for (const Evidence& e : f.evidence)
    if (e.confidence >= 0) least = std::min(least, e.confidence);
  if (least < rules_->ocr_trusted_confidence && f.severity == Severity::kError) {
    f.severity = Severity::kWarning;
    std::string pct = std::to_string(static_cast<int>(least));
    f.message += " (angka hasil pindai tidak terbaca pasti: keyakinan OCR " + pct + "%; periksa gambar halamannya)";
    f.message_en += " (a figure read from a scan with OCR confidence " + pct + "%; check the page image)";
  }
  findings_.push_back(std::move(f));
}

void AuditContext::Checked(const TableView& view, const std::vector<std::pair<int, int>>& cells, bool passed) {
  for (const auto& [r, c] : cells) {
    CellKey key{view.table().id, r, c};
    checked_.insert(key);
    if (passed) verified_.insert(key);
  }
}

bool AuditContext::Verified(const std::string& table_id, int row, int col) const {
  return verified_.count(CellKey{table_id, row, col}) > 0;
}

bool AuditContext::IsChecked(const std::string& table_id, int row, int col) const {
  return checked_.count(CellKey{table_id, row, col}) > 0;
}

}  // namespace lkj::audit
