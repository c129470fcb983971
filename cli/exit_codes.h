// Exit codes of lkj-audit: documented in --help and the README; stable.
#pragma once

#include "extract/status.h"

namespace lkj::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitFindings = 1,      // audit: at least one finding of severity "error"
  kExitUsage = 2,         // bad command line
  kExitNotFound = 3,      // input missing or unreadable
  kExitEmpty = 4,         // input is an empty file
  kExitNotPdf = 5,        // input is not a PDF
  kExitDamaged = 6,       // PDF truncated or corrupt
  kExitEncrypted = 7,     // PDF needs a password
  kExitTooLarge = 8,      // beyond --max-pages / --max-mb
  kExitWriteFailed = 9,   // an output file could not be written
  kExitTimeout = 10,      // --timeout elapsed
  kExitOutOfMemory = 11,  // over --max-memory-mb, or memory ran out
  kExitBatchIncomplete = 12,  // batch: some documents could not be read
  kExitInternal = 70,     // a bug: please report it
};

inline ExitCode ExitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return kExitOk;
    case ErrorCode::kNotFound:
    case ErrorCode::kUnreadable: return kExitNotFound;
    case ErrorCode::kEmpty: return kExitEmpty;
    case ErrorCode::kNotPdf: return kExitNotPdf;
    case ErrorCode::kDamaged: return kExitDamaged;
    case ErrorCode::kEncrypted: return kExitEncrypted;
    case ErrorCode::kTooLarge: return kExitTooLarge;
    case ErrorCode::kWriteFailed: return kExitWriteFailed;
    case ErrorCode::kInvalidData: return kExitUsage;
  }
  return kExitInternal;
}

}  // namespace lkj::cli
