// Straighten: a scanned page image turned upright before it is read, so its
// text lines and ruling lines run along the axes. Words, rules and tables are
// then all found in the straightened image, in one frame.
#pragma once

#include "extract/page_image.h"

namespace lkj {

// The page turned by the skew Leptonica finds in its text lines (a sheet laid
// askew on the scanner's glass); unchanged when there is none worth turning
// or it is unsure. `degrees`, when given, receives the turn applied.
GrayPage Deskew(const GrayPage& page, double* degrees = nullptr);

// The page turned clockwise by `quarters` quarter turns (0..3).
GrayPage TurnQuarters(const GrayPage& page, int quarters);

}  // namespace lkj
