#include "engines/invariant.h"

#include <z3++.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "base/cpu_time.h"
#include "engines/encoding.h"
#include "model/semantics.h"

namespace kvmlc {
namespace {

// Values as the spec writes them: module states and module names for
// holders, the actor's step for its program counter.
class Namer {
 public:
  explicit Namer(const CounterSystem& cs) : cs_(cs) {
    for (const auto& v : cs.sys.vars)
      if (v.name.ends_with(".state")) modules_.push_back(v.name.substr(0, v.name.size() - 6));
  }

  std::string global(int var, int value) const {
    const std::string& name = cs_.sys.vars[var].name;
    if (name.ends_with(".state")) return name + " == " + state(value);
    if (name.starts_with("res.")) {
      std::string r = name.substr(4);
      return value == 0 ? "!held(" + r + ")" : "held(" + r + ") by " + module(value);
    }
    return name + " == " + std::to_string(value);
  }

  std::string field(int f, int value) const {
    const std::string& name = cs_.fields[f];
    if (name == "pc") return "at " + pc(value);
    if (name == "fd" || name == "sel_owner" || name == "vm_owner" || name == "vm_fd")
      return name + "=" + module(value);
    return name + "=" + std::to_string(value);
  }

  // "#actors(fd=kvm, at idle)".
  std::string count(const std::vector<std::pair<int, int>>& where) const {
    std::string out = "#actors(";
    for (size_t i = 0; i < where.size(); ++i) out += (i ? ", " : "") + field(where[i].first, where[i].second);
    return out + ")";
  }

  const std::string& var(int v) const { return cs_.sys.vars[v].name; }

 private:
  std::string module(int k) const {
    return k == 0 ? "none" : k <= static_cast<int>(modules_.size()) ? modules_[k - 1] : std::to_string(k);
  }
  static std::string state(int s) {
    static const char* names[] = {"UNLOADED", "UNFORMED", "COMING", "LIVE",
                                  "GOING",    "FAILED",   "FREED",  "RETURNING"};
    return s >= 0 && s <= kReturning ? names[s] : std::to_string(s);
  }
  static std::string pc(int p) {
    static const char* names[] = {"idle",          "vm_start",       "vm_selected", "vm_pinned",
                                  "vm_fail_put",   "vm_fail_put_dev", "ext_read",    "vm_close_put",
                                  "open_ret",      "close_ret",      "create_ret",  "ext_ret",
                                  "close_vm_ret"};
    return p >= 0 && p < kUserPcCount ? names[p] : std::to_string(p);
  }

  const CounterSystem& cs_;
  std::vector<std::string> modules_;
};

struct Candidate {
  ExprP e;
  std::string text;
  int property = -1;  // a part of this property (its negated bad state)
};

// Something to say things about: a global variable or a count of actors.
struct Observable {
  ExprP e;
  std::string name;
  int var = -1;  // global variable, or -1 for a count
  std::vector<int> column;  // value on each sample
};

class Inference {
 public:
  Inference(const CounterSystem& cs, int prop, const std::vector<State>& samples,
            const InvariantLimits& limits)
      : cs_(cs), prop_(prop), names_(cs), limits_(limits), enc_(ctx_, cs.sys) {
    size_t stride = std::max<size_t>(1, samples.size() / limits.max_samples);
    for (size_t i = 0; i < samples.size(); i += stride) samples_.push_back(samples[i]);
  }

  InvariantProof run() {
    CpuBudget cpu(0);
    InvariantProof out;
    observables();
    candidates();
    progress(std::to_string(cands_.size()) + " candidate lemmas");
    out.verdict = prove(out.detail, out.lemmas);
    out.seconds = cpu.used();
    return out;
  }

 private:
  void progress(const std::string& what) const {
    if (limits_.progress) limits_.progress->print(cs_.sys.variant + " " + cs_.sys.properties[prop_].id + ": " + what);
  }

  bool growing(int v) const {
    for (const auto& g : cs_.growing)
      if (g.var == v) return true;
    return false;
  }
  bool is_count(int v) const { return v > cs_.actors_var; }

