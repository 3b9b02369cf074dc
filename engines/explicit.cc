// Exhaustive breadth-first exploration of every interleaving and fault
// choice from every configuration. Breadth-first order makes the first
// violating state found one with a shortest path.
#include <algorithm>
#include <chrono>
#include <functional>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "base/cpu_time.h"
#include "engines/engine.h"
#include "engines/reduction.h"
#include "engines/slice.h"
#include "engines/symmetry.h"

namespace kvmlc {
namespace {

// Transitions bucketed by one `var == const` conjunct of their guard, so a
// state only tries the transitions its program counters allow.
class Index {
 public:
  explicit Index(const System& sys) : sys_(sys), buckets_(sys.vars.size()) {
    for (size_t t = 0; t < sys.transitions.size(); ++t) {
      auto [v, value] = key(*sys.transitions[t].guard);
      if (v < 0) {
        always_.push_back(static_cast<int>(t));
        continue;
      }
      auto& b = buckets_[v];
      int lo = sys.vars[v].lo;
      if (b.empty()) {
        b.resize(sys.vars[v].hi - lo + 1);
        keyed_.push_back(v);
      }
      if (value >= lo && value <= sys.vars[v].hi) b[value - lo].push_back(static_cast<int>(t));
    }
  }

  template <class F>
  void for_enabled(const State& s, F f) const {
    for (int t : always_) try_one(s, t, f);
    for (int v : keyed_)
      for (int t : buckets_[v][get(s, v) - sys_.vars[v].lo]) try_one(s, t, f);
  }

 private:
  template <class F>
  void try_one(const State& s, int t, F& f) const {
    if (eval(*sys_.transitions[t].guard, s)) f(t);
  }

  // The `var == const` conjunct whose variable has the widest domain.
  std::pair<int, int> key(const Expr& g) const {
    std::pair<int, int> best = {-1, 0};
    int width = 0;
    visit(g, [&](int v, int value) {
      int w = sys_.vars[v].hi - sys_.vars[v].lo;
      if (w > width) best = {v, value}, width = w;
    });
    return best;
  }
  template <class F>
  static void visit(const Expr& g, F f) {
    if (g.op == Op::And) {
      for (const auto& a : g.args) visit(*a, f);
    } else if (g.op == Op::Eq && g.args[0]->op == Op::Var && g.args[1]->op == Op::Const) {
      f(g.args[0]->var, g.args[1]->value);
    }
  }

  const System& sys_;
  std::vector<std::vector<std::vector<int>>> buckets_;
  std::vector<int> keyed_, always_;
};

// Variables a stored state need not keep. Monitor flags (read only by their
// own update and by their property) decide a property the moment they are
// set, so once the properties are checked they can be cleared; variables no
// guard, property or other update reads (return values kept for traces)
// never influence a verdict.
std::vector<int> erasable(const System& sys) {
  std::vector<std::set<int>> read_by(sys.vars.size());  // var -> vars whose update reads it
  std::vector<bool> relevant(sys.vars.size());
  std::function<void(const Expr&, std::function<void(int)>)> vars = [&](const Expr& e, auto f) {
    if (e.op == Op::Var) f(e.var);
    for (const auto& a : e.args) vars(*a, f);
  };
  for (const auto& t : sys.transitions) {
    vars(*t.guard, [&](int v) { relevant[v] = true; });
    for (const auto& a : t.updates) vars(*a.value, [&](int v) { read_by[v].insert(a.var); });
  }
  std::vector<bool> monitor(sys.vars.size());
  for (const auto& p : sys.properties)
    if (p.bad->op == Op::Eq && p.bad->args[0]->op == Op::Var) monitor[p.bad->args[0]->var] = true;
  std::vector<int> out;
  for (size_t v = 0; v < sys.vars.size(); ++v) {
    bool only_self = read_by[v].empty() || (read_by[v].size() == 1 && *read_by[v].begin() == static_cast<int>(v));
    bool used_elsewhere = false;
    for (const auto& p : sys.properties)
      vars(*p.bad, [&](int x) { used_elsewhere = used_elsewhere || (x == static_cast<int>(v) && !monitor[v]); });
    if (!relevant[v] && only_self && !used_elsewhere && !sys.vars[v].config) out.push_back(static_cast<int>(v));
  }
  return out;
}

// Progress lines of one check_all: states so far (over every
// configuration), their rate, the breadth-first depth, the configuration
// at work and how many properties are still open in it.
struct Watch {
  Progress* progress;
  std::chrono::steady_clock::time_point start;
  std::string config;
  long long done = 0;  // states of the configurations finished

