// Proofs from lemmas suggested by the model's own runs, one configuration at
// a time.
//
// For each configuration, on its slice of the System (slice.h: config
// variables fixed, unreachable steps dropped):
//  1. Sampling: the executable model is run breadth-first from the initial
//     state, every reachable state up to Limits::max_samples (more: the
//     configuration is unknown, a bound). A bad state gives the depth of a
//     shortest counterexample, which BMC then builds at that depth (Z3's
//     witness, replayed; past Limits::max_depth: unknown).
//  2. Candidates: for every variable y, the set of values it takes; for
//     every x = a and y, the values y takes in the states with x = a, when
//     fewer ("x == a => y in {...}"); the same for pairs of one process's
//     control variables (a module's state and step together); and every
//     other property no sample violates.
//  3. Houdini with widening: Z3 looks for a state satisfying every lemma
//     whose successor breaks some; each broken lemma is widened by the
//     successor's value (dropped once it allows everything) until there is
//     no such state. What is left is inductive and holds initially, both
//     checked by Z3: the samples only suggest lemmas, they prove nothing.
//  4. The property: k-induction (kinduction.cc) with the lemmas on every
//     state of the step case. At k = 1 the invariant is cut down to the
//     lemmas the proof needs (unsat cores, closed under consecution) and
//     checked again on its own by a fresh solver (initiation, consecution,
//     safety): that invariant is the certificate.
// The verdict over all configurations: violated if one is (shortest
// witness), unknown if one is, holds if each is proved. Limits::timeout_seconds
// is the budget of each configuration.
#include <bitset>
#include <stdexcept>
#include <map>
#include <set>
#include <unordered_map>

#include "engines/encoding.h"
#include "engines/slice.h"
#include "engines/z3engines.h"

