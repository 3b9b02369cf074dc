#include "engines/invariant.h"

#include <z3++.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include "base/cpu_time.h"
#include "engines/compiled.h"
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
      if (value < 0) return "stale(" + r + "), freed by " + module(-value);  // semantics.cc: may go stale
      return value == 0 ? "!held(" + r + ")" : "held(" + r + ") by " + module(value);
    }
    // The spec's name of the value (an errno, a backend), unless it depends
    // on another variable (a module's pc names a step of its init or exit).
    const Var& x = cs_.sys.vars[var];
    auto named = x.names.find(value);
    bool own = x.names_by < 0 && named != x.names.end();
    return name + " == " + (own ? named->second : std::to_string(value));
  }

  // The spec's name of the value (the model's Var::names): "at
  // create_vm:kvm_create_vm", "fd=kvm", "fd=none" (0 of a named field).
  std::string field(int f, int value) const {
    const auto& names = cs_.field_names[f];
    auto it = names.find(value);
    std::string v = it != names.end() ? it->second : value == 0 && !names.empty() ? "none" : std::to_string(value);
    return cs_.fields[f] == "pc" ? "at " + v : cs_.fields[f] + "=" + v;
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
    return k == 0 ? "none" : k > 0 && k <= static_cast<int>(modules_.size()) ? modules_[k - 1] : std::to_string(k);
  }
  static std::string state(int s) {
    static const char* names[] = {"UNLOADED", "UNFORMED", "COMING", "LIVE",
                                  "GOING",    "FAILED",   "FREED",  "RETURNING"};
    return s >= 0 && s <= kReturning ? names[s] : std::to_string(s);
  }
  const CounterSystem& cs_;
  std::vector<std::string> modules_;
};

struct Candidate {
  ExprP e;
  std::string text;
  int property = -1;   // a part of this property (its negated bad state)
  int occupancy = -1;  // an occupancy set (Inference::occ_), widened rather than dropped
  std::string premise;  // shown as one lemma with the others of the same premise
  int never = -1;       // "no actor is ever in local state `never`": shown with the others
};

// The global states seen, or those seen while some actor is in one local
// state: a thread-modular (Cartesian) abstraction of the counter system,
// which Houdini widens until it is inductive.
struct Occupancy {
  int local = -1;                 // -1: the global states themselves
  std::set<std::string> globals;  // values of Inference::glob_vars_
  // The same, by their class (Inference::class_of): the members a query
  // at a class, or at the state after a step from it, can be in.
  std::map<std::string, std::vector<std::string>> by_class;
};

// Something to say things about: a global variable or a count of actors.
struct Observable {
  ExprP e;
  std::string name;
  int var = -1;  // global variable, or -1 for a count
  std::vector<int> column;  // value on each sample
  int local = -1;           // the count of this local state
};

class Inference {
 public:
  Inference(const CounterSystem& cs, const std::vector<int>& props, const std::vector<State>& samples,
            const InvariantLimits& limits)
      : cs_(cs), props_(props), names_(cs), limits_(limits), enc_(ctx_, cs.sys), all_samples_(samples) {
    // Every sample whose globals no earlier one had (the global states the
    // lemmas describe), then an even spread of the rest.
    std::set<std::string> globals;
    std::vector<bool> kept(samples.size(), false);
    for (size_t i = 0; i < samples.size(); ++i)
      if (globals.insert(samples[i].substr(0, cs.actors_var)).second) kept[i] = true;
    size_t stride = std::max<size_t>(1, samples.size() / limits.max_samples);
    for (size_t i = 0; i < samples.size(); ++i)
      if (kept[i] || i % stride == 0) samples_.push_back(samples[i]);
  }

  std::vector<InvariantProof> run() {
    CpuBudget cpu(0);
    for (int p : props_) goals_[p] = {Verdict::Holds, ""};
    observables();
    candidates();
    progress(std::to_string(cands_.size()) + " candidate lemmas");
    std::vector<std::string> lemmas;
    std::vector<ExprP> formulas;
    if (std::string why = prove(lemmas, formulas); !why.empty()) fail_all(why);
    std::vector<InvariantProof> out;
    for (int p : props_) {
      const Goal& goal = goals_.at(p);
      out.push_back({goal.verdict, goal.detail, {}, {}, cpu.used()});
      if (goal.verdict == Verdict::Holds) {
        out.back().lemmas = lemmas;
        out.back().formulas = formulas;
        out.back().detail = "inductive invariant of " + std::to_string(lemmas.size()) + " lemmas, any number of actors";
      }
    }
    return out;
  }

 private:
  void progress(const std::string& what) const {
    std::string who = props_.size() == 1 ? cs_.sys.properties[props_[0]].id : std::to_string(props_.size()) + " properties";
    if (limits_.progress) limits_.progress->print(cs_.sys.variant + " " + who + ": " + what);
  }

  bool growing(int v) const {
    for (const auto& g : cs_.growing)
      if (g.var == v) return true;
    return false;
  }
  bool is_count(int v) const { return v > cs_.actors_var; }

  void add_observable(ExprP e, std::string name, int var, int local = -1) {
    Observable o{e, std::move(name), var, {}, local};
    const Code code(*e);
    for (const auto& s : samples_) o.column.push_back(code.run(s.data()));
    obs_.push_back(std::move(o));
  }

