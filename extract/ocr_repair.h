// OcrRepair: the misreadings of a figure that its own shape makes certain,
// undone. A figure's thousands groups have three digits and one separator
// throughout, so in "6.656,309.000" the "," is a misread "."; OCR's "O" among
// digits is a zero; "Yo" alone or glued to a figure is a misread "%"; a six-digit group
// after a thousands separator lost its separator. Anything less certain is
// left as read (its low confidence then keeps it from carrying an error).
#pragma once

#include <string>

namespace lkj {

// `word` as printed, when the repair is certain; otherwise `word` unchanged.
std::string RepairOcrFigure(const std::string& word);

}  // namespace lkj
