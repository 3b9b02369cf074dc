// Spacer (Z3's IC3/PDR for constrained Horn clauses).
//
// One relation Inv over the state variables and three named rules, all built
// from the Encoding:
//   init:  init(s)                   => Inv(s)
//   step:  Inv(s) && trans(s, s', t) => Inv(s')
//   bad:   Inv(s) && target(s)       => Bad
// (target: the property's bad predicate or a variable out of its domain,
// see Encoding::target.)
// The query is Bad. unsat: the property holds, and the invariant Spacer found
// (get_cover_delta at level -1) is printed with the System's variable names
// after it has been checked independently with a plain solver (initiation,
// consecution, safety). sat: the property is violated; Spacer's trace gives
// the number of steps n (the rules it names), and BMC at depth n rebuilds the
// concrete states and transitions, which are then checked by replay.
#include <algorithm>

#include "engines/encoding.h"
#include "engines/z3engines.h"

namespace kvmlc {
namespace z3enc {
namespace {

// All settings of the fixedpoint engine.
void configure(z3::fixedpoint& fp) {
  z3::params p(fp.ctx());
  p.set("engine", "spacer");             // IC3/PDR for Horn clauses, not Datalog
  p.set("xform.slice", false);           // keep every argument of Inv, so the
                                         // invariant is over all variables by index
  p.set("xform.inline_linear", false);   // keep the rules as written: init, step, bad
  p.set("xform.inline_eager", false);    // (answers then name these rules)
  fp.set(p);
}

class Spacer : public Engine {
 public:
  explicit Spacer(EncodingOptions options) : options_(options) {}
  std::string name() const override { return "spacer"; }

  Result check(const System& sys, const Property& p, const Limits& limits) override {
    return guarded(name(), limits, [&](Budget& b) { return solve(sys, p, limits, b); });
  }

 private:
  Result solve(const System& sys, const Property& p, const Limits& limits, Budget& budget) {
    z3::context ctx;
    Encoding enc(ctx, sys, options_);
    z3::fixedpoint fp(ctx);
    configure(fp);

    z3::sort_vector domain(ctx);
    for (size_t i = 0; i < sys.vars.size(); ++i) domain.push_back(enc.var_sort());
    z3::func_decl inv = ctx.function("Inv", domain, ctx.bool_sort());
    z3::func_decl bad_reached = ctx.function("Bad", 0, nullptr, ctx.bool_sort());
    fp.register_relation(inv);
    fp.register_relation(bad_reached);

    z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
    z3::expr sel = enc.selector("step");
    z3::expr_vector all(ctx);
    for (const auto& x : s) all.push_back(x);
    for (const auto& x : next) all.push_back(x);
    all.push_back(sel);

    z3::expr init_rule = z3::forall(s, z3::implies(enc.init(s), inv(s)));
    z3::expr step_rule = z3::forall(
        all, z3::implies(inv(s) && enc.trans(s, next, sel), inv(next)));
    z3::expr bad_rule = z3::forall(s, z3::implies(inv(s) && enc.target(p, s), bad_reached()));
    fp.add_rule(init_rule, ctx.str_symbol("init"));
    fp.add_rule(step_rule, ctx.str_symbol("step"));
    fp.add_rule(bad_rule, ctx.str_symbol("bad"));

    Result r;
    if (budget.exhausted()) {
      r.detail = budget.reason();
      return r;
    }
    z3::expr query = bad_reached();
    z3::check_result c;
    {
      // Z3 4.8.12's fixedpoint engine takes no rlimit: Spacer is bounded by
      // the CPU budget alone.
      Watchdog watchdog(ctx, budget.cpu());
      try {
        c = fp.query(query);
      } catch (const z3::exception& e) {
        // An interrupted query may surface as an exception rather than unknown.
        if (!watchdog.fired()) throw;
        r.detail = budget.reason();
        return r;
      }
      if (c == z3::unknown) {
        r.detail = watchdog.fired() ? budget.reason() : "spacer: " + fp.reason_unknown();
        return r;
      }
    }
    if (c == z3::unsat) return proved(enc, p, fp, inv, budget);
    return counterexample(sys, p, limits, fp, budget);
  }