  void report(size_t states, int depth, size_t open, size_t properties) const {
    long long total = done + static_cast<long long>(states);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    progress->print("explicit: " + config + ": " + std::to_string(total) + " states, " +
                    std::to_string(static_cast<long long>(total / std::max(secs, 1e-3))) +
                    " states/s, depth " + std::to_string(depth) + ", " + std::to_string(open) +
                    "/" + std::to_string(properties) + " properties open");
  }
};

class Explicit : public Engine {
 public:
  std::string name() const override { return "explicit"; }

  Result check(const System& sys, const Property& prop, const Limits& limits) override {
    System one = sys;
    one.properties = {prop};
    return check_all(one, limits).front();
  }

  // Each configuration on its own slice of the model (slice.h); verdicts
  // are then combined: violated if any configuration violates (the shortest
  // counterexample), unknown if any hit the bound, holds otherwise.
  std::vector<Result> check_all(const System& sys, const Limits& limits) override {
    auto start = std::chrono::steady_clock::now();
    CpuBudget budget(limits.max_seconds);  // CPU, so the bound does not move with load
    std::vector<Result> all(sys.properties.size());
    std::vector<State> configs = sys.initial_states();
    Watch watch{limits.progress, start};
    for (size_t c = 0; c < configs.size(); ++c) {
      const State& config = configs[c];
      watch.config = sys.variant + " configuration " + std::to_string(c + 1) + "/" +
                     std::to_string(configs.size()) + " (" + sys.config_of(config) + ")";
      Slice s = slice(sys, config);
      std::vector<Result> one = explore(s.sys, limits, budget, watch);
      watch.done += one.empty() ? 0 : one.front().states;
      for (size_t p = 0; p < all.size(); ++p) {
        for (int& t : one[p].witness.steps) t = s.origin[t];
        combine(all[p], one[p], config);
      }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (auto& r : all) finish(r, secs);
    return all;
  }

 private:
  static void combine(Result& all, const Result& one, const State& config) {
    all.configs.push_back({config, one.verdict, one.witness.steps.size(), one.states});
    all.states += one.states;
    bool shorter = all.verdict != Verdict::Violated ||
                   one.witness.steps.size() < all.witness.steps.size();
    if (one.verdict == Verdict::Violated && shorter) {
      all.verdict = Verdict::Violated;
      all.witness = one.witness;
      all.detail = one.detail;
    } else if (one.verdict == Verdict::Unknown && all.verdict != Verdict::Violated) {
      if (all.verdict != Verdict::Unknown || all.configs.size() == 1) all.detail = one.detail;  // the first bound hit
      all.verdict = Verdict::Unknown;
    } else if (all.configs.size() == 1) {
      all.verdict = one.verdict;
    }
  }

  void finish(Result& r, double secs) const {
    r.engine = name();
    r.seconds = secs;
    size_t bad = 0, open = 0;
    for (const auto& c : r.configs) {
      bad += c.verdict == Verdict::Violated;
      open += c.verdict == Verdict::Unknown;
    }
    std::string of = std::to_string(r.configs.size()) + " configurations";
    if (r.verdict == Verdict::Violated)
      r.detail += "; violated in " + std::to_string(bad) + " of " + of;
    else if (r.verdict == Verdict::Unknown)
      r.detail += "; unknown in " + std::to_string(open) + " of " + of;
    else if (r.verdict == Verdict::Holds)
      r.detail = of + ", " + std::to_string(r.states) + " states, exhaustive";
  }

  std::vector<Result> explore(const System& sys, const Limits& limits, const CpuBudget& budget,
                              const Watch& watch) {
    size_t np = sys.properties.size();
    std::vector<Result> results(np);
    std::vector<bool> open(np, true);
    size_t unresolved = np;
    Index index(sys);
    Reduction reduction(sys);
    Symmetry symmetry(sys);
    std::vector<int> enabled;
    std::vector<State> states;
    std::vector<int> parent, via;
    std::unordered_map<State, int> seen;
    std::vector<int> erase = erasable(sys);
    auto visit = [&](State s, int from, int t) {
      bool bad = false;
      for (size_t p = 0; p < np; ++p) bad = bad || (open[p] && eval(*sys.properties[p].bad, s));
      if (!bad)
        for (int v : erase) set(s, v, sys.vars[v].init);
      if (limits.symmetry) symmetry.canonicalise(s);
      if (!seen.emplace(s, static_cast<int>(states.size())).second) return;
      states.push_back(s);
      parent.push_back(from);
      via.push_back(t);
      for (size_t p = 0; p < np; ++p)
        if (open[p] && eval(*sys.properties[p].bad, s)) {
          open[p] = false;
          --unresolved;
          results[p].verdict = Verdict::Violated;
          results[p].witness = path(sys, states.size() - 1, states, parent, via, [&](State x) {
            for (int v : erase) set(x, v, sys.vars[v].init);
            if (limits.symmetry) symmetry.canonicalise(x);
            return x;
          });
        }
      if (bad)
        for (int v : erase) set(states.back(), v, sys.vars[v].init);
    };
    for (const auto& s : sys.initial_states()) visit(s, -1, -1);
    std::string bound;  // which bound stopped the search
    int depth = 0;
    size_t level_end = states.size();  // the first state one step deeper
    for (size_t i = 0; i < states.size() && unresolved > 0; ++i) {
      if (i == level_end) ++depth, level_end = states.size();
      if (limits.progress && limits.progress->due()) watch.report(states.size(), depth, unresolved, np);
      if (static_cast<long long>(states.size()) >= limits.max_states)
        bound = "state bound " + std::to_string(limits.max_states) + " reached";
      else if (i % 4096 == 0 && budget.exceeded())
        bound = "CPU budget " + std::to_string(static_cast<int>(limits.max_seconds)) +
                " s used after " + std::to_string(states.size()) + " states";
      if (!bound.empty()) break;
      State s = states[i];
      enabled.clear();
      index.for_enabled(s, [&](int t) { enabled.push_back(t); });
      if (limits.partial_order) reduction.ample(s, enabled);
      for (int t : enabled) visit(sys.step(s, sys.transitions[t]), static_cast<int>(i), t);
    }
    for (size_t p = 0; p < np; ++p) {
      Result& r = results[p];
      r.states = static_cast<long long>(states.size());
      if (!open[p]) {
        size_t found = r.witness.steps.size();
        r.witness = minimise(sys, r.witness, sys.properties[p]);
        r.detail = std::to_string(r.witness.steps.size()) + " steps (breadth-first: " +
                   std::to_string(found) + ", then minimised)";
      } else if (!bound.empty()) {
        r.verdict = Verdict::Unknown;
        r.detail = bound;
      } else {
        r.verdict = Verdict::Holds;
      }
    }
    return results;
  }

  // The run to states[i] from its initial state. Stored states are
  // normalised (`normal`: erased, actors sorted), so the chain of stored
  // states is replayed on concrete states: each step is the transition that
  // leads to a state with the stored normal form, the stored one itself when
  // it does (always without symmetry), else its image for some other order
  // of the actors.
  template <class Normal>
  static Witness path(const System& sys, size_t i, const std::vector<State>& states,
                      const std::vector<int>& parent, const std::vector<int>& via, Normal normal) {
    std::vector<int> chain;
    for (int n = static_cast<int>(i); parent[n] >= 0; n = parent[n]) chain.push_back(n);
    std::reverse(chain.begin(), chain.end());
    Witness w;
    w.init = states[chain.empty() ? i : parent[chain.front()]];
    State x = w.init;
    for (int n : chain) {
      State want = normal(states[n]);
      auto leads = [&](int t) {
        return eval(*sys.transitions[t].guard, x) && normal(sys.step(x, sys.transitions[t])) == want;
      };
      int t = leads(via[n]) ? via[n] : -1;
      for (int u = 0; t < 0 && u < static_cast<int>(sys.transitions.size()); ++u)
        if (leads(u)) t = u;
      if (t < 0) throw std::logic_error("explicit: no concrete step for a stored transition");
      w.steps.push_back(t);
      x = sys.step(x, sys.transitions[t]);
    }
    return w;
  }
};

}  // namespace

std::unique_ptr<Engine> make_explicit_engine() { return std::make_unique<Explicit>(); }

}  // namespace kvmlc
