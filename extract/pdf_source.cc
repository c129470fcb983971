#include "extract/pdf_source.h"

#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <goo/GooString.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "extract/page_device.h"

namespace lkj {
namespace {

// poppler's complaints about a damaged file are not the user's business:
// what matters reaches them as a Status or a page warning.
void IgnorePopplerMessage(ErrorCategory, Goffset, const char*) {}

// Reads up to `n` bytes from the start (or the end) of a file.
std::string ReadSlice(const std::string& path, std::uint64_t size, std::size_t n, bool from_end) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::size_t len = static_cast<std::size_t>(std::min<std::uint64_t>(size, n));
  if (from_end) in.seekg(static_cast<std::streamoff>(size - len));
  std::string buf(len, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(len));
  buf.resize(static_cast<std::size_t>(in.gcount()));
  return buf;
}

bool Contains(const std::string& hay, const char* needle) {
  return std::search(hay.begin(), hay.end(), needle, needle + std::strlen(needle)) != hay.end();
}

Status CheckFile(const std::string& path, const OpenLimits& limits, std::uint64_t* size) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status(ErrorCode::kNotFound, path);
  if (!fs::is_regular_file(st)) return Status(ErrorCode::kUnreadable, path);
  *size = fs::file_size(path, ec);
  if (ec) return Status(ErrorCode::kUnreadable, path);
  std::ifstream probe(path, std::ios::binary);
  if (!probe) return Status(ErrorCode::kUnreadable, path);
  if (*size == 0) return Status(ErrorCode::kEmpty, path);
  if (*size > limits.max_bytes) return Status(ErrorCode::kTooLarge, path);
  // The spec lets the header sit within the first 1024 bytes.
  if (!Contains(ReadSlice(path, *size, 1024, false), "%PDF-"))
    return Status(ErrorCode::kNotPdf, path);
  // A file cut short loses its trailer; poppler would silently guess.
  if (!Contains(ReadSlice(path, *size, 2048, true), "%%EOF"))
    return Status(ErrorCode::kDamaged, path + ": no end-of-file marker (truncated?)");
  return Status::Ok();
}

}  // namespace

struct PdfSource::Impl {
  // poppler's global state lives while any document does.
  GlobalParamsIniter poppler{IgnorePopplerMessage};
  std::unique_ptr<PDFDoc> doc;
};

PdfSource::PdfSource(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfSource::~PdfSource() = default;

Result<std::unique_ptr<PdfSource>> PdfSource::Open(const std::string& path,
                                                   const OpenLimits& limits) {
  std::uint64_t size = 0;
  Status st = CheckFile(path, limits, &size);
  if (!st.ok()) return st;

  auto impl = std::make_unique<Impl>();
  impl->doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
  if (!impl->doc->isOk())
    return Status(impl->doc->getErrorCode() == errEncrypted ? ErrorCode::kEncrypted : ErrorCode::kDamaged, path);
  int pages = impl->doc->getNumPages();
  if (pages <= 0) return Status(ErrorCode::kDamaged, path + ": no pages");
  if (pages > limits.max_pages) return Status(ErrorCode::kTooLarge, path);
  return std::unique_ptr<PdfSource>(new PdfSource(std::move(impl)));
}

int PdfSource::page_count() const { return impl_->doc->getNumPages(); }

PDFDoc* PdfSource::poppler_document() const { return impl_->doc.get(); }

PageContent PdfSource::ReadPage(int index) const {
  PageContent content;
  content.info.number = index + 1;
  Page* page = index >= 0 && index < page_count() ? impl_->doc->getPage(index + 1) : nullptr;
  if (!page) {
    content.info.readable = false;
    return content;
  }
  const PDFRectangle* crop = page->getCropBox();
  int rotation = page->getRotate();
  if (rotation != 90 && rotation != 180 && rotation != 270) rotation = 0;
  bool quarter = rotation == 90 || rotation == 270;
  content.info.rotation = rotation;
  content.info.width = quarter ? crop->y2 - crop->y1 : crop->x2 - crop->x1;
  content.info.height = quarter ? crop->x2 - crop->x1 : crop->y2 - crop->y1;

  // 72 dpi: one pixel per point, the page as displayed (its /Rotate applied).
  PageDevice device;
  impl_->doc->displayPageSlice(&device, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1);
  content.words = device.TakeWords();
  content.info.has_text_layer = !content.words.empty();
  PageGraphics g = device.TakeGraphics();
  content.rules = std::move(g.rules);
  content.images = std::move(g.images);
  content.scan_ppi = g.largest_image_ppi;
  content.shapes = std::move(g.shapes);
  return content;
}

}  // namespace lkj