  void add_observable(ExprP e, std::string name, int var) {
    Observable o{e, std::move(name), var, {}};
    for (const auto& s : samples_) o.column.push_back(eval(*e, s));
    obs_.push_back(std::move(o));
  }

  // Globals (not the refcounts, whose range grows with the actors), the
  // number of actors with each value of each field, and in each local state.
  // The variables property `prop_` depends on: what it reads, what the
  // guards read, and what updates of those read. The other properties'
  // sticky flags drop out.
  std::vector<bool> cone() const {
    std::vector<bool> in(cs_.sys.vars.size(), false);
    auto mark = [&](const Expr& e, auto& self) -> void {
      if (e.op == Op::Var) in[e.var] = true;
      for (const auto& a : e.args) self(*a, self);
    };
    mark(*cs_.sys.properties[prop_].bad, mark);
    for (const auto& t : cs_.sys.transitions) mark(*t.guard, mark);
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& t : cs_.sys.transitions)
        for (const auto& u : t.updates)
          if (in[u.var]) {
            size_t before = std::count(in.begin(), in.end(), true);
            mark(*u.value, mark);
            grew = grew || before != static_cast<size_t>(std::count(in.begin(), in.end(), true));
          }
    }
    return in;
  }

  void observables() {
    std::vector<bool> in = cone();
    for (int v = 0; v < cs_.actors_var; ++v)
      if (!growing(v) && in[v]) add_observable(var(v), names_.var(v), v);
    for (size_t f = 0; f < cs_.fields.size(); ++f) {
      std::map<int, ExprP> sum;
      for (size_t l = 0; l < cs_.locals.size(); ++l)
        if (cs_.live[l][f]) {
          int val = cs_.locals[l][f];
          sum[val] = sum.count(val) ? sum[val] + var(cs_.count_var[l]) : var(cs_.count_var[l]);
        }
      if (sum.size() > 1)
        for (const auto& [val, e] : sum) add_observable(e, names_.count({{static_cast<int>(f), val}}), -1);
    }
    for (size_t l = 0; l < cs_.locals.size(); ++l) {
      std::vector<std::pair<int, int>> where;
      for (size_t f = 0; f < cs_.fields.size(); ++f)
        if (cs_.live[l][f] && cs_.locals[l][f] != cs_.locals[cs_.idle][f])
          where.push_back({static_cast<int>(f), cs_.locals[l][f]});
      add_observable(var(cs_.count_var[l]), names_.count(where), -1);
      per_local_.insert(obs_.size() - 1);
    }
  }

  // "x in {a, b}" (x a global) or "x == 0" (a count), true on `rows`.
  struct Fact {
    ExprP e;
    std::string text;
  };
  std::optional<Fact> fact(const Observable& o, const std::vector<size_t>& rows, bool all_rows) const {
    std::set<int> seen;
    for (size_t r : rows) seen.insert(o.column[r]);
    if (o.var < 0) {
      if (seen.size() != 1 || *seen.begin() != 0) return std::nullopt;
      return Fact{o.e == constant(0), o.name + " == 0"};
    }
    const Var& v = cs_.sys.vars[o.var];
    if (all_rows && static_cast<int>(seen.size()) == v.hi - v.lo + 1) return std::nullopt;
    std::vector<ExprP> alts;
    std::string text;
    for (int x : seen) {
      alts.push_back(o.e == constant(x));
      text += (text.empty() ? "" : " || ") + names_.global(o.var, x);
    }
    return Fact{any_of(alts), text};
  }

