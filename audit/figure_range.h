// The range of values a printed figure stands for, in the context it is
// read: a whole number that counts (orang, dokumen, Rupiah) is exact, while
// a percent printed without decimals ("85" for 84,85) was rounded.
#pragma once

#include "audit/interval.h"
#include "audit/number.h"

namespace lkj::audit {

inline Interval RangeOf(const Figure& f, bool percent_context) {
  if (!percent_context && !f.percent && f.decimals == 0 && f.scale_exponent == 0) return Interval::Exact(f.value);
  return {f.lo, f.hi};
}

// A figure read by its own print: percents by their rounding, counts exact.
inline Interval Range(const Figure& f) { return RangeOf(f, f.percent); }
// A figure from a percent column, printed with or without "%".
inline Interval PercentRange(const Figure& f) { return RangeOf(f, true); }

}  // namespace lkj::audit
