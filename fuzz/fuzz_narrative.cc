// Fuzz target: the narrative matcher (audit/narrative.h) with the default
// rules' patterns over running text of any bytes split into blocks on pages,
// and the evidence each match points back to.
#include <fuzzer/FuzzedDataProvider.h>

#include <re2/re2.h>

#include <string>

#include "audit/narrative.h"
#include "audit/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lkj;
  static const audit::Rules rules = audit::LoadRules({audit::DefaultRules()}).value();
  FuzzedDataProvider in(data, size);
  Document doc;
  while (in.remaining_bytes() > 0 && doc.blocks.size() < 64) {
    Block b;
    b.page = in.ConsumeIntegralInRange(1, 4);
    b.kind = in.ConsumeBool() ? BlockKind::kParagraph : BlockKind::kHeading;
    b.text = in.ConsumeRandomLengthString(512);
    doc.blocks.push_back(b);
  }
  audit::Narrative narrative(doc);
  auto visit = [&](const re2::RE2& pattern) {
    for (const auto& m : narrative.FindAll(pattern)) {
      if (m.begin > m.end || m.end > narrative.text().size()) __builtin_trap();
      (void)narrative.EvidenceAt(m.begin, m.end - m.begin);
      for (const auto& [name, group] : m.groups) (void)narrative.EvidenceAt(group.first, group.second.size(), true);
    }
  };
  for (const auto& r : rules.narrative_ratios) visit(*r.pattern);
  for (const auto& p : rules.narrative_patterns) visit(*p.pattern);
  return 0;
}
