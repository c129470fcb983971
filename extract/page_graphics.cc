#include "extract/page_graphics.h"

#include <algorithm>

namespace lkj {

std::vector<Segment> MergeSegments(std::vector<Segment> segments) {
  constexpr double kSameLine = 1.0;  // points apart and still one rule
  constexpr double kJoinGap = 2.0;   // gap bridged between two pieces
  std::vector<Segment> horizontal, vertical, merged;
  for (const Segment& s : segments) (s.horizontal() ? horizontal : vertical).push_back(s);

  auto merge = [&](std::vector<Segment>& list, bool is_h) {
    auto key = [is_h](const Segment& s) { return is_h ? s.y0 : s.x0; };
    auto lo = [is_h](const Segment& s) { return is_h ? s.x0 : s.y0; };
    std::sort(list.begin(), list.end(), [&](const Segment& a, const Segment& b) {
      return key(a) != key(b) ? key(a) < key(b) : lo(a) < lo(b);
    });
    // Group by position along the other axis, then join overlapping pieces.
    size_t i = 0;
    while (i < list.size()) {
      size_t j = i + 1;
      while (j < list.size() && key(list[j]) - key(list[j - 1]) <= kSameLine) ++j;
      std::vector<Segment> group(list.begin() + i, list.begin() + j);
      double pos = 0;
      for (const Segment& s : group) pos += key(s);
      pos /= group.size();
      std::sort(group.begin(), group.end(),
                [&](const Segment& a, const Segment& b) { return lo(a) < lo(b); });
      double start = lo(group[0]);
      double end = is_h ? group[0].x1 : group[0].y1;
      auto emit = [&]() {
        merged.push_back(is_h ? Segment{start, pos, end, pos} : Segment{pos, start, pos, end});
      };
      for (size_t k = 1; k < group.size(); ++k) {
        double s_lo = lo(group[k]);
        double s_hi = is_h ? group[k].x1 : group[k].y1;
        if (s_lo <= end + kJoinGap) {
          end = std::max(end, s_hi);
        } else {
          emit();
          start = s_lo;
          end = s_hi;
        }
      }
      emit();
      i = j;
    }
  };
  merge(horizontal, true);
  merge(vertical, false);
  return merged;
}

}  // namespace lkj
