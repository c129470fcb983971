// Tables as CSV (UTF-8, RFC 4180: comma separated, CRLF, quoted as needed).
#pragma once

#include <string>

#include "extract/model.h"

namespace lkj {

std::string TableToCsv(const Table& table);

// A file name for the table: "T03-tabel-2-3.csv" (id, then the caption's label).
std::string CsvFileName(const Table& table);

}  // namespace lkj
