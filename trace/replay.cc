#include "trace/replay.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string_view>
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

namespace {

// A recorded count (exact, a range, or not recorded) against the model's.
bool refcnt_matches(const Event& trace, int model) {
  if (trace.refcnt_min >= 0) return trace.refcnt_min <= model && model <= trace.refcnt_max;
  return trace.refcnt == -1 || trace.refcnt == model;
}

// Everything event_matches() compares.
std::string event_key(const Event& e) {
  std::string k;
  for (const std::string* part : {&e.ev, &e.module, &e.fn, &e.call, &e.actor}) {
    k += *part;
    k += '\0';
  }
  k += std::to_string(e.arg) + ',' + std::to_string(e.ret) + ',' + std::to_string(e.refcnt) + ',' +
       std::to_string(e.refcnt_min) + ',' + std::to_string(e.refcnt_max);
  if (e.ev == "step") k += '\0' + e.what;
  return k;
}

}  // namespace

bool event_matches(const Event& trace, const Event& model) {
  return trace.ev == model.ev && trace.module == model.module && trace.fn == model.fn &&
         trace.call == model.call && trace.arg == model.arg && trace.ret == model.ret &&
         (trace.actor.empty() || trace.actor == model.actor) && refcnt_matches(trace, model.refcnt) &&
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
    if (e.refcnt_min >= 0)
      out += " (" + std::to_string(e.refcnt_min) + ".." + std::to_string(e.refcnt_max) + ")";
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

GuardIndex::GuardIndex(const Compiled& code, const std::vector<int>& transitions) : code_(&code) {
  const System& sys = code.sys();
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

void StateSet::reset(size_t width) {
  width_ = width;
  bytes_.clear();
  size_ = 0;
  table_.assign(64, 0);
}

// A set that was once large would keep its table, and clearing walks all of
// it: a small set gets a small table again.
void StateSet::clear() {
  size_t slots = table_.size();
  while (slots > 64 && size_ * 8 < slots) slots /= 2;
  bytes_.clear();
  size_ = 0;
  if (slots == table_.size())
    std::fill(table_.begin(), table_.end(), 0);
  else
    table_.assign(slots, 0);
}

size_t StateSet::hash(const char* s) const { return std::hash<std::string_view>()({s, width_}); }

bool StateSet::insert(const char* s) {
  size_t mask = table_.size() - 1;
  size_t i = hash(s) & mask;
  for (; table_[i] != 0; i = (i + 1) & mask)
    if (std::memcmp(at(table_[i] - 1), s, width_) == 0) return false;
  if (size_ == 0xffffffffu) throw std::length_error("more than 2^32 - 1 consistent states");
  table_[i] = static_cast<std::uint32_t>(++size_);
  bytes_.append(s, width_);
  if (size_ * 2 > table_.size()) rehash(table_.size() * 2);
  return true;
}

void StateSet::rehash(size_t slots) {
  table_.assign(slots, 0);
  size_t mask = slots - 1;
  for (size_t k = 0; k < size_; ++k) {
    size_t i = hash(at(k)) & mask;
    while (table_[i] != 0) i = (i + 1) & mask;
    table_[i] = static_cast<std::uint32_t>(k + 1);
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
    : sys_(sys), code_(sys), header_(header), aliases_(std::move(aliases)), limits_(limits),
      vars_(sys.vars.size()), width_(vars_) {
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
    if (seen) {
      key(e, key_);
      by_key_[key_].push_back(static_cast<int>(t));
    }
    if (e.ev == "ret") model_fns_.insert(e.fn);
    model_event_.push_back(std::move(e));
  }
  silent_ = GuardIndex(code_, silent);
  observed_index_ = GuardIndex(code_, observed);
  std::vector<int> delayed;
  for (int t : observed) {
    const auto& d = header.delayed;
    if (std::find(d.begin(), d.end(), model_event_[t].event_class()) != d.end()) delayed.push_back(t);
  }
  if (!header.delayed.empty()) delay(delayed);
  reported_.assign(sys.properties.size(), false);

  // Initial states: the header's config fixes the variables the variant
  // knows; the others stay open.
  std::vector<std::pair<int, int>> fixed;
  for (const auto& [name, value] : header.config) {
    int i = sys.var_index("cfg." + name);
    if (i >= 0 && sys.vars[i].config) fixed.push_back({i, value});
  }
  next_.reset(width_);
  std::vector<std::uint32_t> frontier;
  for (State s : sys.initial_states()) {
    // config_ok again: System::initial_states() has not always applied it.
    bool ok = (sys.config_ok.get() == nullptr || eval(*sys.config_ok, s)) &&
              std::all_of(fixed.begin(), fixed.end(),
                          [&](const auto& f) { return get(s, f.first) == f.second; });
    s.resize(width_, '\0');  // nothing owed
    if (ok) add(s.data(), frontier);
  }
  if (next_.empty()) {
    std::string config;
    for (const auto& [i, v] : fixed)
      config += (config.empty() ? "" : " ") + sys.vars[i].name.substr(4) + "=" + std::to_string(v);
    diverge(Event(), 1,
            "no initial state of " + sys.variant + " has the header's configuration " +
                (config.empty() ? "(none)" : config));
    return;
  }
  close(frontier);
  if (over_limit(next_.size(), 1)) return;
  current_ = intern(next_);
  check_properties(1);
}

void Replay::key(const Event& e, std::string& out) {
  out = e.ev;
  for (const std::string* part : {&e.module, &e.fn, &e.call}) {
    out += '\0';
    out += *part;
  }
}

bool Replay::matches(const Event& e, int t, const char* pre) const {
  const Transition& tr = sys_.transitions[t];
  if (!code_.enabled(pre, t)) return false;
  const Event& m = model_event_[t];
  if (!e.actor.empty() && e.actor != m.actor) return false;
  if (e.arg != m.arg) return false;
  bool counts = m.ev == "get" || m.ev == "put";
  // Note: ExprP has its own operator! (model/expr.h); test with get().
  bool dynamic = tr.event_value.get() != nullptr;
  int value = dynamic ? code_.event_value(pre, t) : (counts ? m.refcnt : m.ret);
  int ret = counts || !dynamic ? m.ret : value;
  int refcnt = counts ? value : m.refcnt;
  if (e.ret != ret) return false;
  if (!refcnt_matches(e, refcnt)) return false;
  return e.ev != "step" || e.what == m.what;
}

// Every actor that takes a transition gets a slot for the event it owes.
void Replay::delay(const std::vector<int>& delayed) {
  std::map<std::string, int> slot;
  for (const Transition& tr : sys_.transitions) {
    auto it = slot.try_emplace(tr.actor, static_cast<int>(slot.size())).first;
    slot_.push_back(it->second);
  }
  slots_ = static_cast<int>(slot.size());
  width_ = vars_ + 2 * slots_;
  delayed_ = GuardIndex(code_, delayed);
}

int Replay::owed(const char* s, int slot) const {
  size_t at = vars_ + 2 * slot;
  return static_cast<unsigned char>(s[at]) << 8 | static_cast<unsigned char>(s[at + 1]);
}

void Replay::set_owed(char* s, int slot, int event) const {
  s[vars_ + 2 * slot] = static_cast<char>(event >> 8);
  s[vars_ + 2 * slot + 1] = static_cast<char>(event & 0xff);
}

bool Replay::blocked(const char* s, int t) const { return slots_ > 0 && owed(s, slot_[t]) != 0; }

// The number (from 1) of the event transition t records from `pre`, which
// its actor owes once it took t early. The event is t's with the value
// event_value gives in `pre`.
int Replay::owe(int t, const char* pre) {
  const Transition& tr = sys_.transitions[t];
  int value = tr.event_value.get() != nullptr ? code_.event_value(pre, t) : 0;
  long long key = static_cast<long long>(t) << 32 | static_cast<unsigned>(value);
  auto [it, added] = owed_ids_.try_emplace(key, static_cast<int>(owed_events_.size()) + 1);
  if (added) {
    if (owed_events_.size() == 0xffff) throw std::length_error("more than 65535 distinct delayed events");
    owed_events_.push_back(*tr.event_at(State(pre, width_)));
  }
  return it->second;
}

void Replay::add(const char* n, std::vector<std::uint32_t>& frontier) {
  if (next_.insert(n)) frontier.push_back(static_cast<std::uint32_t>(next_.size() - 1));
}

// The successor of pre_ under t in post_.
void Replay::step(int t) {
  post_ = pre_;
  code_.step(pre_.data(), t, post_.data());
}

// Adds to next_ every state reachable from `frontier` by unobserved
// transitions (frontier's states are already in next_).
void Replay::close(std::vector<std::uint32_t>& frontier) {
  while (!frontier.empty() && next_.size() <= limits_.max_states) {
    pre_.assign(next_.at(frontier.back()), width_);  // next_ may move as it grows
    frontier.pop_back();
    const char* s = pre_.data();
    silent_.for_each_enabled(s, [&](int t) {
      if (blocked(s, t)) return;
      step(t);
      add(post_.data(), frontier);
    });
    // A delayed step taken now; its event comes later.
    if (slots_ > 0)
      delayed_.for_each_enabled(s, [&](int t) {
        if (blocked(s, t)) return;
        step(t);
        set_owed(post_.data(), slot_[t], owe(t, s));
        add(post_.data(), frontier);
      });
  }
}

int Replay::event_id(const Event& e) {
  return event_ids_.try_emplace(event_key(e), static_cast<int>(event_ids_.size())).first->second;
}

std::optional<int> Replay::remembered(int event) const {
  for (const auto& [e, set] : sets_[current_].next)
    if (e == event) return set;
  return std::nullopt;
}

std::vector<State> Replay::states() const {
  std::vector<State> out;
  for (size_t i = 0; i < count(current()); ++i) out.push_back(state(current(), i).substr(0, vars_));
  out.erase(std::unique(out.begin(), out.end()), out.end());  // owing or not, sorted by the model's part
  return out;
}

// What a remembered set costs, about: its states, its transitions, the
// Set itself, its entry in by_hash_ and the allocator's headers.
size_t Replay::footprint(const Set& set) {
  return sizeof(Set) + set.states.capacity() + set.next.size() * sizeof(set.next[0]) +
         set.violates.size() / 8 + 64;
}

// Moves `states` into a remembered set (an existing one if equal) and
// returns its index.
int Replay::intern(StateSet& states) {
  std::vector<const char*> sorted(states.size());
  for (size_t i = 0; i < states.size(); ++i) sorted[i] = states.at(i);
  // std::string's order: bytes compared unsigned.
  std::sort(sorted.begin(), sorted.end(),
            [&](const char* a, const char* b) { return std::memcmp(a, b, width_) < 0; });
  Set set;
  set.states.reserve(sorted.size() * width_);
  for (const char* s : sorted) set.states.append(s, width_);
  states.clear();
  if (count(set) < limits_.remember_from) {
    set.violates = violated(set);
    loose_ = std::move(set);
    return kLoose;
  }
  set.hash = std::hash<std::string>()(set.states);
  auto [same, end] = by_hash_.equal_range(set.hash);
  for (; same != end; ++same)
    if (sets_[same->second].states == set.states) return same->second;
  if (cached_bytes_ + footprint(set) > limits_.cache_bytes) sweep();
  set.violates = violated(set);
  cached_bytes_ += footprint(set);
  by_hash_.emplace(set.hash, static_cast<int>(sets_.size()));
  sets_.push_back(std::move(set));
  return static_cast<int>(sets_.size()) - 1;
}

// Per property: does every state of `set` violate it?
std::vector<bool> Replay::violated(const Set& set) const {
  std::vector<bool> out;
  for (int p = 0; p < static_cast<int>(sys_.properties.size()); ++p) {
    bool all = true;
    for (size_t i = 0; all && i < count(set); ++i) all = code_.bad(at(set, i), p);
    out.push_back(all);
  }
  return out;
}

// Makes room in the remembered sets: keeps the most recently current ones
// (the current one first) in half the cap and forgets the others, and the
// transitions into them.
void Replay::sweep() {
  if (current_ >= 0) sets_[current_].used = ++clock_;
  std::vector<int> order(sets_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return sets_[a].used > sets_[b].used; });
  std::vector<int> id(sets_.size(), -1);
  size_t bytes = 0;
  int kept = 0;
  for (int i : order) {
    bytes += footprint(sets_[i]);
    if (i != current_ && bytes > limits_.cache_bytes / 2) break;
    id[i] = kept++;
  }
  std::vector<Set> sets(kept);
  for (size_t i = 0; i < sets_.size(); ++i)
    if (id[i] >= 0) sets[id[i]] = std::move(sets_[i]);
  if (current_ >= 0) current_ = id[current_];
  sets_ = std::move(sets);
  by_hash_.clear();
  cached_bytes_ = 0;
  for (size_t i = 0; i < sets_.size(); ++i) {
    Set& set = sets_[i];
    std::erase_if(set.next, [&](const auto& n) { return n.second >= 0 && id[n.second] < 0; });
    for (auto& n : set.next)
      if (n.second >= 0) n.second = id[n.second];
    cached_bytes_ += footprint(set);
    by_hash_.emplace(set.hash, static_cast<int>(i));
  }
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
  const Set& set = current();
  result_.max_states = std::max(result_.max_states, count(set));
  result_.final_states = count(set);
  for (size_t p = 0; p < sys_.properties.size(); ++p) {
    if (reported_[p] || !set.violates[p]) continue;
    reported_[p] = true;
    result_.violations.push_back({sys_.properties[p].id, line});
  }
}

// How close an allowed event is to the one the trace has, for ranking
// the alternatives of a divergence: the same actor, then the same call
// (the same system call, function or module event, differing only in its
// result), then only the same kind of event.
namespace {
int closeness(const Event& trace, const Event& model) {
  bool actor = trace.actor.empty() || trace.actor == model.actor;
  bool kind = trace.ev == model.ev;
  bool call = kind && trace.call == model.call && trace.fn == model.fn && trace.module == model.module;
  return 4 * actor + 2 * call + kind;
}
}  // namespace

void Replay::diverge(const Event& e, int line, std::string reason) {
  const Set& set = current();
  result_.verdict = ReplayResult::Verdict::Diverges;
  result_.line = line;
  result_.event = e;
  result_.reason = std::move(reason);
  result_.states_before = count(set);
  done_ = true;
  if (count(set) == 0) return;
  // The events the model allowed, deduplicated, the likeliest meant first
  // (closeness() to the trace's event), then in transition order.
  std::vector<std::tuple<int, int, std::string, Event>> allowed;
  for (size_t i = 0; i < count(set); ++i) {
    State s = state(set, i);
    observed_index_.for_each_enabled(s.data(), [&](int t) {
      if (blocked(s.data(), t)) return;
      Event m = sys_.transitions[t].model_event(s);
      allowed.emplace_back(-closeness(e, m), t, format_event(m), m);
    });
    for (int slot = 0; slot < slots_; ++slot)
      if (int id = owed(s.data(), slot)) {
        const Event& m = owed_events_[id - 1];
        allowed.emplace_back(-closeness(e, m), -1, format_event(m), m);
      }
  }
  std::sort(allowed.begin(), allowed.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a)) <
           std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b));
  });
  std::unordered_set<std::string> seen;
  for (const auto& [rank, t, text, m] : allowed) {
    if (!seen.insert(text).second) continue;
    ++result_.allowed_total;
    if (result_.allowed.size() < limits_.max_allowed) result_.allowed.push_back(m);
  }
  result_.state = sys_.describe(state(set, 0));  // the least: stable output
}

