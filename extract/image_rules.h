// ImageRules: the ruling lines of a scanned page, found in its pixels, as the
// same Segments a PDF's vector paths give (displayed-page points), so the
// ruled-table builder reads a scanned grid as it reads a drawn one.
//
// Long straight runs of ink survive a morphological opening with a long thin
// brick; glyphs do not. The page should be straight (see straighten.h).
#pragma once

#include <vector>

#include "extract/model.h"
#include "extract/page_image.h"

namespace lkj {

std::vector<Segment> FindImageRules(const GrayPage& page);

}  // namespace lkj