  void candidates() {
    std::vector<size_t> all(samples_.size());
    std::iota(all.begin(), all.end(), 0);
    std::map<const Observable*, std::string> overall;
    for (const auto& o : obs_)
      if (auto f = fact(o, all, true)) {
        add(f->e, f->text);
        overall[&o] = f->text;
      }
    // Premises: x == a for a global, "some actor" for a count.
    for (const auto& p : obs_) {
      std::map<int, std::vector<size_t>> rows;
      for (size_t r = 0; r < samples_.size(); ++r)
        rows[p.var >= 0 ? p.column[r] : std::min(p.column[r], 1)].push_back(r);
      for (const auto& [val, rs] : rows) {
        if (p.var < 0 && val == 0) continue;
        ExprP premise = p.var >= 0 ? p.e == constant(val) : constant(1) <= p.e;
        std::string ptext = p.var >= 0 ? names_.global(p.var, val) : p.name + " > 0";
        for (size_t oi = 0; oi < obs_.size(); ++oi) {
          const Observable& o = obs_[oi];
          // Conclusions: a global's values, or no actor with one field value.
          if (&o == &p || per_local_.count(oi)) continue;
          auto f = fact(o, rs, false);
          if (!f || (overall.count(&o) && overall[&o] == f->text)) continue;
          add(!premise || f->e, ptext + " -> " + f->text);
        }
      }
    }
    disjunctions();
    equalities();
    for (size_t p = 0; p < cs_.sys.properties.size(); ++p) {
      for (const ExprP& e : disjuncts(cs_.sys.properties[p].bad)) {
        size_t before = cands_.size();
        add(!e, "not " + cs_.sys.properties[p].id + ": " + to_string(*e, cs_.sys.var_names()).substr(0, 200));
        if (cands_.size() > before) cands_.back().property = static_cast<int>(p);
      }
    }
  }

  // "P -> A || B" for two global facts A, B (a resource held, a module
  // state) when neither alone follows from P on the samples: the shape of
  // "held(kvm_dev) -> held(kvmppc_hv_ops) || held(kvmppc_pr_ops)".
  void disjunctions() {
    using Bits = std::vector<bool>;
    struct Atom {
      ExprP e;
      std::string text;
      Bits on;
    };
    std::vector<Atom> atoms, premises;
    auto atom = [&](ExprP e, std::string text) {
      Bits on;
      for (const auto& st : samples_) on.push_back(eval(*e, st) != 0);
      return Atom{e, std::move(text), std::move(on)};
    };
    for (const auto& o : obs_) {
      if (o.var < 0) {
        premises.push_back(atom(constant(1) <= o.e, o.name + " > 0"));
        continue;
      }
      std::set<int> seen(o.column.begin(), o.column.end());
      int init = cs_.sys.vars[o.var].init;
      bool state = names_.var(o.var).ends_with(".state");
      for (int x : seen) {
        premises.push_back(atom(o.e == constant(x), names_.global(o.var, x)));
        if (state && x != init) atoms.push_back(atom(o.e == constant(x), names_.global(o.var, x)));
      }
      if (!state && seen.size() > 1 && names_.var(o.var).starts_with("res."))
        atoms.push_back(atom(o.e != constant(init), "held(" + names_.var(o.var).substr(4) + ")"));
    }
    size_t n = samples_.size();
    for (const auto& p : premises) {
      std::vector<Bits> rest;  // per atom: samples with P and not A
      std::vector<bool> useful;
      for (const auto& a : atoms) {
        Bits r(n);
        bool any = false;
        for (size_t i = 0; i < n; ++i) any |= (r[i] = p.on[i] && !a.on[i]);
        rest.push_back(std::move(r));
        useful.push_back(any);
      }
      for (size_t i = 0; i < atoms.size(); ++i)
        for (size_t j = i + 1; j < atoms.size(); ++j) {
          if (!useful[i] || !useful[j]) continue;
          bool holds = true;
          for (size_t k = 0; k < n && holds; ++k) holds = !(rest[i][k] && !atoms[j].on[k]);
          if (holds)
            cands_.push_back({!p.e || atoms[i].e || atoms[j].e, p.text + " -> " + atoms[i].text + " || " + atoms[j].text});
        }
    }
  }

  static std::vector<ExprP> disjuncts(const ExprP& e) {
    if (e->op != Op::Or) return {e};
    std::vector<ExprP> out;
    for (const auto& a : e->args)
      for (const auto& d : disjuncts(a)) out.push_back(d);
    return out;
  }