  // Globals (not the refcounts, whose range grows with the actors), the
  // number of actors with each value of each field, and in each local state.
  // The variables the properties depend on: what they read, what the
  // guards read, and what updates of those read. The other properties'
  // sticky flags drop out.
  std::vector<bool> cone() const {
    std::vector<bool> in(cs_.sys.vars.size(), false);
    auto mark = [&](const Expr& e, auto& self) -> void {
      if (e.op == Op::Var) in[e.var] = true;
      for (const auto& a : e.args) self(*a, self);
    };
    for (int p : props_) mark(*cs_.sys.properties[p].bad, mark);
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
      add_observable(var(cs_.count_var[l]), local_name(static_cast<int>(l)), -1, static_cast<int>(l));
    }
  }

  // "x in {a, b}" (x a global) or "x == 0" (a count) for the values every
  // sample has; none when a global takes every value of its domain.
  void fact(const Observable& o) {
    std::set<int> seen(o.column.begin(), o.column.end());
    if (o.var < 0) {
      if (seen == std::set<int>{0}) add(o.e == constant(0), o.name + " == 0", "always: ", o.local);
      return;
    }
    const Var& v = cs_.sys.vars[o.var];
    if (static_cast<int>(seen.size()) == v.hi - v.lo + 1) return;
    std::vector<ExprP> alts;
    std::string text;
    for (int x : seen) {
      alts.push_back(o.e == constant(x));
      text += (text.empty() ? "" : " || ") + names_.global(o.var, x);
    }
    add(any_of(alts), alts.size() > 1 ? "(" + text + ")" : text, "always: ");
  }

  // Each global in its domain (a refcount's grows with the actors).
  void domains() {
    ExprP actors = var(cs_.actors_var);
    auto times = [&](int k) {
      ExprP e = constant(0);
      for (int i = 0; i < k; ++i) e = e + actors;
      return e;
    };
    for (int v = 0; v < cs_.actors_var; ++v) {
      const Var& x = cs_.sys.vars[v];
      if (x.config) continue;
      auto g = std::find_if(cs_.growing.begin(), cs_.growing.end(), [&](const auto& g) { return g.var == v; });
      if (g == cs_.growing.end())
        add(constant(x.lo) <= var(v) && var(v) <= constant(x.hi),
            x.name + " in [" + std::to_string(x.lo) + ", " + std::to_string(x.hi) + "]", "in range: ");
      else
        add(constant(g->lo) + times(g->dlo) <= var(v) && var(v) <= constant(g->hi) + times(g->dhi),
            x.name + " in [" + std::to_string(g->lo) + " + " + std::to_string(g->dlo) + "*actors, " +
                std::to_string(g->hi) + " + " + std::to_string(g->dhi) + "*actors]",
            "in range: ");
    }
  }

  void candidates() {
    domains();
    for (const auto& o : obs_) fact(o);
    equalities();
    occupancies();
    for (size_t p = 0; p < cs_.sys.properties.size(); ++p) {
      for (const ExprP& e : disjuncts(cs_.sys.properties[p].bad)) {
        size_t before = cands_.size();
        add(!e, "not " + cs_.sys.properties[p].id + ": " + to_string(*e, cs_.sys.var_names()).substr(0, 200));
        if (cands_.size() > before) cands_.back().property = static_cast<int>(p);
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
  // The same per module state ("kvm.state == LIVE -> kvm.refs == ..."):
  // a refcount is the sum of its holders only while the module is loaded.
  void equalities() {
    equalities(constant(1), "", [](const State&) { return true; });
    for (int v = 0; v < cs_.actors_var; ++v)
      if (names_.var(v).ends_with(".state"))
        for (int k = cs_.sys.vars[v].lo; k <= cs_.sys.vars[v].hi; ++k)
          equalities(var(v) == constant(k), names_.global(v, k) + " -> ",
                     [&](const State& st) { return get(st, v) == k; });
  }

  void equalities(ExprP premise, const std::string& ptext, const std::function<bool(const State&)>& keep) {
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
    std::vector<Code> code;  // cols compiled: evaluated on every sample
    for (const auto& c : cols) code.emplace_back(*c);
    // Row echelon form of the samples (exact: long double is exact for
    // these small integers, and every result is checked on the samples).
    std::vector<std::vector<long double>> basis;
    std::vector<size_t> pivots;
    for (const auto& s : samples_) {
      if (!keep(s)) continue;
      std::vector<long double> row;
      for (const auto& c : code) row.push_back(c.run(s.data()));
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
      if (c) add(!premise || c->e, ptext + c->text, ptext);
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
    if (lt == rt) return std::nullopt;  // two names of one count
    return Candidate{lhs == rhs, (lt.empty() ? "0" : lt) + " == " + (rt.empty() ? "0" : rt)};
  }

  void add(ExprP e, std::string text, std::string premise = "", int never = -1) {
    if (!texts_.insert(text).second) return;
    const Code code(*e);
    for (const auto& s : samples_)
      if (!code.run(s.data())) return;
    cands_.push_back({std::move(e), std::move(text), -1, -1, std::move(premise), never});
  }

  // The global states of every sample, and per local state those seen
  // while an actor is in it.
  void occupancies() {
    std::vector<bool> in = cone(), seen = seen_by_actors();
    for (int v = 0; v < cs_.actors_var; ++v)
      if (in[v] && !growing(v)) {
        glob_vars_.push_back(v);
        fixed_.push_back(seen[v]);
      }
    occ_.push_back({-1, {}, {}});
    for (size_t l = 0; l < cs_.locals.size(); ++l) occ_.push_back({static_cast<int>(l), {}, {}});
    for (const auto& st : all_samples_) {
      std::string g;
      for (int v : glob_vars_) g += st[v];
      admit(0, g);
      for (size_t l = 0; l < cs_.locals.size(); ++l)
        if (get(st, cs_.count_var[l]) > 0) admit(l + 1, g);
    }
    for (size_t k = 0; k < occ_.size(); ++k) cands_.push_back(occupancy_candidate(k));
  }

  // The globals the actors' steps and the properties read (module states,
  // the device node, the ops pointers): a query fixes these and leaves the
  // others (a module's pc, what its init holds) symbolic, constrained by
  // the occupancy set. One query then covers a module's whole init or
  // exit sequence instead of one query per step of it.
  std::vector<bool> seen_by_actors() const {
    std::vector<bool> seen(cs_.sys.vars.size(), false);
    auto mark = [&](const Expr& e, auto& self) -> void {
      if (e.op == Op::Var) seen[e.var] = true;
      for (const auto& a : e.args) self(*a, self);
    };
    for (size_t t = 0; t < cs_.sys.transitions.size(); ++t) {
      if (cs_.origin[t].local < 0) continue;
      mark(*cs_.sys.transitions[t].guard, mark);
      for (const auto& u : cs_.sys.transitions[t].updates) mark(*u.value, mark);
    }
    for (int p : props_) mark(*cs_.sys.properties[p].bad, mark);
    return seen;
  }

  // A global state with its unfixed globals unknown: what one query fixes.
  std::string class_of(const std::string& g) const {
    std::string c = g;
    for (size_t k = 0; k < c.size(); ++k)
      if (!fixed_[k]) c[k] = kUnknown;
    return c;
  }

  std::vector<std::string> classes() const {
    std::vector<std::string> out;
    for (const auto& [c, members] : occ_[0].by_class) out.push_back(c);
    return out;
  }

  void admit(size_t k, const std::string& g) {
    std::string key = key_of(k, g);
    if (occ_[k].globals.insert(key).second) occ_[k].by_class[class_of(key)].push_back(key);
  }

  // What occupancy set k holds of global state g: g itself for the global
  // states, its class for a local state's set (which globals the processes
  // see while one of them is there; the module-internal part is the
  // global states' business).
  std::string key_of(size_t k, const std::string& g) const { return occ_[k].local >= 0 ? class_of(g) : g; }

  // The members of occupancy set k that agree with g where g is known.
  std::vector<const std::string*> matching(size_t k, const std::string& g) const {
    const Occupancy& o = occ_[k];
    auto agrees = [&](const std::string& m) {
      for (size_t j = 0; j < g.size(); ++j)
        if (g[j] != kUnknown && m[j] != kUnknown && g[j] != m[j]) return false;
      return true;
    };
    std::vector<const std::string*> out;
    auto add = [&](const std::vector<std::string>& ms) {
      for (const auto& m : ms)
        if (agrees(m)) out.push_back(&m);
    };
    if (!fully_fixed(g)) {
      for (const auto& [c, ms] : o.by_class) add(ms);
    } else if (auto it = o.by_class.find(class_of(g)); it != o.by_class.end()) {
      add(it->second);
    }
    return out;
  }

  // Whether g knows every fixed global (a class or a state after a step
  // that wrote them constants).
  bool fully_fixed(const std::string& g) const {
    for (size_t k = 0; k < g.size(); ++k)
      if (fixed_[k] && g[k] == kUnknown) return false;
    return true;
  }

  // Its formula (a trie of thousands of global states) is built only when
  // asked (formula()): a set is widened hundreds of times, and queries
  // look it up instead.
  Candidate occupancy_candidate(size_t k) const {
    const Occupancy& o = occ_[k];
    std::string n = std::to_string(o.globals.size());
    Candidate c{nullptr, "the globals are one of " + n + " states", -1, static_cast<int>(k)};
    if (o.local >= 0) c.text = local_name(o.local) + (o.globals.empty() ? " == 0" : " > 0 -> what the processes see is one of " + n + " states");
    return c;
  }

  // Candidate i as a formula (an occupancy set as it is now).
  ExprP formula(size_t i) const {
    const Candidate& c = cands_[i];
    if (c.occupancy < 0) return c.e;
    const Occupancy& o = occ_[static_cast<size_t>(c.occupancy)];
    std::vector<const std::string*> rows;
    for (const auto& g : o.globals) rows.push_back(&g);
    ExprP in = rows.empty() ? constant(0) : member(rows, 0);
    return o.local < 0 ? in : var(cs_.count_var[o.local]) == constant(0) || in;
  }

  // Candidate i over the state s (built when first asked).
  z3::expr now(size_t i) const {
    if (!now_[i]) now_[i] = enc_.formula(*formula(i), state(""));
    return *now_[i];
  }

  // Membership of the globals in `rows` (values of glob_vars_[k..]) as a
  // trie: each shared prefix once; the globals `known` knows (where every
  // row agrees with it) left out.
  // Rows of classes have no value where the class has none.
  ExprP member(const std::vector<const std::string*>& rows, size_t k, const std::string* known = nullptr) const {
    while (k < glob_vars_.size() && ((known && (*known)[k] != kUnknown) || (*rows[0])[k] == kUnknown)) ++k;
    if (k == glob_vars_.size()) return constant(1);
    std::map<int, std::vector<const std::string*>> by;
    for (const auto* r : rows) by[static_cast<signed char>((*r)[k])].push_back(r);
    std::vector<ExprP> alts;
    for (const auto& [v, rs] : by) alts.push_back(var(glob_vars_[k]) == constant(v) && member(rs, k + 1, known));
    return any_of(alts);
  }

  std::string project(const z3::model& m, const z3::expr_vector& t) const {
    std::string g;
    for (int v : glob_vars_) g += static_cast<char>(enc_.int_value(m, t[static_cast<unsigned>(v)]));
    return g;
  }

  // The chosen lemmas as a reviewer reads them: lemmas of one premise are
  // one ("kvm.state == GOING -> A && B"), so are the ranges; a property's
  // parts are one lemma, named by the property ("refcount-balanced holds"); the
  // local states whose occupancy sets are equal share one lemma
  // ("#actors(A) + #actors(B) > 0 -> ..."), and each set is said by the
  // values that single it out among the global states (the lemma "the
  // globals are one of N states").
  std::vector<std::pair<std::string, ExprP>> present(const std::vector<bool>& chosen) const {
    std::vector<std::pair<std::string, ExprP>> out;
    std::map<std::set<std::string>, std::vector<int>> by_set;  // occupancy set -> its local states
    std::map<int, ExprP> holds;                                 // property -> its chosen parts
    std::map<int, int> parts, used;                             // of each property: all, chosen
    for (const auto& c : cands_)
      if (c.property >= 0) ++parts[c.property];
    std::map<std::string, std::pair<std::string, ExprP>> by_premise;  // premise -> conclusions, formula
    std::vector<int> never;                                           // local states no actor is ever in
    ExprP never_e = constant(1);
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (!chosen[i]) continue;
      const Candidate& c = cands_[i];
      if (c.never >= 0) {
        never.push_back(c.never);
        never_e = never_e && c.e;
      } else if (!c.premise.empty()) {
        auto& [text, e] = by_premise[c.premise];
        std::string conclusion = c.text.starts_with(c.premise) ? c.text.substr(c.premise.size()) : c.text;
        text += (text.empty() ? "" : " && ") + conclusion;
        e = e ? e && c.e : c.e;
      } else if (c.property >= 0) {
        holds[c.property] = holds.count(c.property) ? holds[c.property] && c.e : c.e;
        ++used[c.property];
      }
      else if (c.occupancy < 0 || occ_[c.occupancy].local < 0)
        out.push_back({c.text, formula(i)});
      else
        by_set[occ_[c.occupancy].globals].push_back(occ_[c.occupancy].local);
    }
    for (const auto& [premise, lemma] : by_premise) out.push_back({premise + lemma.first, lemma.second});
    if (!never.empty()) out.push_back({"never: " + describe_locals(never) + " == 0", never_e});
    for (const auto& [p, e] : holds)
      out.push_back({cs_.sys.properties[p].id + " holds" +
                         (used[p] == parts[p] ? "" : " in part (" + std::to_string(used[p]) + " of its " + std::to_string(parts[p]) + " bad cases excluded)"),
                     e});
    for (const auto& [set, locals] : by_set) {
      ExprP some = constant(0);
      for (int l : locals) some = some + var(cs_.count_var[l]);
      std::string who = describe_locals(locals);
      std::vector<const std::string*> rows;
      for (const auto& g : set) rows.push_back(&g);
      ExprP in = rows.empty() ? constant(0) : member(rows, 0);
      out.push_back({who + (set.empty() ? " == 0" : " > 0 -> " + describe_set(set)), some == constant(0) || in});
    }
    return out;
  }

  // "kvm.state == LIVE && held(kvm_dev) by kvm": the fewest globals whose
  // values pick `set` out of the global states (occ_[0]); ", one of N such
  // states" when no choice of values picks exactly it.
  std::string describe_set(const std::set<std::string>& set) const {
    std::set<std::string> all;  // the global states, or their classes for a set of classes
    bool of_classes = !set.empty() && set.begin()->find(kUnknown) != std::string::npos;
    for (const auto& g : occ_[0].globals) all.insert(of_classes ? class_of(g) : g);
    auto values = [&](const std::set<std::string>& gs, size_t k) {
      std::set<char> vs;
      for (const auto& g : gs) vs.insert(g[k]);
      return vs;
    };
    std::vector<size_t> keep;
    for (size_t k = 0; k < glob_vars_.size(); ++k)
      if (values(set, k) != values(all, k)) keep.push_back(k);
    auto picked = [&](const std::vector<size_t>& ks) {
      size_t n = 0;
      for (const auto& g : all)
        n += std::all_of(ks.begin(), ks.end(), [&](size_t k) { return values(set, k).count(g[k]) > 0; });
      return n;
    };
    bool exact = picked(keep) == set.size();
    for (size_t j = keep.size(); exact && j-- > 0;) {
      std::vector<size_t> fewer;
      for (size_t x = 0; x < keep.size(); ++x)
        if (x != j) fewer.push_back(keep[x]);
      if (picked(fewer) == set.size()) keep = fewer;
    }
    std::string text;
    for (size_t k : keep) {
      std::string alts;
      if (const Var& x = cs_.sys.vars[glob_vars_[k]]; x.names_by >= 0 && slot_[x.names_by] >= 0) {
        for (char v : values(set, k)) alts += (alts.empty() ? "" : ", ") + step_name(set, k, v);
        text += (text.empty() ? "" : " && ") + x.name + (values(set, k).size() > 1 ? " in {" + alts + "}" : " == " + alts);
        continue;
      }
      for (char v : values(set, k)) alts += (alts.empty() ? "" : " || ") + names_.global(glob_vars_[k], v);
      text += (text.empty() ? "" : " && ") + (values(set, k).size() > 1 ? "(" + alts + ")" : alts);
    }
    std::string n = std::to_string(set.size());
    if (text.empty()) return "one of " + n + " global states";
    return exact ? text : text + ", one of " + n + " such global states";
  }

  // A module's pc value v in the global states `set` as the step it runs
  // next (its name depends on the module's state: init or exit; the pc
  // means nothing in the others), or the number when the states of `set`
  // name it differently.
  std::string step_name(const std::set<std::string>& set, size_t k, char v) const {
    const Var& x = cs_.sys.vars[glob_vars_[k]];
    std::set<std::string> names;
    for (const auto& g : set) {
      if (g[k] != v) continue;
      auto table = x.names_when.find(static_cast<signed char>(g[static_cast<size_t>(slot_[x.names_by])]));
      if (table == x.names_when.end()) continue;  // neither in its init nor in its exit: the pc means nothing
      auto name = table->second.find(static_cast<signed char>(v));
      names.insert(name == table->second.end() ? std::to_string(static_cast<signed char>(v)) : name->second);
    }
    if (names.empty()) return "(not running)";
    return names.size() == 1 ? *names.begin() : std::to_string(static_cast<signed char>(v));
  }

  // "#actors(vm=hv) + #actors(fd=kvm, at open:returning)": the local
  // states `group` as few partial states (the fields named; any value of
  // the others) that each match only states of the group. Greedy: from
  // each state not yet covered, drop fields (the step first, the fields
  // that say what an actor holds last) while it matches only the group;
  // take the one that covers most.
  std::string describe_locals(const std::vector<int>& group) const {
    std::set<int> in(group.begin(), group.end()), todo = in;
    size_t nf = cs_.fields.size();
    std::vector<size_t> order;  // fields to try dropping, in that order
    for (size_t f = 0; f < nf; ++f)
      if (cs_.fields[f] == "pc") order.insert(order.begin(), f);
      else order.push_back(f);
    // A field dead in a local state (reset) matches only "any value", as
    // in the counts of the other lemmas ("#actors(fd=kvm)").
    auto matches = [&](const std::vector<int>& cube, int l) {
      for (size_t f = 0; f < nf; ++f)
        if (cube[f] != kAny && (!cs_.live[l][f] || cs_.locals[static_cast<size_t>(l)][f] != cube[f])) return false;
      return true;
    };
    auto inside = [&](const std::vector<int>& cube) {
      for (size_t l = 0; l < cs_.locals.size(); ++l)
        if (matches(cube, static_cast<int>(l)) && !in.count(static_cast<int>(l))) return false;
      return true;
    };
    std::string out;
    while (!todo.empty()) {
      std::vector<int> best;
      size_t covers = 0;
      for (int l : todo) {
        std::vector<int> cube = cs_.locals[static_cast<size_t>(l)];
        for (size_t f = 0; f < nf; ++f)
          if (!cs_.live[l][f]) cube[f] = kAny;
        for (size_t f : order) {
          int keep = cube[f];
          cube[f] = kAny;
          if (!inside(cube)) cube[f] = keep;
        }
        size_t n = static_cast<size_t>(std::count_if(todo.begin(), todo.end(), [&](int m) { return matches(cube, m); }));
        if (n > covers) best = cube, covers = n;
      }
      for (auto it = todo.begin(); it != todo.end();) it = matches(best, *it) ? todo.erase(it) : std::next(it);
      std::vector<std::pair<int, int>> where;
      for (size_t f = 0; f < nf; ++f)
        if (best[f] != kAny) where.push_back({static_cast<int>(f), best[f]});
      out += (out.empty() ? "" : " + ") + (where.empty() ? "actors" : names_.count(where));
    }
    return out;
  }
  static constexpr int kAny = INT32_MIN;
  static constexpr char kUnknown = 127;  // an unfixed global's value in a query (no domain reaches it)

  // "#actors(fd=kvm, at open:returning)": the fewest fields that single
  // out local state l.
  std::string local_name(int l) const { return describe_locals({l}); }

  // ---- Z3 ----

  z3::expr_vector state(const std::string& suffix) const { return enc_.named_state(suffix); }

  // What every counter state satisfies (counter.h), proved with the lemmas.
  z3::expr structure(const z3::expr_vector& s) const { return enc_.formula(*structure_, s); }

  // Any number of actors, all idle; every global at its initial value.
  z3::expr init(const z3::expr_vector& s) const { return enc_.formula(*initial_, s); }

  z3::solver solver() const {
    z3::solver s(ctx_);
    z3::params p(ctx_);
    p.set("rlimit", limits_.rlimit);
    p.set("core.minimize", true);  // fewer lemmas: a minimal core per query
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

  // Houdini over the candidates, from all of them down: a counterexample to
  // induction (a step from a state satisfying every active candidate to
  // one that breaks some) drops the broken candidates, except the
  // occupancy ones, which are widened by the post-state's globals (the
  // thread-modular abstraction's join). Ends when no candidate breaks:
  // the active ones are inductive. Then the lemmas the properties need,
  // checked again. A property whose own lemma is dropped fails alone.
  // Returns why every property failed, or "".
  std::string prove(std::vector<std::string>& lemmas, std::vector<ExprP>& formulas) {
    z3::expr_vector s = state("");
    z3::expr sel = enc_.selector("step");
    active_.assign(cands_.size(), true);
    for (size_t i = 0; i < cands_.size(); ++i) encode(i);
    for (int p : props_)
      if (std::none_of(cands_.begin(), cands_.end(), [&](const Candidate& c) { return c.property == p; }))
        fail(p, Verdict::Unknown, "a sample violates the property");
    if (!initiation(s)) return "Z3 resource limit in initiation";
    for (size_t i = 0; i < cands_.size(); ++i)
      if (goal(cands_[i].property) && !active_[i]) fail(cands_[i].property, Verdict::Error, "the property fails initially (derivation bug)");
    index_reads(0);
    std::map<std::string, std::set<size_t>> cores;
    if (std::string why = houdini(s, sel, cores); !why.empty()) return why;
    if (!any_goal()) return "";
    std::vector<bool> chosen = used(cores, active_);
    if (std::string why = minimise(s, sel, chosen); !why.empty()) return why;
    progress(std::to_string(std::count(chosen.begin(), chosen.end(), true)) + " lemmas needed; checking on fresh solvers");
    if (std::string why = recheck(chosen, s, sel); !why.empty()) return why;
    std::vector<std::pair<std::string, ExprP>> sorted = present(chosen);
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [text, e] : sorted) {
      lemmas.push_back(text);
      formulas.push_back(e);
    }
    return "";
  }

  struct Goal {
    Verdict verdict;
    std::string detail;
  };
  // Whether p is a property still to prove.
  bool goal(int p) const {
    auto it = goals_.find(p);
    return it != goals_.end() && it->second.verdict == Verdict::Holds;
  }
  bool any_goal() const {
    return std::any_of(props_.begin(), props_.end(), [&](int p) { return goal(p); });
  }
  void fail(int p, Verdict v, const std::string& why) {
    if (goal(p)) goals_[p] = {v, why};
  }
  void fail_all(const std::string& why) {
    for (int p : props_) fail(p, why.find("derivation bug") != std::string::npos ? Verdict::Error : Verdict::Unknown, why);
  }

  // Houdini, one query per global state of the occupancy (its globals put
  // in: small queries). A state is asked again only when its last answer
  // may have changed: a lemma its unsat core used was dropped, or an
  // occupancy set now admits it (its pre-state is weaker). `cores`: per
  // global state, the lemmas its last answer used. "" when inductive.
  std::string houdini(const z3::expr_vector& s, const z3::expr& sel,
                      std::map<std::string, std::set<size_t>>& cores) {
    std::vector<std::string> all = classes();
    std::deque<std::string> todo(all.begin(), all.end());
    std::set<std::string> queued(todo.begin(), todo.end());
    auto requeue = [&](std::string g) {  // a copy: g may be a key of cores
      cores.erase(g);
      if (queued.insert(g).second) todo.push_back(g);
    };
    for (size_t asked = 1; !todo.empty() && any_goal(); ++asked) {
      std::string g = todo.front();
      todo.pop_front();
      queued.erase(g);
      // One solver for every counterexample to induction at g, in rounds:
      // a round learns from each model and blocks its step and post-state
      // globals until none is left; the next round adds the new
      // candidates' pre-states and asks the steps again for what is
      // active now. g is done when a round's first answer is unsat.
      z3::solver q = solver();
      pre_at(q, g, active_, s);
      for (size_t known = cands_.size(), round = 0;; ++round) {
        q.push();
        std::map<int, z3::expr_vector> posts = steps_at(q, g, active_, s, sel);
        // The round's pre-state is what was active at its start: a model
        // is then a state of the invariant as it is now (weaker), never
        // one that a candidate dropped or widened in the round lets in.
        z3::expr_vector assumed = lits_of(active_);
        size_t models = 0;
        for (z3::check_result r; (r = q.check(assumed)) != z3::unsat; ++models) {
          if (r == z3::unknown) return "Z3 resource limit in consecution";
          z3::model m = q.get_model();
          int k = enc_.selector_value(m, sel);
          const z3::expr_vector& post = posts.at(k);
          size_t dropped = 0;
          if (std::string why = learn(m, post, s, sel, cores, requeue, g, dropped); !why.empty()) return why;
          if (dropped == 0 && models == 0) return "a counterexample to induction breaks no active candidate (derivation bug)";
          if (!any_goal()) break;
          q.add(!(sel == enc_.selector_numeral(k) && globals_are(post, project(m, post))));
          if (limits_.progress && limits_.progress->due(1))
            progress(std::to_string(asked) + " global states asked (round " + std::to_string(round) + ", " +
                     std::to_string(models + 1) + " counterexamples to induction), " +
                     std::to_string(todo.size()) + " to ask, " +
                     std::to_string(std::count(active_.begin(), active_.end(), true)) + " candidates left");
        }
        if (!any_goal()) break;
        if (models == 0) {
          cores[g] = from_core(q.unsat_core());
          break;
        }
        q.pop();
        std::vector<std::optional<int>> vals = values(g);
        for (; known < cands_.size(); ++known) q.add(pre_formula(known, vals, g, s));
      }
    }
    return "";
  }

  // A counterexample to induction at class g (model m, `post` the state
  // after its step): drops the candidates it breaks, widens the occupancy
  // sets it leaves; asks again the classes whose last answer used a
  // dropped lemma or that a set newly admits (not g: its caller goes on).
  template <typename Requeue>
  std::string learn(const z3::model& m, const z3::expr_vector& post, const z3::expr_vector& s, const z3::expr& sel, std::map<std::string, std::set<size_t>>& cores,
                    Requeue& requeue, const std::string& g, size_t& dropped_count) {
    if (m.eval(structure(post), true).is_false()) return "the counter system's structure is not inductive (derivation bug)";
    std::string g2 = project(m, post);
    std::vector<bool> assigned(cs_.sys.vars.size(), false);
    for (const auto& a : cs_.sys.transitions[static_cast<size_t>(enc_.selector_value(m, sel))].updates) assigned[a.var] = true;
    std::vector<size_t> dropped;
    for (size_t i = 0; i < cands_.size(); ++i) {
      if (!active_[i] || std::none_of(reads_[i].begin(), reads_[i].end(), [&](int v) { return assigned[v]; }) ||
          !breaks(i, m, post, g2))
        continue;
      if (goal(cands_[i].property))
        fail(cands_[i].property, Verdict::Unknown,
             "no candidate excludes the counterexample to induction " + describe(m, s) + " --[" +
                 cs_.sys.transitions[enc_.selector_value(m, sel)].what + "]-->");
      active_[i] = false;
      dropped.push_back(i);
      if (i < cand_memo_.size()) cand_memo_[i] = {};
    }
    for (size_t i : dropped) {
      if (cands_[i].occupancy < 0) {
        for (auto it = cores.begin(); it != cores.end();) {
          auto next = std::next(it);
          if (it->second.count(i)) requeue(it->first);
          it = next;
        }
        continue;
      }
      // Widened by the post-state's globals: the same set at every other
      // global state, so the cores name its new index instead.
      admit(static_cast<size_t>(cands_[i].occupancy), g2);
      cands_.push_back(occupancy_candidate(static_cast<size_t>(cands_[i].occupancy)));
      active_.push_back(true);
      encode(cands_.size() - 1);
      for (auto& [h, c] : cores)
        if (c.erase(i)) c.insert(cands_.size() - 1);
      if (class_of(g2) != g) requeue(class_of(g2));
    }
    index_reads(reads_.size());
    dropped_count = dropped.size();
    return "";
  }

  // The state `post`'s globals are g.
  z3::expr globals_are(const z3::expr_vector& post, const std::string& g) const {
    z3::expr_vector eqs(ctx_);
    for (size_t k = 0; k < glob_vars_.size(); ++k)
      eqs.push_back(post[static_cast<unsigned>(glob_vars_[k])] == static_cast<signed char>(g[k]));
    return z3::mk_and(eqs);
  }


  // What the last answers at every global state used, with the occupancy
  // of the globals (every query assumes it) and the property: inductive,
  // as each answer's steps keep every active candidate.
  std::vector<bool> used(const std::map<std::string, std::set<size_t>>& cores, const std::vector<bool>& active) const {
    std::vector<bool> out(cands_.size(), false);
    for (size_t i = 0; i < cands_.size(); ++i)
      out[i] = active[i] && ((cands_[i].occupancy >= 0 && occ_[cands_[i].occupancy].local < 0) || goal(cands_[i].property));
    for (const auto& [g, c] : cores)
      for (size_t i : c) out[i] = true;
    return out;
  }

  // Whether candidate i is false after the step of model m (`post`, whose
  // globals are g2).
  bool breaks(size_t i, const z3::model& m, const z3::expr_vector& post, const std::string& g2) const {
    const Candidate& c = cands_[i];
    if (c.occupancy < 0) return m.eval(enc_.formula(*c.e, post), true).is_false();
    const Occupancy& o = occ_[static_cast<size_t>(c.occupancy)];
    if (o.globals.count(key_of(static_cast<size_t>(c.occupancy), g2))) return false;
    return o.local < 0 || enc_.int_value(m, post[static_cast<unsigned>(cs_.count_var[static_cast<size_t>(o.local)])]) > 0;
  }

  void encode(size_t i) {
    now_.emplace_back();
    lits_.push_back(ctx_.bool_const(("L" + std::to_string(i)).c_str()));
  }

  // Candidate i with the globals `vals` (the values of glob_vars_, `g`)
  // put in: an occupancy set is looked up, not encoded.
  ExprP at(size_t i, const std::vector<std::optional<int>>& vals, const std::string& g) const {
    const Candidate& c = cands_[i];
    if (c.occupancy < 0) return substitute(c.e, vals);
    const Occupancy& o = occ_[static_cast<size_t>(c.occupancy)];
    ExprP in;
    if (g.find(kUnknown) == std::string::npos) {
      in = constant(o.globals.count(key_of(static_cast<size_t>(c.occupancy), g)) > 0 ? 1 : 0);
    } else {
      std::vector<const std::string*> rows = matching(static_cast<size_t>(c.occupancy), g);
      in = rows.empty() ? constant(0) : member(rows, 0, &g);
    }
    if (o.local < 0 || (in->op == Op::Const && in->value == 1)) return in;
    return var(cs_.count_var[o.local]) == constant(0) || in;
  }

  std::vector<std::optional<int>> values(const std::string& g) const {
    std::vector<std::optional<int>> vals(cs_.sys.vars.size());
    for (size_t k = 0; k < glob_vars_.size(); ++k)
      if (g[k] != kUnknown) vals[glob_vars_[k]] = static_cast<signed char>(g[k]);
    return vals;
  }

  // A state with globals g (a query's pre-state): the structure, and the
  // candidates in `pre` with g put in, each behind its literal L_i (the
  // query's assumptions: its unsat core names the lemmas it needed).
  void pre_at(z3::solver& q, const std::string& g, const std::vector<bool>& pre, const z3::expr_vector& s) const {
    std::vector<std::optional<int>> vals = values(g);
    q.add(memo("structure", [&] { return structure(s); }));
    for (size_t k = 0; k < glob_vars_.size(); ++k)
      if (vals[glob_vars_[k]]) q.add(s[static_cast<unsigned>(glob_vars_[k])] == *vals[glob_vars_[k]]);
    for (size_t i = 0; i < cands_.size(); ++i)
      if (pre[i]) q.add(pre_formula(i, vals, g, s));
  }

  z3::expr_vector lits_of(const std::vector<bool>& set) const {
    z3::expr_vector as(ctx_);
    for (size_t i = 0; i < cands_.size(); ++i)
      if (set[i]) as.push_back(lits_[i]);
    return as;
  }

  // At g, whether some step from a state of `pre` breaks a candidate of
  // `post`: unsat gives the lemmas used (`core`).
  enum class Answer { Unsat, Sat, Unknown };
  Answer ask(const std::string& g, const std::vector<bool>& pre, const std::vector<bool>& post, const z3::expr_vector& s,
             const z3::expr& sel, std::set<size_t>* core) const {
    z3::solver q = solver();
    pre_at(q, g, pre, s);
    steps_at(q, g, post, s, sel);
    z3::check_result r = q.check(lits_of(pre));
    if (r == z3::unknown) return Answer::Unknown;
    if (r == z3::sat) return Answer::Sat;
    if (core) *core = from_core(q.unsat_core());
    return Answer::Unsat;
  }

  // "Some step from a state with globals g satisfying every active
  // candidate breaks one", with g put into every guard, update and
  // candidate first, and only the candidates a step can change asked
  // after it: the query is small, whatever the size of the sets. Returns
  // per transition the state after it (terms over s).
  std::map<int, z3::expr_vector> steps_at(z3::solver& q, const std::string& g, const std::vector<bool>& post_set,
                                          const z3::expr_vector& s, const z3::expr& sel) const {
    std::vector<std::optional<int>> vals = values(g);
    std::vector<std::set<char>> possible(glob_vars_.size());
    for (const std::string* m : matching(0, g))
      for (size_t j = 0; j < m->size(); ++j) possible[j].insert((*m)[j]);
    std::map<int, z3::expr_vector> posts;
    z3::expr_vector alts(ctx_);
    for (size_t k = 0; k < cs_.sys.transitions.size(); ++k) {
      const Transition& tr = cs_.sys.transitions[k];
      if (!may_enable(k, possible)) continue;
      ExprP guard = substitute(tr.guard, vals);
      if (guard->op == Op::Const && guard->value == 0) continue;
      std::vector<bool> assigned(cs_.sys.vars.size(), false);
      z3::expr_vector post(ctx_);
      for (unsigned u = 0; u < s.size(); ++u) post.push_back(s[u]);
      std::vector<std::optional<int>> after = vals;
      std::string g2 = g;  // the globals after the step, where known
      for (const auto& a : tr.updates) {
        ExprP value = substitute(a.value, vals);
        assigned[a.var] = true;
        z3::expr term = enc_.value(*value, s);
        post.set(static_cast<unsigned>(a.var), term);
        int k2 = slot_[a.var];
        if (k2 < 0) continue;
        bool known = value->op == Op::Const;
        after[a.var] = known ? std::optional<int>(value->value) : std::nullopt;
        g2[static_cast<size_t>(k2)] = known ? static_cast<char>(value->value) : kUnknown;
      }
      // The post-state's terms depend on g only through what the updates read.
      std::string step_key = std::to_string(k) + "|" + project(g, upd_slots_[k]) + "|";
      z3::expr_vector broken(ctx_);
      for (size_t i = 0; i < cands_.size(); ++i) {
        if (!post_set[i] || std::none_of(reads_[i].begin(), reads_[i].end(), [&](int v) { return assigned[v]; })) continue;
        std::string key = step_key + (cands_[i].occupancy >= 0 ? occupied(i, g2) : project(g2, cand_slots_[i]));
        z3::expr b = memo(i, key, [&] {
          ExprP c = at(i, after, g2);
          return c->op == Op::Const ? ctx_.bool_val(c->value == 0) : !enc_.formula(*c, post);
        });
        if (!b.is_false()) broken.push_back(b);
      }
      broken.push_back(memo(step_key, [&] { return !structure(post); }));
      z3::expr guard_s = memo(std::to_string(k) + "@" + project(g, guard_slots_[k]), [&] { return enc_.formula(*guard, s); });
      alts.push_back(sel == enc_.selector_numeral(static_cast<int>(k)) && guard_s && z3::mk_or(broken));
      posts.emplace(static_cast<int>(k), post);
    }
    q.add(z3::mk_or(alts));
    return posts;
  }

  // Whether transition k's guard may hold in some global state a query
  // covers (`possible`: the values each global takes in them): its
  // conjuncts `global == value` (most steps are disabled at most global
  // states) checked before the guard is substituted.
  bool may_enable(size_t k, const std::vector<std::set<char>>& possible) const {
    return std::all_of(guard_eqs_[k].begin(), guard_eqs_[k].end(), [&](const std::pair<int, int>& e) {
      return possible[static_cast<size_t>(e.first)].count(static_cast<char>(e.second)) > 0;
    });
  }

  void index_guards() {
    for (const auto& tr : cs_.sys.transitions) {
      guard_slots_.push_back(slots_read(*tr.guard));
      std::set<int> upd;
      for (const auto& a : tr.updates)
        for (int k : slots_read(*a.value)) upd.insert(k);
      upd_slots_.push_back({upd.begin(), upd.end()});
      std::vector<std::pair<int, int>> eqs;
      auto walk = [&](const Expr& e, auto& self) -> void {
        if (e.op == Op::And) {
          for (const auto& a : e.args) self(*a, self);
        } else if (e.op == Op::Eq && e.args[0]->op == Op::Var && e.args[1]->op == Op::Const && slot_[e.args[0]->var] >= 0) {
          eqs.push_back({slot_[e.args[0]->var], e.args[1]->value});
        }
      };
      walk(*tr.guard, walk);
      guard_eqs_.push_back(std::move(eqs));
    }
  }

  // "L_i -> candidate i" at globals g over the pre-state s, encoded once per values
  // of the globals it reads (queries at many global states share them).
  z3::expr pre_formula(size_t i, const std::vector<std::optional<int>>& vals, const std::string& g,
                       const z3::expr_vector& s) const {
    std::string key = "pre|" + (cands_[i].occupancy >= 0 ? occupied(i, g) : project(g, cand_slots_[i]));
    return memo(i, key, [&] { return z3::implies(lits_[i], enc_.formula(*at(i, vals, g), s)); });
  }

  // What at() makes of occupancy candidate i at g: "1" when g is in its set.
  std::string occupied(size_t i, const std::string& g) const {
    if (g.find(kUnknown) != std::string::npos) return "?" + g;
    size_t k = static_cast<size_t>(cands_[i].occupancy);
    return occ_[k].globals.count(key_of(k, g)) ? "1" : "0";
  }

  // Formulas over the fixed state vectors built once per key: the queries
  // at thousands of global states share most of their parts.
  template <typename Build>
  z3::expr memo(const std::string& key, Build build) const {
    auto it = memo_.find(key);
    if (it == memo_.end()) it = memo_.emplace(key, build()).first;
    return it->second;
  }
  // The same for the parts of candidate i, forgotten when it is dropped.
  template <typename Build>
  z3::expr memo(size_t i, const std::string& key, Build build) const {
    if (cand_memo_.size() <= i) cand_memo_.resize(i + 1);
    auto it = cand_memo_[i].find(key);
    if (it == cand_memo_[i].end()) it = cand_memo_[i].emplace(key, build()).first;
    return it->second;
  }

  // g's values at `slots`.
  static std::string project(const std::string& g, const std::vector<int>& slots) {
    std::string out;
    for (int k : slots) out += g[static_cast<size_t>(k)];
    return out;
  }

  // The slots of the globals e reads.
  std::vector<int> slots_read(const Expr& e) const {
    std::set<int> out;
    auto walk = [&](const Expr& x, auto& self) -> void {
      if (x.op == Op::Var && slot_[x.var] >= 0) out.insert(slot_[x.var]);
      for (const auto& a : x.args) self(*a, self);
    };
    walk(e, walk);
    return {out.begin(), out.end()};
  }

  // The variables each candidate reads (an occupancy set: the globals and
  // its count), and each global's place in glob_vars_.
  void index_reads(size_t from) {
    if (slot_.empty()) {
      slot_.assign(cs_.sys.vars.size(), -1);
      for (size_t k = 0; k < glob_vars_.size(); ++k) slot_[glob_vars_[k]] = static_cast<int>(k);
      index_guards();
    }
    for (size_t i = from; i < cands_.size(); ++i) {
      std::vector<int> vs;
      if (cands_[i].occupancy >= 0) {
        vs = glob_vars_;
        int l = occ_[static_cast<size_t>(cands_[i].occupancy)].local;
        if (l >= 0) vs.push_back(cs_.count_var[l]);
      } else {
        auto walk = [&](const Expr& e, auto& self) -> void {
          if (e.op == Op::Var) vs.push_back(e.var);
          for (const auto& a : e.args) self(*a, self);
        };
        walk(*cands_[i].e, walk);
      }
      std::set<int> slots;
      for (int v : vs)
        if (slot_[v] >= 0) slots.insert(slot_[v]);
      cand_slots_.push_back({slots.begin(), slots.end()});
      reads_.push_back(std::move(vs));
    }
  }

  z3::expr_vector active_lits() const {
    z3::expr_vector as(ctx_);
    for (size_t i = 0; i < cands_.size(); ++i)
      if (active_[i]) as.push_back(lits_[i]);
    return as;
  }

  // Drops what some initial state (any number of actors, all idle) breaks.
  bool initiation(const z3::expr_vector& s) {
    z3::solver init_s = solver();
    init_s.add(init(s));
    for (;;) {
      z3::expr_vector broken(ctx_);
      for (size_t i = 0; i < cands_.size(); ++i)
        if (active_[i]) broken.push_back(!now(i));
      init_s.push();
      init_s.add(z3::mk_or(broken));
      bool sat = false;
      if (!check(init_s, z3::expr_vector(ctx_), sat)) return false;
      if (!sat) return true;
      z3::model m = init_s.get_model();
      for (size_t i = 0; i < cands_.size(); ++i)
        if (active_[i] && m.eval(now(i), true).is_false()) active_[i] = false;
      init_s.pop();
    }
  }

  // Fewer lemmas: what the queries at every global state use when only
  // `chosen` (inductive) is assumed, with the occupancy of the globals and
  // the property. Inductive too: its steps keep `chosen`, hence itself.
  std::string minimise(const z3::expr_vector& s, const z3::expr& sel, std::vector<bool>& chosen) {
    std::map<std::string, std::set<size_t>> cores;
    for (const auto& g : classes())
      if (Answer a = ask(g, chosen, chosen, s, sel, &cores[g]); a != Answer::Unsat)
        return a == Answer::Sat ? "the lemmas are not inductive (derivation bug)" : "Z3 resource limit in minimisation";
    std::vector<bool> active = chosen;
    chosen = used(cores, active);
    progress("minimised to " + std::to_string(std::count(chosen.begin(), chosen.end(), true)) + " lemmas");
    return "";
  }

  // The proof again on fresh solvers with the chosen lemmas alone:
  // initiation (any number of actors idle) and safety (every property
  // proved) over all states at once, consecution at every global state the
  // invariant admits.
  std::string recheck(const std::vector<bool>& chosen, const z3::expr_vector& s, const z3::expr& sel) const {
    z3::expr_vector inv(ctx_);
    for (size_t i = 0; i < cands_.size(); ++i)
      if (chosen[i]) inv.push_back(now(i));
    z3::expr_vector bads(ctx_);
    for (int p : props_)
      if (goal(p)) bads.push_back(enc_.formula(*cs_.sys.properties[p].bad, s));
    struct Obligation {
      const char* name;
      z3::expr query;
    };
    for (const Obligation& o : {Obligation{"initiation", init(s) && !z3::mk_and(inv)},
                                Obligation{"safety", structure(s) && z3::mk_and(inv) && z3::mk_or(bads)}}) {
      z3::solver fresh = solver();
      fresh.add(o.query);
      if (z3::check_result r = fresh.check(); r != z3::unsat)
        return std::string("the invariant fails ") + o.name + " on a fresh solver (" + (r == z3::sat ? "sat" : "resource limit") + ")";
    }
    for (const auto& g : classes())
      if (Answer a = ask(g, chosen, chosen, s, sel, nullptr); a != Answer::Unsat)
        return std::string("the invariant fails consecution on a fresh solver (") + (a == Answer::Sat ? "sat" : "resource limit") + ")";
    return "";
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

  const CounterSystem& cs_;
  std::vector<int> props_;
  std::map<int, Goal> goals_;  // per property of props_
  Namer names_;
  InvariantLimits limits_;
  mutable z3::context ctx_;
  z3enc::Encoding enc_;
  const std::vector<State>& all_samples_;
  ExprP structure_ = kvmlc::structure(cs_), initial_ = kvmlc::initial(cs_);
  std::vector<State> samples_;
  std::vector<Observable> obs_;
  std::vector<Candidate> cands_;
  std::set<std::string> texts_;  // of cands_, once each
  std::vector<int> glob_vars_;  // the globals in the property's cone, not the refcounts
  std::vector<bool> fixed_;     // per glob_vars_: fixed in a query (seen_by_actors)
  std::vector<Occupancy> occ_;
  std::vector<bool> active_;
  mutable std::vector<std::optional<z3::expr>> now_;  // per candidate: now(i)
  std::vector<z3::expr> lits_;
  std::vector<std::vector<int>> reads_;  // per candidate
  std::vector<int> slot_;                // per variable: its place in glob_vars_, or -1
  std::vector<std::vector<std::pair<int, int>>> guard_eqs_;  // per transition: (slot, value) its guard requires
  std::vector<std::vector<int>> guard_slots_, upd_slots_;    // per transition: the globals its guard, its updates read
  std::vector<std::vector<int>> cand_slots_;                 // per candidate: the globals it reads
  mutable std::unordered_map<std::string, z3::expr> memo_;
  mutable std::vector<std::unordered_map<std::string, z3::expr>> cand_memo_;
};

}  // namespace

std::vector<InvariantProof> prove_any(const CounterSystem& cs, const std::vector<int>& props,
                                      const std::vector<State>& samples, const InvariantLimits& limits) {
  try {
    return Inference(cs, props, samples, limits).run();
  } catch (const z3::exception& e) {
    return std::vector<InvariantProof>(props.size(), {Verdict::Error, std::string("Z3: ") + e.msg(), {}, {}, 0});
  }
}

}  // namespace kvmlc
