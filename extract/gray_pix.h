// GrayPix: a GrayPage as Leptonica's PIX and back, for the units that work
// on scanned page images (straightening, ruling lines). Leptonica keeps 8-bit
// samples in 32-bit words in its own byte order, so samples are copied one by
// one rather than with memcpy.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>

#include "extract/page_image.h"

namespace lkj {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// An 8-bit PIX of the page's samples; null when it cannot be allocated.
PixPtr ToPix(const GrayPage& page);
// The samples of an 8-bit PIX, at `scale` pixels per point.
GrayPage FromPix(PIX* pix, double scale);
// Ink as 1, paper as 0: darker than 70% of the paper's own gray (the most
// common light value), so a gray shading behind a table header stays paper
// and a thin anti-aliased rule is ink.
PixPtr Binarize(PIX* gray);

}  // namespace lkj
