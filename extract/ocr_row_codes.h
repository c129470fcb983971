// OcrRowCodes: the row numbers of a scanned table ("2.", "4.1", "1.3") whose
// dot OCR lost ("2", "41", "13", or "1i": a dot and a 1 read as one letter),
// put back where the rows above make the number certain: in a column of such numbers, the one next number (a first
// child, the next sibling, or the next at a level up) whose digits these are.
// Only cells read by OCR change; they keep their confidence. A lost dot
// changes the table's hierarchy, and with it which rows a total adds up.
#pragma once

#include <vector>

#include "extract/model.h"

namespace lkj {

void RepairOcrRowCodes(std::vector<Table>* tables);

}  // namespace lkj
