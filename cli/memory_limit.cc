#include "cli/memory_limit.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/exit_codes.h"

namespace lkj::cli {

std::uint64_t ResidentBytes() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long long size = 0, resident = 0;
  int read = std::fscanf(f, "%llu %llu", &size, &resident);
  std::fclose(f);
  return read == 2 ? resident * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE)) : 0;
}

void StartMemoryLimit(std::uint64_t max_bytes, std::string message) {
  if (max_bytes == 0) return;
  std::thread([max_bytes, message = std::move(message)]() {
    // 10 ms: memory grows by page renderings and tables, far slower than
    // that; polling costs a few microseconds.
    for (;;) {
      if (ResidentBytes() > max_bytes) {
        ssize_t ignored = ::write(STDERR_FILENO, message.data(), message.size());
        (void)ignored;
        ::_exit(kExitOutOfMemory);  // no destructors: other threads still run
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }).detach();
}

}  // namespace lkj::cli
