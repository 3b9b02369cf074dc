#include "model/expr.h"

#include <stdexcept>

namespace kvmlc {
namespace {

ExprP make(Op op, std::vector<ExprP> args) {
  return std::make_shared<const Expr>(Expr{op, 0, -1, std::move(args)});
}

bool is_const(const ExprP& e, int v) { return e->op == Op::Const && e->value == v; }

const char* symbol(Op op) {
  switch (op) {
    case Op::And: return " && ";
    case Op::Or: return " || ";
    case Op::Eq: return " == ";
    case Op::Ne: return " != ";
    case Op::Lt: return " < ";
    case Op::Le: return " <= ";
    case Op::Add: return " + ";
    case Op::Sub: return " - ";
    default: return " ? ";
  }
}

}  // namespace

ExprP constant(int v) { return std::make_shared<const Expr>(Expr{Op::Const, v, -1, {}}); }
ExprP var(int index) { return std::make_shared<const Expr>(Expr{Op::Var, 0, index, {}}); }

// And/Or fold constants away so that specs full of `true` conditions stay
// readable in docs and small in Z3.
ExprP operator!(ExprP a) {
  if (a->op == Op::Const) return constant(!a->value);
  return make(Op::Not, {a});
}
ExprP operator&&(ExprP a, ExprP b) {
  if (is_const(a, 0) || is_const(b, 0)) return constant(0);
  if (a->op == Op::Const) return b;
  if (b->op == Op::Const) return a;
  return make(Op::And, {a, b});
}
ExprP operator||(ExprP a, ExprP b) {
  if (is_const(a, 1) || is_const(b, 1)) return constant(1);
  if (a->op == Op::Const) return b;
  if (b->op == Op::Const) return a;
  return make(Op::Or, {a, b});
}
// Comparisons and arithmetic fold when both sides are constants.
static ExprP binary(Op op, ExprP a, ExprP b) {
  ExprP e = make(op, {a, b});
  return a->op == Op::Const && b->op == Op::Const ? constant(eval(*e, {})) : e;
}
ExprP operator==(ExprP a, ExprP b) { return binary(Op::Eq, a, b); }
ExprP operator!=(ExprP a, ExprP b) { return binary(Op::Ne, a, b); }
ExprP operator<(ExprP a, ExprP b) { return binary(Op::Lt, a, b); }
ExprP operator<=(ExprP a, ExprP b) { return binary(Op::Le, a, b); }
ExprP operator+(ExprP a, ExprP b) { return binary(Op::Add, a, b); }
ExprP operator-(ExprP a, ExprP b) { return binary(Op::Sub, a, b); }

ExprP substitute(const ExprP& e, const std::vector<std::optional<int>>& values) {
  if (e->op == Op::Var) return values[e->var] ? constant(*values[e->var]) : e;
  if (e->op == Op::Const) return e;
  std::vector<ExprP> a;
  for (const auto& x : e->args) a.push_back(substitute(x, values));
  switch (e->op) {
    case Op::Not: return !a[0];
    case Op::And: return a[0] && a[1];
    case Op::Or: return a[0] || a[1];
    case Op::Ite: return ite(a[0], a[1], a[2]);
    default: return binary(e->op, a[0], a[1]);
  }
}
ExprP ite(ExprP c, ExprP t, ExprP e) {
  if (c->op == Op::Const) return c->value ? t : e;
  return make(Op::Ite, {c, t, e});
}

ExprP all_of(const std::vector<ExprP>& xs) {
  ExprP r = constant(1);
  for (const auto& x : xs) r = r && x;
  return r;
}

ExprP any_of(const std::vector<ExprP>& xs) {
  ExprP r = constant(0);
  for (const auto& x : xs) r = r || x;
  return r;
}

void collect_vars(const Expr& e, std::set<int>& out) {
  if (e.op == Op::Var) out.insert(e.var);
  for (const auto& a : e.args) collect_vars(*a, out);
}

int eval(const Expr& e, const State& s) {
  auto arg = [&](int i) { return eval(*e.args[i], s); };
  switch (e.op) {
    case Op::Const: return e.value;
    case Op::Var: return get(s, e.var);
    case Op::Not: return !arg(0);
    case Op::And: return arg(0) && arg(1);
    case Op::Or: return arg(0) || arg(1);
    case Op::Eq: return arg(0) == arg(1);
    case Op::Ne: return arg(0) != arg(1);
    case Op::Lt: return arg(0) < arg(1);
    case Op::Le: return arg(0) <= arg(1);
    case Op::Add: return arg(0) + arg(1);
    case Op::Sub: return arg(0) - arg(1);
    case Op::Ite: return arg(0) ? arg(1) : arg(2);
  }
  throw std::logic_error("eval: bad op");
}

std::string to_string(const Expr& e, const std::vector<std::string>& names) {
  auto arg = [&](int i) { return to_string(*e.args[i], names); };
  switch (e.op) {
    case Op::Const: return std::to_string(e.value);
    case Op::Var: return names.at(e.var);
    case Op::Not: return "!(" + arg(0) + ")";
    case Op::Ite: return "(" + arg(0) + " ? " + arg(1) + " : " + arg(2) + ")";
    default: return "(" + arg(0) + symbol(e.op) + arg(1) + ")";
  }
}

}  // namespace kvmlc
