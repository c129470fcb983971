// Atomic output: a file appears whole under its name or not at all.
#pragma once

#include <string>
#include <string_view>

#include "extract/status.h"

namespace lkj::cli {

// A file written piece by piece to a temporary file beside `path` and, on
// Commit, flushed to disk and renamed over `path`. Dropped without Commit,
// the temporary file is removed and `path` is left as it was. For output too
// large to hold whole in memory (a long document's JSON).
class AtomicFile {
 public:
  static Result<AtomicFile> Create(const std::string& path);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();

  // Appends `data`; the first failure is kept and reported by Commit.
  void Append(std::string_view data);
  Status Commit();

 private:
  AtomicFile(std::string path, std::string temp, int fd) : path_(std::move(path)), temp_(std::move(temp)), fd_(fd) {}
  void Abandon();

  std::string path_, temp_;
  int fd_ = -1;
  std::string error_;  // strerror of the first failed write
};

// Writes `content` to a temporary file beside `path`, flushes it to disk and
// renames it over `path`.
Status WriteFileAtomically(const std::string& path, const std::string& content);

}  // namespace lkj::cli
