// Fuzz target: extraction (extract/extractor.h) of any bytes given as a PDF
// file, the way `lkj-audit extract` opens an upload: refused with a Status
// or read into a document, then written as JSON. OCR is off: Tesseract is
// not ours to fuzz and would make each run seconds long.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "cli/json_text.h"
#include "extract/extractor.h"
#include "extract/json_export.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lkj;
  static const std::string path = "/tmp/lkj-fuzz-extract-" + std::to_string(::getpid()) + ".pdf";
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  ExtractOptions options;
  options.ocr = false;
  options.limits.max_pages = 8;
  options.jobs = 1;  // one thread: coverage that follows from the input alone
  auto doc = ExtractDocument(path, options);
  if (doc.ok()) (void)cli::JsonText(DocumentToJson(doc.value()));
  std::remove(path.c_str());
  return 0;
}
