#include "audit/expression.h"

#include <cctype>
#include <string>

#include "audit/number.h"

namespace lkj::audit {
namespace {

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  std::optional<Evaluated> Run() {
    auto v = Sum(0);
    Skip();
    // "(1+2+3)/3" names rows by number; only figures make a computation.
    if (!v || pos_ != s_.size() || operators_ == 0 || figures_ < 2 || real_figures_ < 2) return std::nullopt;
    // "11.2-11.7%" is a range, not a subtraction.
    if (minus_only_ == operators_) return std::nullopt;
    // "29/10/21" is a date: nobody writes a computation as a/b/c.
    if (chained_divisions_ > 0) return std::nullopt;
    return Evaluated{*v, figures_};
  }

 private:
  static constexpr int kMaxDepth = 32;

  void Skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  bool Eat(std::string_view tok) {
    Skip();
    if (s_.substr(pos_, tok.size()) == tok) {
      pos_ += tok.size();
      return true;
    }
    return false;
  }

  std::optional<Interval> Sum(int depth) {
    auto left = Product(depth);
    while (left) {
      if (Eat("+")) {
        auto right = Product(depth);
        if (!right) return std::nullopt;
        left = *left + *right;
      } else if (Eat("-")) {
        auto right = Product(depth);
        if (!right) return std::nullopt;
        left = *left - *right;
        ++minus_only_;
      } else {
        break;
      }
      ++operators_;
    }
    return left;
  }

  std::optional<Interval> Product(int depth) {
    auto left = Atom(depth);
    bool divided = false;
    while (left) {
      bool times = Eat("*") || Eat("x") || Eat("\xC3\x97");
      bool divide = !times && (Eat("/") || Eat(":"));
      if (!times && !divide) break;
      auto right = Atom(depth);
      if (!right) return std::nullopt;
      if (divide) {
        if (divided) ++chained_divisions_;
        divided = true;
        if (right->ContainsZero()) return std::nullopt;
        left = left->DividedBy(*right);
      } else {
        double c[4] = {left->lo * right->lo, left->lo * right->hi, left->hi * right->lo, left->hi * right->hi};
        left = Interval{std::min(std::min(c[0], c[1]), std::min(c[2], c[3])),
                        std::max(std::max(c[0], c[1]), std::max(c[2], c[3]))};
      }
      ++operators_;
    }
    return left;
  }

  std::optional<Interval> Atom(int depth) {
    if (depth > kMaxDepth) return std::nullopt;
    if (Eat("(")) {
      auto v = Sum(depth + 1);
      if (!v || !Eat(")")) return std::nullopt;
      return v;
    }
    Skip();
    size_t start = pos_;
    while (pos_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' || s_[pos_] == ',')) ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '%') ++pos_;
    if (pos_ == start) return std::nullopt;
    auto f = ParseFigure(s_.substr(start, pos_ - start), NumberStyle::kIndonesian);
    if (!f) return std::nullopt;
    ++figures_;
    if (f->decimals > 0 || f->value >= 10) ++real_figures_;
    // Whole numbers ("/ 3", "+ 50") are counts, exact; decimals stand for their range.
    if (f->decimals == 0) return Interval::Exact(f->value);
    return Interval{f->lo, f->hi};
  }

  std::string_view s_;
  size_t pos_ = 0;
  int operators_ = 0, figures_ = 0, real_figures_ = 0, minus_only_ = 0, chained_divisions_ = 0;
};

}  // namespace

std::optional<Evaluated> EvaluateExpression(std::string_view text) {
  if (text.size() > 400) return std::nullopt;
  return Parser(text).Run();
}

}  // namespace lkj::audit
