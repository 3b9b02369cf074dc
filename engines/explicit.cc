// Exhaustive breadth-first exploration of every interleaving and fault
// choice from every configuration. Breadth-first order makes the first
// violating state found one with a shortest path. The model runs compiled
// (compiled.h) and the visited states are packed (compiled_store.h);
// configurations are independent, so each core takes its own.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "base/cpu_time.h"
#include "engines/compiled.h"
#include "engines/compiled_store.h"
#include "engines/engine.h"
#include "engines/reduction.h"
#include "engines/slice.h"
#include "engines/symmetry.h"

namespace kvmlc {
namespace {

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

// Variables the packed states need not hold: those no transition writes
// that have one value in every initial state, and the erased ones (always
// stored with their initial value).
std::vector<bool> fixed_vars(const System& sys, const std::vector<State>& inits, const std::vector<int>& erase) {
  std::vector<bool> fixed(sys.vars.size(), true);
  for (const auto& t : sys.transitions)
    for (const auto& a : t.updates) fixed[a.var] = false;
  for (size_t v = 0; v < fixed.size(); ++v)
    for (const State& s : inits) fixed[v] = fixed[v] && s[v] == inits.front()[v];
  for (int v : erase) fixed[v] = true;
  return fixed;
}

bool reads_any(const Expr& e, const std::vector<int>& vars) {
  if (e.op == Op::Var) return std::find(vars.begin(), vars.end(), e.var) != vars.end();
  for (const auto& a : e.args)
    if (reads_any(*a, vars)) return true;
  return false;
}

constexpr std::uint32_t kNone = UINT32_MAX;  // the parent of an initial state

// Progress lines of one check_all, from every thread: states so far (over
// every configuration), their rate, the breadth-first depth, the
// configuration reporting and how many properties are still open in it.
class Watch {
 public:
  explicit Watch(Progress* progress) : progress_(progress && progress->enabled() ? progress : nullptr) {}
  void finished(long long states) { done_ += states; }
  // Called every few hundred states expanded; prints when the Progress is due.
  void tick(const std::string& config, size_t states, int depth, size_t open, size_t properties) {
    if (!progress_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    if (!progress_->due(1)) return;  // tick is already called only every few hundred states
    long long total = done_ + static_cast<long long>(states);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    progress_->print("explicit: " + config + ": " + std::to_string(total) + " states, " +
                     std::to_string(static_cast<long long>(total / std::max(secs, 1e-3))) +
                     " states/s, depth " + std::to_string(depth) + ", " + std::to_string(open) +
                     "/" + std::to_string(properties) + " properties open");
  }

 private:
  Progress* progress_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::atomic<long long> done_{0};  // states of the configurations finished
};

// The exploration of one configuration (a slice of the model).
class Explorer {
 public:
  Explorer(const System& sys, const Limits& limits, const CpuBudget& budget, Watch& watch,
           std::string config)
      : sys_(sys), limits_(limits), budget_(budget), watch_(watch), config_(std::move(config)), code_(sys), reduction_(sys), symmetry_(sys),
        erase_(limits.projection ? erasable(sys) : std::vector<int>{}), inits_(sys.initial_states()),
        packing_(sys, fixed_vars(sys, inits_, erase_), inits_.at(0)),
        store_(packing_, limits.bitstate_bits, limits.compact ? static_cast<std::uint64_t>(limits.max_states) : 0),
        open_(sys.properties.size(), true), found_(sys.properties.size(), {kNone, -1}),
        unresolved_(sys.properties.size()),
        results_(sys.properties.size()) {
    if (sys.transitions.size() >= UINT16_MAX) throw std::length_error("explicit: more than 65534 transitions");
    for (size_t p = 0; p < sys.properties.size(); ++p)
      (reads_any(*sys.properties[p].bad, erase_) ? before_erase_ : after_erase_).push_back(p);
    for (size_t t = 0; t < sys.transitions.size(); ++t) {
      changes_.emplace_back();
      for (const auto& p : sys.properties) changes_.back().push_back(reads_any(*p.bad, code_.writes(static_cast<int>(t))));
    }
    parent_bad_.assign(sys.properties.size(), false);
    cur_key_.assign(packing_.words() + 1, 0);
    cur_ = inits_.front();
    batches_.resize(kAhead + 1);
  }

