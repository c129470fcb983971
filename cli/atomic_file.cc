#include "cli/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace lkj::cli {

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = mkstemp(temp.data());
  if (fd < 0) return Status(ErrorCode::kWriteFailed, path + ": " + std::strerror(errno));
  return AtomicFile(path, temp, fd);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)), fd_(other.fd_), error_(std::move(other.error_)) {
  other.fd_ = -1;
}

AtomicFile::~AtomicFile() { Abandon(); }

void AtomicFile::Abandon() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlink(temp_.c_str());
  fd_ = -1;
}

void AtomicFile::Append(std::string_view data) {
  while (!data.empty() && error_.empty() && fd_ >= 0) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = std::strerror(n < 0 ? errno : EIO);
      return;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

Status AtomicFile::Commit() {
  if (fd_ < 0) return Status(ErrorCode::kWriteFailed, path_ + ": already written");
  if (!error_.empty()) {
    Abandon();
    return Status(ErrorCode::kWriteFailed, path_ + ": " + error_);
  }
  fchmod(fd_, 0644);
  bool ok = ::fsync(fd_) == 0;
  ok = (::close(fd_) == 0) && ok;
  fd_ = -1;
  if (!ok || std::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::string err = std::strerror(errno);
    ::unlink(temp_.c_str());
    return Status(ErrorCode::kWriteFailed, path_ + ": " + err);
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, const std::string& content) {
  auto file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  file.value().Append(content);
  return file.value().Commit();
}

}  // namespace lkj::cli
