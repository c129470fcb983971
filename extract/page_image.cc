#include "extract/page_image.h"

#include <PDFDoc.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <leptonica/allheaders.h>
#include <splash/SplashBitmap.h>

#include <cmath>

namespace lkj {
namespace {

// A picture beyond this is a caller's mistake (a dpi in the thousands), not a
// report figure; refusing it keeps one bad call from exhausting memory.
constexpr double kMaxPixels = 40e6;
constexpr double kMaxDpi = 600;

// Page size in points as displayed (after /Rotate), as PdfSource reports it:
// evidence boxes are in this frame, and poppler renders in it too.
void DisplayedSize(Page& page, double* width, double* height) {
  const PDFRectangle* crop = page.getCropBox();
  int rotate = page.getRotate();
  bool quarter = rotate == 90 || rotate == 270;
  *width = quarter ? crop->y2 - crop->y1 : crop->x2 - crop->x1;
  *height = quarter ? crop->x2 - crop->x1 : crop->y2 - crop->y1;
}

// Page `page` (1-based) of `doc`, to render at `dpi`; refuses pages it does
// not have and resolutions beyond kMaxDpi.
Result<Page*> OpenPage(PDFDoc& doc, int page, double dpi) {
  const int pages = doc.getNumPages();
  if (page < 1 || page > pages)
    return Status(ErrorCode::kNotFound, "page " + std::to_string(page) + " of " + std::to_string(pages));
  if (!(dpi > 0) || dpi > kMaxDpi)
    return Status(ErrorCode::kInvalidData, "dpi " + std::to_string(dpi) + " outside (0, 600]");
  Page* p = doc.getPage(page);
  if (!p) return Status(ErrorCode::kDamaged, "page " + std::to_string(page) + " cannot be read");
  return p;
}

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};

// The w x h pixels at (x0, y0) of `img` as a PNG. Leptonica keeps 8-bit
// samples in 32-bit words in its own byte order, so rows are copied sample
// by sample rather than with memcpy.
Result<std::string> EncodeGrayPng(const SplashBitmap& img, int x0, int y0, int w, int h, double dpi) {
  std::unique_ptr<PIX, PixDeleter> pix(pixCreateNoInit(w, h, 8));
  if (!pix)
    return Status(ErrorCode::kTooLarge, "cannot allocate a " + std::to_string(w) + "x" + std::to_string(h) + " image");
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  const unsigned char* src = img.getDataPtr();
  const int stride = img.getRowSize();  // rows are padded
  for (int y = 0; y < h; ++y) {
    const unsigned char* row = src + static_cast<size_t>(y0 + y) * stride + x0;
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  int res = static_cast<int>(std::lround(dpi));
  pixSetResolution(pix.get(), res, res);
  // zlib's fastest level: a report draws dozens of pictures, and on gray
  // page text the default level saves little for several times the time.
  pixSetZlibCompression(pix.get(), 1);
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

// A gray Splash device. Pictures for a report go without hinting: TrueType
// hinting programs were most of the time spent on a report's pictures, and
// they are made for screens at small sizes. Pages for OCR (and the scans the
// tests make of born-digital pages) keep it, as they always were read.
std::unique_ptr<SplashOutputDev> GrayDevice(PDFDoc* doc, bool hinting) {
  SplashColor white;
  white[0] = 0xff;
  auto device = std::make_unique<SplashOutputDev>(splashModeMono8, 4, false, white);
  device->setFontAntialias(true);
  device->setVectorAntialias(true);
  device->setFreeTypeHinting(hinting, false);
  device->startDoc(doc);
  return device;
}

struct PageRenderer::Impl {
  std::unique_ptr<PdfSource> owned;
  const PdfSource* pdf = nullptr;
  // Kept from page to page: each holds the fonts it has loaded.
  std::unique_ptr<SplashOutputDev> picture_device, page_device;
  // The page picture_device last drew whole: a report shows several
  // regions of one page, each cut from it.
  int picture_page = 0;
  double picture_dpi = 0;

  // Page `page` (1-based) at `dpi`: the slice (x, y, w, h) in pixels for a
  // picture, or the whole page (w = -1) for OCR.
  Result<SplashBitmap*> Draw(int page, double dpi, int x, int y, int w, int h) {
    PDFDoc* doc = pdf->poppler_document();
    bool whole = w < 0;
    std::unique_ptr<SplashOutputDev>& device = whole ? page_device : picture_device;
    if (!device) device = GrayDevice(doc, whole);
    if (!whole) picture_page = 0;
    doc->displayPageSlice(device.get(), page, dpi, dpi, 0, false, true, false, x, y, w, h);
    SplashBitmap* img = device->getBitmap();
    if (!img || img->getWidth() <= 0 || img->getHeight() <= 0 || img->getMode() != splashModeMono8)
      return Status(ErrorCode::kDamaged, "page " + std::to_string(page) + " could not be rendered");
    return img;
  }
};

PageRenderer::PageRenderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PageRenderer::~PageRenderer() = default;

// Gray: the report draws its red and blue boxes over the page, and they
// stand out best on a page without colours of its own; the PNG is also a
// third of the size of a colour one, which matters with dozens per report.
std::unique_ptr<PageRenderer> PageRenderer::Of(const PdfSource& pdf) {
  auto impl = std::make_unique<Impl>();
  impl->pdf = &pdf;
  return std::unique_ptr<PageRenderer>(new PageRenderer(std::move(impl)));
}

Result<std::unique_ptr<PageRenderer>> PageRenderer::Open(const std::string& path) {
  auto opened = PdfSource::Open(path, OpenLimits{});
  if (!opened.ok()) return opened.status();
  std::unique_ptr<PdfSource> pdf = std::move(opened).value();
  std::unique_ptr<PageRenderer> renderer = Of(*pdf);
  renderer->impl_->owned = std::move(pdf);
  return renderer;
}

Result<PngImage> PageRenderer::Render(int page, const Box& region, double dpi) const {
  auto opened = OpenPage(*impl_->pdf->poppler_document(), page, dpi);
  if (!opened.ok()) return opened.status();

  double pw = 0, ph = 0;
  DisplayedSize(*opened.value(), &pw, &ph);
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
  if (static_cast<double>(page_w) * page_h > kMaxPixels)
    return Status(ErrorCode::kTooLarge, "page " + std::to_string(page) + ": " + std::to_string(page_w) + "x" +
                                            std::to_string(page_h) + " pixels");

  // The whole page once, in displayed orientation (its /Rotate applied);
  // each region is cut from it.
  SplashBitmap* page_image = nullptr;
  if (impl_->picture_page == page && impl_->picture_dpi == dpi && impl_->picture_device) {
    page_image = impl_->picture_device->getBitmap();
  } else {
    auto drawn = impl_->Draw(page, dpi, 0, 0, static_cast<int>(page_w), static_cast<int>(page_h));
    if (!drawn.ok()) return drawn.status();
    page_image = drawn.value();
    impl_->picture_page = page;
    impl_->picture_dpi = dpi;
  }
  const int cut_w = std::min(w, page_image->getWidth() - x), cut_h = std::min(h, page_image->getHeight() - y);
  if (cut_w <= 0 || cut_h <= 0) return Status(ErrorCode::kInvalidData, "region lies outside page " + std::to_string(page));
  auto png = EncodeGrayPng(*page_image, x, y, cut_w, cut_h, dpi);
  if (!png.ok()) return png.status();
  PngImage out;
  out.png = std::move(png).value();
  out.width = cut_w;
  out.height = cut_h;
  out.scale = scale;
  out.region = {x / scale, y / scale, (x + cut_w) / scale, (y + cut_h) / scale};
  return out;
}

Result<GrayPage> PageRenderer::RenderGray(int page, double dpi) const {
  auto opened = OpenPage(*impl_->pdf->poppler_document(), page, dpi);
  if (!opened.ok()) return opened.status();
  double pw = 0, ph = 0;
  DisplayedSize(*opened.value(), &pw, &ph);
  const double scale = dpi / 72.0;
  if (pw * scale * ph * scale > kMaxPixels)
    return Status(ErrorCode::kTooLarge, "page " + std::to_string(page) + " at " + std::to_string(dpi) + " dpi");
  auto drawn = impl_->Draw(page, dpi, -1, -1, -1, -1);
  if (!drawn.ok()) return drawn.status();
  const SplashBitmap& img = *drawn.value();
  GrayPage out;
  out.width = img.getWidth();
  out.height = img.getHeight();
  out.stride = img.getRowSize();
  out.scale = scale;
  out.samples.assign(reinterpret_cast<const char*>(img.getDataPtr()), static_cast<size_t>(out.stride) * out.height);
  return out;
}

}  // namespace lkj
