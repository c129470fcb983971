// Threads for work split by page: how many, and running them. Each worker
// takes its own tasks from a shared counter and keeps its own poppler
// document (and OCR engine), as neither may be shared between threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "extract/pdf_source.h"

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

// Runs tasks 0 .. tasks-1 on up to `jobs` threads: the first thread reads
// `pdf`, each other its own opening of `path`; on each thread
// make_task(source) makes the callable that then runs task k as task(k),
// so a thread keeps what it builds once (a renderer) for all its tasks. A
// thread that cannot open the file leaves its tasks to the others.
template <typename MakeTask>
void RunOnDocuments(const PdfSource& pdf, const std::string& path, const OpenLimits& limits, int jobs,
                    std::size_t tasks, MakeTask&& make_task) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> first{true};
  auto worker = [&]() {
    std::unique_ptr<PdfSource> own;
    const PdfSource* source = &pdf;
    if (!first.exchange(false)) {
      auto opened = PdfSource::Open(path, limits);
      if (!opened.ok()) return;
      own = std::move(opened).value();
      source = own.get();
    }
    auto task = make_task(*source);
    for (std::size_t k = next++; k < tasks; k = next++) task(k);
  };
  RunOnThreads(ThreadsFor(jobs, tasks), worker);
}

}  // namespace lkj
