// Claims in the running text: "dana sebesar Rp X atau Y% dari anggaran
// sebesar Rp Z", "N orang atau P% dari rencana sebanyak M", efficiency
// figures that follow them, targets called achieved, IKM values and their
// categories.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "audit/checks.h"
#include "audit/figure_range.h"
#include "audit/interval.h"
#include "audit/narrative.h"
#include "audit/text_format.h"

namespace lkj::audit {
namespace {

// Percent figures stand for their rounding range; counts are exact.
Interval Range(const Figure& f) { return RangeOf(f, f.percent); }
Interval PercentRange(const Figure& f) { return RangeOf(f, true); }

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<Figure> Read(const std::string& text) {
  std::string t = text;
  while (!t.empty() && (t.back() == ',' || t.back() == '.' || t.back() == ' ')) t.pop_back();
  if (t.size() >= 2 && t.substr(t.size() - 2) == ",-") t.resize(t.size() - 2);
  return ParseFigure(t, NumberStyle::kIndonesian);
}

struct Claim {
  size_t offset = 0;
  double percent = 0;
  Domain domain = Domain::kNone;
};

void CheckRatios(AuditContext& ctx, const Narrative& text, std::vector<Claim>* claims) {
  for (const NarrativeRatio& nr : ctx.rules().narrative_ratios) {
    for (const Narrative::Match& m : text.FindAll(*nr.pattern)) {
      auto part = Read(m.Group("part")), whole = Read(m.Group("whole")), pct = Read(m.Group("percent"));
      if (!part || !whole || !pct || whole->lo <= 0) continue;
      std::string unit = Lower(m.Group("unit"));
      Domain domain = (part->currency || whole->currency || whole->value >= 100000) ? Domain::kMoney
                      : (unit == "orang" || unit == "oh") ? Domain::kStaff
                      : Domain::kPerformance;
      Interval computed = Range(*part).DividedBy(Range(*whole)).Scaled(100);
      bool ok = computed.Meets(PercentRange(*pct));
      ctx.CheckedNarrative(1);
      auto ev = [&](const std::string& g, bool suspect) {
        const auto& grp = m.groups.at(g);
        return text.EvidenceAt(grp.first, grp.second.size(), suspect);
      };
      NarrativeClaim claim{nr.id, domain, *part, *whole, *pct, ev("part", false), ev("whole", false), ev("percent", !ok)};
      claim.part_ev.value = part->value;
      claim.whole_ev.value = whole->value;
      claim.percent_ev.value = pct->value;
      ctx.AddClaim(claim);
      claims->push_back({m.begin, pct->value, domain});
      if (ok) continue;
      Finding f;
      f.rule = "narrative.ratio";
      f.expected = computed.mid();
      f.found = pct->value;
      std::string expect = Show(computed.mid(), *pct);
      f.message = "Uraian: \"" + m.Group("part") + " atau " + m.Group("percent") + "% dari " + m.Group("whole") +
                  "\", padahal " + part->printed + " / " + whole->printed + " = " + expect + ".";
      f.message_en = "Text: \"" + m.Group("part") + " or " + m.Group("percent") + "% of " + m.Group("whole") +
                     "\", but " + part->printed + " / " + whole->printed + " = " + expect + ".";
      f.evidence = {claim.percent_ev, claim.part_ev, claim.whole_ev};
      f.priority = domain == Domain::kMoney ? 85 : 50;
      ctx.Report(std::move(f));
    }
  }
  std::sort(claims->begin(), claims->end(), [](const Claim& a, const Claim& b) { return a.offset < b.offset; });
}

const Claim* LastClaimBefore(const std::vector<Claim>& claims, size_t offset, Domain domain) {
  const Claim* best = nullptr;
  for (const Claim& c : claims)
    if (c.offset < offset && c.domain == domain) best = &c;
  return best;
}

void CheckPatterns(AuditContext& ctx, const Narrative& text, const std::vector<Claim>& claims) {
  const Rules& rules = ctx.rules();
  for (const NarrativePattern& np : rules.narrative_patterns) {
    for (const Narrative::Match& m : text.FindAll(*np.pattern)) {
      if (np.kind == "total_budget" || np.kind == "total_absorption") {
        // A sentence about another year is not about this report's totals.
        size_t sentence = text.text().rfind('.', m.begin);
        sentence = sentence == std::string::npos ? 0 : sentence;
        static const RE2 kYear(R"(\b(20[0-9]{2})\b)");
        re2::StringPiece in(text.text().data() + sentence, m.end - sentence);
        int year = 0;
        bool other_year = false;
        while (RE2::FindAndConsume(&in, kYear, &year)) other_year = other_year || year != ctx.reporting_year();
        auto value = Read(m.Group("value"));
        // "... sebesar Rp X atau Y% dari anggaran ...": X is a part, not the total.
        std::string after = text.text().substr(m.end, 24);
        bool part_of_ratio = after.find("atau") != std::string::npos && after.find('%') != std::string::npos;
        if (other_year || !value || part_of_ratio) continue;
        const auto& g = m.groups.at("value");
        Evidence ev = text.EvidenceAt(g.first, g.second.size(), true);
        ev.value = value->value;
        ctx.AddHeadline({np.kind == "total_budget" ? Role::kBudget : Role::kPercent, *value, ev});
        continue;
      }
      Finding f;
      f.rule = np.kind == "status" ? "narrative.status" : np.kind == "ikm" ? "label.ikm" : "narrative.efficiency";
      if (np.kind == "efficiency_money" || np.kind == "efficiency_staff") {
        auto value = Read(m.Group("value"));
        Domain d = np.kind == "efficiency_money" ? Domain::kMoney : Domain::kStaff;
        const Claim* basis = LastClaimBefore(claims, m.begin, d);
        // The claim it refers to must be close: the same paragraph or the next.
        if (!value || !basis || m.begin - basis->offset > 1200 || basis->percent <= 0) continue;
        double expected = np.kind == "efficiency_money" ? 10000.0 / basis->percent : basis->percent;
        Interval e = Interval::Exact(expected);
        if (np.kind == "efficiency_money") {
          // The basis was printed rounded: allow what its last digit allows.
          double lo = 10000.0 / (basis->percent + 0.01), hi = 10000.0 / (basis->percent - 0.005);
          e = {lo, hi};
        }
        ctx.CheckedNarrative(1);
        if (e.Meets(PercentRange(*value))) continue;
        f.expected = expected;
        f.found = value->value;
        std::string expect = ShowPlain(expected, 2);
        f.message = np.kind == "efficiency_money"
                        ? "Uraian: capaian output dari sisi dana tertulis " + value->printed + "%, padahal 100 / " +
                              ShowPlain(basis->percent) + "% = " + expect + "%."
                        : "Uraian: capaian output dari sisi SDM tertulis " + value->printed +
                              "%, padahal persentase SDM yang disebut sebelumnya " + ShowPlain(basis->percent) + "%.";
        f.message_en = np.kind == "efficiency_money"
                           ? "Text: the funds-side output figure reads " + value->printed + "%, but 100 / " +
                                 ShowPlain(basis->percent) + "% = " + expect + "%."
                           : "Text: the staff-side output figure reads " + value->printed +
                                 "%, but the staff percentage stated before it is " + ShowPlain(basis->percent) + "%.";
        const auto& g = m.groups.at("value");
        f.evidence = {text.EvidenceAt(g.first, g.second.size(), true)};
        f.priority = 45;
      } else if (np.kind == "status") {
        auto value = Read(m.Group("value"));
        if (!value) continue;
        ctx.CheckedNarrative(1);
        if (value->hi > rules.achieved_at || value->value >= rules.achieved_at) continue;
        f.found = value->value;
        f.expected = rules.achieved_at;
        std::string said = text.text().substr(m.begin, m.end - m.begin);
        f.message = "Uraian menyebut target tercapai, padahal capaiannya " + value->printed + "% (di bawah " +
                    ShowPlain(rules.achieved_at) + "%): \"" + said + "\".";
        f.message_en = "The text calls the target achieved, but achievement is " + value->printed + "% (below " +
                       ShowPlain(rules.achieved_at) + "%): \"" + said + "\".";
        f.evidence = {text.EvidenceAt(m.begin, m.end - m.begin, true)};
        f.priority = 30;
      } else if (np.kind == "ikm") {
        auto converted = Read(m.Group("converted")), index = Read(m.Group("index"));
        if (!converted || !index) continue;
        ctx.CheckedNarrative(1);
        Interval expected = PercentRange(*index).Scaled(25);
        std::string category = Lower(m.Group("category"));
        const IkmGrade* grade = nullptr;
        for (const IkmGrade& g : rules.ikm_scale)
          if (converted->value >= g.min - 0.005 && converted->value <= g.max + 0.005) grade = &g;
        bool value_ok = expected.Meets(PercentRange(*converted));
        bool category_ok = category.empty() || !grade || Lower(grade->label) == category;
        if (value_ok && category_ok) continue;
        f.found = converted->value;
        f.expected = expected.mid();
        const auto& g = m.groups.at("converted");
        f.evidence = {text.EvidenceAt(g.first, g.second.size(), true)};
        if (!value_ok) {
          f.message = "Nilai IKM " + converted->printed + " tidak sesuai dengan indeks " + index->printed + " x 25 = " +
                      Show(expected.mid(), *converted) + ".";
          f.message_en = "IKM value " + converted->printed + " does not match index " + index->printed + " x 25 = " +
                         Show(expected.mid(), *converted) + ".";
        } else {
          f.message = "Nilai IKM " + converted->printed + " masuk kategori " + grade->grade + " (" + grade->label +
                      "), tetapi disebut " + m.Group("category") + ".";
          f.message_en = "IKM value " + converted->printed + " falls in category " + grade->grade + " (" +
                         grade->label + "), but is called " + m.Group("category") + ".";
        }
        f.priority = 60;
      }
      ctx.Report(std::move(f));
    }
  }
}

}  // namespace

void CheckNarrative(AuditContext& ctx) {
  Narrative text(ctx.doc());
  std::vector<Claim> claims;
  CheckRatios(ctx, text, &claims);
  CheckPatterns(ctx, text, claims);
}

}  // namespace lkj::audit
