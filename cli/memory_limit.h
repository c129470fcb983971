// MemoryLimit: a per-process ceiling on resident memory (--max-memory-mb),
// so one document that needs far more memory than its like cannot take the
// machine of a batch with it. A watchdog thread reads the process's resident
// size every few milliseconds and ends the process with kExitOutOfMemory once
// it is over. Resident size, not address space: the sanitizer builds and
// Tesseract reserve address space they never touch, and a C library that
// finds malloc returning null (RLIMIT_AS) may crash instead of refusing.
#pragma once

#include <cstdint>
#include <string>

namespace lkj::cli {

// Starts the watchdog for the rest of the process; `message` (one line) is
// written to stderr before it exits. max_bytes == 0: no limit.
void StartMemoryLimit(std::uint64_t max_bytes, std::string message);

// The resident size of this process in bytes (0 when /proc is unavailable).
std::uint64_t ResidentBytes();

}  // namespace lkj::cli
