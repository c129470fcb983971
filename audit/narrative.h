// Narrative: the document's running text as one stream (paragraphs joined
// across page breaks), with a way back from a position in the stream to the
// block, page and box it came from, and regex matching with named groups.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "audit/finding.h"
#include "extract/model.h"

namespace re2 {
class RE2;
}

namespace lkj::audit {

class Narrative {
 public:
  explicit Narrative(const Document& doc);

  const std::string& text() const { return text_; }
  // Evidence for the text at [offset, offset + length) of the stream.
  Evidence EvidenceAt(size_t offset, size_t length, bool suspect = false) const;

  struct Match {
    size_t begin = 0, end = 0;
    std::map<std::string, std::pair<size_t, std::string>> groups;  // name -> (offset, text)
    std::string Group(const std::string& name) const;
  };
  std::vector<Match> FindAll(const re2::RE2& pattern) const;

 private:
  const Document* doc_;
  std::string text_;
  std::vector<std::pair<size_t, const Block*>> starts_;  // stream offset of each block
};

}  // namespace lkj::audit
