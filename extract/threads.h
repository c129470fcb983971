// Threads for work split into independent tasks (pages, tables): how many,
// and running them. Each worker takes its own tasks from a shared counter.
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace lkj {

// Threads for `tasks` tasks when `jobs` are asked for (0: one per core).
inline int ThreadsFor(int jobs, std::size_t tasks) {
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return static_cast<int>(std::min<std::size_t>(jobs > 0 ? jobs : cores, tasks));
}

// Runs `worker` on `threads` threads, this one included (it is the first to
// start), and waits for all of them.
template <typename Worker>
void RunOnThreads(int threads, Worker&& worker) {
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back([&worker] { worker(); });
  if (threads > 0) worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace lkj
