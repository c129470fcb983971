// The audit's checks. Each reads the context's views (and the document's
// text blocks) and reports findings; none knows of PDFs.
#pragma once

#include "audit/context.h"

namespace lkj::audit {

// Whether two figures of row r, outside column `skip`, give the percent p
// (x / y x 100): a percent that its own row explains, whatever the columns
// are called. Shared by the readings of sums and of ratios.
bool RowPairGivesPercent(const TableView& v, int r, int skip, const Figure& p);

// Two prints that differ the way a typing slip makes them differ (one digit
// changed, two neighbours swapped, one digit added or lost).
bool TypoApart(double a, double b);

void CheckSums(AuditContext& ctx);        // sum.total, sum.hierarchy, sum.remaining, average.row
void CheckRatios(AuditContext& ctx);      // ratio.row, ratio.stated, formula.composite, efficiency.row, budget.overspend
void CheckLabels(AuditContext& ctx);      // label.status, label.trend, unit.index_percent
void CheckNarrative(AuditContext& ctx);   // narrative.ratio, narrative.efficiency, narrative.status, label.ikm
void CheckCrossReferences(AuditContext& ctx);  // xref.value
void CheckStructure(AuditContext& ctx);   // structure.*, year.stale

}  // namespace lkj::audit
