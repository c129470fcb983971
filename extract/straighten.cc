#include "extract/straighten.h"

#include <cmath>

#include "extract/gray_pix.h"

namespace lkj {
namespace {

// Below this a turn moves a rule by under a pixel per 1000: not worth the
// resampling, which blurs glyphs a little.
constexpr double kMinSkewDegrees = 0.04;
// Leptonica's own threshold for trusting the skew it found (pixDeskew's).
constexpr float kMinSkewConfidence = 3.0f;

}  // namespace

GrayPage Deskew(const GrayPage& page, double* degrees) {
  if (degrees) *degrees = 0;
  PixPtr gray = ToPix(page);
  if (!gray) return page;
  PixPtr ink = Binarize(gray.get());
  if (!ink) return page;
  l_float32 angle = 0, confidence = 0;
  if (pixFindSkew(ink.get(), &angle, &confidence) != 0) return page;
  if (confidence < kMinSkewConfidence || std::fabs(angle) < kMinSkewDegrees) return page;
  // Same size: a corner cut off is margin; white brought in is paper.
  PixPtr turned(pixRotate(gray.get(), static_cast<l_float32>(angle * M_PI / 180.0), L_ROTATE_AREA_MAP,
                          L_BRING_IN_WHITE, 0, 0));
  if (!turned) return page;
  if (degrees) *degrees = angle;
  return FromPix(turned.get(), page.scale);
}

GrayPage TurnQuarters(const GrayPage& page, int quarters) {
  quarters = ((quarters % 4) + 4) % 4;
  if (quarters == 0) return page;
  PixPtr gray = ToPix(page);
  if (!gray) return page;
  PixPtr turned(pixRotateOrth(gray.get(), quarters));
  if (!turned) return page;
  return FromPix(turned.get(), page.scale);
}

}  // namespace lkj
