// Fuzz target: the rules loader (audit/rules.h) on a reviewer's file of any
// bytes, over the built-in defaults and on its own. It must refuse with a
// Status, never throw or crash.
#include <string>

#include "audit/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lkj::audit;
  static const RulesSource defaults = DefaultRules();
  RulesSource mine{"fuzz.jsonc", std::string(reinterpret_cast<const char*>(data), size)};
  (void)LoadRules({defaults, mine});
  (void)LoadRules({mine});
  return 0;
}