  // Linear equalities every sample satisfies, over the refcounts and the
  // actor counts per field value, with module-state indicators (a loaded
  // dependent holds a reference): the affine hull of the samples.
  void equalities() {
    std::vector<ExprP> cols;
    std::vector<std::string> names;
    for (const auto& g : cs_.growing) {
      cols.push_back(var(g.var));
      names.push_back(names_.var(g.var));
    }
    size_t numeric = cols.size();
    for (const auto& o : obs_)
      if (o.var < 0 && o.name.find(',') == std::string::npos) {
        cols.push_back(o.e);
        names.push_back(o.name);
      }
    for (int v = 0; v < cs_.actors_var; ++v)
      if (names_.var(v).ends_with(".state"))
        for (int k = cs_.sys.vars[v].lo; k <= cs_.sys.vars[v].hi; ++k) {
          cols.push_back(ite(var(v) == constant(k), constant(1), constant(0)));
          names.push_back("[" + names_.global(v, k) + "]");
        }
    cols.push_back(constant(1));
    names.push_back("1");
    size_t n = cols.size();
    // Row echelon form of the samples (exact: long double is exact for
    // these small integers, and every result is checked on the samples).
    std::vector<std::vector<long double>> basis;
    std::vector<size_t> pivots;
    for (const auto& s : samples_) {
      std::vector<long double> row;
      for (const auto& c : cols) row.push_back(eval(*c, s));
      for (size_t b = 0; b < basis.size(); ++b)
        if (row[pivots[b]] != 0) {
          long double f = row[pivots[b]] / basis[b][pivots[b]];
          for (size_t j = 0; j < n; ++j) row[j] -= f * basis[b][j];
        }
      size_t p = 0;
      while (p < n && std::abs(row[p]) < 1e-9) ++p;
      if (p == n) continue;
      for (auto& x : row) x /= row[p];
      for (auto& b : basis) {
        long double f = b[p];
        for (size_t j = 0; j < n; ++j) b[j] -= f * row[j];
      }
      basis.push_back(row);
      pivots.push_back(p);
    }
    // Each free column gives one null vector: x_free = 1, pivots solved.
    std::set<size_t> pivot_set(pivots.begin(), pivots.end());
    for (size_t free = 0; free < n; ++free) {
      if (pivot_set.count(free)) continue;
      std::vector<long double> x(n, 0);
      x[free] = 1;
      for (size_t b = 0; b < basis.size(); ++b) x[pivots[b]] = -basis[b][free];
      std::optional<Candidate> c = equation(cols, names, x, numeric);
      if (c) add(c->e, c->text);
    }
  }

  // sum x_j * col_j == 0 with integer coefficients, written "lhs == rhs".
  std::optional<Candidate> equation(const std::vector<ExprP>& cols, const std::vector<std::string>& names,
                                    const std::vector<long double>& x, size_t numeric) const {
    bool count_or_ref = false;
    for (size_t j = 0; j < cols.size(); ++j) {
      long double r = std::round(x[j]);
      if (std::abs(x[j] - r) > 1e-9 || std::abs(r) > 8) return std::nullopt;
      bool is_indicator = j >= numeric && names[j][0] == '[';
      if (r != 0 && !is_indicator && names[j] != "1") count_or_ref = true;
    }
    if (!count_or_ref) return std::nullopt;
    ExprP lhs = constant(0), rhs = constant(0);
    std::string lt, rt;
    for (size_t j = 0; j < cols.size(); ++j) {
      int r = static_cast<int>(std::round(x[j]));
      if (r == 0) continue;
      ExprP term = cols[j];
      std::string name = names[j];
      for (int k = 1; k < std::abs(r); ++k) term = term + cols[j];
      if (std::abs(r) > 1) name = std::to_string(std::abs(r)) + "*" + name;
      (r > 0 ? lhs : rhs) = (r > 0 ? lhs : rhs) + term;
      std::string& t = r > 0 ? lt : rt;
      t += (t.empty() ? "" : " + ") + name;
    }
    return Candidate{lhs == rhs, (lt.empty() ? "0" : lt) + " == " + (rt.empty() ? "0" : rt)};
  }

