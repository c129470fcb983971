// ParallelFor: independent pieces of an audit (one per table) shared among a
// few threads. Each piece writes only its own slot, so results come out in
// the pieces' order whatever the number of threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>

#include "extract/threads.h"

namespace lkj::audit {

// Calls work(i) for every i in [0, n) on up to `threads` threads (this one
// included) and waits for all.
template <typename Work>
void ParallelFor(std::size_t n, int threads, Work&& work) {
  std::atomic<std::size_t> next{0};
  RunOnThreads(static_cast<int>(std::min<std::size_t>(std::max(threads, 1), n)), [&] {
    for (std::size_t i = next++; i < n; i = next++) work(i);
  });
}

}  // namespace lkj::audit
