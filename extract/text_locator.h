// Where a piece of text sits on a page: the box of the words that spell it,
// so a finding about a figure in running text can point at the figure
// rather than at its whole paragraph.
#pragma once

#include <optional>
#include <string_view>

#include "extract/model.h"

namespace lkj {

// The box of the first run of `page` words inside `within` whose text
// contains `context` (white space folded), narrowed to the run's last
// `tail` characters (the figure itself; all of it when tail is 0);
// nullopt when no run does.
std::optional<Box> LocateText(const PageContent& page, const Box& within, std::string_view context,
                              size_t tail = 0);

}  // namespace lkj