  // The invariant, re-checked: init => I, I && trans => I', I && bad unsat.
  Result proved(const Encoding& enc, const Property& p, z3::fixedpoint& fp, z3::func_decl& inv,
                Budget& budget) {
    z3::context& ctx = enc.ctx();
    Result r;
    z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
    z3::expr sel = enc.selector("step");
    // (:var i) is argument i of Inv.
    z3::expr cover = fp.get_cover_delta(-1, inv);
    z3::expr inv_s = cover.substitute(s), inv_next = cover.substitute(next);
    struct Obligation {
      const char* what;
      z3::expr query;
    };
    Obligation obligations[] = {
        {"initiation", enc.init(s) && !inv_s},
        {"consecution", inv_s && enc.trans(s, next, sel) && !inv_next},
        {"safety", inv_s && enc.target(p, s)},
    };
    for (auto& o : obligations) {
      z3::solver check(ctx);
      check.add(o.query);
      z3::check_result c = budget.check(check);
      if (c == z3::sat) {
        r.verdict = Verdict::Error;
        r.detail = std::string("spacer's invariant fails ") + o.what + ": " + readable(inv_s);
        return r;
      }
      if (c == z3::unknown) {
        r.detail = std::string("spacer answered safe, but checking its invariant (") + o.what +
                   ") gave up: " + budget.why_unknown(check);
        return r;
      }
    }
    r.verdict = Verdict::Holds;
    r.detail = "invariant: " + readable(inv_s.simplify());
    return r;
  }

  // Spacer's trace gives the depth; BMC at that depth gives the run.
  Result counterexample(const System& sys, const Property& p, const Limits& limits,
                        z3::fixedpoint& fp, Budget& budget) {
    // Rule names from the query back to init ("<null>;bad;step;step;init;").
    std::string names = Z3_get_symbol_string(
        fp.ctx(), Z3_fixedpoint_get_rule_names_along_trace(fp.ctx(), fp));
    std::vector<std::string> rules;
    for (size_t at = 0; at <= names.size();) {
      size_t end = std::min(names.find(';', at), names.size());
      std::string n = names.substr(at, end - at);
      if (!n.empty() && n != "<null>") rules.insert(rules.begin(), n);
      at = end + 1;
    }
    int depth = static_cast<int>(std::count(rules.begin(), rules.end(), "step"));
    std::string trace;  // "init, step x6, bad"
    for (size_t i = 0; i < rules.size();) {
      size_t j = i;
      while (j < rules.size() && rules[j] == rules[i]) ++j;
      trace += (trace.empty() ? "" : ", ") + rules[i] +
               (j - i > 1 ? " x" + std::to_string(j - i) : "");
      i = j;
    }
    // BMC with its own (bit-vector) encoding: same System, faster solver.
    EncodingOptions bmc_options = default_options("bmc");
    Result r = bmc_search(sys, p, limits, bmc_options, depth, budget);
    if (r.verdict == Verdict::Violated && r.witness.steps.size() == static_cast<size_t>(depth)) {
      r.detail = std::to_string(depth) + " steps (spacer's trace: " + trace +
                 "; states rebuilt by BMC at that depth)";
      return r;
    }
    if (r.verdict == Verdict::Error) return r;
    // The trace did not give the depth (or BMC did not finish): search from 0.
    Result full = bmc_search(sys, p, limits, bmc_options, 0, budget);
    if (full.verdict == Verdict::Violated) {
      full.detail = std::to_string(full.witness.steps.size()) +
                    " steps (spacer: violated; witness by BMC from depth 0, spacer's trace was '" +
                    trace + "')";
      return full;
    }
    if (full.verdict == Verdict::Error) return full;
    full.verdict = Verdict::Unknown;
    full.detail = "spacer reports a violation but BMC found no witness: " + full.detail;
    return full;
  }

  EncodingOptions options_;
};

}  // namespace
}  // namespace z3enc

std::unique_ptr<Engine> make_spacer_engine(z3enc::EncodingOptions options) {
  return std::make_unique<z3enc::Spacer>(options);
}

}  // namespace kvmlc
