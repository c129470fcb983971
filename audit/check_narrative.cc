// Claims in the running text: "dana sebesar Rp X atau Y% dari anggaran
// sebesar Rp Z", "N orang atau P% dari rencana sebanyak M", efficiency
// figures that follow them, targets called achieved, IKM values and their
// categories.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "audit/checks.h"
#include "audit/figure_range.h"
#include "audit/interval.h"
#include "audit/narrative.h"
#include "audit/table_view.h"
#include "audit/text_format.h"

namespace lkj::audit {
namespace {


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

// An achievement claim (target, realisasi, capaian) holds for a lower-is-better
// indicator too: target / realisasi, or (2 x target - realisasi) / target.
bool LowerIsBetterFits(const Figure& part, const Figure& whole, const Figure& pct) {
  Interval range = PercentRange(pct);
  if (part.lo > 0 && Range(whole).DividedBy(Range(part)).Scaled(100).Meets(range)) return true;
  Interval gap = Range(whole) + Range(whole) - Range(part);
  return gap.DividedBy(Range(whole)).Scaled(100).Meets(range);
}

// A money figure of the tables, near `whole`, that with `part` gives the
// percent: the sentence's base is then the slip, not its percent (an
// allocation printed differently in the summary than in the tables).
std::optional<Figure> BaseThatExplains(const AuditContext& ctx, const Narrative& text, const Figure& part,
                                        const Figure& whole, const Figure& pct) {
  auto explains = [&](const Figure& f) {
    return f.value > 0 && f.value != whole.value && std::fabs(f.value - whole.value) <= 0.1 * whole.value &&
           Range(part).DividedBy(Range(f)).Scaled(100).Meets(PercentRange(pct));
  };
  for (const TableView& v : ctx.views())
    for (int r = v.table().header_rows; r < v.n_rows(); ++r)
      for (int c = 0; c < v.n_cols(); ++c)
        if (const Figure* f = v.FigureAt(r, c); f && v.column(c).domain == Domain::kMoney && explains(*f)) return *f;
  static const re2::RE2 kRupiah("(?i)Rp\\.?\\s?([0-9][0-9.,]*[0-9])");
  re2::StringPiece rest(text.text());
  std::string amount;
  while (re2::RE2::FindAndConsume(&rest, kRupiah, &amount))
    if (auto f = Read(amount); f && explains(*f)) return f;
  return std::nullopt;
}

// An indicator's realisation in a table row that also prints the sentence's
// target and with it gives the sentence's percent: the sentence's realisation
// is then the slip ("realisasi sebesar 69,95%" where the table has 66,95).
std::optional<Figure> PartThatExplains(const AuditContext& ctx, const Figure& part, const Figure& whole,
                                        const Figure& pct) {
  for (const TableView& v : ctx.views())
    for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
      bool has_target = false;
      for (int c = 0; c < v.n_cols() && !has_target; ++c)
        if (const Figure* f = v.FigureAt(r, c); f && v.column(c).role == Role::kTarget && Agree(*f, whole)) has_target = true;
      if (!has_target) continue;
      for (int c = 0; c < v.n_cols(); ++c) {
        const Figure* f = v.FigureAt(r, c);
        if (!f || v.column(c).role != Role::kRealised || Agree(*f, part)) continue;
        if (Range(*f).DividedBy(Range(whole)).Scaled(100).Meets(PercentRange(pct)) || LowerIsBetterFits(*f, whole, pct))
          return *f;
      }
    }
  return std::nullopt;
}

// The text just before a claim's first amount, where a sentence names what
// it is about ("Kegiatan X ... dengan alokasi anggaran sebesar Rp ...").
std::string LeadOf(const Narrative& text, size_t begin) {
  constexpr size_t kLead = 300;
  size_t from = begin > kLead ? begin - kLead : 0;
  return text.text().substr(from, begin - from);
}

void CheckRatios(AuditContext& ctx, const Narrative& text, std::vector<Claim>* claims) {
  std::set<size_t> claimed;  // a percent two patterns read is one claim
  for (const NarrativeRatio& nr : ctx.rules().narrative_ratios) {
    for (const Narrative::Match& m : text.FindAll(*nr.pattern)) {
      auto part = Read(m.Group("part")), whole = Read(m.Group("whole")), pct = Read(m.Group("percent"));
      if (!part || !whole || !pct || whole->lo <= 0) continue;
      if (!claimed.insert(m.groups.at("percent").first).second) continue;
      std::string unit = Lower(m.Group("unit"));
      Domain domain = (part->currency || whole->currency || whole->value >= 100000) ? Domain::kMoney
                      : (unit == "orang" || unit == "oh") ? Domain::kStaff
                      : Domain::kPerformance;
      Interval computed = Range(*part).DividedBy(Range(*whole)).Scaled(100);
      bool ok = computed.Meets(PercentRange(*pct)) ||
                (domain == Domain::kPerformance && LowerIsBetterFits(*part, *whole, *pct));
      ctx.CheckedNarrative(1);
      auto ev = [&](const std::string& g, bool suspect) {
        const auto& grp = m.groups.at(g);
        return text.EvidenceAt(grp.first, grp.second.size(), suspect);
      };
      NarrativeClaim claim{nr.id, domain, *part, *whole, *pct, ev("part", false), ev("whole", false), ev("percent", !ok)};
      claim.part_ev.value = part->value;
      claim.whole_ev.value = whole->value;
      claim.percent_ev.value = pct->value;
      claim.offset = m.begin;
      // The sentence may name its line inside the match too ("alokasi
      // Belanja Tidak Langsung sebesar ..."): up to the first amount.
      claim.lead = LeadOf(text, std::min(m.groups.at("whole").first, m.groups.at("part").first));
      claim.amount_links = nr.cross_reference;
      if (domain == Domain::kMoney || nr.cross_reference) ctx.AddClaim(claim);
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
      if (domain == Domain::kMoney)
        if (auto base = BaseThatExplains(ctx, text, *part, *whole, *pct)) {
          f.evidence[0].suspect = false;
          f.evidence[2].suspect = true;
          f.expected = base->value;
          f.found = whole->value;
          f.message += " Persentasenya sesuai dengan pagu " + base->printed + " yang tercetak di tempat lain: " + whole->printed + " yang keliru.";
          f.message_en += " The percent follows from the budget " + base->printed + " printed elsewhere: " + whole->printed + " is the slip.";
        }
      if (domain == Domain::kPerformance)
        if (auto table_part = PartThatExplains(ctx, *part, *whole, *pct)) {
          f.evidence[0].suspect = false;
          f.evidence[1].suspect = true;
          f.expected = table_part->value;
          f.found = part->value;
          f.message += " Persentasenya sesuai dengan realisasi " + table_part->printed + " di tabel: " + part->printed + " yang keliru.";
          f.message_en += " The percent follows from the realisation " + table_part->printed + " in the table: " + part->printed + " is the slip.";
        }
      f.priority = domain == Domain::kMoney ? 85 : 50;
      for (const Evidence& e : f.evidence)
        if (e.suspect) ctx.BlameText(e);
      ctx.Report(std::move(f));
    }
  }
  std::sort(claims->begin(), claims->end(), [](const Claim& a, const Claim& b) { return a.offset < b.offset; });
}

// Two prints that look like one figure mistyped: the same digits but one or
// two, two neighbours swapped, or within a tenth of each other.
bool NearMiss(const Figure& a, const Figure& b) {
  if (b.value == 0 || std::fabs(a.value - b.value) / std::fabs(b.value) <= 0.10) return true;
  auto digits = [](const std::string& s) {
    std::string d;
    for (char c : s)
      if (std::isdigit(static_cast<unsigned char>(c))) d += c;
    return d;
  };
  std::string da = digits(a.printed), db = digits(b.printed);
  if (da.size() != db.size()) return false;
  int diff = 0;
  for (size_t i = 0; i < da.size(); ++i) diff += da[i] != db[i];
  return diff <= 2;
}

// Every table row by its normalised name, built once per audit: the
// narrative checks look rows up by name many times.
// The row names of every table, found by the words they hold: a text names
// rows hundreds of times, and a long document has thousands of rows.
class RowNames {
 public:
  explicit RowNames(const AuditContext& ctx) {
    for (const TableView& v : ctx.views())
      for (int r = v.table().header_rows; r < v.n_rows(); ++r) {
        rows_.push_back({&v, r, " " + NormalizeLabel(v.row(r).label) + " "});
        std::set<std::string> words = WordsOf(rows_.back().key);
        for (const std::string& w : words) by_word_[w].push_back(rows_.size() - 1);
      }
  }

