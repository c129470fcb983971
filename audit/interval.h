// Interval: the range of true values a printed figure may stand for, and
// arithmetic on such ranges, so a computed total or ratio is compared with
// what the printed inputs allow rather than with one rounded guess.
#pragma once

#include <algorithm>
#include <cmath>

namespace lkj::audit {

struct Interval {
  double lo = 0, hi = 0;

  static Interval Exact(double v) { return {v, v}; }
  double mid() const { return (lo + hi) / 2; }

  Interval operator+(const Interval& o) const { return {lo + o.lo, hi + o.hi}; }
  Interval operator-(const Interval& o) const { return {lo - o.hi, hi - o.lo}; }
  Interval Scaled(double k) const { return k >= 0 ? Interval{lo * k, hi * k} : Interval{hi * k, lo * k}; }
  // Division by an interval that does not contain zero.
  Interval DividedBy(const Interval& d) const {
    double c[4] = {lo / d.lo, lo / d.hi, hi / d.lo, hi / d.hi};
    return {*std::min_element(c, c + 4), *std::max_element(c, c + 4)};
  }
  bool ContainsZero() const { return lo <= 0 && hi >= 0; }

  // True when the two ranges share a value, allowing for binary rounding.
  bool Meets(const Interval& o) const {
    double eps = 1e-9 * std::max({1.0, std::fabs(lo), std::fabs(hi), std::fabs(o.lo), std::fabs(o.hi)});
    return lo <= o.hi + eps && o.lo <= hi + eps;
  }
};

}  // namespace lkj::audit