  // Breadth-first: the stored states in order, each expanded once. The
  // successors of the next kAhead states are worked out (and their slots
  // in the visited set start loading) before this one's are stored, so
  // that the cache misses of several states overlap; nothing is decided
  // or stored ahead, so the search stops where it would without it.
  std::vector<Result> run() {
    for (const State& s : inits_) visit_root(s);
    std::string bound;  // which bound stopped the search
    int depth = 0;
    std::uint64_t level_end = store_.size();  // the first state one step deeper
    std::uint64_t ahead = 0;                  // the states before it are prepared
    for (std::uint64_t i = 0; i < store_.size() && unresolved_ > 0; ++i) {
      if (i == level_end) ++depth, level_end = store_.size();
      if (i % 256 == 0) watch_.tick(config_, store_.size(), depth, unresolved_, results_.size());
      if (static_cast<long long>(store_.size()) >= limits_.max_states)
        bound = "state bound " + std::to_string(limits_.max_states) + " reached";
      else if (i % 4096 == 0 && budget_.exceeded())
        bound = "CPU limit " + std::to_string(static_cast<int>(limits_.max_seconds)) +
                " s reached after " + std::to_string(store_.size()) + " states";
      if (!bound.empty()) break;
      for (; ahead < store_.size() && ahead <= i + kAhead; ++ahead) prepare(ahead, batch(ahead));
      if (i + 1 < ahead) prefetch_matches(batch(i + 1));
      store(batch(i));
    }
    for (size_t p = 0; p < results_.size(); ++p)
      if (found_[p].first != kNone) results_[p].witness = path(found_[p].first, found_[p].second, sys_.properties[p]);
    for (size_t p = 0; p < results_.size(); ++p) finish(results_[p], p, bound);
    watch_.finished(static_cast<long long>(store_.size()));
    return results_;
  }

  long long store_bytes() const { return static_cast<long long>(store_.bytes()); }

 private:
  // The successors of one stored state, worked out but not yet stored or
  // checked against the properties that read no erased variable.
  struct Batch {
    std::uint64_t state;
    bool matched;                  // prefetch_matches() done
    std::exception_ptr error;      // the model's, thrown when the batch is stored
    std::vector<int> enabled;      // successor k is by transition enabled[k] (the ample set)
    std::vector<State> next;       // successor k, normalised
    std::vector<std::uint64_t> keys, hashes;  // successor k's key at keys[k * words]
    std::vector<bool> bad;         // [k * before_erase_.size() + j]: k violates before_erase_[j] (if open)
  };
  static constexpr std::uint64_t kAhead = 2;  // states prepared ahead of the one stored
  Batch& batch(std::uint64_t i) { return batches_[i % batches_.size()]; }

  // Expands stored state i into b: its successors, their keys and hashes;
  // their slots in the visited set start loading. Decides nothing, so that
  // it can run before the search reaches i.
  void prepare(std::uint64_t i, Batch& b) {
    b.state = i;
    b.matched = false;
    b.error = nullptr;
    try {
      load(i);
      for (size_t p : before_erase_) parent_bad_[p] = open_[p] && code_.bad(cur_.data(), static_cast<int>(p));
      size_t n = successors(b, [&](size_t k) { check_ahead(b, k); });
      for (size_t k = 0; k < n; ++k) {
        b.hashes[k] = store_.hash(&b.keys[k * packing_.words()]);
        store_.prefetch(b.hashes[k]);
      }
    } catch (...) {
      b.error = std::current_exception();
    }
  }

  // Once b's slots have loaded: starts loading the stored keys they may hold.
  void prefetch_matches(Batch& b) {
    if (b.matched || b.error) return;
    for (size_t k = 0; k < b.enabled.size(); ++k) store_.prefetch_matches(b.hashes[k]);
    b.matched = true;
  }

