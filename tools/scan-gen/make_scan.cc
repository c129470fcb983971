// lkj-make-scan: turns a born-digital PDF into what a reviewer receives after
// "print, sign, scan": every page a picture only (no text layer), at the
// scanner's resolution, tilted a little, on off-white paper, with sensor
// noise and dust, JPEG-compressed. Deterministic for a given seed, so the
// scanned fixture is the same on every machine and its ground truth is the
// born-digital one.
//
//   lkj-make-scan IN.pdf OUT.pdf [--dpi 200] [--max-angle 0.6] [--seed 7]
//                 [--pages 3,5-7] [--portrait]
//
// --portrait feeds landscape pages in portrait, as a scanner's feeder does:
// the landscape table then lies sideways on a portrait page.
//
// OUT holds only the pages asked for (all by default), in order; put them
// back among born-digital pages with pdfunite for a mixed document.
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/page_image.h"
#include "extract/pdf_source.h"

namespace {

struct Options {
  std::string in, out;
  double dpi = 200, max_angle = 0.6;
  uint32_t seed = 7;
  std::string pages;  // "" = all
  bool portrait = false;
};

// A small deterministic generator (xorshift32): the same noise everywhere.
class Noise {
 public:
  explicit Noise(uint32_t seed) : state_(seed ? seed : 1) {}
  uint32_t Next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 17;
    state_ ^= state_ << 5;
    return state_;
  }
  double Uniform() { return (Next() & 0xFFFFFF) / double(0x1000000); }
  // Roughly normal: the sum of four uniforms, centred, unit variance.
  double Normal() { return (Uniform() + Uniform() + Uniform() + Uniform() - 2.0) * std::sqrt(3.0); }

 private:
  uint32_t state_;
};

bool ParsePages(const std::string& spec, int count, std::vector<int>* pages) {
  if (spec.empty()) {
    for (int p = 1; p <= count; ++p) pages->push_back(p);
    return true;
  }
  size_t pos = 0;
  while (pos < spec.size()) {
    size_t end = spec.find(',', pos);
    std::string part = spec.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    int a = 0, b = 0;
    if (std::sscanf(part.c_str(), "%d-%d", &a, &b) == 2) {
    } else if (std::sscanf(part.c_str(), "%d", &a) == 1) {
      b = a;
    } else {
      return false;
    }
    if (a < 1 || b > count || a > b) return false;
    for (int p = a; p <= b; ++p) pages->push_back(p);
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return true;
}

// Paper, toner, sensor noise and a few specks of dust on an upright gray
// rendering, then the tilt of a sheet laid slightly askew on the glass.
PIX* Scan(const lkj::GrayPage& page, double angle_deg, bool portrait, Noise& noise) {
  PIX* pix = pixCreate(page.width, page.height, 8);
  for (int y = 0; y < page.height; ++y) {
    const unsigned char* row = reinterpret_cast<const unsigned char*>(page.samples.data()) + y * page.stride;
    for (int x = 0; x < page.width; ++x) pixSetPixel(pix, x, y, row[x]);
  }
  if (portrait && page.width > page.height) {
    PIX* turned = pixRotateOrth(pix, 3);  // a quarter turn counter-clockwise
    pixDestroy(&pix);
    pix = turned;
  }
  const int width = pixGetWidth(pix), height = pixGetHeight(pix);
  PIX* tilted = pixRotate(pix, static_cast<float>(angle_deg * M_PI / 180.0), L_ROTATE_AREA_MAP,
                          L_BRING_IN_WHITE, 0, 0);
  pixDestroy(&pix);
  const double paper = 236, ink = 28, sigma = 4;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      l_uint32 v = 0;
      pixGetPixel(tilted, x, y, &v);
      double darkness = 1.0 - v / 255.0;
      double out = paper - (paper - ink) * darkness + sigma * noise.Normal();
      pixSetPixel(tilted, x, y, static_cast<l_uint32>(std::clamp(out, 0.0, 255.0)));
    }
  }
  const int specks = 40 + static_cast<int>(noise.Uniform() * 40);
  for (int i = 0; i < specks; ++i) {
    int x = static_cast<int>(noise.Uniform() * width), y = static_cast<int>(noise.Uniform() * height);
    pixSetPixel(tilted, x, y, 60);
  }
  return tilted;
}

int Usage() {
  std::fprintf(stderr,
               "usage: lkj-make-scan IN.pdf OUT.pdf [--dpi 200] [--max-angle 0.6] [--seed 7] [--pages 3,5-7] [--portrait]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--dpi") o.dpi = std::atof(value().c_str());
    else if (a == "--max-angle") o.max_angle = std::atof(value().c_str());
    else if (a == "--seed") o.seed = static_cast<uint32_t>(std::strtoul(value().c_str(), nullptr, 10));
    else if (a == "--pages") o.pages = value();
    else if (a == "--portrait") o.portrait = true;
    else if (!a.empty() && a[0] == '-') return Usage();
    else positional.push_back(a);
  }
  if (positional.size() != 2 || o.dpi < 50 || o.dpi > 600) return Usage();
  o.in = positional[0];
  o.out = positional[1];

  auto pdf = lkj::PdfSource::Open(o.in, lkj::OpenLimits{});
  if (!pdf.ok()) {
    std::fprintf(stderr, "lkj-make-scan: %s: %s\n", o.in.c_str(), pdf.status().detail().c_str());
    return 1;
  }
  std::vector<int> pages;
  if (!ParsePages(o.pages, pdf.value()->page_count(), &pages)) return Usage();
  auto renderer = lkj::PageRenderer::Open(o.in);
  if (!renderer.ok()) return 1;

  Noise noise(o.seed);
  PIXA* pixa = pixaCreate(static_cast<l_int32>(pages.size()));
  for (int page : pages) {
    auto gray = renderer.value()->RenderGray(page, o.dpi);
    if (!gray.ok()) {
      std::fprintf(stderr, "lkj-make-scan: page %d: %s\n", page, gray.status().detail().c_str());
      return 1;
    }
    // Alternate the tilt's direction; its size varies from page to page.
    double angle = o.max_angle * (0.4 + 0.6 * noise.Uniform()) * (page % 2 ? 1 : -1);
    PIX* scanned = Scan(gray.value(), angle, o.portrait, noise);
    pixaAddPix(pixa, scanned, L_INSERT);
  }
  // Written beside the target and renamed: a reader never sees half a file.
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(o.out).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::string tmp = o.out + ".tmp";
  l_ok failed = pixaConvertToPdf(pixa, static_cast<l_int32>(o.dpi), 1.0, L_JPEG_ENCODE, 75, "scan", tmp.c_str());
  pixaDestroy(&pixa);
  if (failed) {
    std::remove(tmp.c_str());
    std::fprintf(stderr, "lkj-make-scan: cannot write %s\n", o.out.c_str());
    return 1;
  }
  std::filesystem::rename(tmp, o.out, ec);
  return ec ? 1 : 0;
}