namespace kvmlc {
namespace z3enc {
namespace {

using Values = std::bitset<256>;  // bit i: the value lo + i of a variable

// "x1 == a1 && x2 == a2 ... => y in allowed" (no x: "y in allowed"). Or,
// when `prop` is set, that property (another property can be the lemma one
// needs).
struct Lemma {
  std::vector<std::pair<int, int>> when;  // (x, a)
  int y = 0;
  Values allowed;
  const Property* prop = nullptr;
};

bool holds(const System& sys, const Lemma& l, const State& s) {
  if (l.prop) return !eval(*l.prop->bad, s);
  for (auto [x, a] : l.when)
    if (get(s, x) != a) return true;
  int i = get(s, l.y) - sys.vars[l.y].lo;
  return i >= 0 && i < 256 && l.allowed[static_cast<size_t>(i)];
}

Values full(const Var& v) {
  Values out;
  for (int i = 0; i <= v.hi - v.lo && i < 256; ++i) out.set(static_cast<size_t>(i));
  return out;
}

// "lo <= y <= hi" per run of allowed values, or-ed.
z3::expr allowed(const Encoding& enc, const z3::expr& y, int lo, const Values& vs) {
  bool bv = enc.options().sorts == Sorts::BitVec;
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

z3::expr formula(const Encoding& enc, const Lemma& l, const z3::expr_vector& s) {
  if (l.prop) return !enc.bad(*l.prop, s);
  const System& sys = enc.system();
  z3::expr c = allowed(enc, s[static_cast<unsigned>(l.y)], sys.vars[l.y].lo, l.allowed);
  if (l.when.empty()) return c;
  z3::expr_vector at(enc.ctx());
  for (auto [x, a] : l.when) at.push_back(s[static_cast<unsigned>(x)] == enc.numeral(a));
  return z3::implies(z3::mk_and(at), c);
}

// "user0.pc == 3 => kvm.state in {3, 4}" for reports.
std::string text(const System& sys, const Lemma& l) {
  if (l.prop) return "not (" + l.prop->id + ")";
  std::string vs;
  int lo = sys.vars[l.y].lo, count = 0;
  for (int i = 0; i < 256; ++i)
    if (l.allowed[static_cast<size_t>(i)]) vs += (count++ ? ", " : "") + std::to_string(lo + i);
  std::string c = sys.vars[l.y].name + (count == 1 ? " == " + vs : " in {" + vs + "}");
  std::string at;
  for (auto [x, a] : l.when) at += (at.empty() ? "" : " && ") + sys.vars[x].name + " == " + std::to_string(a);
  return at.empty() ? c : at + " => " + c;
}

struct Samples {
  std::vector<State> states;
  int bad_depth = -1;  // breadth-first depth of the first bad state
  bool complete = false;
};

Samples sample(const System& sys, const Property& p, const Limits& limits,
               const Deadline& deadline) {
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
    if (static_cast<long long>(queue.size()) > limits.max_samples || deadline.expired()) return out;
    for (const auto& t : sys.transitions)
      if (eval(*t.guard, s)) {
        State n = sys.step(s, t);
        if (depth.emplace(n, depth[s] + 1).second) queue.push_back(n);
      }
  }
  out.complete = true;
  return out;
}

// Step 2: the candidates the samples support.
std::vector<Lemma> candidates(const System& sys, const std::vector<State>& states) {
  int nv = static_cast<int>(sys.vars.size());
  std::vector<Values> seen(nv);
  for (const auto& s : states)
    for (int v = 0; v < nv; ++v) seen[v].set(static_cast<size_t>(get(s, v) - sys.vars[v].lo));
  std::vector<int> varying;
  std::vector<Lemma> out;
  for (int v = 0; v < nv; ++v) {
    if (sys.vars[v].config) continue;
    if (seen[v] != full(sys.vars[v])) out.push_back({{}, v, seen[v]});
    if (seen[v].count() > 1) varying.push_back(v);
  }
  for (const auto& p : sys.properties)
    if (std::none_of(states.begin(), states.end(), [&](const State& s) { return eval(*p.bad, s); }))
      out.push_back({{}, 0, {}, &p});
  // Antecedents: each x == a, and each pair of one process's control
  // variables (where it is: a module's state and step, say).
  std::vector<std::vector<int>> keys;
  for (int x : varying) keys.push_back({x});
  for (auto& [process, c] : control_variables(sys)) {
    std::erase_if(c, [&](int v) { return seen[v].count() < 2; });
    for (size_t i = 0; i < c.size(); ++i)
      for (size_t j = i + 1; j < c.size(); ++j) keys.push_back({c[i], c[j]});
  }
  std::map<std::vector<std::pair<int, int>>, std::vector<Values>> when;  // -> values of each y
  for (const auto& s : states)
    for (const auto& key : keys) {
      std::vector<std::pair<int, int>> at;
      for (int x : key) at.push_back({x, get(s, x)});
      auto& ys = when[at];
      if (ys.empty()) ys.resize(static_cast<size_t>(nv));
      for (int y : varying) ys[y].set(static_cast<size_t>(get(s, y) - sys.vars[y].lo));
    }
  for (const auto& [at, ys] : when)
    for (int y : varying)
      if (ys[y] != seen[y] &&
          std::none_of(at.begin(), at.end(), [y](auto xa) { return xa.first == y; }))
        out.push_back({at, y, ys[y]});
  return out;
}

// Whether every lemma holds in the initial state (they were read off
// states that include it; Z3 checks it all the same).
bool initiation(const Encoding& enc, const std::vector<Lemma>& lemmas, const Deadline& deadline,
                std::string& why) {
  z3::expr_vector s = enc.named_state("@init"), all(enc.ctx());
  for (const auto& l : lemmas) all.push_back(formula(enc, l, s));
  z3::solver check = make_solver(enc);
  configure(check, deadline.remaining_ms());
  check.add(enc.init(s) && !z3::mk_and(all));
  z3::check_result c = check.check();
  if (c == z3::sat) throw std::logic_error("houdini: a lemma does not hold initially");
  if (c == z3::unknown) why = "houdini: initiation check: " + check.reason_unknown();
  return c == z3::unsat;
}

// Step 3: widens the lemmas until they are inductive. False on timeout.
// Incremental: each version of a lemma gets two literals, "holds now"
// (assumed while the version is current) and "broken after the step"; a
// round asks for some current version broken, so the solver keeps what it
// learnt from round to round.
bool houdini(const System& sys, std::vector<Lemma>& lemmas, const Deadline& deadline,
             std::string& why) {
  z3::context ctx;
  Encoding enc(ctx, sys, default_options("bmc"));
  z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
  z3::solver solver = make_solver(enc);
  solver.add(enc.domain(s) && enc.config_ok(s));
  solver.add(enc.trans(s, next, enc.selector("step")));
  std::vector<z3::expr> now, broken;
  int versions = 0;
  auto track = [&](size_t i) {
    std::string n = std::to_string(versions++);
    z3::expr h = ctx.bool_const(("holds" + n).c_str()), b = ctx.bool_const(("broken" + n).c_str());
    solver.add(z3::implies(h, formula(enc, lemmas[i], s)));
    solver.add(b == !formula(enc, lemmas[i], next));
    now[i] = h, broken[i] = b;
  };
  now.assign(lemmas.size(), ctx.bool_val(true));
  broken.assign(lemmas.size(), ctx.bool_val(true));
  for (size_t i = 0; i < lemmas.size(); ++i) track(i);
  for (int round = 0;; ++round) {
    auto stop = [&](const std::string& reason) {
      why = "houdini round " + std::to_string(round) + " (" + std::to_string(lemmas.size()) +
            " lemmas left): " + reason;
      return false;
    };
    if (deadline.expired()) return stop(deadline.timeout_text());
    configure(solver, deadline.remaining_ms());
    z3::expr r = ctx.bool_const(("round" + std::to_string(round)).c_str());
    z3::expr_vector any(ctx), assumptions(ctx);
    for (size_t i = 0; i < lemmas.size(); ++i) any.push_back(broken[i]), assumptions.push_back(now[i]);
    solver.add(z3::implies(r, z3::mk_or(any)));
    assumptions.push_back(r);
    z3::check_result c = solver.check(assumptions);
    if (c == z3::unsat) return initiation(enc, lemmas, deadline, why);
    if (c == z3::unknown)
      return stop(deadline.expired() ? deadline.timeout_text() : solver.reason_unknown());
    State after = enc.state(solver.get_model(), next);
    std::vector<Lemma> kept;
    std::vector<z3::expr> kept_now, kept_broken;
    std::vector<size_t> widened;
    for (size_t i = 0; i < lemmas.size(); ++i) {
      Lemma& l = lemmas[i];
      if (!holds(sys, l, after)) {
        const Var& y = sys.vars[l.y];
        int v = get(after, l.y);
        if (l.prop || v < y.lo || v > y.hi) continue;
        l.allowed.set(static_cast<size_t>(v - y.lo));
        if (l.allowed == full(y)) continue;
        widened.push_back(kept.size());
      }
      kept.push_back(l), kept_now.push_back(now[i]), kept_broken.push_back(broken[i]);
    }
    lemmas = std::move(kept), now = std::move(kept_now), broken = std::move(kept_broken);
    for (size_t i : widened) track(i);
  }
}

// Step 4 at k = 1: the lemmas the proof needs, closed under consecution;
// then the invariant (they and the property) checked on its own. Returns the
// readable invariant, or "" if a check did not finish (throws if it fails).
std::string certificate(const System& sys, const Property& p, const std::vector<Lemma>& lemmas,
                        const Deadline& deadline) {
  z3::context ctx;
  Encoding enc(ctx, sys, default_options("bmc"));
  z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
  z3::solver solver = make_solver(enc);
  solver.add(enc.domain(s) && enc.config_ok(s) && !enc.target(p, s));
  solver.add(enc.trans(s, next, enc.selector("step")));
  z3::expr_vector guards(ctx);
  std::map<unsigned, size_t> lemma_of;  // guard id -> lemma
  for (size_t i = 0; i < lemmas.size(); ++i) {
    z3::expr g = ctx.bool_const(("lemma" + std::to_string(i)).c_str());
    solver.add(z3::implies(g, formula(enc, lemmas[i], s)));
    guards.push_back(g);
    lemma_of[g.id()] = i;
  }
  std::vector<bool> needed(lemmas.size(), false);
  std::vector<size_t> todo;
  // The lemmas that make `goal` at the next state follow; false on timeout.
  auto need = [&](const z3::expr& goal) {
    configure(solver, deadline.remaining_ms());
    solver.push();
    solver.add(!goal);
    z3::check_result c = solver.check(guards);
    if (c != z3::unsat) return false;
    for (const auto& g : solver.unsat_core()) {
      size_t i = lemma_of.at(g.id());
      if (!needed[i]) needed[i] = true, todo.push_back(i);
    }
    solver.pop();
    return true;
  };
  if (!need(!enc.target(p, next))) return "";
  while (!todo.empty()) {
    size_t i = todo.back();
    todo.pop_back();
    if (!need(formula(enc, lemmas[i], next))) return "";
  }
  // The invariant alone, on a fresh solver.
  z3::expr_vector parts(ctx), parts_next(ctx);
  std::string out;
  for (size_t i = 0; i < lemmas.size(); ++i)
    if (needed[i]) {
      parts.push_back(formula(enc, lemmas[i], s));
      parts_next.push_back(formula(enc, lemmas[i], next));
      out += text(sys, lemmas[i]) + "\n";
    }
  z3::expr inv = z3::mk_and(parts) && !enc.target(p, s);
  z3::expr inv_next = z3::mk_and(parts_next) && !enc.target(p, next);
  for (const z3::expr& q : {enc.init(s) && !inv,
                            inv && enc.domain(s) && enc.config_ok(s) &&
                                enc.trans(s, next, enc.selector("step")) && !inv_next}) {
    z3::solver check = make_solver(enc);
    configure(check, deadline.remaining_ms());
    check.add(q);
    z3::check_result c = check.check();
    if (c == z3::sat) throw std::logic_error("houdini: the invariant fails its own check");
    if (c == z3::unknown) return "";
  }
  return out + "not (" + p.id + ")\n";
}

// One configuration's slice.
Result prove(const System& sys, const Property& p, const Limits& limits,
             const Deadline& deadline) {
  Samples samples = sample(sys, p, limits, deadline);
  if (samples.bad_depth > limits.max_depth)
    return Result{Verdict::Unknown, "", "a sampled bad state is " + std::to_string(samples.bad_depth) +
                                            " steps deep, past the depth bound " +
                                            std::to_string(limits.max_depth)};
  if (samples.bad_depth >= 0) {
    Limits at = limits;
    at.max_depth = samples.bad_depth;
    Result r = bmc_search(sys, p, at, default_options("bmc"), samples.bad_depth, deadline);
    if (r.verdict == Verdict::Violated)
      r.detail = std::to_string(r.witness.steps.size()) +
                 " steps (shortest; BMC at the depth breadth-first sampling met it)";
    return r;
  }
  if (deadline.expired()) return Result{Verdict::Unknown, "", "sampling: " + deadline.timeout_text()};
  if (!samples.complete)
    return Result{Verdict::Unknown, "", "sample bound " + std::to_string(limits.max_samples) +
                                            " states reached"};
  std::vector<Lemma> lemmas = candidates(sys, samples.states);
  size_t proposed = lemmas.size();
  std::string why;
  if (!houdini(sys, lemmas, deadline, why)) return Result{Verdict::Unknown, "", why};
  Lemmas strengthen = [&lemmas](const Encoding& enc, const z3::expr_vector& s) {
    z3::expr_vector fs(enc.ctx());
    for (const auto& l : lemmas) fs.push_back(formula(enc, l, s));
    return z3::mk_and(fs);
  };
  Result r = k_induction(sys, p, limits, default_options("bmc"), deadline, strengthen);
  std::string lemma_count = std::to_string(lemmas.size()) + " of " + std::to_string(proposed) +
                            " candidate lemmas inductive";
  if (r.verdict == Verdict::Holds) {
    if (r.detail == "k = 1") {
      std::string inv = certificate(sys, p, lemmas, deadline);
      if (inv.empty())
        return Result{Verdict::Unknown, "", "k = 1 with " + lemma_count +
                                                ", but the invariant's own check did not finish"};
      r.certificate = inv;
      r.detail = "invariant of " + std::to_string(std::count(inv.begin(), inv.end(), '\n') - 1) +
                 " lemmas";
    } else {
      r.detail += " with " + lemma_count;
    }
  } else if (r.verdict == Verdict::Unknown) {
    r.detail += "; " + lemma_count;
  }
  return r;
}

class Houdini : public Engine {
 public:
  std::string name() const override { return "houdini"; }

