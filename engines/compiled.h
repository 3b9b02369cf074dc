// The explicit explorer's compiled form of a System.
//
// The explorer evaluates guards, updates and properties hundreds of millions
// of times; walking the shared Expr trees (model/expr.cc eval) for each was
// half its time. Compiled reads the same System once and turns each
// expression into flat postfix code over the state's bytes, each guard into
// its `var == const` conjuncts (checked first, most guards are only those)
// plus code for the rest, and buckets the transitions by one such conjunct so
// that a state only tries the transitions its program counters allow. What
// depends on few variables is worked out once per combination of their
// values: which of a bucket's transitions pass their `var == const` and
// one-variable conjuncts, each property's value (remembered as states
// reach them), conjuncts and updates reading one or two small variables
// (tabulated when compiling). The meaning is eval's: compiled_test.cc runs both on every transition of the
// reachable states of every variant and requires the same answers.
#pragma once

#include <cstdint>
#include <set>
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
  size_t size() const { return code_.size(); }  // instructions
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
  // each bucket (the order the explorer's counterexamples depend on). Which
  // of a bucket's transitions pass their `var == const` and one-variable
  // conjuncts depends only on the variables those read, so the list is
  // worked out once per combination of their values and remembered (a
  // Compiled is therefore not for several threads at once); only the
  // conjuncts left as code are run per state.
  template <class F>
  void for_enabled(const char* s, F f) const {
    for (int t : always_)
      if (enabled(s, t)) f(t);
    for (const Keyed& k : keyed_memo_) {
      std::int32_t b = k.bucket[static_cast<signed char>(s[k.var]) - k.lo];
      if (b < 0) continue;
      const Memo& m = memos_[b];
      const std::uint32_t* l;
      if (m.hashed) {
        std::uint64_t key = key_of(m, s), h = slot_of(key);
        std::uint32_t e = slots_[h].entry;
        if (e == 0) e = remember(s, m, key, h);
        l = lists_.data() + e;
      } else {
        l = unhashed(s, m);
      }
      for (std::uint32_t n = l[-1]; n > 0; --n, ++l) {
        std::uint32_t x = *l;
        if ((x & 1) == 0 || code_holds(s, static_cast<int>(x >> 1))) f(static_cast<int>(x >> 1));
      }
    }
  }
  bool enabled(const char* s, int t) const { return listed(s, t) && code_holds(s, t); }
  // `next` (a copy of `s`) becomes the successor of `s` under t, as
  // System::step; throws std::logic_error the same way when an update leaves
  // its variable's domain.
  void step(const char* s, int t, char* next) const;
  // The variables t updates: the only ones step() can change, so the only
  // ones to patch in a successor's key or to recheck in its properties.
  const std::vector<int>& writes(int t) const { return steps_[t].writes; }
  // Whether `s` violates property p.
  // Remembered, like for_enabled's lists, by the values of the variables p
  // reads (most properties are a flag, or a few hundred values of a dozen).
  bool bad(const char* s, int p) const {
    return remembered(property_memos_[p], s, [&] { return properties_[p].run(s) != 0; });
  }
  // The value t's event records when taken from `s` (Transition::event_value,
  // which t must have): a count or a return value only known in the state.
  int event_value(const char* s, int t) const { return steps_[t].event_value.run(s); }

 private:
  // for_enabled's memo. A bucket (keyed variable, value) reads the variables
  // of its transitions' `var == const` and one-variable conjuncts (but the
  // keyed one): their values, as one mixed-radix number, and the bucket's
  // index make a key. A key's entry is where its list starts in lists_,
  // preceded by its length; the list holds t * 2 + 1 for the transitions
  // with conjuncts left as code, t * 2 for the others. The entries are in
  // one open-addressing table (slots_): only a few hundred keys occur, so
  // it stays small and in cache. A bucket whose number does not fit 48 bits
  // (none of the variants') has its list worked out every time.
  struct Read {
    int var, lo;
    std::uint64_t stride;
  };
  struct Memo {
    std::uint32_t reads_at, reads_end;    // its variables in reads_
    bool hashed;                          // its lists are remembered
    std::uint64_t key;                    // the bucket's index << 48
    const std::vector<int>* transitions;  // the bucket's (nullptr for a property)
  };
  struct Keyed {
    int var, lo;
    std::vector<std::int32_t> bucket;  // value - lo -> index in memos_, -1 when empty
  };
  struct Slot {
    std::uint64_t key;
    std::uint32_t entry;  // 0: empty
  };
  struct Conj {
    int var, value;
  };
  struct Update {
    int var;
    Code value;
    int lo, hi;         // var's domain
    bool is_constant;   // value is `constant`: no code to run
    int constant;
    // When value reads at most two variables of at most kTable values in
    // all (a saturating counter, a monitor flag and what it watches): its
    // value for each of theirs, at (a - lo_a) * stride + (b - lo_b).
    int a = -1, a_lo = 0, b = -1, b_lo = 0, stride = 0;
    std::vector<int> table;
  };
  // A conjunct that reads one variable of at most 64 values (`v != 2`,
  // `0 < v`, `v == 1 || v == 3`): the values where it holds, bit value - lo.
  struct Values {
    int var, lo;
    std::uint64_t holds;
  };
  // A conjunct that reads one or two variables of at most kTable values in
  // all (and is no Values): where it holds, bit (a - a_lo) * stride + (b - b_lo)
  // of bits_ from `at`.
  struct Pair {
    int a, a_lo, b, b_lo, stride;
    std::uint32_t at;
  };
  bool pair_holds(const char* s, const Pair& c) const {
    std::uint32_t i = c.at + (static_cast<signed char>(s[c.a]) - c.a_lo) * c.stride +
                      (c.b >= 0 ? static_cast<signed char>(s[c.b]) - c.b_lo : 0);
    return bits_[i >> 6] >> (i & 63) & 1;
  }
  bool two_variables(const Expr& c, std::vector<Pair>& pairs);
  std::vector<std::uint64_t> bits_;
  struct Step {
    std::vector<Values> values;  // the guard's conjuncts on one variable, other than `var == const`
    std::vector<Pair> pairs;     // its other conjuncts on one or two variables
    std::vector<Code> rest;      // its other conjuncts
    std::vector<Update> updates;
    std::vector<int> writes;  // updates' variables
    Code event_value;  // empty when the event is fixed
  };
  void bucket(int t);
  bool one_variable(const Expr& c, std::vector<Values>& values) const;
  struct Grid {  // one or two variables: a's na values from a_lo, b's nb (b -1: none, nb 1)
    int a, a_lo, na, b, b_lo, nb;
  };
  bool grid(const Expr& e, Grid& g) const;
  std::vector<int> values(const Code& code, const Grid& g) const;
  void tabulate(const Expr& e, Update& u) const;
  static constexpr int kTable = 4096;
  // t's `var == const` and one-variable conjuncts hold (what for_enabled's
  // lists remember).
  bool listed(const char* s, int t) const {
    for (std::uint32_t i = guard_at_[t]; i < guard_at_[t + 1]; ++i)
      if (static_cast<signed char>(s[guard_[i].var]) != guard_[i].value) return false;
    for (const Values& v : steps_[t].values)
      if (!(v.holds >> (static_cast<signed char>(s[v.var]) - v.lo) & 1)) return false;
    return true;
  }
  bool code_holds(const char* s, int t) const {
    for (const Pair& c : steps_[t].pairs)
      if (!pair_holds(s, c)) return false;
    for (const Code& c : steps_[t].rest)
      if (!c.run(s)) return false;
    return true;
  }
  // f(), or what it gave for the same values of m's variables before.
  template <class F>
  bool remembered(const Memo& m, const char* s, F f) const {
    if (!m.hashed) return f();
    std::uint64_t key = key_of(m, s), h = slot_of(key);
    if (slots_[h].entry != 0) return slots_[h].entry == 2;
    bool v = f();
    if (slots_used_ < kMaxSlots) enter(key, h, v ? 2 : 1);
    return v;
  }
  // m's key for the values of its variables in `s`, and the slot holding
  // it (or the empty one where it goes).
  std::uint64_t key_of(const Memo& m, const char* s) const {
    std::uint64_t key = m.key;
    for (std::uint32_t i = m.reads_at; i < m.reads_end; ++i)
      key += static_cast<std::uint64_t>(static_cast<signed char>(s[reads_[i].var]) - reads_[i].lo) * reads_[i].stride;
    return key;
  }
  std::uint64_t slot_of(std::uint64_t key) const {
    std::uint64_t h = key * 0x9E3779B97F4A7C15ULL >> shift_;
    while (slots_[h].entry != 0 && slots_[h].key != key) h = (h + 1) & slot_mask_;
    return h;
  }
  void memoise();
  std::uint32_t list(const char* s, const Memo& m) const;
  std::uint32_t remember(const char* s, const Memo& m, std::uint64_t key, std::uint64_t h) const;
  void enter(std::uint64_t key, std::uint64_t h, std::uint32_t entry) const;
  bool reads(const std::set<int>& vars, Memo& m);
  static constexpr std::uint64_t kMaxSlots = std::uint64_t{1} << 20;  // then properties are no longer remembered
  static constexpr size_t kShortCode = 4;  // properties of fewer instructions are not remembered
  const std::uint32_t* unhashed(const char* s, const Memo& m) const;

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
  std::vector<Keyed> keyed_memo_;  // keyed_'s buckets, in its order
  std::vector<Memo> memos_, property_memos_;
  std::vector<Read> reads_;
  mutable std::vector<std::uint32_t> lists_, scratch_;
  mutable std::vector<Slot> slots_;
  mutable std::uint64_t slot_mask_ = 0, slots_used_ = 0;
  mutable unsigned shift_ = 64;
};

}  // namespace kvmlc