  void add(ExprP e, std::string text) {
    for (const auto& s : samples_)
      if (!eval(*e, s)) return;
    cands_.push_back({std::move(e), std::move(text)});
  }

  // ---- Z3 ----

  z3::expr_vector state(const std::string& suffix) const { return enc_.named_state(suffix); }

  // What every counter state satisfies, proved with the lemmas: counts are
  // non-negative and sum to the number of actors; configuration in its
  // domain and allowed.
  z3::expr structure(const z3::expr_vector& s) const {
    z3::expr_vector cs(ctx_);
    z3::expr sum = ctx_.int_val(0);
    for (int c : cs_.count_var) {
      cs.push_back(s[c] >= 0);
      sum = sum + s[c];
    }
    cs.push_back(sum == s[cs_.actors_var]);
    cs.push_back(s[cs_.actors_var] >= 0);
    for (int v = 0; v < cs_.actors_var; ++v)
      if (cs_.sys.vars[v].config) cs.push_back(s[v] >= cs_.sys.vars[v].lo && s[v] <= cs_.sys.vars[v].hi);
    cs.push_back(enc_.config_ok(s));
    return z3::mk_and(cs);
  }

  // Any number of actors, all idle; every global at its initial value.
  z3::expr init(const z3::expr_vector& s) const {
    z3::expr_vector cs(ctx_);
    cs.push_back(structure(s));
    for (int v = 0; v < cs_.actors_var; ++v)
      if (!cs_.sys.vars[v].config) cs.push_back(s[v] == cs_.sys.vars[v].init);
    for (size_t l = 0; l < cs_.locals.size(); ++l)
      if (static_cast<int>(l) != cs_.idle) cs.push_back(s[cs_.count_var[l]] == 0);
    return z3::mk_and(cs);
  }

  z3::solver solver() const {
    z3::solver s(ctx_);
    z3::params p(ctx_);
    p.set("rlimit", limits_.rlimit);
    s.set(p);
    return s;
  }

  // z3::unknown after the resource limit: no verdict.
  bool check(z3::solver& s, const z3::expr_vector& assumptions, bool& sat) {
    z3::check_result r = s.check(assumptions);
    if (r == z3::unknown) return false;
    sat = r == z3::sat;
    return true;
  }

