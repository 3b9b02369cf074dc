#include "trace/replay.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "base/input_error.h"
#include "trace/format.h"

namespace kvmlc {

std::string module_key(std::string name) {
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

Aliases module_aliases(const Spec& spec) {
  Aliases out;
  auto add = [&](const std::string& alias, const std::string& module) {
    auto& names = out[module_key(alias)];
    if (std::find(names.begin(), names.end(), module) == names.end()) names.push_back(module);
  };
  for (const auto& m : spec.modules) {
    add(m.name, m.name);
    for (const auto& a : m.aliases) add(a, m.name);
  }
  return out;
}

bool event_matches(const Event& trace, const Event& model) {
  return trace.ev == model.ev && trace.module == model.module && trace.fn == model.fn &&
         trace.call == model.call && trace.arg == model.arg && trace.ret == model.ret &&
         (trace.actor.empty() || trace.actor == model.actor) &&
         (trace.refcnt == -1 || trace.refcnt == model.refcnt) &&
         (trace.ev != "step" || trace.what == model.what);
}

std::string format_event(const Event& e) {
  std::string out = (e.actor.empty() ? "?" : e.actor) + " " + e.ev;
  if (e.ev == "syscall") {
    out += " " + e.call;
    if (!e.module.empty()) out += " " + e.module;
    if (e.call == "create_vm" || e.call == "check_extension") out += " " + std::to_string(e.arg);
    out += " = " + std::to_string(e.ret);
  } else if (e.ev == "ret") {
    out += " " + e.fn + " = " + std::to_string(e.ret);
  } else if (e.ev == "step") {
    out += " " + e.fn + " '" + e.what + "'";
  } else {
    out += " " + e.module;
    if (e.refcnt >= 0) out += " refcnt=" + std::to_string(e.refcnt);
  }
  return out;
}

namespace {

void conjuncts(const ExprP& e, std::vector<const Expr*>& out) {
  if (e->op == Op::And) {
    for (const auto& a : e->args) conjuncts(a, out);
  } else {
    out.push_back(e.get());
  }
}

}  // namespace

GuardIndex::GuardIndex(const System& sys, const std::vector<int>& transitions) : sys_(&sys) {
  // The VAR == CONST conjuncts of each guard.
  std::vector<std::vector<std::pair<int, int>>> eqs(transitions.size());
  std::map<std::pair<int, int>, int> bucket;  // how many transitions share (var, value)
  for (size_t i = 0; i < transitions.size(); ++i) {
    std::vector<const Expr*> cs;
    conjuncts(sys.transitions[transitions[i]].guard, cs);
    for (const Expr* c : cs) {
      if (c->op != Op::Eq) continue;
      const Expr* a = c->args[0].get();
      const Expr* b = c->args[1].get();
      if (a->op == Op::Const) std::swap(a, b);
      if (a->op != Op::Var || b->op != Op::Const) continue;
      eqs[i].push_back({a->var, b->value});
      ++bucket[{a->var, b->value}];
    }
  }
  // Each transition is filed under its most selective conjunct.
  std::map<int, size_t> group_of;
  for (size_t i = 0; i < transitions.size(); ++i) {
    if (eqs[i].empty()) {
      rest_.push_back(transitions[i]);
      continue;
    }
    auto best = *std::min_element(eqs[i].begin(), eqs[i].end(), [&](const auto& x, const auto& y) {
      return bucket[x] < bucket[y];
    });
    const Var& v = sys.vars[best.first];
    if (best.second < v.lo || best.second > v.hi) continue;  // never enabled
    auto [it, added] = group_of.insert({best.first, groups_.size()});
    if (added) groups_.push_back({best.first, v.lo, std::vector<std::vector<int>>(v.hi - v.lo + 1)});
    groups_[it->second].by_value[best.second - v.lo].push_back(transitions[i]);
  }
}

const char* to_string(ReplayResult::Verdict v) {
  switch (v) {
    case ReplayResult::Verdict::Conforms: return "conforms";
    case ReplayResult::Verdict::Diverges: return "diverges";
    case ReplayResult::Verdict::Unknown: return "unknown";
  }
  return "?";
}

Replay::Replay(const System& sys, const TraceHeader& header, Aliases aliases, ReplayLimits limits)
    : sys_(sys), header_(header), aliases_(std::move(aliases)), limits_(limits) {
  // What each transition records, except the part that depends on the
  // pre-state (event_value); matches() fills that in only for candidates.
  std::vector<int> silent, observed;
  for (size_t t = 0; t < sys.transitions.size(); ++t) {
    const Transition& tr = sys.transitions[t];
    Event e = tr.event ? *tr.event : Event::step(tr.actor, tr.function, tr.what);
    e.what = tr.what;
    bool seen = header.observes_class(e.event_class());
    observed_.push_back(seen);
    (seen ? observed : silent).push_back(static_cast<int>(t));
    if (seen) by_key_[key(e.ev, e.module, e.fn, e.call)].push_back(static_cast<int>(t));
    if (e.ev == "ret") model_fns_.insert(e.fn);
    model_event_.push_back(std::move(e));
  }
  silent_ = GuardIndex(sys, silent);
  observed_index_ = GuardIndex(sys, observed);
  reported_.assign(sys.properties.size(), false);

  // Initial states: the header's config fixes the variables the variant
  // knows; the others stay open.
  std::vector<std::pair<int, int>> fixed;
  for (const auto& [name, value] : header.config) {
    int i = sys.var_index("cfg." + name);
    if (i >= 0 && sys.vars[i].config) fixed.push_back({i, value});
  }
  std::vector<State> frontier;
  for (const auto& s : sys.initial_states()) {
    // config_ok again: System::initial_states() has not always applied it.
    bool ok = (sys.config_ok.get() == nullptr || eval(*sys.config_ok, s)) &&
              std::all_of(fixed.begin(), fixed.end(),
                          [&](const auto& f) { return get(s, f.first) == f.second; });
    if (ok && next_.insert(s).second) frontier.push_back(s);
  }
  if (next_.empty()) {
    std::string config;
    for (const auto& [i, v] : fixed)
      config += (config.empty() ? "" : " ") + sys.vars[i].name.substr(4) + "=" + std::to_string(v);
    sets_.push_back({});
    current_ = 0;
    diverge(Event(), 1,
            "no initial state of " + sys.variant + " has the header's configuration " +
                (config.empty() ? "(none)" : config));
    return;
  }
  close(frontier);
  if (over_limit(next_.size(), 1)) {
    sets_.push_back({});
    current_ = 0;
    return;
  }
  current_ = intern(next_);
  check_properties(1);
}

std::string Replay::key(const std::string& ev, const std::string& module, const std::string& fn,
                        const std::string& call) const {
  std::string k = ev;
  for (const std::string* part : {&module, &fn, &call}) {
    k += '\0';
    k += *part;
  }
  return k;
}

bool Replay::matches(const Event& e, int t, const State& pre) const {
  const Transition& tr = sys_.transitions[t];
  if (!eval(*tr.guard, pre)) return false;
  const Event& m = model_event_[t];
  if (!e.actor.empty() && e.actor != m.actor) return false;
  if (e.arg != m.arg) return false;
  bool counts = m.ev == "get" || m.ev == "put";
  // Note: ExprP has its own operator! (model/expr.h); test with get().
  bool dynamic = tr.event_value.get() != nullptr;
  int value = dynamic ? eval(*tr.event_value, pre) : (counts ? m.refcnt : m.ret);
  int ret = counts || !dynamic ? m.ret : value;
  int refcnt = counts ? value : m.refcnt;
  if (e.ret != ret) return false;
  if (e.refcnt != -1 && e.refcnt != refcnt) return false;
  return e.ev != "step" || e.what == m.what;
}

// Adds to next_ every state reachable from `frontier` by unobserved
// transitions (frontier's states are already in next_).
void Replay::close(std::vector<State>& frontier) {
  while (!frontier.empty() && next_.size() <= limits_.max_states) {
    State s = std::move(frontier.back());
    frontier.pop_back();
    silent_.for_each_enabled(s, [&](int t) {
      State n = sys_.step(s, sys_.transitions[t]);
      if (next_.insert(n).second) frontier.push_back(std::move(n));
    });
  }
}

namespace {

size_t hash_of(const std::vector<State>& states) {
  size_t h = states.size();
  for (const State& s : states) h = h * 1000003u ^ std::hash<State>()(s);
  return h;
}

// Everything event_matches() compares.
std::string event_key(const Event& e) {
  std::string k;
  for (const std::string* part : {&e.ev, &e.module, &e.fn, &e.call, &e.actor}) {
    k += *part;
    k += '\0';
  }
  k += std::to_string(e.arg) + ',' + std::to_string(e.ret) + ',' + std::to_string(e.refcnt);
  if (e.ev == "step") k += '\0' + e.what;
  return k;
}

}  // namespace

// Moves `states` into a remembered set (an existing one if equal) and
// returns its index.
int Replay::intern(std::unordered_set<State>& states) {
  Set set;
  set.states.assign(states.begin(), states.end());
  states.clear();
  std::sort(set.states.begin(), set.states.end());
  size_t h = hash_of(set.states);
  if (auto it = by_hash_.find(h); it != by_hash_.end())
    for (int id : it->second)
      if (sets_[id].states == set.states) return id;
  if (cached_states_ + set.states.size() > limits_.cache_states && current_ >= 0) {
    // Forget every set but the current one.
    Set keep = std::move(sets_[current_]);
    keep.next.clear();
    sets_.clear();
    by_hash_.clear();
    cached_states_ = keep.states.size();
    by_hash_[hash_of(keep.states)].push_back(0);
    sets_.push_back(std::move(keep));
    current_ = 0;
  }
  for (const Property& p : sys_.properties)
    set.violates.push_back(std::all_of(set.states.begin(), set.states.end(),
                                       [&](const State& s) { return eval(*p.bad, s) != 0; }));
  cached_states_ += set.states.size();
  by_hash_[h].push_back(static_cast<int>(sets_.size()));
  sets_.push_back(std::move(set));
  return static_cast<int>(sets_.size()) - 1;
}

bool Replay::over_limit(size_t states, int line) {
  if (states <= limits_.max_states) return false;
  result_.verdict = ReplayResult::Verdict::Unknown;
  result_.line = line;
  result_.reason = "more than " + std::to_string(limits_.max_states) +
                   " model states are consistent with the trace";
  done_ = true;
  return true;
}

void Replay::check_properties(int line) {
  const Set& set = sets_[current_];
  result_.max_states = std::max(result_.max_states, set.states.size());
  result_.final_states = set.states.size();
  for (size_t p = 0; p < sys_.properties.size(); ++p) {
    if (reported_[p] || !set.violates[p]) continue;
    reported_[p] = true;
    result_.violations.push_back({sys_.properties[p].id, line});
  }
}

void Replay::diverge(const Event& e, int line, std::string reason) {
  const std::vector<State>& states = sets_[current_].states;
  result_.verdict = ReplayResult::Verdict::Diverges;
  result_.line = line;
  result_.event = e;
  result_.reason = std::move(reason);
  result_.states_before = states.size();
  done_ = true;
  if (states.empty()) return;
  // The events the model allowed, in transition order, deduplicated.
  std::vector<std::tuple<int, std::string, Event>> allowed;
  for (const State& s : states)
    observed_index_.for_each_enabled(s, [&](int t) {
      Event m = sys_.transitions[t].model_event(s);
      allowed.emplace_back(t, format_event(m), m);
    });
  std::sort(allowed.begin(), allowed.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  std::unordered_set<std::string> seen;
  for (const auto& [t, text, m] : allowed) {
    if (!seen.insert(text).second) continue;
    ++result_.allowed_total;
    if (result_.allowed.size() < limits_.max_allowed) result_.allowed.push_back(m);
  }
  result_.state = sys_.describe(states.front());  // the least: stable output
}

// Adds to next_ (and `frontier`) the successors of `from` by observed
// transitions whose model event matches `e`.
void Replay::successors(const std::vector<State>& from, const Event& e,
                        std::vector<State>& frontier) {
  auto cands = by_key_.find(key(e.ev, e.module, e.fn, e.call));
  if (cands == by_key_.end()) return;
  for (const State& s : from)
    for (int t : cands->second) {
      if (!matches(e, t, s)) continue;
      State n = sys_.step(s, sys_.transitions[t]);
      if (next_.insert(n).second) frontier.push_back(std::move(n));
    }
}

// The set after `e`: -1 if no state allows it, -2 if over the limit.
int Replay::advance(const Event& e, int line) {
  // A set that was once large keeps its buckets, and clear() walks them all.
  if (next_.bucket_count() > 1024 && next_.size() < next_.bucket_count() / 8)
    next_ = std::unordered_set<State>();
  else
    next_.clear();
  std::vector<State> frontier;
  const std::vector<State>& from = sets_[current_].states;
  auto alias = aliases_.end();
  if (e.ev == "syscall" && (e.call == "finit_module" || e.call == "delete_module"))
    alias = aliases_.find(module_key(e.module));
  if (alias == aliases_.end()) {
    successors(from, e, frontier);
  } else {
    Event named = e;
    for (const auto& module : alias->second) {
      named.module = module;
      successors(from, named, frontier);
    }
  }
  if (next_.empty()) return -1;
  close(frontier);
  if (over_limit(next_.size(), line)) return -2;
  return intern(next_);
}

bool Replay::feed(const Event& e, int line) {
  if (done_) return false;
  std::string cls = e.event_class();
  if (!header_.observes_class(cls)) {
    diverge(e, line, "the header does not observe event class '" + cls + "'");
    return false;
  }
  // A recorder may probe more functions than a variant names (e.g. the
  // backend's kvmppc_core_init_vm_hv under kvmppc_core_init_vm): their
  // returns are outside the model, not a divergence.
  if (e.ev == "ret" && !model_fns_.count(e.fn)) {
    ++result_.events;
    ++result_.outside;
    return true;
  }
  std::string k = event_key(e);
  int next;
  if (auto hit = sets_[current_].next.find(k); hit != sets_[current_].next.end()) {
    next = hit->second;
  } else {
    next = advance(e, line);
    if (next == -2) return false;
    sets_[current_].next.emplace(std::move(k), next);  // intern() may have moved current_
  }
  if (next < 0) {
    diverge(e, line, "no model behaviour allows it");
    return false;
  }
  current_ = next;
  ++result_.events;
  check_properties(line);
  return true;
}

ModelOptions options_for(const TraceHeader& header, const std::string& file) {
  ModelOptions o{header.actors};
  for (const auto& f : header.faults) {
    if (-f.ret > 127)
      throw InputError(file, 1, "injected error " + std::to_string(f.ret) + " into '" + f.fn +
                                    "' is not an errno the model can hold (-127..-1)");
    o.faults.push_back({f.fn, -f.ret});
  }
  return o;
}

ReplayResult replay(const System& sys, TraceReader& reader,
                    const Aliases& aliases, const ReplayLimits& limits) {
  Replay r(sys, reader.header(), aliases, limits);
  Event e;
  while (r.result().verdict == ReplayResult::Verdict::Conforms && reader.next(e))
    if (!r.feed(e, reader.line())) break;
  return r.result();
}

}  // namespace kvmlc
