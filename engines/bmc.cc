// Bounded model checking: is a bad state reachable in exactly k steps, for
// k = 0, 1, ... Limits::max_depth? One incremental solver holds the unrolled
// path; each depth pushes the bad predicate on the last state, checks, pops.
// The first depth that is satisfiable gives a shortest counterexample. BMC
// never proves anything: without a violation it answers Unknown. The search
// target is Encoding::target (bad, or a variable out of its domain).
#include "engines/encoding.h"
#include "engines/z3engines.h"

namespace kvmlc {
namespace z3enc {

namespace {


}  // namespace

Result bmc_search(const System& sys, const Property& p, const Limits& limits,
                  const EncodingOptions& options, int from, Budget& budget) {
  z3::context ctx;
  Encoding enc(ctx, sys, options);
  Unroller u(enc);
  z3::solver s = make_solver(enc);
  s.add(enc.init(u.state(0)));
  Result r;
  int max_depth = std::max(limits.max_depth, from);
  auto none_below = [&](int k) {
    return k == 0 ? std::string("no depth checked")
                  : "no violation up to depth " + std::to_string(k - 1);
  };
  for (int k = 0; k <= max_depth; ++k) {
    if (k > 0) s.add(u.trans(k - 1));
    if (k < from) continue;
    if (budget.exhausted()) {
      r.detail = none_below(k) + "; " + budget.reason();
      return r;
    }
    s.push();
    s.add(enc.target(p, u.state(k)));
    z3::check_result c = budget.check(s);
    if (c == z3::sat) {
      if (take_witness(r, sys, p, u, s.get_model(), k, "BMC counterexample"))
        r.detail = std::to_string(k) + " steps" + (from == 0 ? " (shortest)" : "");
      return r;
    }
    if (c == z3::unknown) {
      r.detail = none_below(k) + "; depth " + std::to_string(k) + ": " + budget.why_unknown(s);
      return r;
    }
    s.pop();
  }
  r.detail = "no violation up to depth " + std::to_string(max_depth) + " (depth bound)";
  return r;
}

namespace {

class Bmc : public Engine {
 public:
  explicit Bmc(EncodingOptions options) : options_(options) {}
  std::string name() const override { return "bmc"; }
  Result check(const System& sys, const Property& prop, const Limits& limits) override {
    return guarded(name(), limits, [&](Budget& budget) {
      return bmc_search(sys, prop, limits, options_, 0, budget);
    });
  }

 private:
  EncodingOptions options_;
};

}  // namespace
}  // namespace z3enc

std::unique_ptr<Engine> make_bmc_engine(z3enc::EncodingOptions options) {
  return std::make_unique<z3enc::Bmc>(options);
}

}  // namespace kvmlc
