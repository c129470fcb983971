// Work split by page over one PDF: poppler documents are not shared between
// threads, so each thread but the first reads its own opening of the file.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

#include "extract/pdf_source.h"
#include "extract/threads.h"

namespace lkj {

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