  // Stores the successors of b's state and checks them, as the search
  // reaches it: the properties that read erased variables on every
  // successor, the others on each new state.
  void store(Batch& b) {
    if (b.error) std::rethrow_exception(b.error);
    prefetch_matches(b);
    store_.expanded(b.state);
    size_t n = b.enabled.size(), m = before_erase_.size();
    for (size_t k = 0; k < n; ++k)
      for (size_t j = 0; j < m; ++j)
        if (open_[before_erase_[j]] && b.bad[k * m + j]) violated(before_erase_[j], b.state, b.enabled[k]);
    for (size_t k = 0; k < n; ++k)
      if (store_.add(&b.keys[k * packing_.words()], b.hashes[k], static_cast<std::uint32_t>(b.state),
                     static_cast<std::uint16_t>(b.enabled[k])))
        check_new(b, k);
  }

  // Makes stored state i the one successors() steps from.
  void load(std::uint64_t i) {
    const std::uint8_t* key = store_.key(i);
    std::memcpy(cur_key_.data(), key, packing_.bytes());
    packing_.unpack(key, cur_.data());
  }

  // The successors of the loaded state into b (but for hashes), in the
  // order store() stores them; stepped(k) sees successor k before it is
  // normalised. A successor's key is the loaded state's with the variables
  // its step wrote patched, unless sorting the actors moved one (then
  // packed anew).
  template <class F>
  size_t successors(Batch& b, F&& stepped) {
    size_t words = packing_.words();
    b.enabled.clear();
    code_.for_enabled(cur_.data(), [&](int t) { b.enabled.push_back(t); });
    if (limits_.partial_order) reduction_.ample(cur_, b.enabled);
    size_t n = b.enabled.size();
    if (b.next.size() < n) b.next.resize(n, cur_);
    b.keys.resize(n * words);
    b.hashes.resize(n);
    b.bad.resize(n * before_erase_.size());
    for (size_t k = 0; k < n; ++k) {
      State& next = b.next[k];
      std::uint64_t* key = &b.keys[k * words];
      std::memcpy(next.data(), cur_.data(), cur_.size());
      code_.step(cur_.data(), b.enabled[k], next.data());
      stepped(k);
      if (normalise(next)) {
        packing_.pack(next.data(), key);
      } else {
        std::memcpy(key, cur_key_.data(), words * 8);
        packing_.patch(key, code_.writes(b.enabled[k]), next.data());
      }
    }
    return n;
  }

  // Whether successor k of the loaded state (not yet normalised) violates
  // each open property of before_erase_, evaluating only those its step
  // can have changed: the others have the loaded state's value (parent_bad_).
  void check_ahead(Batch& b, size_t k) {
    const std::vector<bool>& changed = changes_[b.enabled[k]];
    for (size_t j = 0; j < before_erase_.size(); ++j) {
      size_t p = before_erase_[j];
      b.bad[k * before_erase_.size() + j] =
          open_[p] && (changed[p] ? code_.bad(b.next[k].data(), static_cast<int>(p)) : parent_bad_[p]);
    }
  }

  // Checks new successor k of b's state against the properties of
  // after_erase_ its step can have changed. The others have the loaded
  // state's value, "not violated" while open (every stored state was
  // checked), also when sorting the actors moved one: symmetry is only on
  // when no property can tell the actors apart (symmetry.h).
  void check_new(const Batch& b, size_t k) {
    int t = b.enabled[k];
    const std::vector<bool>& changed = changes_[t];
    for (size_t p : after_erase_)
      if (open_[p] && changed[p] && code_.bad(b.next[k].data(), static_cast<int>(p)))
        violated(p, static_cast<std::uint32_t>(b.state), t);
  }

  // The transition stored state n was first reached by: the first of its
  // parent's successors with n's key (the one that stored it).
  int via(std::uint64_t n) {
    if (store_.bitstate()) return store_.via(n);
    Batch& b = batches_[0];
    load(store_.parent(n));
    size_t words = packing_.words(), count = successors(b, [](size_t) {});
    for (size_t k = 0; k < count; ++k)
      if (std::memcmp(&b.keys[k * words], store_.key(n), packing_.bytes()) == 0) return b.enabled[k];
    throw std::logic_error("explicit: a stored state is no successor of its parent");
  }

