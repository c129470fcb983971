#include "extract/gray_pix.h"

namespace lkj {

PixPtr ToPix(const GrayPage& page) {
  PixPtr pix(pixCreateNoInit(page.width, page.height, 8));
  if (!pix) return pix;
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < page.height; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(page.samples.data()) + static_cast<size_t>(y) * page.stride;
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < page.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

GrayPage FromPix(PIX* pix, double scale) {
  GrayPage page;
  page.width = pixGetWidth(pix);
  page.height = pixGetHeight(pix);
  page.stride = page.width;
  page.scale = scale;
  page.samples.resize(static_cast<size_t>(page.width) * page.height);
  const l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int y = 0; y < page.height; ++y) {
    const l_uint32* line = data + static_cast<size_t>(y) * wpl;
    char* row = page.samples.data() + static_cast<size_t>(y) * page.stride;
    for (int x = 0; x < page.width; ++x) row[x] = static_cast<char>(GET_DATA_BYTE(line, x));
  }
  return page;
}

PixPtr Binarize(PIX* gray) {
  NUMA* histogram = pixGetGrayHistogram(gray, 2);
  int paper = 255;
  if (histogram) {
    float most = -1;
    for (int v = 128; v < 256; ++v) {
      float count = 0;
      numaGetFValue(histogram, v, &count);
      if (count > most) most = count, paper = v;
    }
    numaDestroy(&histogram);
  }
  return PixPtr(pixThresholdToBinary(gray, static_cast<int>(0.7 * paper)));
}

}  // namespace lkj
