#include "audit/finding_id.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "audit/text_format.h"

namespace lkj::audit {
namespace {

std::string Collapsed(const std::string& s) {
  std::string out;
  for (char ch : Lower(s)) {
    bool space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += ch;
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.' || out.back() == ':')) out.pop_back();
  return out;
}

// A caption's title without its label ("Tabel 3.2", "LAMPIRAN I").
std::string CaptionTitle(const std::string& caption) {
  std::string label = CaptionLabel(caption);
  std::string title = label.empty() ? caption : caption.substr(caption.find(label) + label.size());
  title = Collapsed(title);
  size_t start = title.find_first_not_of(" :.-");
  return start == std::string::npos ? "" : title.substr(start);
}

const Evidence* Lead(const Finding& f) {
  for (const Evidence& e : f.evidence)
    if (e.suspect) return &e;
  return f.evidence.empty() ? nullptr : &f.evidence.front();
}

std::string RowLabel(const TableView& view, int r) {
  auto label_of = [&view](int row) {
    const RowInfo& info = view.row(row);
    std::string label = NormalizeLabel(info.label);
    if (label.empty() && (info.kind == RowKind::kTotal || info.implicit_total)) label = "jumlah";
    if (label.empty() && info.kind == RowKind::kAverage) label = "rata-rata";
    if (label.empty()) label = Collapsed(info.number);
    return label;
  };
  std::string label = label_of(r);
  if (label.empty()) return "baris " + std::to_string(r - view.table().header_rows + 1);
  int repeat = 1;
  for (int k = view.table().header_rows; k < r; ++k) repeat += label_of(k) == label;
  return repeat > 1 ? label + " #" + std::to_string(repeat) : label;
}

// A contents entry without its dot leader and page number ("Bab IV
// Penutup ....... 59"): a revision that fixes the page keeps the entry.
std::string WithoutLeader(const std::string& s) {
  size_t leader = std::min(s.find("..."), s.find("\u2026"));
  return leader == std::string::npos ? s : s.substr(0, leader);
}

// The words before a figure in the text, without the figure itself.
std::string TextPlace(const Evidence& e) {
  if (e.context.empty()) return NormalizeLabel(WithoutLeader(e.text));
  std::string words = e.context;
  if (words.size() >= e.text.size() && words.compare(words.size() - e.text.size(), e.text.size(), e.text) == 0)
    words.resize(words.size() - e.text.size());
  // The context is cut at a fixed length: drop its first, perhaps partial,
  // word and keep the last few, which a light edit of the sentence leaves.
  constexpr int kWords = 6;
  size_t first_space = words.find(' ');
  words = first_space == std::string::npos ? std::string() : words.substr(first_space + 1);
  words = NormalizeLabel(words);
  int seen = 0;
  for (size_t i = words.size(); i-- > 0;)
    if (words[i] == ' ' && ++seen == kWords) {
      words = words.substr(i + 1);
      break;
    }
  return words.empty() ? NormalizeLabel(WithoutLeader(e.text)) : words;
}

std::string KeyOf(const PlaceNames& places, const std::map<std::string, const TableView*>& views, const Finding& f) {
  const Evidence* e = Lead(f);
  if (!e) return f.rule + " | " + Collapsed(f.message);
  auto view = views.find(e->table_id);
  if (view != views.end() && e->row >= 0 && e->col >= 0 && e->row < view->second->n_rows() &&
      e->col < view->second->n_cols()) {
    FigurePlace p = places.OfCell(*view->second, e->row, e->col);
    return f.rule + " | " + p.where + " | " + p.row + " | " + p.column;
  }
  if (view != views.end()) {  // the table as a whole (a duplicate number, say)
    const Table& t = view->second->table();
    return f.rule + " | " + places.OfCell(*view->second, 0, 0).where + (t.caption ? "" : " | " + TextPlace(*e));
  }
  return f.rule + " | bagian: " + places.SectionBefore(e->page, e->bbox.y0) + " | " + TextPlace(*e);
}

}  // namespace

PlaceNames::PlaceNames(const Document& doc) : doc_(&doc) {
  for (const Table& t : doc.tables)
    if (t.caption) ++title_count_[CaptionTitle(*t.caption)];
  auto before = [](const Block& a, const Block& b) {
    return a.page != b.page ? a.page < b.page : a.box.y0 < b.box.y0;
  };
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (i > 0 && before(doc.blocks[i], doc.blocks[i - 1])) blocks_in_order_ = false;
    if (doc.blocks[i].kind == BlockKind::kHeading) headings_.push_back(i);
  }
}

// A table by its title when no other table of the document has the same
// one, so a revision that renumbers its tables keeps every point; by its
// whole caption otherwise.
std::string PlaceNames::TableWhere(const std::string& caption) const {
  std::string title = CaptionTitle(caption);
  if (title.empty()) return Collapsed(caption);
  auto it = title_count_.find(title);
  return it == title_count_.end() || it->second <= 1 ? title : Collapsed(caption);
}

std::string PlaceNames::SectionBefore(int page, double y) const {
  auto past = [page, y](const Block& b) { return b.page > page || (b.page == page && b.box.y0 > y + 1); };
  const Block* last = nullptr;
  if (blocks_in_order_) {
    // The headings before the first block past (page, y).
    auto it = std::partition_point(headings_.begin(), headings_.end(),
                                   [&](size_t i) { return !past(doc_->blocks[i]); });
    if (it != headings_.begin()) last = &doc_->blocks[*(it - 1)];
  } else {
    for (const Block& b : doc_->blocks) {
      if (past(b)) break;
      if (b.kind == BlockKind::kHeading) last = &b;
    }
  }
  return last ? NormalizeLabel(WithoutLeader(last->text)) : "";
}

FigurePlace PlaceNames::OfCell(const TableView& view, int r, int c) const {
  const Table& t = view.table();
  FigurePlace p;
  if (t.caption && !Collapsed(*t.caption).empty()) {
    p.where = TableWhere(*t.caption);
  } else {
    const Cell* first = nullptr;
    for (const auto& row : t.rows)
      for (const Cell& cell : row)
        if (!first && !cell.placeholder && cell.page > 0) first = &cell;
    p.where = "bagian: " + (first ? SectionBefore(first->page, first->box.y0) : std::string());
  }
  p.row = r < t.header_rows ? "kepala tabel" : RowLabel(view, r);
  p.column = view.column(c).header();
  if (p.column.empty()) p.column = "kolom " + std::to_string(c + 1);
  return p;
}

std::string FindingIdOf(const std::string& key) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char ch : key) {
    h ^= ch;
    h *= 1099511628211ull;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "F%012llx", static_cast<unsigned long long>(h & 0xffffffffffffull));
  return buf;
}

void AssignFindingIds(const Document& doc, const std::vector<TableView>& views, std::vector<Finding>* findings) {
  std::map<std::string, const TableView*> by_id;
  for (const TableView& v : views) by_id[v.table().id] = &v;
  // Repeats are numbered in the order of the document, not of severity, so a
  // change of severity in the next draft does not swap two identities.
  std::vector<size_t> order(findings->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto position = [&](size_t i) {
    const Evidence* e = Lead((*findings)[i]);
    return e ? std::make_pair(e->page, e->bbox.y0) : std::make_pair(0, 0.0);
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return position(a) < position(b); });
  std::map<std::string, int> seen;
  PlaceNames places(doc);
  for (size_t i : order) {
    Finding& f = (*findings)[i];
    f.key = KeyOf(places, by_id, f);
    int n = ++seen[f.key];
    if (n > 1) f.key += " #" + std::to_string(n);
    f.id = FindingIdOf(f.key);
  }
}

}  // namespace lkj::audit