  // An initial state: checked and stored like a successor.
  void visit_root(const State& s) {
    State next = s;
    check_root(before_erase_, next);
    normalise(next);
    std::vector<std::uint64_t> key(packing_.words(), 0);
    packing_.pack(next.data(), key.data());
    if (!store_.add(key.data(), store_.hash(key.data()), kNone, UINT16_MAX)) return;
    roots_.push_back(s);
    check_root(after_erase_, next);
  }

  // Properties that read erased variables (monitor flags) are checked on
  // every initial state before it is normalised, the others once per new one.
  void check_root(const std::vector<size_t>& properties, const State& s) {
    for (size_t p : properties)
      if (open_[p] && code_.bad(s.data(), static_cast<int>(p))) {
        violated(p, kNone, -1);
        results_[p].witness = Witness{s, {}};
      }
  }

  // Erases what need not be stored and sorts the actors; whether sorting moved any.
  bool normalise(State& s) const {
    for (int v : erase_) s[v] = static_cast<char>(sys_.vars[v].init);
    return limits_.symmetry && symmetry_.canonicalise(s);
  }

  // Property p is violated by the successor of stored state `from` under
  // t (an initial state when `from` is kNone): the run to it is rebuilt
  // once the search stops (path() re-expands stored states).
  void violated(size_t p, std::uint32_t from, int t) {
    open_[p] = false;
    --unresolved_;
    results_[p].verdict = Verdict::Violated;
    if (from != kNone) found_[p] = {from, t};
  }

  // A run to a state violating p: to stored state `from`, then t. Stored
  // states are normal forms, so the run is rebuilt on concrete states: the
  // chain of normal forms is regenerated from its root by the stored
  // transitions, and each concrete step is a transition leading to the
  // next normal form (the stored one when it does, always without
  // symmetry, else its image for another order of the actors); the last
  // step must also violate p.
  Witness path(std::uint32_t from, int t, const Property& p) {
    std::vector<std::uint32_t> chain;
    for (std::uint32_t n = from; n != kNone; n = store_.parent(n)) chain.push_back(n);
    std::reverse(chain.begin(), chain.end());
    Witness w{roots_[chain.front()], {}};
    State normal = w.init, x = w.init;
    normalise(normal);
    auto take = [&](int via, bool last) {
      normal = sys_.step(normal, sys_.transitions[via]);
      normalise(normal);
      auto leads = [&](int u) {
        if (!eval(*sys_.transitions[u].guard, x)) return false;
        State y = sys_.step(x, sys_.transitions[u]);
        if (last && !eval(*p.bad, y)) return false;
        normalise(y);
        return y == normal;
      };
      int u = leads(via) ? via : -1;
      for (int v = 0; u < 0 && v < static_cast<int>(sys_.transitions.size()); ++v)
        if (leads(v)) u = v;
      if (u < 0) throw std::logic_error("explicit: no concrete step for a stored transition");
      w.steps.push_back(u);
      x = sys_.step(x, sys_.transitions[u]);
    };
    for (size_t i = 1; i < chain.size(); ++i) take(via(chain[i]), false);
    take(t, true);
    return w;
  }

  void finish(Result& r, size_t p, const std::string& bound) const {
    r.states = static_cast<long long>(store_.size());
    if (!open_[p]) {
      size_t found = r.witness.steps.size();
      r.witness = minimise(sys_, r.witness, sys_.properties[p]);
      r.detail = std::to_string(r.witness.steps.size()) + " steps (breadth-first: " +
                 std::to_string(found) + ", then minimised)";
    } else if (!bound.empty()) {
      r.verdict = Verdict::Unknown;
      r.detail = bound;
    } else if (store_.bitstate()) {
      char p_miss[32];
      std::snprintf(p_miss, sizeof p_miss, "%.2g", store_.miss_probability());
      r.verdict = Verdict::Unknown;
      r.detail = "no violation found (bitstate, 2^" + std::to_string(limits_.bitstate_bits) + " bits, " +
                 std::to_string(store_.size()) + " states; probability of a missed state " + p_miss + ")";
    } else {
      r.verdict = Verdict::Holds;
    }
  }

