// Expressions over the integer state variables of a transition system.
//
// Guards, updates and property predicates are all Exprs. The explicit-state
// explorer evaluates them on concrete states (eval), the Z3 engines translate
// the very same trees into terms; neither has its own copy of the model.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kvmlc {

enum class Op {
  Const,  // value
  Var,    // state variable number `var`
  Not, And, Or,
  Eq, Ne, Lt, Le,
  Add, Sub,
  Ite,    // args[0] ? args[1] : args[2]
};

struct Expr;
using ExprP = std::shared_ptr<const Expr>;

struct Expr {
  Op op;
  int value = 0;  // Const
  int var = -1;   // Var
  std::vector<ExprP> args;
};

// Builders. Booleans are the integers 0 and 1; And/Or of no arguments are
// true/false, so callers can fold over empty lists.
ExprP constant(int v);
ExprP var(int index);
ExprP operator!(ExprP a);
ExprP operator&&(ExprP a, ExprP b);
ExprP operator||(ExprP a, ExprP b);
ExprP operator==(ExprP a, ExprP b);
ExprP operator!=(ExprP a, ExprP b);
ExprP operator<(ExprP a, ExprP b);
ExprP operator<=(ExprP a, ExprP b);
ExprP operator+(ExprP a, ExprP b);
ExprP operator-(ExprP a, ExprP b);
ExprP ite(ExprP c, ExprP t, ExprP e);
ExprP all_of(const std::vector<ExprP>& xs);

// `e` with the variables that have a value replaced by it, folded.
ExprP substitute(const ExprP& e, const std::vector<std::optional<int>>& values);
ExprP any_of(const std::vector<ExprP>& xs);

// A concrete state: one byte per variable (every domain fits in [-128, 127]).
// A string so that it hashes and compares as one block.
using State = std::string;
inline int get(const State& s, int var) { return static_cast<signed char>(s[var]); }
inline void set(State& s, int var, int v) { s[var] = static_cast<char>(v); }

// Concrete evaluation.
int eval(const Expr& e, const State& state);

// The variables e reads, added to `out`.
void collect_vars(const Expr& e, std::set<int>& out);

// Human-readable form, with variable names, for docs and errors.
std::string to_string(const Expr& e, const std::vector<std::string>& names);

}  // namespace kvmlc
