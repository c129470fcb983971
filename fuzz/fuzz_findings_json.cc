// Fuzz target: the findings JSON writer (reports/findings_json.h) on a report
// whose every string is arbitrary bytes (text layers hold invalid UTF-8) and
// whose figures are any doubles (NaN, infinities), written as the CLI does.
#include <fuzzer/FuzzedDataProvider.h>

#include <optional>

#include "cli/json_text.h"
#include "reports/findings_json.h"

namespace {

std::optional<double> MaybeDouble(FuzzedDataProvider& in) {
  if (!in.ConsumeBool()) return std::nullopt;
  return in.ConsumeFloatingPoint<double>();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lkj;
  FuzzedDataProvider in(data, size);
  audit::AuditReport report;
  report.source = in.ConsumeRandomLengthString(32);
  report.office = in.ConsumeRandomLengthString(32);
  report.reporting_year = in.ConsumeIntegral<int>();
  report.pages = in.ConsumeIntegral<int>();
  report.coverage.numbers_read = in.ConsumeIntegral<int>();
  report.coverage.numbers_checked = in.ConsumeIntegral<int>();
  report.coverage.tables = in.ConsumeIntegral<int>();
  while (in.remaining_bytes() > 0 && report.findings.size() < 16) {
    audit::Finding f;
    f.rule = in.ConsumeRandomLengthString(24);
    f.severity = in.PickValueInArray({audit::Severity::kError, audit::Severity::kWarning, audit::Severity::kInfo});
    f.message = in.ConsumeRandomLengthString(64);
    f.message_en = in.ConsumeRandomLengthString(64);
    f.reading = in.ConsumeRandomLengthString(32);
    f.expected = MaybeDouble(in);
    f.found = MaybeDouble(in);
    int n = in.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < n; ++i) {
      audit::Evidence e;
      e.page = in.ConsumeIntegral<int>();
      e.table_id = in.ConsumeRandomLengthString(8);
      if (in.ConsumeBool()) e.table = in.ConsumeRandomLengthString(32);
      e.row = in.ConsumeIntegral<int>();
      e.col = in.ConsumeIntegral<int>();
      e.text = in.ConsumeRandomLengthString(32);
      e.value = MaybeDouble(in);
      e.bbox = {in.ConsumeFloatingPoint<double>(), in.ConsumeFloatingPoint<double>(),
                in.ConsumeFloatingPoint<double>(), in.ConsumeFloatingPoint<double>()};
      e.confidence = in.ConsumeFloatingPoint<double>();
      e.context = in.ConsumeRandomLengthString(64);
      f.evidence.push_back(e);
    }
    report.findings.push_back(f);
  }
  (void)cli::JsonText(reports::AuditToJson(report));
  return 0;
}