// Adds to next_ (and `frontier`) the successors of `from` by observed
// transitions whose model event matches `e`.
void Replay::successors(const Set& from, const Event& e, std::vector<std::uint32_t>& frontier) {
  key(e, key_);
  auto cands = by_key_.find(key_);
  if (cands == by_key_.end()) return;
  for (size_t i = 0; i < count(from); ++i) {
    pre_.assign(at(from, i), width_);
    const char* s = pre_.data();
    // An event owed: its step was taken earlier.
    for (int slot = 0; slot < slots_; ++slot) {
      int id = owed(s, slot);
      if (id == 0 || !event_matches(e, owed_events_[id - 1])) continue;
      post_ = pre_;
      set_owed(post_.data(), slot, 0);
      add(post_.data(), frontier);
    }
    for (int t : cands->second)
      if (!blocked(s, t) && matches(e, t, s)) {
        step(t);
        add(post_.data(), frontier);
      }
  }
}

// The set after `e`: -1 if no state allows it, -2 if over the limit.
int Replay::advance(const Event& e, int line) {
  next_.clear();
  std::vector<std::uint32_t> frontier;
  const Set& from = current();
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
  // returns are outside the model: counted and shown, a divergence only
  // when the user asks for it.
  if (e.ev == "ret" && !model_fns_.count(e.fn)) {
    if (limits_.strict) {
      diverge(e, line, sys_.variant + " does not name " + e.fn + " (--strict: events outside the model diverge)");
      return false;
    }
    ++result_.events;
    ++result_.outside;
    OutsideEvents& o = result_.outside_fns[e.fn];
    if (o.events++ == 0) o.line = line;
    return true;
  }
  // A remembered set may know where `e` leads; a loose one never does.
  int id = current_ >= 0 ? event_id(e) : -1;
  std::optional<int> next = id >= 0 ? remembered(id) : std::nullopt;
  if (!next) {
    next = advance(e, line);
    if (next == -2) return false;
    if (current_ >= 0 && next != kLoose) {  // intern() may have moved current_
      sets_[current_].next.emplace_back(id, *next);
      cached_bytes_ += sizeof(std::pair<int, int>);
    }
  }
  if (next == -1) {
    diverge(e, line, "no model behaviour allows it");
    return false;
  }
  current_ = *next;
  if (current_ >= 0) sets_[current_].used = ++clock_;
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
  while (r.result().verdict == ReplayResult::Verdict::Conforms && reader.next(e)) {
    if (!r.feed(e, reader.line())) break;
    if (limits.progress && limits.progress->due())
      limits.progress->print("replay: line " + std::to_string(reader.line()) + ", " +
                             std::to_string(r.result().events) + " events, " +
                             std::to_string(r.consistent()) + " consistent model states");
  }
  return lost_events(r.result(), reader.header());
}

// Events a trace lost may be anywhere in it: what the others say is no
// verdict.
ReplayResult lost_events(ReplayResult r, const TraceHeader& header) {
  if (header.lost <= 0 || r.verdict == ReplayResult::Verdict::Unknown) return r;
  std::string found = r.verdict == ReplayResult::Verdict::Conforms
                          ? "the events it has conform"
                          : "it diverges at line " + std::to_string(r.line) + ", which they may explain";
  r.verdict = ReplayResult::Verdict::Unknown;
  r.reason = "the trace lost " + std::to_string(header.lost) + " events (header \"lost\"); " + found;
  r.line = 1;
  return r;
}

}  // namespace kvmlc
