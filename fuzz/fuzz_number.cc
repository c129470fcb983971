// Fuzz target: the number reader (audit/number.h) on any bytes, as a cell of
// each column style and scale, and the comparisons between what it reads.
#include <fuzzer/FuzzedDataProvider.h>

#include <string>
#include <vector>

#include "audit/number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lkj::audit;
  FuzzedDataProvider in(data, size);
  auto style = in.PickValueInArray({NumberStyle::kUnknown, NumberStyle::kIndonesian, NumberStyle::kEnglish});
  int scale = in.ConsumeIntegralInRange(0, 12);
  std::string a = in.ConsumeRandomLengthString(64);
  std::string b = in.ConsumeRandomLengthString(64);
  double computed = in.ConsumeFloatingPoint<double>();
  std::vector<std::string> column = {a, b, in.ConsumeRemainingBytesAsString()};

  NumberStyle decided = DecideStyle(column, style);
  auto fa = ParseFigure(a, decided, scale);
  auto fb = ParseFigureInColumn(b, style);
  if (fa) {
    // A reading stands for an interval that holds its value.
    if (!(fa->lo <= fa->value && fa->value <= fa->hi)) __builtin_trap();
    (void)AgreesWith(*fa, computed, 0.5);
    (void)AgreesWith(*fa, fa->value);
    if (!Agree(*fa, *fa)) __builtin_trap();
  }
  if (fa && fb) (void)Agree(*fa, *fb);
  return 0;
}
