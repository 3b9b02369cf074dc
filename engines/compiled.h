// The explicit explorer's compiled form of a System.
//
// The explorer evaluates guards, updates and properties hundreds of millions
// of times; walking the shared Expr trees (model/expr.cc eval) for each was
// half its time. Compiled reads the same System once and turns each
// expression into flat postfix code over the state's bytes, each guard into
// its `var == const` conjuncts (checked first, most guards are only those)
// plus code for the rest, and buckets the transitions by one such conjunct so
// that a state only tries the transitions its program counters allow. The
// meaning is eval's: compiled_test.cc runs both on every transition of the
// reachable states of every variant and requires the same answers.
#pragma once

#include <cstdint>
#include <vector>

#include "model/system.h"

namespace kvmlc {

// One expression as postfix code: operands are pushed, operators pop them.
// &&, || and ?: jump over what they need not evaluate, as eval does (the
// properties are long disjunctions of conjunctions whose first conjunct
// mostly fails).
class Code {
 public:
  Code() = default;
  explicit Code(const Expr& e);
  // The value of the expression in the state `s` (one byte a variable, as State).
  int run(const char* s) const;
  // How deep run()'s stack gets; at most kMaxDepth (checked when compiling).
  static constexpr int kMaxDepth = 64;
  // Whether the expression is a constant (most updates set a pc), and which.
  bool constant(int& value) const;

 private:
  // AndJump: when the top is 0 (the value), jumps, else pops it; OrJump:
  // when the top is not 0, makes it 1 and jumps, else pops it; IfNot: pops
  // the top, and jumps when it was 0; Bool: the top becomes top != 0.
  enum class I : std::uint8_t { Const, Var, VarEq, Not, Eq, Ne, Lt, Le, Add, Sub, AndJump, OrJump, IfNot, Jump, Bool };
  struct Ins {
    I op;
    int var;    // Var, VarEq
    int value;  // Const, VarEq; the jumps: where to (an index into code_)
  };
  void emit(const Expr& e, int depth);
  int jump(I op);                 // emits a jump; where its target goes
  void land(int jump);            // the jump at `jump` goes to the next instruction
  static I operator_of(Op op);
  std::vector<Ins> code_;
};

class Compiled {
 public:
  explicit Compiled(const System& sys);

  const System& sys() const { return sys_; }

  // Calls f(t) for every transition t enabled at `s`, in System order within
  // each bucket (the order the explorer's counterexamples depend on).
  template <class F>
  void for_enabled(const char* s, F f) const {
    for (int t : always_)
      if (enabled(s, t)) f(t);
    for (int v : keyed_)
      for (int t : buckets_[v][static_cast<signed char>(s[v]) - sys_.vars[v].lo])
        if (enabled(s, t)) f(t);
  }
  bool enabled(const char* s, int t) const {
    for (std::uint32_t i = guard_at_[t]; i < guard_at_[t + 1]; ++i)
      if (static_cast<signed char>(s[guard_[i].var]) != guard_[i].value) return false;
    return (steps_[t].values.empty() && steps_[t].rest.empty()) || rest_holds(s, t);
  }
  // `next` (a copy of `s`) becomes the successor of `s` under t, as
  // System::step; throws std::logic_error the same way when an update leaves
  // its variable's domain.
  void step(const char* s, int t, char* next) const;
  // The variables t updates: the only ones step() can change, so the only
  // ones to patch in a successor's key or to recheck in its properties.
  const std::vector<int>& writes(int t) const { return steps_[t].writes; }
  // Whether `s` violates property p.
  bool bad(const char* s, int p) const { return properties_[p].run(s) != 0; }
  // The value t's event records when taken from `s` (Transition::event_value,
  // which t must have): a count or a return value only known in the state.
  int event_value(const char* s, int t) const { return steps_[t].event_value.run(s); }

 private:
  struct Conj {
    int var, value;
  };
  struct Update {
    int var;
    Code value;
    int lo, hi;         // var's domain
    bool is_constant;   // value is `constant`: no code to run
    int constant;
  };
  // A conjunct that reads one variable of at most 64 values (`v != 2`,
  // `0 < v`, `v == 1 || v == 3`): the values where it holds, bit value - lo.
  struct Values {
    int var, lo;
    std::uint64_t holds;
  };
  struct Step {
    std::vector<Values> values;  // the guard's conjuncts on one variable, other than `var == const`
    std::vector<Code> rest;      // its other conjuncts
    std::vector<Update> updates;
    std::vector<int> writes;  // updates' variables
    Code event_value;  // empty when the event is fixed
  };
  void bucket(int t);
  bool one_variable(const Expr& c, std::vector<Values>& values) const;
  bool rest_holds(const char* s, int t) const;

  const System& sys_;
  std::vector<Step> steps_;
  // Every guard's `var == const` conjuncts in one array, transition t's
  // from guard_at_[t] to guard_at_[t + 1]: the explorer tests them for
  // every candidate transition of every state.
  std::vector<Conj> guard_;
  std::vector<std::uint32_t> guard_at_;
  std::vector<Code> properties_;
  std::vector<std::vector<std::vector<int>>> buckets_;  // var -> value - lo -> transitions
  std::vector<int> keyed_, always_;
};

}  // namespace kvmlc
