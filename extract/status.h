// Status and Result<T>: how the extraction library reports failure.
//
// Library code never throws across its boundary; a function that can fail
// returns Result<T> (a value or a Status). The CLI maps a Status's code to an
// exit code and a localized one-line message.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace lkj {

enum class ErrorCode {
  kOk = 0,
  kNotFound,      // input path does not exist
  kUnreadable,    // exists but cannot be read (permission, directory, I/O)
  kEmpty,         // zero bytes
  kNotPdf,        // no %PDF signature
  kDamaged,       // looks like a PDF but cannot be parsed (truncated, corrupt)
  kEncrypted,     // needs a password
  kTooLarge,      // beyond a configured limit (bytes, pages)
  kWriteFailed,   // an output file could not be written
  kInvalidData,   // a data file (rules, truth) is malformed
};

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string detail) : code_(code), detail_(std::move(detail)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  // Technical detail (a path, a library message); not localized.
  const std::string& detail() const { return detail_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string detail_;
};

template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace lkj