  Verdict prove(std::string& detail, std::vector<std::string>& lemmas) {
    z3::expr_vector s = state(""), t = state("'");
    z3::expr sel = enc_.selector("step");
    std::vector<z3::expr> now, next;
    for (const auto& c : cands_) {
      now.push_back(enc_.formula(*c.e, s));
      next.push_back(enc_.formula(*c.e, t));
    }
    std::vector<bool> active(cands_.size(), true);
    // Initiation: drop what some initial state (any number of actors) breaks.
    {
      z3::solver init_s = solver();
      init_s.add(init(s));
      for (;;) {
        z3::expr_vector broken(ctx_);
        for (size_t i = 0; i < cands_.size(); ++i)
          if (active[i]) broken.push_back(!now[i]);
        init_s.push();
        init_s.add(z3::mk_or(broken));
        bool sat = false;
        if (!check(init_s, z3::expr_vector(ctx_), sat)) return detail = "Z3 resource limit in initiation", Verdict::Unknown;
        if (!sat) break;
        z3::model m = init_s.get_model();
        for (size_t i = 0; i < cands_.size(); ++i)
          if (active[i] && m.eval(now[i], true).is_false()) active[i] = false;
        init_s.pop();
      }
    }
    // Lazy Houdini, from the property backwards. `chosen` starts as the
    // property itself. A counterexample to induction (s, s') whose s some
    // candidate excludes adds those candidates (the samples say s is not
    // reachable); one that no candidate excludes breaks the chosen lemmas
    // false in s', which leave the pool (Houdini's step). The pool only
    // shrinks and `chosen` only grows within it, so this ends; when no
    // counterexample is left, `chosen` is inductive.
    z3::solver step = solver();
    step.add(structure(s));
    step.add(enc_.trans(s, t, sel));
    z3::expr_vector lits(ctx_), pick(ctx_), broken(ctx_);
    for (size_t i = 0; i < cands_.size(); ++i) {
      lits.push_back(ctx_.bool_const(("L" + std::to_string(i)).c_str()));
      pick.push_back(ctx_.bool_const(("D" + std::to_string(i)).c_str()));
      step.add(z3::implies(lits[static_cast<unsigned>(i)], now[i]));
      broken.push_back(pick[static_cast<unsigned>(i)] && !next[i]);
    }
    z3::expr keep = ctx_.bool_const("structure");
    broken.push_back(keep && !structure(t));
    step.add(z3::mk_or(broken));
    std::vector<bool> chosen(cands_.size(), false);
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (cands_[i].property != prop_) continue;
      if (!active[i]) return detail = "the property fails initially (derivation bug)", Verdict::Error;
      chosen[i] = true;
    }
    auto assume = [&](bool picks) {
      z3::expr_vector as(ctx_);
      as.push_back(picks ? keep : !keep);
      for (size_t i = 0; i < cands_.size(); ++i) {
        unsigned u = static_cast<unsigned>(i);
        if (chosen[i]) as.push_back(lits[u]);
        as.push_back(picks && chosen[i] ? pick[u] : !pick[u]);
      }
      return as;
    };
    for (int round = 1;; ++round) {
      bool sat = false;
      if (!check(step, assume(true), sat)) return detail = "Z3 resource limit in consecution", Verdict::Unknown;
      if (!sat) break;
      z3::model m = step.get_model();
      std::vector<size_t> blockers;
      for (size_t i = 0; i < cands_.size(); ++i)
        if (active[i] && !chosen[i] && m.eval(now[i], true).is_false()) blockers.push_back(i);
      // The simplest few (shortest text): small queries, readable lemmas.
      std::stable_sort(blockers.begin(), blockers.end(),
                       [&](size_t a, size_t b) { return cands_[a].text.size() < cands_[b].text.size(); });
      if (blockers.size() > 4) blockers.resize(4);
      for (size_t i : blockers) chosen[i] = true;
      if (blockers.empty()) {
        int dropped = 0;
        for (size_t i = 0; i < cands_.size(); ++i)
          if (chosen[i] && m.eval(next[i], true).is_false()) {
            if (cands_[i].property == prop_) {
              detail = "no candidate excludes the counterexample to induction " + describe(m, s) + " --[" +
                       cs_.sys.transitions[enc_.selector_value(m, sel)].what + "]-->";
              return Verdict::Unknown;
            }
            active[i] = chosen[i] = false;
            ++dropped;
          }
        if (dropped == 0) return detail = "the counter system's structure is not inductive (derivation bug)", Verdict::Error;
      }
      if (round % 10 == 0)
        progress("round " + std::to_string(round) + ": " + std::to_string(std::count(chosen.begin(), chosen.end(), true)) +
                 " lemmas chosen, " + std::to_string(std::count(active.begin(), active.end(), true)) + " candidates left");
    }
    // The lemmas safety needs, then those they need (unsat cores).
    z3::expr bad = enc_.formula(*cs_.sys.properties[prop_].bad, s);
    step.push();
    step.add(bad);
    bool sat = false;
    if (!check(step, assume(false), sat) || sat) return detail = "Z3 resource limit in safety", Verdict::Unknown;
    std::set<size_t> needed = from_core(step.unsat_core());
    step.pop();
    std::vector<size_t> todo(needed.begin(), needed.end());
    while (!todo.empty()) {
      size_t q = todo.back();
      todo.pop_back();
      step.push();
      step.add(!next[q]);
      if (!check(step, assume(false), sat) || sat) return detail = "Z3 resource limit in minimisation", Verdict::Unknown;
      for (size_t i : from_core(step.unsat_core()))
        if (needed.insert(i).second) todo.push_back(i);
      step.pop();
    }
    progress(std::to_string(needed.size()) + " lemmas needed; checking on a fresh solver");
    if (std::string why = recheck(needed, s, t, sel, bad); !why.empty()) return detail = why, Verdict::Unknown;
    for (size_t i : needed) lemmas.push_back(cands_[i].text);
    std::sort(lemmas.begin(), lemmas.end());
    detail = "inductive invariant of " + std::to_string(lemmas.size()) + " lemmas, any number of actors";
    return Verdict::Holds;
  }

  // "kvm.state == LIVE, ..., #actors(...) = 2": a state of model m, its
  // counts and the globals not at their initial value.
  std::string describe(const z3::model& m, const z3::expr_vector& s) const {
    std::string out;
    for (int v = 0; v < static_cast<int>(cs_.sys.vars.size()); ++v) {
      int x = enc_.int_value(m, s[static_cast<unsigned>(v)]);
      if (v > cs_.actors_var) {
        if (x == 0) continue;
        const auto& l = cs_.locals[static_cast<size_t>(std::find(cs_.count_var.begin(), cs_.count_var.end(), v) - cs_.count_var.begin())];
        std::vector<std::pair<int, int>> where;
        for (size_t f = 0; f < l.size(); ++f) where.push_back({static_cast<int>(f), l[f]});
        out += (out.empty() ? "" : ", ") + names_.count(where) + " = " + std::to_string(x);
      } else if (v == cs_.actors_var || x != cs_.sys.vars[v].init || cs_.sys.vars[v].config) {
        out += (out.empty() ? "" : ", ") + (v == cs_.actors_var ? "actors == " + std::to_string(x) : names_.global(v, x));
      }
    }
    return "{" + out + "}";
  }

  std::set<size_t> from_core(const z3::expr_vector& core) const {
    std::set<size_t> out;
    for (unsigned i = 0; i < core.size(); ++i) {
      std::string name = core[i].decl().name().str();
      if (name.starts_with("L")) out.insert(std::stoul(name.substr(1)));
    }
    return out;
  }

  // The three obligations, on fresh solvers, for the chosen lemmas alone.
  std::string recheck(const std::set<size_t>& lemmas, const z3::expr_vector& s, const z3::expr_vector& t,
                      const z3::expr& sel, const z3::expr& bad) {
    auto inv = [&](const z3::expr_vector& x) {
      z3::expr_vector cs(ctx_);
      cs.push_back(structure(x));
      for (size_t i : lemmas) cs.push_back(enc_.formula(*cands_[i].e, x));
      return z3::mk_and(cs);
    };
    struct Obligation {
      const char* name;
      z3::expr query;
    };
    Obligation obligations[] = {{"initiation", init(s) && !inv(s)},
                                {"consecution", inv(s) && enc_.trans(s, t, sel) && !inv(t)},
                                {"safety", inv(s) && bad}};
    for (auto& o : obligations) {
      z3::solver fresh = solver();
      fresh.add(o.query);
      z3::check_result r = fresh.check();
      if (r != z3::unsat)
        return std::string("the invariant fails ") + o.name + " on a fresh solver (" +
               (r == z3::sat ? "sat" : "resource limit") + ")";
    }
    return "";
  }

  const CounterSystem& cs_;
  int prop_;
  Namer names_;
  InvariantLimits limits_;
  mutable z3::context ctx_;
  z3enc::Encoding enc_;
  std::vector<State> samples_;
  std::vector<Observable> obs_;
  std::set<size_t> per_local_;  // observables counting one local state
  std::vector<Candidate> cands_;
};

}  // namespace

InvariantProof prove_any(const CounterSystem& cs, int prop, const std::vector<State>& samples,
                         const InvariantLimits& limits) {
  try {
    return Inference(cs, prop, samples, limits).run();
  } catch (const z3::exception& e) {
    return {Verdict::Error, std::string("Z3: ") + e.msg(), {}, 0};
  }
}

}  // namespace kvmlc