  Result check(const System& sys, const Property& p, const Limits& limits) override {
    Result all;
    all.engine = name();
    all.verdict = Verdict::Holds;
    int proved = 0, by_invariant = 0, max_k = 1;
    size_t unknown_at = 0;
    for (const State& config : sys.initial_states()) {
      Slice s = slice(sys, config);
      std::string cfg = sys.config_of(config);
      Result one = guarded(name(), limits, [&](const Deadline& d) {
        return prove(s.sys, *s.sys.property(p.id), limits, d);
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
        ++proved;
        by_invariant += !one.certificate.empty();
        if (one.certificate.empty()) max_k = std::max(max_k, std::stoi(one.detail.substr(4)));
        all.certificate += "[" + cfg + "]\n" +
                           (one.certificate.empty() ? one.detail + "\n" : one.certificate);
      } else if (all.verdict != Verdict::Violated) {
        if (all.verdict != Verdict::Unknown && all.verdict != Verdict::Error)
          all.detail = cfg + ": " + one.detail;
        all.verdict = one.verdict == Verdict::Error ? Verdict::Error : Verdict::Unknown;
        ++unknown_at;
      }
    }
    size_t n = all.configs.size();
    if (proved == static_cast<int>(n)) {
      all.verdict = Verdict::Holds;
      std::string each = "in each of " + std::to_string(n) + " configuration" + (n == 1 ? "" : "s");
      if (by_invariant == proved)
        all.detail = "inductive invariant " + each;
      else
        all.detail = "k <= " + std::to_string(max_k) + " " + each + " (" +
                     std::to_string(by_invariant) + " by an inductive invariant, the others by " +
                     "k-induction with inductive lemmas)";
    } else if (all.verdict == Verdict::Violated) {
      all.certificate.clear();
    } else {
      // The certificate keeps the configurations that were proved.
      all.detail = "unknown in " + std::to_string(unknown_at) + " of " + std::to_string(n) +
                   " configurations (first: " + all.detail + ")";
    }
    return all;
  }
};

}  // namespace
}  // namespace z3enc

std::unique_ptr<Engine> make_houdini_engine() { return std::make_unique<z3enc::Houdini>(); }

}  // namespace kvmlc
