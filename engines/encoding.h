// The one translation of a System into Z3 terms, shared by every Z3 engine
// (bmc.cc, kinduction.cc, spacer.cc, cti.cc).
//
// Nothing here knows the KVM model: guards, updates, config_ok and property
// predicates are translated mechanically from the System's Expr trees, the
// same trees the explicit explorer evaluates. A state is a vector of Z3 terms,
// one per System variable, in System::vars order. A transition step has a
// selector term whose value in a model is the index of the transition taken,
// which is how a satisfying assignment becomes a Witness for run().
#pragma once

#include <z3++.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/cpu_time.h"
#include "engines/engine.h"
#include "model/system.h"

namespace kvmlc::z3enc {

// How the integer variables are represented. Int (linear integer arithmetic
// with lo <= x <= hi) is the default; BitVec uses signed 16-bit vectors
// (every domain fits in a byte and guards only add and subtract a few of
// them). docs/benchmarks-z3.md compares the two.
enum class Sorts { Int, BitVec };

// How trans(s, s') is written. Disjunctive: OR over transitions t of
// (sel = t && guard_t && updates_t && frame_t). Functional: the guard part is
// OR_t (sel = t && guard_t) and each next-state variable is one if-then-else
// chain over the transitions that assign it, falling back to its old value.
// Both say the same; Functional gives the solver smaller terms.
enum class TransStyle { Disjunctive, Functional };

struct EncodingOptions {
  Sorts sorts = Sorts::Int;
  TransStyle style = TransStyle::Functional;
};

class Encoding {
 public:
  Encoding(z3::context& ctx, const System& sys, EncodingOptions options = {});

  z3::context& ctx() const { return ctx_; }
  const System& system() const { return sys_; }
  const EncodingOptions& options() const { return options_; }

  // The sort of state variable v (all variables share it) and of selectors.
  z3::sort var_sort() const;
  z3::sort selector_sort() const;
  // A fresh constant for variable v named `name`, and a numeral of var_sort.
  z3::expr constant(const std::string& name) const;
  z3::expr selector(const std::string& name) const;
  z3::expr numeral(int v) const;
  z3::expr selector_numeral(int t) const;
  // The constants of one state named after the System's variables ("kvm_hv.state").
  z3::expr_vector named_state(const std::string& suffix = "") const;

  // An Expr as a Z3 value (an integer term) or as a formula (value != 0), over
  // the state `s`.
  z3::expr value(const Expr& e, const z3::expr_vector& s) const;
  z3::expr formula(const Expr& e, const z3::expr_vector& s) const;

  // lo <= s[v] <= hi for every variable (see target()).
  z3::expr domain(const z3::expr_vector& s) const;
  // Non-config variables at their initial value, config variables anywhere in
  // their domain, config_ok; includes domain(s).
  z3::expr init(const z3::expr_vector& s) const;
  // sys.config_ok alone (true when unset).
  z3::expr config_ok(const z3::expr_vector& s) const;
  // One step s -> next taking transition number `sel`.
  z3::expr trans(const z3::expr_vector& s, const z3::expr_vector& next, const z3::expr& sel) const;
  // The property's bad predicate on s.
  z3::expr bad(const Property& p, const z3::expr_vector& s) const;
  // What the engines search for: bad(p, s) or a variable outside its domain.
  // System::step throws on an update that leaves a domain ("model bug"), so
  // the engines do not constrain later states to their domains (which would
  // silently drop such steps and prove things about a different model) but
  // look for them; a run that ends outside a domain fails its replay and the
  // engine answers Error with System::step's message.
  z3::expr target(const Property& p, const z3::expr_vector& s) const;
  // Whether no transition assigns a config variable, so that config_ok holds
  // in every reachable state (k-induction uses it as a strengthening).
  bool config_frozen() const { return config_frozen_; }

  // Reading a model back: a state variable's value (signed) and a
  // selector's (the transition index, unsigned).
  int int_value(const z3::model& m, const z3::expr& term) const;
  int selector_value(const z3::model& m, const z3::expr& sel) const;
  State state(const z3::model& m, const z3::expr_vector& s) const;

 private:
  z3::expr as_bool(const z3::expr& x) const;
  z3::expr as_value(const z3::expr& x) const;
  z3::expr term(const Expr& e, const z3::expr_vector& s) const;  // Bool or value

  z3::context& ctx_;
  const System& sys_;
  EncodingOptions options_;
  unsigned selector_bits_ = 1;
  bool config_frozen_ = true;
};

// Time-indexed copies of the state ("kvm_hv.state@3") and of the selector of
// each step ("step@3": the transition from state 3 to state 4). BMC and
// k-induction both unroll through this class; neither builds copies itself.
class Unroller {
 public:
  explicit Unroller(const Encoding& enc) : enc_(enc) {}
  const z3::expr_vector& state(int k);
  const z3::expr& selector(int k);
  // enc.trans(state(k), state(k + 1), selector(k)).
  z3::expr trans(int k);
  // The run of length `k` in model `m`: state 0 and selectors 0 .. k-1.
  Witness witness(const z3::model& m, int k);
  // The states 0 .. k in the model (to compare against a replay).
  std::vector<State> states(const z3::model& m, int k);

