#include "extract/pdf_source.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "extract/page_graphics.h"
#include "extract/utf8.h"

namespace lkj {
namespace {

void IgnorePopplerMessage(const std::string&, void*) {}

bool IsBoldFont(const std::string& name) {
  static const char* kMarks[] = {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "Demi"};
  for (const char* m : kMarks)
    if (name.find(m) != std::string::npos) return true;
  return false;
}

std::string ToUtf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return RepairUtf8(std::string_view(bytes.data(), bytes.size()));
}

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
  std::unique_ptr<poppler::document> doc;
  std::unique_ptr<GraphicsReader> graphics;
};

PdfSource::PdfSource(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfSource::~PdfSource() = default;

Result<std::unique_ptr<PdfSource>> PdfSource::Open(const std::string& path,
                                                   const OpenLimits& limits) {
  std::uint64_t size = 0;
  Status st = CheckFile(path, limits, &size);
  if (!st.ok()) return st;

  poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  auto impl = std::make_unique<Impl>();
  impl->doc.reset(poppler::document::load_from_file(path));
  if (!impl->doc) return Status(ErrorCode::kDamaged, path);
  if (impl->doc->is_locked()) return Status(ErrorCode::kEncrypted, path);
  int pages = impl->doc->pages();
  if (pages <= 0) return Status(ErrorCode::kDamaged, path + ": no pages");
  if (pages > limits.max_pages) return Status(ErrorCode::kTooLarge, path);
  impl->graphics = GraphicsReader::Open(path);
  return std::unique_ptr<PdfSource>(new PdfSource(std::move(impl)));
}

int PdfSource::page_count() const { return impl_->doc->pages(); }

PageContent PdfSource::ReadPage(int index) const {
  PageContent content;
  content.info.number = index + 1;
  std::unique_ptr<poppler::page> page(impl_->doc->create_page(index));
  if (!page) {
    content.info.readable = false;
    return content;
  }

  poppler::rectf rect = page->page_rect(poppler::crop_box);
  int rotation = 0;
  switch (page->orientation()) {
    case poppler::page::landscape: rotation = 90; break;
    case poppler::page::upside_down: rotation = 180; break;
    case poppler::page::seascape: rotation = 270; break;
    default: break;
  }
  bool quarter = rotation == 90 || rotation == 270;
  content.info.rotation = rotation;
  content.info.width = quarter ? rect.height() : rect.width();
  content.info.height = quarter ? rect.width() : rect.height();

  for (poppler::text_box& tb : page->text_list(poppler::page::text_list_include_font)) {
    Word w;
    w.text = ToUtf8(tb.text());
    if (w.text.empty()) continue;
    poppler::rectf b = tb.bbox();
    w.box = {b.left(), b.top(), b.right(), b.bottom()};
    w.font_size = tb.get_font_size();
    w.bold = tb.has_font_info() && IsBoldFont(tb.get_font_name());
    w.rotation = tb.rotation();
    w.space_after = tb.has_space_after();
    content.words.push_back(std::move(w));
  }
  content.info.has_text_layer = !content.words.empty();

  if (impl_->graphics) {
    PageGraphics g = impl_->graphics->Read(index);
    content.rules = std::move(g.rules);
    content.images = std::move(g.images);
    content.scan_ppi = g.largest_image_ppi;
    content.shapes = std::move(g.shapes);
  }
  return content;
}

}  // namespace lkj
