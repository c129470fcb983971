// Arithmetic printed in a report, "(87,24+94,31+50) / 3", evaluated over the
// intervals its figures stand for.
#pragma once

#include <optional>
#include <string_view>

#include "audit/interval.h"

namespace lkj::audit {

struct Evaluated {
  Interval value;
  int figures = 0;  // how many numbers the expression holds
};

// Numbers in Indonesian style; operators + - * / x ×; parentheses. Returns
// nullopt unless the whole text is one expression with an operator.
std::optional<Evaluated> EvaluateExpression(std::string_view text);

}  // namespace lkj::audit
