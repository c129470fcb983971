#include "extract/text_locator.h"

#include <cctype>
#include <string>
#include <vector>

#include "extract/text_lines.h"

namespace lkj {
namespace {

std::string Fold(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    if (!std::isspace(c)) out += static_cast<char>(c);
  return out;
}

}  // namespace

std::optional<Box> LocateText(const PageContent& page, const Box& within, std::string_view context, size_t tail) {
  const std::string needle = Fold(context);
  if (needle.empty()) return std::nullopt;
  // Words of the region in reading order (line by line), without spaces, with
  // the offset where each starts in the joined string.
  std::vector<Word> inside;
  for (const Word& w : page.words)
    if (within.contains(w.box.cx(), w.box.cy())) inside.push_back(w);
  std::string joined;
  std::vector<const Word*> owner;  // per character of `joined`
  std::vector<TextLine> lines = GroupLines(inside);
  for (const TextLine& line : lines)
    for (const Word& w : line.words)
      for (char c : Fold(w.text)) {
        joined += c;
        owner.push_back(&w);
      }
  size_t at = joined.find(needle);
  if (at == std::string::npos) return std::nullopt;
  size_t from = tail > 0 && tail < needle.size() ? at + needle.size() - tail : at;
  Box box = owner[from]->box;
  for (size_t i = from; i < at + needle.size(); ++i) box = box.united(owner[i]->box);
  return box;
}

}  // namespace lkj
