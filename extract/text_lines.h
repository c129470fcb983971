// Text lines: words that share a baseline, ordered left to right.
#pragma once

#include <string>
#include <vector>

#include "extract/model.h"

namespace lkj {

// Groups words into lines, top to bottom. Words turned by a quarter turn
// (vertical text) each form a line of their own.
std::vector<TextLine> GroupLines(std::vector<Word> words);

// Joins words of one line: a space where poppler saw one or where the gap is
// wider than a narrow space.
std::string JoinWords(const std::vector<Word>& words);

// Joins the lines of one wrapped cell or paragraph with a single space, except
// inside a number broken across lines ("201." + "955").
std::string JoinLines(const std::vector<std::string>& lines);

}  // namespace lkj
