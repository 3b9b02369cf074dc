// Proofs by blocking counterexamples to induction, guided by the model's own
// runs, one configuration at a time; then one query for every configuration.
//
// For each configuration, on its specialisation of the System (slice.h:
// config variables fixed; every step kept, so that the invariant speaks about
// the whole transition relation of that configuration):
//  1. Sampling: the executable model is run breadth-first from the initial
//     state, every reachable state up to Limits::max_samples (more: the
//     configuration is unknown, a bound). A bad state gives the depth of a
//     shortest counterexample, which BMC then builds at that depth (Z3's
//     witness, replayed; past Limits::max_depth: unknown).
//  2. Lemmas L: the property and what the samples have in common
//     (candidates()). Every reachable state satisfies L.
//  3. Strengthening: Z3 looks for s, s' with L(s), T(s, s') and not L(s').
//     Such an s is unreachable (its successor is not in L), so it is blocked:
//     the cube "x == a" over s's variables, with literals dropped while no
//     sample matches, is negated and added to L. Repeat until there is no
//     such s: L is inductive. A sampled s is a disagreement between the
//     encoding and the executable model (Error) when the samples are
//     complete, and a sign that a cube excluded an unsampled reachable state
//     when they are not (unknown).
//  4. The certificate: the lemmas the property needs (unsat cores, closed
//     under consecution), checked again on fresh solvers: it holds
//     initially, every step keeps it, it excludes the bad states.
// The samples never prove anything; only the Z3 checks of step 4 do.
//
// Over all configurations: violated if one is (the shortest witness),
// unknown if one is, and when each is proved, the conjunction of
// "config == c => Inv_c" is checked as one invariant of the whole System
// (config variables free): only then does the property hold for every
// configuration. Limits::rlimit and Limits::cpu_seconds are the budget of
// each configuration and of that last query.
#include "engines/cti.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "engines/certificate.h"
#include "engines/slice.h"
#include "engines/z3engines.h"

namespace kvmlc {
namespace cti {

using z3enc::Budget;
using z3enc::Encoding;

namespace {

Values full(const Var& v) {
  Values out;
  for (int i = 0; i <= v.hi - v.lo && i < 256; ++i) out.set(static_cast<size_t>(i));
  return out;
}

// "lo <= y <= hi" per run of allowed values, or-ed.
z3::expr allowed(const Encoding& enc, const z3::expr& y, int lo, const Values& vs) {
  bool bv = enc.options().sorts == z3enc::Sorts::BitVec;
  z3::expr_vector runs(enc.ctx());
  for (int i = 0; i < 256;) {
    if (!vs[static_cast<size_t>(i)]) {
      ++i;
      continue;
    }
    int j = i;
    while (j + 1 < 256 && vs[static_cast<size_t>(j + 1)]) ++j;
    z3::expr a = enc.numeral(lo + i), b = enc.numeral(lo + j);
    if (i == j) runs.push_back(y == a);
    else runs.push_back(bv ? z3::sle(a, y) && z3::sle(y, b) : a <= y && y <= b);
    i = j + 1;
  }
  return z3::mk_or(runs);
}

z3::expr conjunction(const Encoding& enc, const std::vector<std::pair<int, int>>& xa,
                     const z3::expr_vector& s) {
  z3::expr_vector at(enc.ctx());
  for (auto [x, a] : xa) at.push_back(s[static_cast<unsigned>(x)] == enc.numeral(a));
  return z3::mk_and(at);
}

std::string conjunction_text(const System& sys, const std::vector<std::pair<int, int>>& xa) {
  std::string out;
  for (auto [x, a] : xa)
    out += (out.empty() ? "" : " && ") + sys.vars[x].name + " == " + std::to_string(a);
  return out;
}

// Which samples have x == a, one bit per sample, for quick cube scans.
class SampleIndex {
 public:
  SampleIndex(const System& sys, const std::vector<State>& samples)
      : words_((samples.size() + 63) / 64), at_(sys.vars.size()) {
    for (size_t v = 0; v < sys.vars.size(); ++v)
      at_[v].assign(static_cast<size_t>(sys.vars[v].hi - sys.vars[v].lo + 1),
                    std::vector<uint64_t>(words_, 0));
    for (size_t i = 0; i < samples.size(); ++i)
      for (size_t v = 0; v < sys.vars.size(); ++v)
        at_[v][static_cast<size_t>(get(samples[i], static_cast<int>(v)) - sys.vars[v].lo)]
           [i / 64] |= uint64_t{1} << (i % 64);
    lo_.reserve(sys.vars.size());
    for (const auto& v : sys.vars) lo_.push_back(v.lo);
  }