  // Rows of any table whose name holds `phrase` as whole words, in order.
  std::vector<std::pair<const TableView*, int>> Named(const std::string& phrase) const {
    std::vector<std::pair<const TableView*, int>> out;
    if (phrase.empty()) return out;
    // Only rows holding the phrase's rarest word can hold the phrase.
    const std::vector<size_t>* fewest = nullptr;
    static const std::vector<size_t> kNone;
    for (const std::string& w : WordsOf(phrase)) {
      auto it = by_word_.find(w);
      const std::vector<size_t>* rows = it == by_word_.end() ? &kNone : &it->second;
      if (!fewest || rows->size() < fewest->size()) fewest = rows;
    }
    std::string needle = " " + phrase + " ";
    auto take = [&](size_t i) {
      if (rows_[i].key.find(needle) != std::string::npos) out.push_back({rows_[i].view, rows_[i].row});
    };
    if (fewest) {
      for (size_t i : *fewest) take(i);
    } else {
      for (size_t i = 0; i < rows_.size(); ++i) take(i);
    }
    return out;
  }

 private:
  struct Row {
    const TableView* view;
    int row;
    std::string key;  // " name words "
  };
  static std::set<std::string> WordsOf(const std::string& s) {
    std::set<std::string> words;
    size_t i = 0;
    while (i < s.size()) {
      size_t j = s.find(' ', i);
      if (j == std::string::npos) j = s.size();
      if (j > i) words.insert(s.substr(i, j - i));
      i = j + 1;
    }
    return words;
  }
  std::vector<Row> rows_;
  std::map<std::string, std::vector<size_t>> by_word_;
};

const Claim* LastClaimBefore(const std::vector<Claim>& claims, size_t offset, Domain domain) {
  const Claim* best = nullptr;
  for (const Claim& c : claims)
    if (c.offset < offset && c.domain == domain) best = &c;
  return best;
}

void CheckPatterns(AuditContext& ctx, const Narrative& text, const std::vector<Claim>& claims) {
  const Rules& rules = ctx.rules();
  const RowNames names(ctx);
  for (const NarrativePattern& np : rules.narrative_patterns) {
    for (const Narrative::Match& m : text.FindAll(*np.pattern)) {
      if (np.kind == "year_value") {
        auto value = Read(m.Group("value"));
        int said = std::atoi(m.Group("year").c_str());
        if (!value) continue;
        std::set<int> years;
        const TableView* where = nullptr;
        int wr = -1, wc = -1;
        for (const TableView& v : ctx.views())
          for (int r = v.table().header_rows; r < v.n_rows(); ++r)
            for (int c = 0; c < v.n_cols(); ++c) {
              const Figure* f = v.FigureAt(r, c);
              if (!f || v.column(c).year == 0 || f->printed.find(value->printed) != 0 || !Agree(*f, *value)) continue;
              years.insert(v.column(c).year);
              if (!where) where = &v, wr = r, wc = c;
            }
        ctx.CheckedNarrative(1);
        if (years.empty() || years.count(said)) continue;
        Finding f;
        f.rule = "year.stale";
        f.message = "Uraian menyebut " + value->printed + " sebagai nilai tahun " + m.Group("year") + ", padahal " +
                    where->Name() + " mencantumkannya untuk tahun " + std::to_string(*years.begin()) + ".";
        f.message_en = "The text gives " + value->printed + " as the value of " + m.Group("year") + ", but " +
                       where->Name() + " lists it for " + std::to_string(*years.begin()) + ".";
        const auto& g = m.groups.at("year");
        f.evidence = {text.EvidenceAt(g.first, g.second.size(), true), where->EvidenceAt(wr, wc)};
        f.priority = 15;
        ctx.Report(std::move(f));
        continue;
      }
      if (np.kind == "index_percent") {
        auto value = Read(m.Group("value"));
        if (!value || value->value > 5) continue;
        Finding f;
        f.rule = "unit.index_percent";
        f.found = value->value;
        f.message = "Uraian menulis indeks " + value->printed + " dengan satuan %; indeks bukan persentase.";
        f.message_en = "The text gives the index " + value->printed + " with unit %; an index is not a percentage.";
        const auto& g = m.groups.at("value");
        f.evidence = {text.EvidenceAt(g.first, g.second.size(), true)};
        f.priority = 20;
        ctx.Report(std::move(f));
        continue;
      }
      if (np.kind == "pair") {
        auto part = Read(m.Group("part")), whole = Read(m.Group("whole"));
        if (!part || !whole) continue;
        auto ev = [&](const std::string& g) {
          const auto& grp = m.groups.at(g);
          Evidence e = text.EvidenceAt(grp.first, grp.second.size(), false);
          return e;
        };
        NarrativeClaim claim{np.id, Domain::kMoney, *part, *whole, Figure{}, ev("part"), ev("whole"), Evidence{}};
        claim.has_percent = false;
        claim.part_ev.value = part->value;
        claim.whole_ev.value = whole->value;
        ctx.AddClaim(claim);
        ctx.CheckedNarrative(1);
        continue;
      }
      if (np.kind == "efficiency_inline" || np.kind == "complement") {
        auto value = Read(m.Group("value")), basis = Read(m.Group("basis"));
        if (!value || !basis || basis->lo <= 0) continue;
        ctx.CheckedNarrative(1);
        Interval b = PercentRange(*basis);
        Interval expected = np.kind == "complement" ? Interval::Exact(100) - b : Interval::Exact(10000).DividedBy(b);
        if (expected.Meets(PercentRange(*value))) continue;
        Finding f;
        f.rule = "narrative.efficiency";
        f.found = value->value;
        f.expected = np.kind == "complement" ? 100 - basis->value : 10000 / basis->value;
        std::string formula = np.kind == "complement" ? "100 - " + basis->printed : "100 / " + basis->printed + "%";
        f.message = "Uraian: " + value->printed + "% tertulis sebagai " + formula + ", padahal hasilnya " +
                    ShowPlain(*f.expected, 2) + "%.";
        f.message_en = "Text: " + value->printed + "% is given as " + formula + ", which is " + ShowPlain(*f.expected, 2) + "%.";
        const auto& g = m.groups.at("value");
        f.evidence = {text.EvidenceAt(g.first, g.second.size(), true)};
        f.priority = 45;
        ctx.Report(std::move(f));
        continue;
      }
      if (np.kind == "row_percent") {
        auto value = Read(m.Group("value"));
        if (!value) continue;
        std::string label = "belanja " + NormalizeLabel(m.Group("label"));
        bool any = false, agrees = false;
        const TableView* view = nullptr;
        int row = -1;
        for (const auto& [v, r] : names.Named(label)) {
          std::string key = NormalizeLabel(v->row(r).label);
          if (key != label && key != "jumlah " + label && key.rfind(label, 0) != 0) continue;
          int b = -1, re = -1;
          for (int c = 0; c < v->n_cols(); ++c) {
            if (v->column(c).domain != Domain::kMoney || !v->FigureAt(r, c)) continue;
            if (v->column(c).role == Role::kBudget) b = c;
            if (v->column(c).role == Role::kRealised) re = c;
          }
          if (b < 0 || re < 0 || v->FigureAt(r, b)->lo <= 0) continue;
          any = true;
          Interval ratio = Range(*v->FigureAt(r, re)).DividedBy(Range(*v->FigureAt(r, b))).Scaled(100);
          if (ratio.Meets(PercentRange(*value))) agrees = true;
          if (!view || key == "jumlah " + label) view = v, row = r;
        }
        if (!any) continue;
        ctx.CheckedNarrative(1);
        if (agrees) continue;
        int b = view->FindColumn(Role::kBudget, Domain::kMoney, -1), re = view->FindColumn(Role::kRealised, Domain::kMoney, -1);
        double expected = 100 * view->FigureAt(row, re)->value / view->FigureAt(row, b)->value;
        Finding f;
        f.rule = "narrative.ratio";
        f.found = value->value;
        f.expected = expected;
        f.message = "Uraian: " + label + " disebut " + value->printed + "%, padahal " + view->Name() + " mencatat " +
                    view->FigureAt(row, re)->printed + " dari " + view->FigureAt(row, b)->printed + " = " + ShowPlain(expected, 2) + "%.";
        f.message_en = "Text: " + label + " is said to be " + value->printed + "%, but " + view->Name() + " has " +
                       view->FigureAt(row, re)->printed + " of " + view->FigureAt(row, b)->printed + " = " + ShowPlain(expected, 2) + "%.";
        const auto& g = m.groups.at("value");
        f.evidence = {text.EvidenceAt(g.first, g.second.size(), true), view->EvidenceAt(row, re), view->EvidenceAt(row, b)};
        f.priority = 50;
        ctx.Report(std::move(f));
        continue;
      }
      if (np.kind == "indicator_value") {
        auto value = Read(m.Group("value"));
        std::string label = NormalizeLabel(m.Group("label"));
        // The indicator's own name: drop leading words until a known row name is found.
        std::vector<std::pair<const TableView*, int>> rows;
        while (CountWords(label) >= 3 && (rows = names.Named(label)).empty()) {
          size_t space = label.find(' ');
          if (space == std::string::npos) break;
          label = label.substr(space + 1);
        }
        if (!value || rows.empty()) continue;
        const Figure* near = nullptr;
        const TableView* near_view = nullptr;
        int near_row = -1, near_col = -1;
        bool agrees = false;
        for (const auto& [v, r] : rows)
          for (int c = 0; c < v->n_cols(); ++c) {
            const Figure* f = v->FigureAt(r, c);
            if (!f || v->column(c).domain == Domain::kMoney || v->column(c).domain == Domain::kStaff) continue;
            if (Agree(*f, *value) || RangeOf(*f, true).Meets(PercentRange(*value))) agrees = true;
            else if (!near && NearMiss(*value, *f)) near = f, near_view = v, near_row = r, near_col = c;
          }
        ctx.CheckedNarrative(1);
        if (agrees || !near) continue;
        Finding f;
        f.rule = "xref.value";
        f.found = value->value;
        f.expected = near->value;
        f.message = "Uraian menyebut " + m.Group("label") + " sebesar " + value->printed + "%, padahal " +
                    near_view->Name() + " mencatat " + near->printed + ".";
        f.message_en = "The text gives " + m.Group("label") + " as " + value->printed + "%, but " + near_view->Name() +
                       " has " + near->printed + ".";
        const auto& g = m.groups.at("value");
        f.evidence = {text.EvidenceAt(g.first, g.second.size(), true), near_view->EvidenceAt(near_row, near_col)};
        f.priority = 55;
        ctx.Report(std::move(f));
        continue;
      }
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
        // "belum berhasil tercapai" says it was not achieved.
        std::string before = Lower(text.text().substr(m.begin >= 12 ? m.begin - 12 : 0, std::min<size_t>(m.begin, 12)));
        if (before.find("belum") != std::string::npos || before.find("tidak") != std::string::npos) continue;
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
        if (category.empty()) {
          // The category named in the same sentence, just before the value.
          size_t from = m.begin >= 120 ? m.begin - 120 : 0;
          std::string before = Lower(text.text().substr(from, m.begin - from));
          size_t stop = before.rfind('.');
          if (stop != std::string::npos) before = before.substr(stop + 1);
          // Longest labels first, blanking what they cover ("sangat baik"
          // holds "baik"); the latest mention wins.
          std::vector<const IkmGrade*> grades;
          for (const IkmGrade& g : rules.ikm_scale) grades.push_back(&g);
          std::sort(grades.begin(), grades.end(),
                    [](const IkmGrade* x, const IkmGrade* y) { return x->label.size() > y->label.size(); });
          size_t best = std::string::npos;
          for (const IkmGrade* g : grades) {
            std::string label = Lower(g->label);
            size_t at = before.rfind(label);
            if (at == std::string::npos) continue;
            if (best == std::string::npos || at > best) {
              best = at;
              category = label;
            }
            for (size_t k = before.find(label); k != std::string::npos; k = before.find(label, k + 1))
              std::fill(before.begin() + k, before.begin() + k + label.size(), ' ');
          }
        }
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
                      "), tetapi disebut " + category + ".";
          f.message_en = "IKM value " + converted->printed + " falls in category " + grade->grade + " (" +
                         grade->label + "), but is called " + category + ".";
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
