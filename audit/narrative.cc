#include "audit/narrative.h"

#include <re2/re2.h>

#include <algorithm>

namespace lkj::audit {

Narrative::Narrative(const Document& doc) : doc_(&doc) {
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kHeading) continue;
    if (!text_.empty()) text_ += '\n';
    starts_.push_back({text_.size(), &b});
    text_ += b.text;
  }
}

Evidence Narrative::EvidenceAt(size_t offset, size_t length, bool suspect) const {
  Evidence e;
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset,
                             [](size_t off, const auto& s) { return off < s.first; });
  if (it != starts_.begin()) {
    const Block* b = std::prev(it)->second;
    e.page = b->page;
    e.bbox = b->box;
  }
  e.text = text_.substr(offset, length);
  size_t block_start = it != starts_.begin() ? std::prev(it)->first : 0;
  size_t from = std::max(block_start, offset >= 48 ? offset - 48 : 0);
  e.context = text_.substr(from, offset + length - from);
  e.suspect = suspect;
  return e;
}

std::string Narrative::Match::Group(const std::string& name) const {
  auto it = groups.find(name);
  return it == groups.end() ? std::string() : it->second.second;
}

std::vector<Narrative::Match> Narrative::FindAll(const re2::RE2& pattern) const {
  std::vector<Match> out;
  const int n = pattern.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> sub(n);
  size_t pos = 0;
  while (pos < text_.size() &&
         pattern.Match(text_, pos, text_.size(), re2::RE2::UNANCHORED, sub.data(), n)) {
    Match m;
    m.begin = static_cast<size_t>(sub[0].data() - text_.data());
    m.end = m.begin + sub[0].size();
    for (const auto& [name, index] : pattern.NamedCapturingGroups())
      if (sub[index].data())
        m.groups[name] = {static_cast<size_t>(sub[index].data() - text_.data()), std::string(sub[index])};
    pos = std::max(m.end, m.begin + 1);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace lkj::audit
