// Conditions in variant specs: `!`, `&&`, `||`, parentheses, true, false,
// identifiers and f(identifier). Precedence as in C.
#include <cctype>

#include "model/spec.h"

namespace kvmlc {
namespace {

class Parser {
 public:
  Parser(const std::string& text, const Resolver& resolve) : t_(text), resolve_(resolve) {}

  ExprP parse() {
    ExprP e = disjunction();
    skip();
    if (i_ != t_.size()) error("unexpected '" + t_.substr(i_) + "'");
    return e;
  }

 private:
  [[noreturn]] void error(const std::string& msg) {
    throw std::invalid_argument("condition '" + t_ + "': " + msg);
  }
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
    if (start == i_) error(i_ < t_.size() ? "unexpected '" + t_.substr(i_) + "'" : "unexpected end");
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
    if (eat("!")) return !unary();
    if (eat("(")) {
      ExprP e = disjunction();
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

  const std::string& t_;
  const Resolver& resolve_;
  size_t i_ = 0;
};

}  // namespace

ExprP parse_condition(const std::string& text, const Resolver& resolve) {
  return Parser(text, resolve).parse();
}

}  // namespace kvmlc
