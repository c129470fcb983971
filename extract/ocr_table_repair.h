// OcrTableRepair: misreadings of scanned table cells that the table around
// makes certain. Only cells read by OCR change; they keep their confidence.
//
// The row numbers of a scanned table ("2.", "4.1", "1.3") whose
// dot OCR lost ("2", "41", "13", or "1i": a dot and a 1 read as one letter),
// put back where the rows above make the number certain: in a column of such numbers, the one next number (a first
// child, the next sibling, or the next at a level up) whose digits these are.
// A lost dot changes the table's hierarchy, and with it which rows a total
// adds up.
//
// A header cell read as "96" alone: a "%" in small print (a header names its
// column; only a column-number row holds bare numbers, and it is left alone).
// A "%" column read as a count would be summed instead of averaged.
//
// A column-number row with one number misread ("228" for "8" between "7"
// and "9") gets the number its neighbours count up to.
#pragma once

#include <vector>

#include "extract/model.h"

namespace lkj {

void RepairOcrTables(std::vector<Table>* tables);

}  // namespace lkj