  const System& sys_;
  const Limits& limits_;
  const CpuBudget& budget_;
  Watch& watch_;
  std::string config_;  // which configuration, for progress lines
  Compiled code_;
  Reduction reduction_;
  Symmetry symmetry_;
  std::vector<int> erase_;
  std::vector<State> inits_, roots_;  // roots_[n]: stored initial state n
  Packing packing_;
  StateStore store_;
  std::vector<std::vector<bool>> changes_;     // per transition, per property: it writes a variable the property reads
  std::vector<bool> parent_bad_;               // per property of before_erase_: the loaded state violates it
  std::vector<std::uint64_t> cur_key_;        // the key of the loaded state
  std::vector<Batch> batches_;                // ring: state i's successors in batches_[i % size]
  std::vector<bool> open_;
  std::vector<std::pair<std::uint32_t, int>> found_;  // per violated property: the stored state and step to it
  size_t unresolved_;
  std::vector<size_t> before_erase_, after_erase_;  // properties
  std::vector<Result> results_;
  State cur_;  // the loaded state
};

class Explicit : public Engine {
 public:
  std::string name() const override { return "explicit"; }

  Result check(const System& sys, const Property& prop, const Limits& limits) override {
    System one = sys;
    one.properties = {prop};
    return check_all(one, limits).front();
  }

  // Each configuration on its own slice of the model (slice.h), as many at
  // once as there are threads; verdicts are then combined in configuration
  // order: violated if any configuration violates (the shortest
  // counterexample), unknown if any hit the bound, holds otherwise.
  std::vector<Result> check_all(const System& sys, const Limits& limits) override {
    double start = cpu_seconds();
    CpuBudget budget(limits.max_seconds);
    std::vector<State> configs = sys.initial_states();
    std::vector<std::vector<Result>> one(configs.size());
    std::vector<long long> bytes(configs.size());
    std::vector<std::exception_ptr> error(configs.size());
    std::atomic<size_t> next{0};
    Watch watch(limits.progress);
    auto work = [&] {
      for (size_t c; (c = next++) < configs.size();) {
        try {
          Slice s = slice(sys, configs[c]);
          std::string config = sys.variant + " configuration " + std::to_string(c + 1) + "/" +
                               std::to_string(configs.size()) + " (" + sys.config_of(configs[c]) + ")";
          Explorer explorer(s.sys, limits, budget, watch, config);
          one[c] = explorer.run();
          bytes[c] = explorer.store_bytes();
          for (auto& r : one[c])
            for (int& t : r.witness.steps) t = s.origin[t];
        } catch (...) {
          error[c] = std::current_exception();
        }
      }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < threads(limits, configs.size()); ++i) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    std::vector<Result> all(sys.properties.size());
    for (size_t c = 0; c < configs.size(); ++c) {
      if (error[c]) std::rethrow_exception(error[c]);
      for (size_t p = 0; p < all.size(); ++p) combine(all[p], one[c][p], configs[c], bytes[c]);
    }
    for (auto& r : all) finish(r, cpu_seconds() - start);
    return all;
  }

 private:
  static int threads(const Limits& limits, size_t configs) {
    int n = limits.threads > 0 ? limits.threads : static_cast<int>(std::thread::hardware_concurrency());
    return std::max(1, std::min(n, static_cast<int>(configs)));
  }

  static void combine(Result& all, const Result& one, const State& config, long long store_bytes) {
    all.configs.push_back({config, one.verdict, one.witness.steps.size(), one.states, store_bytes});
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
};

}  // namespace

std::unique_ptr<Engine> make_explicit_engine() { return std::make_unique<Explicit>(); }

}  // namespace kvmlc
