// Conditions in variant specs: `!`, `&&`, `||`, parentheses, true, false,
// identifiers and f(identifier). Precedence as in C. The parser recurses
// per `(` and `!`, and the Expr it builds per operator, so both the nesting
// and the length of a condition are bounded.
#include <cctype>
#include <string>

#include "model/spec.h"

namespace kvmlc {
namespace {

constexpr int kMaxNesting = 32;
constexpr size_t kMaxConditionBytes = 4096;

class Parser {
 public:
  Parser(const std::string& text, const Resolver& resolve) : t_(text), resolve_(resolve) {}

  ExprP parse() {
    if (t_.size() > kMaxConditionBytes)
      error("longer than " + std::to_string(kMaxConditionBytes) + " bytes");
    ExprP e = disjunction();
    skip();
    if (i_ != t_.size()) error("unexpected '" + clip(t_.substr(i_)) + "'");
    return e;
  }

 private:
  [[noreturn]] void error(const std::string& msg) {
    throw std::invalid_argument("condition '" + clip(t_) + "': " + msg);
  }
  // Input quoted in an error: enough to find it, short enough to read.
  static std::string clip(const std::string& s) { return s.size() > 60 ? s.substr(0, 60) + "..." : s; }
  void skip() {
    while (i_ < t_.size() && std::isspace(static_cast<unsigned char>(t_[i_]))) ++i_;
  }
  bool eat(const std::string& tok) {
    skip();
    if (t_.compare(i_, tok.size(), tok) != 0) return false;
    i_ += tok.size();
    return true;
  }
  std::string identifier() {
    skip();
    size_t start = i_;
    while (i_ < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[i_])) || t_[i_] == '_' ||
                              t_[i_] == '-' || t_[i_] == '.'))
      ++i_;
    if (start == i_) error(i_ < t_.size() ? "unexpected '" + clip(t_.substr(i_)) + "'" : "unexpected end");
    return t_.substr(start, i_ - start);
  }
  ExprP disjunction() {
    ExprP e = conjunction();
    while (eat("||")) e = e || conjunction();
    return e;
  }
  ExprP conjunction() {
    ExprP e = unary();
    while (eat("&&")) e = e && unary();
    return e;
  }
  ExprP unary() {
    if (eat("!")) return !nested([&] { return unary(); });
    if (eat("(")) {
      ExprP e = nested([&] { return disjunction(); });
      if (!eat(")")) error("missing ')'");
      return e;
    }
    std::string id = identifier();
    if (id == "true") return constant(1);
    if (id == "false") return constant(0);
    if (!eat("(")) return resolve_("", id);
    std::string arg = identifier();
    if (!eat(")")) error("missing ')'");
    return resolve_(id, arg);
  }

  template <typename F>
  ExprP nested(F parse) {
    if (++depth_ > kMaxNesting) error("nested deeper than " + std::to_string(kMaxNesting) + " levels");
    ExprP e = parse();
    --depth_;
    return e;
  }

  const std::string& t_;
  const Resolver& resolve_;
  size_t i_ = 0;
  int depth_ = 0;
};

}  // namespace

ExprP parse_condition(const std::string& text, const Resolver& resolve) {
  return Parser(text, resolve).parse();
}

}  // namespace kvmlc