  // Whether some sample matches every literal of `cube` except number `skip`.
  bool any(const std::vector<std::pair<int, int>>& cube, size_t skip) const {
    for (size_t w = 0; w < words_; ++w) {
      uint64_t bits = ~uint64_t{0};
      for (size_t i = 0; i < cube.size() && bits; ++i)
        if (i != skip) bits &= at_[cube[i].first][static_cast<size_t>(cube[i].second - lo_[cube[i].first])][w];
      if (bits) return true;
    }
    return false;
  }

 private:
  size_t words_;
  std::vector<std::vector<std::vector<uint64_t>>> at_;  // var -> value - lo -> bits
  std::vector<int> lo_;
};

// The cube of `s` over the non-config variables, cut down to literals
// needed to keep every sample out: data variables are dropped first, so that
// what remains is mostly where each process is (its control variables).
std::vector<std::pair<int, int>> generalise(const System& sys, const SampleIndex& index,
                                            const std::vector<bool>& control, const State& s) {
  std::vector<std::pair<int, int>> cube;
  for (bool ctl : {false, true})
    for (size_t v = 0; v < sys.vars.size(); ++v)
      if (!sys.vars[v].config && control[v] == ctl)
        cube.push_back({static_cast<int>(v), get(s, static_cast<int>(v))});
  for (size_t i = 0; i < cube.size();)
    if (!index.any(cube, i)) cube.erase(cube.begin() + static_cast<long>(i));
    else ++i;
  std::sort(cube.begin(), cube.end());
  return cube;
}

}  // namespace

Samples sample(const System& sys, const Property& p, const Limits& limits,
               const Budget& budget) {
  Samples out;
  std::unordered_map<State, int> depth;
  std::vector<State>& queue = out.states;
  queue = sys.initial_states();
  for (const auto& s : queue) depth[s] = 0;
  for (size_t i = 0; i < queue.size(); ++i) {
    State s = queue[i];
    if (eval(*p.bad, s)) {
      out.bad_depth = depth[s];
      return out;
    }
    if (static_cast<long long>(queue.size()) > limits.max_samples || budget.exhausted()) return out;
    for (const auto& t : sys.transitions)
      if (eval(*t.guard, s)) {
        State n = sys.step(s, t);
        if (depth.emplace(n, depth[s] + 1).second) queue.push_back(n);
      }
  }
  out.complete = true;
  return out;
}

z3::expr formula(const Encoding& enc, const Lemma& l, const z3::expr_vector& s) {
  if (!l.prop.empty()) return !enc.bad(*enc.system().property(l.prop), s);
  if (!l.cube.empty()) return !conjunction(enc, l.cube, s);
  z3::expr c = allowed(enc, s[static_cast<unsigned>(l.y)], enc.system().vars[l.y].lo, l.allowed);
  return l.when.empty() ? c : z3::implies(conjunction(enc, l.when, s), c);
}

std::string text(const System& sys, const Lemma& l) {
  if (!l.prop.empty()) return "not (" + l.prop + ")";
  if (!l.cube.empty()) return "not (" + conjunction_text(sys, l.cube) + ")";
  std::string vs;
  int lo = sys.vars[l.y].lo, count = 0;
  for (int i = 0; i < 256; ++i)
    if (l.allowed[static_cast<size_t>(i)]) vs += (count++ ? ", " : "") + std::to_string(lo + i);
  std::string c = sys.vars[l.y].name + (count == 1 ? " == " + vs : " in {" + vs + "}");
  return l.when.empty() ? c : conjunction_text(sys, l.when) + " => " + c;
}

std::vector<Lemma> candidates(const System& sys, const std::vector<State>& samples) {
  int nv = static_cast<int>(sys.vars.size());
  std::vector<Values> seen(nv);
  for (const auto& s : samples)
    for (int v = 0; v < nv; ++v) seen[v].set(static_cast<size_t>(get(s, v) - sys.vars[v].lo));
  std::vector<int> varying;
  std::vector<Lemma> out;
  for (int v = 0; v < nv; ++v) {
    if (sys.vars[v].config) continue;
    if (seen[v] != full(sys.vars[v])) out.push_back({"", {}, {}, v, seen[v]});
    if (seen[v].count() > 1) varying.push_back(v);
  }
  for (const auto& p : sys.properties)
    if (std::none_of(samples.begin(), samples.end(), [&](const State& s) { return eval(*p.bad, s); }))
      out.push_back({p.id, {}, {}, 0, {}});
  std::map<std::pair<int, int>, std::vector<Values>> when;  // (x, a) -> values of each y
  for (const auto& s : samples)
    for (int x : varying) {
      auto& ys = when[{x, get(s, x)}];
      if (ys.empty()) ys.resize(static_cast<size_t>(nv));
      for (int y : varying) ys[y].set(static_cast<size_t>(get(s, y) - sys.vars[y].lo));
    }
  for (const auto& [xa, ys] : when)
    for (int y : varying)
      if (y != xa.first && ys[y] != seen[y]) out.push_back({"", {}, {xa}, y, ys[y]});
  return out;
}

Verdict check_invariant(const System& sys, const Property& p, const Invariant& inv,
                        Budget& budget, std::string& why) {
  z3::context ctx;
  Encoding enc(ctx, sys, z3enc::default_options("bmc"));
  z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
  std::pair<const char*, z3::expr> queries[] = {
      {"it does not hold initially", enc.init(s) && !inv(enc, s)},
      {"a step breaks it", inv(enc, s) && enc.domain(s) && enc.config_ok(s) &&
                               enc.trans(s, next, enc.selector("step")) &&
                               !(inv(enc, next) && enc.domain(next))},
      {"it allows a bad state", inv(enc, s) && enc.domain(s) && enc.config_ok(s) && enc.bad(p, s)}};
  for (auto& [what, q] : queries) {
    z3::solver check = z3enc::make_solver(enc);
    check.add(q);
    z3::check_result c = budget.check(check);
    if (c == z3::unsat) continue;
    why = c == z3::sat ? what : "invariant check: " + budget.why_unknown(check);
    return c == z3::sat ? Verdict::Violated : Verdict::Unknown;
  }
  return Verdict::Holds;
}

namespace {

Invariant conjunction_of(const std::vector<Lemma>& lemmas) {
  return [&lemmas](const Encoding& enc, const z3::expr_vector& s) {
    z3::expr_vector fs(enc.ctx());
    for (const auto& l : lemmas) fs.push_back(formula(enc, l, s));
    return z3::mk_and(fs);
  };
}

// Step 4: an inductive subset of the lemmas that contains `p`'s, from unsat
// cores: with `p`'s lemma fixed and the others behind assumption literals, a
// core of "L(s) && T(s, s') && some lemma of L fails at s'" names lemmas
// that are inductive together (the others may be dropped from both sides).
// Repeated on the core until it no longer shrinks; `p`'s lemma last. False
// when the budget runs out.
bool needed_lemmas(const System& sys, const Property& p, std::vector<Lemma>& lemmas,
                   Budget& budget) {
  z3::context ctx;
  Encoding enc(ctx, sys, z3enc::default_options("bmc"));
  z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
  z3::solver solver = z3enc::make_solver(enc);
  Lemma goal{p.id, {}, {}, 0, {}};
  std::erase_if(lemmas, [&](const Lemma& l) { return l.prop == p.id; });
  solver.add(enc.domain(s) && enc.config_ok(s) && enc.trans(s, next, enc.selector("step")));
  solver.add(formula(enc, goal, s));
  z3::expr_vector guards(ctx), fails(ctx);  // per lemma: assumed; fails at s'
  std::map<unsigned, size_t> lemma_of;       // guard id -> lemma
  for (size_t i = 0; i < lemmas.size(); ++i) {
    z3::expr g = ctx.bool_const(("lemma" + std::to_string(i)).c_str());
    solver.add(z3::implies(g, formula(enc, lemmas[i], s)));
    guards.push_back(g);
    fails.push_back(g && !formula(enc, lemmas[i], next));
    lemma_of[g.id()] = i;
  }
  std::vector<size_t> current(lemmas.size());
  for (size_t i = 0; i < current.size(); ++i) current[i] = i;
  for (int round = 0;; ++round) {
    z3::expr r = ctx.bool_const(("shrink" + std::to_string(round)).c_str());
    z3::expr_vector any(ctx), assume(ctx);
    any.push_back(!formula(enc, goal, next) || !enc.domain(next));
    for (size_t i : current) any.push_back(fails[static_cast<unsigned>(i)]), assume.push_back(guards[static_cast<unsigned>(i)]);
    solver.add(z3::implies(r, z3::mk_or(any)));
    assume.push_back(r);
    z3::check_result c = budget.check(solver, assume);
    if (c == z3::sat) throw std::logic_error("cti: the lemmas are not inductive after all");
    if (c == z3::unknown) return false;
    std::vector<size_t> core;
    for (const auto& g : solver.unsat_core())
      if (g.id() != r.id()) core.push_back(lemma_of.at(g.id()));
    std::sort(core.begin(), core.end());
    solver.add(!r);
    bool shrunk = core.size() * 10 < current.size() * 9;  // by a tenth or more
    current = std::move(core);
    if (!shrunk) break;
  }
  std::vector<Lemma> kept;
  for (size_t i : current) kept.push_back(lemmas[i]);
  kept.push_back(goal);
  lemmas = std::move(kept);
  return true;
}

}  // namespace

Strengthening strengthen(const System& sys, const Property& p, const std::vector<State>& samples,
                         bool complete, std::vector<Lemma> lemmas, Budget& budget, Progress* progress) {
  Strengthening out;
  if (std::none_of(lemmas.begin(), lemmas.end(), [&](const Lemma& l) { return l.prop == p.id; }))
    lemmas.push_back({p.id, {}, {}, 0, {}});
  std::vector<bool> control(sys.vars.size(), false);
  for (const auto& [process, vs] : control_variables(sys))
    for (int v : vs) control[static_cast<size_t>(v)] = true;
  SampleIndex index(sys, samples);
  std::unordered_set<State> sampled(samples.begin(), samples.end());

  z3::context ctx;
  Encoding enc(ctx, sys, z3enc::default_options("bmc"));
  z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
  z3::solver solver = z3enc::make_solver(enc);
  solver.add(enc.domain(s) && enc.config_ok(s) && enc.trans(s, next, enc.selector("step")));
  z3::expr_vector broken(ctx);  // per lemma: it fails at s'
  broken.push_back(!enc.domain(next));
  auto add = [&](const Lemma& l) {
    z3::expr b = ctx.bool_const(("broken" + std::to_string(broken.size())).c_str());
    solver.add(formula(enc, l, s));
    solver.add(b == !formula(enc, l, next));
    broken.push_back(b);
  };
  for (const auto& l : lemmas) add(l);
  auto unknown = [&](const std::string& why) {
    out.detail = why + " after blocking " + std::to_string(out.blocked) +
                 " counterexamples to induction";
    return out;
  };
  for (int round = 0;; ++round) {
    if (budget.exhausted()) return unknown(budget.reason());
    z3::expr r = ctx.bool_const(("round" + std::to_string(round)).c_str());
    solver.add(z3::implies(r, z3::mk_or(broken)));
    z3::expr_vector assume(ctx);
    assume.push_back(r);
    z3::check_result c = budget.check(solver, assume);
    if (c == z3::unsat) break;
    if (c == z3::unknown) return unknown(budget.why_unknown(solver));
    State pre = enc.state(solver.get_model(), s);
    solver.add(!r);
    if (sampled.count(pre)) {
      std::string who = "the sampled state " + sys.describe(pre) + " steps out of the lemmas";
      if (!complete) return unknown(who + " (the samples are incomplete: a lemma excludes a reachable state)");
      out.verdict = Verdict::Error;
      out.detail = who + ": the encoding and the executable model disagree";
      return out;
    }
    lemmas.push_back({"", generalise(sys, index, control, pre), {}, 0, {}});
    add(lemmas.back());
    ++out.blocked;
    if (progress && progress->due(1))
      progress->print("cti: " + sys.variant + " " + p.id + ": " + std::to_string(out.blocked) +
                      " counterexamples to induction blocked, " + std::to_string(lemmas.size()) + " lemmas");
  }
  std::string why;
  if (!needed_lemmas(sys, p, lemmas, budget))
    return unknown("minimising the invariant: " + budget.reason());
  Verdict v = check_invariant(sys, p, conjunction_of(lemmas), budget, why);
  if (v == Verdict::Violated)
    throw std::logic_error("cti: the invariant fails its own check: " + why);
  if (v == Verdict::Unknown) return unknown(why);
  out.verdict = Verdict::Holds;
  out.invariant = std::move(lemmas);
  out.detail = "inductive invariant of " + std::to_string(out.invariant.size()) + " lemmas (" +
               std::to_string(out.blocked) + " counterexamples to induction blocked)";
  return out;
}

namespace {

// One configuration: its verdict, and for Holds the invariant in `inv`.
Result prove(const System& sys, const Property& p, const Limits& limits,
             Budget& budget, std::vector<Lemma>& inv) {
  Samples samples = sample(sys, p, limits, budget);
  if (samples.bad_depth > limits.max_depth)
    return Result{Verdict::Unknown, "", "a sampled bad state is " + std::to_string(samples.bad_depth) +
                                            " steps deep, past the depth bound " +
                                            std::to_string(limits.max_depth)};
  if (samples.bad_depth >= 0) {
    if (limits.progress && limits.progress->due(1))
      limits.progress->print("cti: " + sys.variant + " " + p.id + ": a sampled state violates it; BMC at depth " +
                             std::to_string(samples.bad_depth));
    Limits at = limits;
    at.max_depth = samples.bad_depth;
    Result r = z3enc::bmc_search(sys, p, at, z3enc::default_options("bmc"), samples.bad_depth,
                                 budget);
    if (r.verdict == Verdict::Violated)
      r.detail = std::to_string(r.witness.steps.size()) +
                 " steps (shortest; BMC at the depth breadth-first sampling met it)";
    return r;
  }
  if (budget.exhausted()) return Result{Verdict::Unknown, "", "sampling: " + budget.reason()};
  if (!samples.complete)
    return Result{Verdict::Unknown, "", "sample bound " + std::to_string(limits.max_samples) +
                                            " states reached"};
  Strengthening st = strengthen(sys, p, samples.states, true, candidates(sys, samples.states),
                                budget, limits.progress);
  Result r{st.verdict, "", st.detail};
  r.states = static_cast<long long>(samples.states.size());
  if (st.verdict == Verdict::Holds) {
    for (const auto& l : st.invariant) r.certificate += text(sys, l) + "\n";
    inv = std::move(st.invariant);
  }
  return r;
}

// "config == c => Inv_c" for every configuration c, over the whole System.
Invariant per_config(const std::vector<std::pair<State, std::vector<Lemma>>>& invs) {
  return [&invs](const Encoding& enc, const z3::expr_vector& s) {
    const System& sys = enc.system();
    z3::expr_vector all(enc.ctx());
    for (const auto& [config, lemmas] : invs) {
      std::vector<std::pair<int, int>> at;
      for (size_t v = 0; v < sys.vars.size(); ++v)
        if (sys.vars[v].config) at.push_back({static_cast<int>(v), get(config, static_cast<int>(v))});
      all.push_back(z3::implies(conjunction(enc, at, s), conjunction_of(lemmas)(enc, s)));
    }
    return z3::mk_and(all);
  };
}

// "the 2 configurations config_ok allows: hv_possible=0; hv_possible=1".
std::string configurations(const System& sys,
                           const std::vector<std::pair<State, std::vector<Lemma>>>& invs) {
  std::string out = "the " + std::to_string(invs.size()) + " configuration" +
                    (invs.size() == 1 ? "" : "s") + " config_ok allows:";
  for (size_t i = 0; i < invs.size(); ++i) out += (i ? "; " : " ") + sys.config_of(invs[i].first);
  return out;
}

// The proof of every configuration as SMT-LIB files (certificate.h), in the
// integer encoding (the solvers' common ground): the domains and config_ok
// as the first lemmas, then "config == c => lemma" for each configuration's.
SmtCertificate smt_certificate(const System& sys, const Property& p,
                               const std::vector<std::pair<State, std::vector<Lemma>>>& invs) {
  z3::context ctx;
  Encoding enc(ctx, sys, {z3enc::Sorts::Int, z3enc::TransStyle::Functional});
  z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
  certificate::Obligations o{sys.variant,
                             p.id,
                             configurations(sys, invs),
                             "cti",
                             {p.doc, std::to_string(sys.actors) + " userspace actor" +
                                         (sys.actors == 1 ? "" : "s")},
                             s,
                             next,
                             enc.init(s),
                             enc.trans(s, next, enc.selector("step")),
                             enc.bad(p, s),
                             {{"every variable within its declared range", enc.domain(s)},
                              {"config_ok: the configuration is one the spec allows", enc.config_ok(s)}}};
  for (const auto& [config, lemmas] : invs) {
    std::vector<std::pair<int, int>> at;
    for (size_t v = 0; v < sys.vars.size(); ++v)
      if (sys.vars[v].config) at.push_back({static_cast<int>(v), get(config, static_cast<int>(v))});
    std::string when = "[" + sys.config_of(config) + "] ";
    for (const auto& l : lemmas)
      o.lemmas.push_back({when + text(sys, l), z3::implies(conjunction(enc, at, s), formula(enc, l, s))});
  }
  return certificate::render(o);
}

class Cti : public Engine {
 public:
  std::string name() const override { return "cti"; }

