// Blocks: the text outside tables, as paragraphs and headings, with running
// headers and footers (repeated in the page margins) told apart.
#pragma once

#include <vector>

#include "extract/model.h"

namespace lkj {

// The text lines of one page that no table took.
struct PageText {
  PageInfo info;
  std::vector<TextLine> lines;
};

// Removes running headers, footers and page numbers from every page's lines
// and returns them as blocks of kind kHeader / kFooter.
std::vector<Block> TakeRunningLines(std::vector<PageText>* pages);

// Groups a page's lines into paragraphs and headings, top to bottom.
std::vector<Block> BuildBlocks(const PageText& page);

}  // namespace lkj
