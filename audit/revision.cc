#include "audit/revision.h"

#include <map>
#include <set>

#include "audit/context.h"
#include "audit/finding_id.h"

namespace lkj::audit {
namespace {

std::vector<const Finding*> AllFindings(const AuditReport& r) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) out.push_back(&f);
  for (const Finding& f : r.accepted) out.push_back(&f);
  return out;
}

int LeadPage(const Finding& f) {
  for (const Evidence& e : f.evidence)
    if (e.suspect) return e.page;
  return f.evidence.empty() ? 0 : f.evidence.front().page;
}

std::string Squeezed(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t' || ch == '\n') continue;
    out += ch;
  }
  return out;
}

// The section named in a place ("bagian: belanja modal" -> "belanja modal").
std::string SectionOf(const FigurePlace& p) {
  const std::string prefix = "bagian: ";
  return p.where.rfind(prefix, 0) == 0 ? p.where.substr(prefix.size()) : p.where;
}

struct PlacedCell {
  std::string table, section, row, column, text;
  int page = 0;
};

// Every cell of a data row that holds a figure, by place key, in document order.
std::vector<std::pair<std::string, PlacedCell>> FiguresByPlace(const Document& doc, const Rules& rules) {
  AuditContext ctx(doc, rules);
  std::vector<std::pair<std::string, PlacedCell>> out;
  PlaceNames places(doc);
  for (const TableView& v : ctx.views()) {
    const Table& t = v.table();
    for (int r = t.header_rows; r < v.n_rows(); ++r)
      for (int c = 0; c < v.n_cols(); ++c) {
        const Cell& cell = t.rows[r][c];
        if (cell.placeholder || !v.FigureAt(r, c)) continue;
        FigurePlace p = places.OfCell(v, r, c);
        out.push_back({p.where + " | " + p.row + " | " + p.column,
                       {t.caption.value_or(""), t.caption ? "" : SectionOf(p),
                        v.row(r).label.empty() ? p.row : v.row(r).label,
                        v.column(c).header(), cell.text,
                        cell.page}});
      }
  }
  return out;
}

}  // namespace

Revision CompareFindings(const AuditReport& before, const AuditReport& after) {
  Revision rev;
  std::map<std::string, const Finding*> old_by_id, new_by_id;
  for (const Finding* f : AllFindings(before)) old_by_id[f->id] = f;
  for (const Finding* f : AllFindings(after)) new_by_id[f->id] = f;
  for (const Finding* f : AllFindings(before))
    if (!new_by_id.count(f->id)) rev.fixed.push_back(*f);
  for (const Finding* f : AllFindings(after)) {
    auto old = old_by_id.find(f->id);
    if (old == old_by_id.end()) {
      rev.added.push_back(*f);
    } else {
      rev.open.push_back(*f);
      rev.open_page_before.push_back(LeadPage(*old->second));
    }
  }
  return rev;
}

std::vector<ChangedFigure> ChangedFigures(const Document& before, const Document& after, const Rules& rules) {
  std::map<std::string, PlacedCell> old_cells;
  std::set<std::string> repeated;  // a place that is not unique cannot be compared
  for (auto& [key, cell] : FiguresByPlace(before, rules))
    if (!old_cells.emplace(key, cell).second) repeated.insert(key);
  auto new_cells = FiguresByPlace(after, rules);
  std::set<std::string> seen;
  for (const auto& [key, cell] : new_cells)
    if (!seen.insert(key).second) repeated.insert(key);
  std::vector<ChangedFigure> out;
  for (const auto& [key, cell] : new_cells) {
    auto old = old_cells.find(key);
    if (old == old_cells.end() || repeated.count(key) || Squeezed(old->second.text) == Squeezed(cell.text)) continue;
    out.push_back({cell.table, cell.section, cell.row, cell.column, old->second.text, cell.text, old->second.page,
                   cell.page});
  }
  return out;
}

}  // namespace lkj::audit