 private:
  const Encoding& enc_;
  std::vector<z3::expr_vector> states_;
  std::vector<z3::expr> selectors_;
};

// An independent check of a counterexample on the executable model: the
// initial state is one of System::initial_states(), every step is enabled
// (run() replays it), and the last state satisfies `p.bad`. When `expected`
// is given, the replayed states must also equal it state by state (the
// solver's own view of the run). Returns "" when all holds, else the reason.
std::string check_witness(const System& sys, const Property& p, const Witness& w,
                          const std::vector<State>* expected = nullptr);

// Fills `r` from the run of length `k` in model `m` (unrolled by `u`) when
// check_witness accepts it: Violated with the witness, true. Otherwise Error
// naming `what` and the reason, false: a rejected run is never reported.
bool take_witness(Result& r, const System& sys, const Property& p, Unroller& u,
                  const z3::model& m, int k, const std::string& what);

// A Z3 formula in infix notation with the constant names as they are
// ("(kvm_hv.state <= 3) && !(user0.pc == 2)"), for invariants in reports.
std::string readable(const z3::expr& e);

// The budget of one check() (Limits::rlimit and Limits::cpu_seconds), in
// units that do not depend on machine load: Z3 resource units (rlimit,
// deterministic: the same query stops at the same point on any machine, idle
// or loaded) and CPU seconds of this process (base/cpu_time.h). A wall-clock
// limit would cut the work 5-10x on a loaded machine and turn a proof into
// "unknown". Every Z3 query goes through check(), which charges what it used.
class Budget {
 public:
  // 0 for either: no limit of that kind.
  Budget(double rlimit, double cpu_seconds);
  // s.check(assumptions) with the resource units left as Z3's rlimit and,
  // with a CPU budget, a watchdog that interrupts the context once it is
  // spent; the units the query used are charged. An exhausted budget
  // answers unknown without calling Z3.
  z3::check_result check(z3::solver& s, const z3::expr_vector& assumptions);
  z3::check_result check(z3::solver& s);
  bool exhausted() const;
  // "resource limit 5e+07 reached", "CPU budget 60 s used" (for Unknown
  // details; "budget left" while not exhausted).
  std::string reason() const;
  // Z3's reason when the budget is not the cause.
  std::string why_unknown(const z3::solver& s) const;
  double rlimit() const { return rlimit_; }
  double units_used() const { return used_; }
  double cpu_used() const { return cpu_.used(); }
  const CpuBudget& cpu() const { return cpu_; }

 private:
  double rlimit_;
  double used_ = 0;
  CpuBudget cpu_;
};

// Interrupts `ctx` once `cpu`'s budget is spent (polling this process's CPU
// time), until destroyed: for Z3 calls that take no resource limit
// (Spacer's fixedpoint query). Does nothing for a budget of 0.
class Watchdog {
 public:
  Watchdog(z3::context& ctx, const CpuBudget& cpu);
  ~Watchdog();
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  bool fired() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Shortest counterexample by bounded model checking, from depth `from` up to
// `max_depth` (shared by bmc.cc and spacer.cc's witness reconstruction).
// Violated (with a checked witness) or Unknown; never Holds.
Result bmc_search(const System& sys, const Property& p, const Limits& limits,
                  const EncodingOptions& options, int from, Budget& budget);

// k-induction with simple paths (kinduction.cc): proves (Holds, "k = N"),
// finds a shortest counterexample in its base case (Violated, replayed), or
// Unknown.
Result k_induction(const System& sys, const Property& p, const Limits& limits,
                   const EncodingOptions& options, Budget& budget);

// The encoding each engine uses unless a benchmark overrides it (measured,
// docs/benchmarks-z3.md): bit-vectors with the functional transition for
// "bmc" and "kind" (solved by Z3's incremental SAT-based QF_BV solver),
// integers for "spacer" (Spacer works in linear arithmetic).
EncodingOptions default_options(const std::string& engine);

// Runs one engine's check: `body` gets the budget of Limits::rlimit and
// Limits::cpu_seconds;
// z3::exception and std::exception become Verdict::Error with the message.
// Sets Result::engine and Result::seconds.
Result guarded(const std::string& engine, const Limits& limits,
               const std::function<Result(Budget&)>& body);

// The solver BMC and k-induction use: for bit-vectors Z3's incremental
// SAT-based QF_BV solver (bit-blasting), measured several times faster here
// than the default SMT core (docs/benchmarks-z3.md); for integers the
// default solver. Its limits are set by Budget::check().
z3::solver make_solver(const Encoding& enc);

}  // namespace kvmlc::z3enc
