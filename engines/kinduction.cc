// k-induction with simple-path constraints.
//
// For n = 0, 1, ... Limits::max_depth:
//   base case: no bad state is reachable in exactly n steps (as in BMC; a
//     satisfying run is a counterexample, checked by replay);
//   step case: every path s0 .. s(n+1) of pairwise distinct states in which
//     s0 .. sn are good ends in a good state s(n+1).
// When the step case is unsatisfiable the base cases 0 .. n cover every start
// of such a path, and the property holds; the detail reports "k = n+1", the
// number of transitions in the inductive step (k = 1: the property is
// inductive by itself). Distinct states make the method complete for finite
// systems: the step case fails at the latest once n+1 exceeds the longest
// simple path. The step case's first state is only constrained to the
// variables' domains and, when no transition changes a config variable, to
// config_ok. "Good" and "bad" are in the sense of Encoding::target (a
// state with a variable out of its domain counts as bad).
#include "engines/encoding.h"
#include "engines/z3engines.h"

namespace kvmlc {
namespace z3enc {
namespace {

// s_i != s_j: the two states differ in some variable.
z3::expr differ(z3::context& ctx, const z3::expr_vector& a, const z3::expr_vector& b) {
  z3::expr_vector d(ctx);
  for (unsigned v = 0; v < a.size(); ++v) d.push_back(a[v] != b[v]);
  return z3::mk_or(d);
}

}  // namespace

Result k_induction(const System& sys, const Property& p, const Limits& limits,
                   const EncodingOptions& options, Budget& budget) {
  z3::context ctx;
  Encoding enc(ctx, sys, options);
  Unroller base_u(enc), step_u(enc);
  z3::solver base = make_solver(enc), step = make_solver(enc);
  base.add(enc.init(base_u.state(0)));
  step.add(enc.domain(step_u.state(0)));
  if (enc.config_frozen()) step.add(enc.config_ok(step_u.state(0)));
  Result r;
  int safe_depth = -1;  // base cases 0 .. safe_depth passed
  int failed_k = 0;     // step cases 1 .. failed_k were satisfiable
  auto unknown = [&](const std::string& why) {
    r.verdict = Verdict::Unknown;
    r.detail = "no violation up to depth " + std::to_string(safe_depth) +
               ", not k-inductive for k <= " + std::to_string(failed_k) + "; " + why;
    return r;
  };

  for (int n = 0; n <= limits.max_depth; ++n) {
    // Base case: a violation in exactly n steps?
    if (n > 0) base.add(base_u.trans(n - 1));
    if (budget.exhausted()) return unknown(budget.reason());
    base.push();
    base.add(enc.target(p, base_u.state(n)));
    z3::check_result c = budget.check(base);
    if (c == z3::sat) {
      if (take_witness(r, sys, p, base_u, base.get_model(), n, "base case counterexample"))
        r.detail = std::to_string(n) + " steps (shortest, base case)";
      return r;
    }
    if (c == z3::unknown) return unknown("base case " + std::to_string(n) + ": " + budget.why_unknown(base));
    base.pop();
    safe_depth = n;

    // Step case: good s0 .. sn, distinct s0 .. s(n+1), bad s(n+1)?
    step.add(!enc.target(p, step_u.state(n)));
    step.add(step_u.trans(n));
    for (int j = 0; j <= n; ++j) step.add(differ(ctx, step_u.state(j), step_u.state(n + 1)));
    if (budget.exhausted()) return unknown(budget.reason());
    step.push();
    step.add(enc.target(p, step_u.state(n + 1)));
    c = budget.check(step);
    if (c == z3::unsat) {
      r.verdict = Verdict::Holds;
      r.detail = "k = " + std::to_string(n + 1);
      return r;
    }
    if (c == z3::unknown) return unknown("step case k = " + std::to_string(n + 1) + ": " + budget.why_unknown(step));
    step.pop();
    failed_k = n + 1;
  }
  return unknown("depth bound " + std::to_string(limits.max_depth));
}

namespace {

class KInduction : public Engine {
 public:
  explicit KInduction(EncodingOptions options) : options_(options) {}
  std::string name() const override { return "kind"; }

  Result check(const System& sys, const Property& p, const Limits& limits) override {
    return guarded(name(), limits, [&](Budget& budget) {
      return k_induction(sys, p, limits, options_, budget);
    });
  }

 private:
  EncodingOptions options_;
};

}  // namespace
}  // namespace z3enc

std::unique_ptr<Engine> make_kind_engine(z3enc::EncodingOptions options) {
  return std::make_unique<z3enc::KInduction>(options);
}

}  // namespace kvmlc
