#include "extract/page_image.h"

#include <leptonica/allheaders.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <filesystem>
#include <system_error>

namespace lkj {
namespace {

void IgnorePopplerMessage(const std::string&, void*) {}

// A picture beyond this is a caller's mistake (a dpi in the thousands), not a
// report figure; refusing it keeps one bad call from exhausting memory.
constexpr double kMaxPixels = 40e6;
constexpr double kMaxDpi = 600;

// Page size in points as displayed (after /Rotate), as PdfSource reports it:
// evidence boxes are in this frame, and poppler renders in it too.
void DisplayedSize(const poppler::page& page, double* width, double* height) {
  poppler::rectf rect = page.page_rect(poppler::crop_box);
  poppler::page::orientation_enum o = page.orientation();
  bool quarter = o == poppler::page::landscape || o == poppler::page::seascape;
  *width = quarter ? rect.height() : rect.width();
  *height = quarter ? rect.width() : rect.height();
}

// Page `page` (1-based) of `doc`, to render at `dpi`; refuses pages it does
// not have and resolutions beyond kMaxDpi.
Result<std::unique_ptr<poppler::page>> OpenPage(const poppler::document& doc, int page, double dpi) {
  const int pages = doc.pages();
  if (page < 1 || page > pages)
    return Status(ErrorCode::kNotFound, "page " + std::to_string(page) + " of " + std::to_string(pages));
  if (!(dpi > 0) || dpi > kMaxDpi)
    return Status(ErrorCode::kInvalidData, "dpi " + std::to_string(dpi) + " outside (0, 600]");
  std::unique_ptr<poppler::page> p(doc.create_page(page - 1));
  if (!p) return Status(ErrorCode::kDamaged, "page " + std::to_string(page) + " cannot be read");
  return p;
}

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};

// Leptonica keeps 8-bit samples in 32-bit words in its own byte order, so
// rows are copied sample by sample rather than with memcpy.
Result<std::string> EncodeGrayPng(const poppler::image& img, double dpi) {
  const int w = img.width(), h = img.height();
  std::unique_ptr<PIX, PixDeleter> pix(pixCreateNoInit(w, h, 8));
  if (!pix)
    return Status(ErrorCode::kTooLarge, "cannot allocate a " + std::to_string(w) + "x" + std::to_string(h) + " image");
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  const char* src = img.const_data();
  const int stride = img.bytes_per_row();  // rows are padded
  for (int y = 0; y < h; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(src + static_cast<size_t>(y) * stride);
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  int res = static_cast<int>(std::lround(dpi));
  pixSetResolution(pix.get(), res, res);
  l_uint8* bytes = nullptr;
  size_t size = 0;
  // gamma 0: no gAMA chunk, so browsers show the grays as rendered.
  if (pixWriteMemPng(&bytes, &size, pix.get(), 0.0f) != 0 || !bytes)
    return Status(ErrorCode::kWriteFailed, "PNG encoding failed");
  std::string png(reinterpret_cast<const char*>(bytes), size);
  lept_free(bytes);
  return png;
}

}  // namespace

struct PageRenderer::Impl {
  std::unique_ptr<poppler::document> doc;
  poppler::page_renderer renderer;
};

PageRenderer::PageRenderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PageRenderer::~PageRenderer() = default;

Result<std::unique_ptr<PageRenderer>> PageRenderer::Open(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status(ErrorCode::kNotFound, path);
  if (!fs::is_regular_file(path, ec)) return Status(ErrorCode::kUnreadable, path);
  if (!poppler::page_renderer::can_render())
    return Status(ErrorCode::kUnreadable, "poppler was built without a renderer");

  poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  auto impl = std::make_unique<Impl>();
  impl->doc.reset(poppler::document::load_from_file(path));
  if (!impl->doc) return Status(ErrorCode::kDamaged, path);
  if (impl->doc->is_locked()) return Status(ErrorCode::kEncrypted, path);
  if (impl->doc->pages() <= 0) return Status(ErrorCode::kDamaged, path + ": no pages");
  // Gray: the report draws its red and blue boxes over the page, and they
  // stand out best on a page without colours of its own; the PNG is also a
  // third of the size of a colour one, which matters with dozens per report.
  impl->renderer.set_image_format(poppler::image::format_gray8);
  impl->renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
  return std::unique_ptr<PageRenderer>(new PageRenderer(std::move(impl)));
}

Result<PngImage> PageRenderer::Render(int page, const Box& region, double dpi) const {
  auto opened = OpenPage(*impl_->doc, page, dpi);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<poppler::page> p = std::move(opened).value();

  double pw = 0, ph = 0;
  DisplayedSize(*p, &pw, &ph);
  Box clip{std::max(0.0, std::min(region.x0, region.x1)), std::max(0.0, std::min(region.y0, region.y1)),
           std::min(pw, std::max(region.x0, region.x1)), std::min(ph, std::max(region.y0, region.y1))};
  if (!(clip.width() > 0) || !(clip.height() > 0))
    return Status(ErrorCode::kInvalidData, "region lies outside page " + std::to_string(page));

  // Whole pixels nearest the region; the region reported back is exactly
  // what those pixels show, so boxes drawn over the image land on their figures.
  const double scale = dpi / 72.0;
  const long page_w = std::lround(pw * scale), page_h = std::lround(ph * scale);
  const int x = static_cast<int>(std::lround(clip.x0 * scale));
  const int y = static_cast<int>(std::lround(clip.y0 * scale));
  const int w = static_cast<int>(std::min(page_w, std::lround(clip.x1 * scale))) - x;
  const int h = static_cast<int>(std::min(page_h, std::lround(clip.y1 * scale))) - y;
  if (w <= 0 || h <= 0) return Status(ErrorCode::kInvalidData, "region smaller than a pixel");
  if (static_cast<double>(w) * h > kMaxPixels)
    return Status(ErrorCode::kTooLarge, std::to_string(w) + "x" + std::to_string(h) + " pixels");

  // render_page slices in displayed orientation (the page's /Rotate applied).
  poppler::image img = impl_->renderer.render_page(p.get(), dpi, dpi, x, y, w, h);
  if (!img.is_valid() || img.width() <= 0 || img.height() <= 0 || img.format() != poppler::image::format_gray8)
    return Status(ErrorCode::kDamaged, "page " + std::to_string(page) + " could not be rendered");

  auto png = EncodeGrayPng(img, dpi);
  if (!png.ok()) return png.status();
  PngImage out;
  out.png = std::move(png).value();
  out.width = img.width();
  out.height = img.height();
  out.scale = scale;
  out.region = {x / scale, y / scale, (x + img.width()) / scale, (y + img.height()) / scale};
  return out;
}

Result<GrayPage> PageRenderer::RenderGray(int page, double dpi) const {
  auto opened = OpenPage(*impl_->doc, page, dpi);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<poppler::page> p = std::move(opened).value();
  double pw = 0, ph = 0;
  DisplayedSize(*p, &pw, &ph);
  const double scale = dpi / 72.0;
  if (pw * scale * ph * scale > kMaxPixels)
    return Status(ErrorCode::kTooLarge, "page " + std::to_string(page) + " at " + std::to_string(dpi) + " dpi");
  poppler::image img = impl_->renderer.render_page(p.get(), dpi, dpi);
  if (!img.is_valid() || img.width() <= 0 || img.height() <= 0 || img.format() != poppler::image::format_gray8)
    return Status(ErrorCode::kDamaged, "page " + std::to_string(page) + " could not be rendered");
  GrayPage out;
  out.width = img.width();
  out.height = img.height();
  out.stride = img.bytes_per_row();
  out.scale = scale;
  out.samples.assign(img.const_data(), static_cast<size_t>(out.stride) * out.height);
  return out;
}

}  // namespace lkj