  Result check(const System& sys, const Property& p, const Limits& limits) override {
    Result all;
    all.engine = name();
    all.verdict = Verdict::Holds;
    std::vector<std::pair<State, std::vector<Lemma>>> invs;
    size_t unknown_at = 0;
    std::vector<State> configs = sys.initial_states();
    for (const State& config : configs) {
      Slice s = slice(sys, config, false);
      std::string cfg = sys.config_of(config);
      // One configuration can take minutes (a deep BMC call): say which, the
      // first at once.
      if (limits.progress && (all.configs.empty() || limits.progress->due(1)))
        limits.progress->print("cti: " + sys.variant + " " + p.id + ": configuration " +
                               std::to_string(all.configs.size() + 1) + "/" + std::to_string(configs.size()) + " (" + cfg + ")");
      std::vector<Lemma> inv;
      Result one = z3enc::guarded(name(), limits, [&](Budget& b) {
        return prove(s.sys, *s.sys.property(p.id), limits, b, inv);
      });
      all.seconds += one.seconds;
      all.configs.push_back({config, one.verdict, one.witness.steps.size(), one.states});
      if (one.verdict == Verdict::Violated) {
        for (int& t : one.witness.steps) t = s.origin[static_cast<size_t>(t)];
        if (all.verdict != Verdict::Violated ||
            one.witness.steps.size() < all.witness.steps.size()) {
          all.witness = one.witness;
          all.detail = one.detail + " with " + cfg;
        }
        all.verdict = Verdict::Violated;
      } else if (one.verdict == Verdict::Holds) {
        all.certificate += "[" + cfg + "]\n" + one.certificate;
        invs.push_back({config, std::move(inv)});
      } else if (all.verdict != Verdict::Violated) {
        if (all.verdict != Verdict::Unknown && all.verdict != Verdict::Error)
          all.detail = cfg + ": " + one.detail;
        all.verdict = one.verdict == Verdict::Error ? Verdict::Error : Verdict::Unknown;
        ++unknown_at;
      }
    }
    size_t n = all.configs.size();
    if (all.verdict == Verdict::Violated) {
      all.certificate.clear();
    } else if (invs.size() < n) {
      // The certificate keeps the configurations that were proved.
      all.detail = "unknown in " + std::to_string(unknown_at) + " of " + std::to_string(n) +
                   " configurations (first: " + all.detail + ")";
    } else {
      every_configuration(sys, p, limits, invs, all);
    }
    return all;
  }

 private:
  // Each configuration is proved: the conjunction of their invariants, one
  // query over the whole System.
  void every_configuration(const System& sys, const Property& p, const Limits& limits,
                           const std::vector<std::pair<State, std::vector<Lemma>>>& invs,
                           Result& all) {
    std::string why;
    Result r = z3enc::guarded(name(), limits, [&](Budget& b) {
      return Result{check_invariant(sys, p, per_config(invs), b, why)};
    });
    all.seconds += r.seconds;
    std::string each = std::to_string(invs.size()) + " configuration" + (invs.size() == 1 ? "" : "s");
    if (r.verdict == Verdict::Holds) {
      all.detail = "inductive invariant in each of " + each +
                   "; proved for every configuration (one query, config variables free)";
      all.smt = smt_certificate(sys, p, invs);
      return;
    }
    all.verdict = r.verdict == Verdict::Error ? Verdict::Error : Verdict::Unknown;
    all.detail = "proved in each of " + each + ", but not their conjunction over the whole " +
                 "system (config variables free): " + (why.empty() ? r.detail : why);
  }
};

}  // namespace
}  // namespace cti

std::unique_ptr<Engine> make_cti_engine() { return std::make_unique<cti::Cti>(); }

}  // namespace kvmlc
