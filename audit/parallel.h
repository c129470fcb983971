// ParallelFor: independent pieces of an audit (one per table) shared among a
// few threads. Each piece writes only its own slot, so results come out in
// the pieces' order whatever the number of threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace lkj::audit {

// Calls work(i) for every i in [0, n) on up to `threads` threads (this one
// included) and waits for all.
template <typename Work>
void ParallelFor(std::size_t n, int threads, Work&& work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min<long long>(threads, static_cast<long long>(n)); ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace lkj::audit
