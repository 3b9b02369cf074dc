#include "trace/replay.h"

#include <algorithm>
#include <cstring>
#include <unordered_set>
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

namespace {

// A string's length, first and last eight bytes (the strings are short
// names of functions, modules and calls; equal hashes are compared whole).
std::uint64_t hash_text(std::uint64_t h, const std::string& s) {
  constexpr std::uint64_t kMul = 0x9e3779b97f4a7c15ULL;
  std::uint64_t first = 0, last = 0;
  if (s.size() >= 8) {
    std::memcpy(&first, s.data(), 8);
    std::memcpy(&last, s.data() + s.size() - 8, 8);
  } else {
    for (char c : s) first = first << 8 | static_cast<unsigned char>(c);
  }
  h = (h ^ first ^ static_cast<std::uint64_t>(s.size()) << 58) * kMul;
  h = (h ^ h >> 32 ^ last) * kMul;
  return h ^ h >> 29;
}

}  // namespace

std::uint64_t EventIds::hash(const Event& e) const {
  std::uint64_t h = 0;
  for (const std::string* part : {&e.ev, &e.module, &e.fn, &e.call, &e.actor}) h = hash_text(h, *part);
  if (what_ || e.ev == "step") h = hash_text(h, e.what);
  for (int n : {e.arg, e.ret, e.refcnt, e.refcnt_min, e.refcnt_max})
    h = (h ^ static_cast<std::uint32_t>(n)) * 0xbf58476d1ce4e5b9ULL, h ^= h >> 31;
  return h;
}

bool EventIds::same(const Event& a, const Event& b) const {
  return a.arg == b.arg && a.ret == b.ret && a.refcnt == b.refcnt && a.refcnt_min == b.refcnt_min &&
         a.refcnt_max == b.refcnt_max && same_text(a.ev, b.ev) && same_text(a.module, b.module) &&
         same_text(a.fn, b.fn) && same_text(a.call, b.call) && same_text(a.actor, b.actor) &&
         (!(what_ || a.ev == "step") || same_text(a.what, b.what));
}

void EventIds::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot());
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id < 0) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].id >= 0) i = (i + 1) & mask;
    slots_[i] = slot;
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
      words_((sys.properties.size() + 63) / 64), vars_(sys.vars.size()), width_(vars_),
      packing_(sys, std::vector<bool>(vars_, false), State(vars_, '\0')) {
  // What each transition records, except the part that depends on the
  // pre-state (event_value); expand() fills that in.
  std::vector<int> silent, observed;
  for (size_t t = 0; t < sys.transitions.size(); ++t) {
    const Transition& tr = sys.transitions[t];
    Event e = tr.event ? *tr.event : Event::step(tr.actor, tr.function, tr.what);
    e.what = tr.what;
    (header.observes_class(e.event_class()) ? observed : silent).push_back(static_cast<int>(t));
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
  reported_.assign(words_, 0);
  bad_ = Chunks(words_ * 8);
  budget_ = limits_.cache_bytes;
  packed_.assign(packing_.words() + (2 * slots_ + 7) / 8, 0);
  states_ = KeyTable(packing_.bytes() + 2 * slots_);
  key_.assign((states_.width() + 7) / 8, 0);
  post_.assign(width_, '\0');

  // Initial states: the header's config fixes the variables the variant
  // knows; the others stay open.
  std::vector<std::pair<int, int>> fixed;
  for (const auto& [name, value] : header.config) {
    int i = sys.var_index("cfg." + name);
    if (i >= 0 && sys.vars[i].config) fixed.push_back({i, value});
  }
  ++epoch_;
  for (State s : sys.initial_states()) {
    // config_ok again: System::initial_states() has not always applied it.
    bool ok = (sys.config_ok.get() == nullptr || eval(*sys.config_ok, s)) &&
              std::all_of(fixed.begin(), fixed.end(),
                          [&](const auto& f) { return get(s, f.first) == f.second; });
    s.resize(width_, '\0');  // nothing owed
    if (ok) add(intern(s.data()));
  }
  if (next_.empty()) {
    sets_.emplace_back();  // the empty set diverge() reports
    std::string config;
    for (const auto& [i, v] : fixed)
      config += (config.empty() ? "" : " ") + sys.vars[i].name.substr(4) + "=" + std::to_string(v);
    diverge(Event(), 1,
            "no initial state of " + sys.variant + " has the header's configuration " +
                (config.empty() ? "(none)" : config));
    return;
  }
  close();
  if (over_limit(next_.size(), 1)) return;
  current_ = intern_set();
  check_properties(1);
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

bool Replay::blocked(const char* s, int t) const { return slots_ > 0 && owed(s, slot_[t]) != 0; }

// What the state owes once its actor took t early: the event t records
// from `pre` (its model event id + 1).
int Replay::owe(int t, const char* pre) {
  int id = edge_event(t, pre, true) + 1;
  if (id > 0xffff) throw std::length_error("more than 65535 distinct delayed events");
  return id;
}

// The id of the model event t records from `pre`: Transition::model_event,
// or, `owed`, the event a delayed step owes (Transition::event_at). Asked
// per edge, so memoised by what it depends on: t and its event value.
int Replay::edge_event(int t, const char* pre, bool owed) {
  const Transition& tr = sys_.transitions[t];
  bool dynamic = tr.event_value.get() != nullptr;  // ExprP has its own operator! (model/expr.h)
  int value = dynamic ? code_.event_value(pre, t) : 0;
  auto key = static_cast<std::int64_t>(t) << 33 | static_cast<std::int64_t>(owed) << 32 | static_cast<std::uint32_t>(value);
  auto [it, added] = edge_events_.try_emplace(key, 0);
  if (added) {
    Event m = owed ? *tr.event_at(State(pre, width_)) : model_event_[t];
    if (!owed && dynamic) (m.ev == "get" || m.ev == "put" ? m.refcnt : m.ret) = value;
    it->second = model_event_id(m);
  }
  return it->second;
}

int Replay::model_event_id(const Event& m) {
  bool added;
  int id = model_ids_.find_or_add(m, static_cast<int>(model_events_.size()), added,
                                  [&](int i) -> const Event& { return model_events_[i]; });
  if (added) model_events_.push_back(m);
  return id;
}

std::uint32_t Replay::intern(const char* s) {
  char* key = reinterpret_cast<char*>(packed_.data());
  packing_.pack(s, packed_.data());
  std::memcpy(key + packing_.bytes(), s + vars_, 2 * slots_);  // what is owed
  return intern_key(packed_.data(), states_.hash(packed_.data()));
}

std::uint32_t Replay::intern_key(const std::uint64_t* key, std::uint64_t h) {
  if (states_.size() == 0x7fffffffu) throw std::length_error("more than 2^31 - 1 model states met");
  std::uint32_t id = states_.intern(key, h);
  if (id == memo_.size()) {
    new (memo_.add()) Memo();
    if (words_ > 0) std::memset(bad_.add(), 0, words_ * 8);
  }
  return id;
}

void Replay::unpack(std::uint32_t id, std::string& out) const {
  out.resize(width_);
  const std::uint8_t* key = states_.key(id);
  packing_.unpack(key, out.data());
  std::memcpy(out.data() + vars_, key + packing_.bytes(), 2 * slots_);
}

// Makes state `id` the one successors are taken from: pre_ its bytes,
// key_ its key.
void Replay::load(std::uint32_t id) {
  unpack(id, pre_);
  key_.back() = 0;
  std::memcpy(key_.data(), states_.key(id), states_.width());
}

// The key of the loaded state's successor under t, into `key`: the loaded
// key with the variables t writes patched (packing every successor anew
// and copying the state for each was a fifth of learning a state).
void Replay::successor_key(int t, std::uint64_t* key) {
  code_.step(pre_.data(), t, post_.data());
  std::copy(key_.begin(), key_.end(), key);
  packing_.patch(key, code_.writes(t), post_.data());
}

// set_owed() on a key: the owed events follow the packed variables.
void Replay::set_owed(std::uint64_t* key, int slot, int event) const {
  auto* at = reinterpret_cast<unsigned char*>(key) + packing_.bytes() + 2 * slot;
  at[0] = static_cast<unsigned char>(event >> 8);
  at[1] = static_cast<unsigned char>(event & 0xff);
}

// The ids of the keys in keys_, into ids_, in their order: all are hashed
// and their buckets start loading first, then the stored keys the buckets'
// tags point at, and only then are they interned, one after another.
void Replay::intern_keys() {
  const size_t words = key_.size(), n = keys_.size() / words;
  hashes_.resize(n);
  for (size_t k = 0; k < n; ++k) {
    hashes_[k] = states_.hash(&keys_[k * words]);
    states_.prefetch(hashes_[k]);
  }
  for (size_t k = 0; k < n; ++k) states_.prefetch_matches(hashes_[k]);
  ids_.resize(n);
  for (size_t k = 0; k < n; ++k) ids_[k] = intern_key(&keys_[k * words], hashes_[k]);
}

// Computes and remembers the edges of the states `ids` (none expanded
// yet): each one's successors by unobserved transitions (a delayed step
// taken now, its event owed, is one), and its observed transitions with the
// model event each records (paying an owed event is one), whose successors
// are computed when an event first matches (successors()); and the
// properties it violates. The successors' keys of all of them are made and
// hashed first, then interned in the same order as one by one, so that
// their places in the table load meanwhile.
void Replay::expand(const std::uint32_t* ids, size_t count) {
  const size_t words = key_.size();
  keys_.clear();
  observed_.clear();
  spans_.clear();
  auto next_key = [&] {
    keys_.resize(keys_.size() + words);
    return &keys_[keys_.size() - words];
  };
  for (size_t c = 0; c < count; ++c) {
    load(ids[c]);
    const char* s = pre_.data();
    Span span{keys_.size() / words, 0, observed_.size()};
    silent_.for_each_enabled(s, [&](int t) {
      if (!blocked(s, t)) successor_key(t, next_key());
    });
    if (slots_ > 0)
      delayed_.for_each_enabled(s, [&](int t) {
        if (blocked(s, t)) return;
        int owes = owe(t, s);
        std::uint64_t* key = next_key();
        successor_key(t, key);
        set_owed(key, slot_[t], owes);
      });
    span.hidden = keys_.size() / words - span.key;
    for (int slot = 0; slot < slots_; ++slot)  // pairs: model event id, successor (interned below) or kLazy | t
      if (int owes = owed(s, slot)) {
        std::uint64_t* key = next_key();
        std::copy(key_.begin(), key_.end(), key);
        set_owed(key, slot, 0);
        observed_.push_back(owes - 1);
        observed_.push_back(0);
      }
    observed_index_.for_each_enabled(s, [&](int t) {
      if (blocked(s, t)) return;
      observed_.push_back(edge_event(t, s, false));
      observed_.push_back(kLazy | static_cast<std::uint32_t>(t));
    });
    if (span.hidden > 0xffff || (observed_.size() - span.observed) / 2 > 0xffff)
      throw std::length_error("a model state with more than 65535 successors");
    spans_.push_back(span);
    // Only properties not reported yet: a set's verdict on the others is
    // never read again.
    for (size_t p = 0; p < sys_.properties.size(); ++p)
      if (!(reported_[p / 64] >> (p % 64) & 1) && code_.bad(s, static_cast<int>(p)))
        bad(ids[c])[p / 64] |= std::uint64_t{1} << (p % 64);
  }
  intern_keys();
  const size_t n = ids_.size();
  const std::vector<std::uint32_t>& to = ids_;
  for (size_t c = 0; c < count; ++c) {
    const Span& span = spans_[c];
    size_t key_end = c + 1 < count ? spans_[c + 1].key : n;
    size_t observed_end = c + 1 < count ? spans_[c + 1].observed : observed_.size();
    Memo& m = memo(ids[c]);
    m.first = static_cast<std::uint32_t>(edges_.size());
    m.hidden = static_cast<std::uint16_t>(span.hidden);
    m.observed = static_cast<std::uint16_t>((observed_end - span.observed) / 2);
    for (size_t k = span.key; k < span.key + span.hidden; ++k) std::memcpy(edges_.add(), &to[k], sizeof to[k]);
    for (size_t k = span.key + span.hidden; k < key_end; ++k)  // the owed events paid
      observed_[span.observed + 2 * (k - span.key - span.hidden) + 1] = to[k];
    for (size_t e = span.observed; e < observed_end; ++e) std::memcpy(edges_.add(), &observed_[e], sizeof observed_[e]);
    for (size_t e = span.observed; e < observed_end; e += 2) m.events |= event_bit(observed_[e]);
  }
}

// Does the model event `m` match trace event `event` (under any module name
// it may mean)? Asked once per pair (matches() remembers the answer).
bool Replay::learn_match(int event, int m) {
  TraceEvent& te = events_[event];
  if (te.match.size() <= static_cast<size_t>(m)) {
    events_bytes_ += model_events_.size() - te.match.size();
    te.match.resize(model_events_.size(), 0);
  }
  Event named = te.event;
  bool any = false;
  for (const std::string& module : te.modules) {
    named.module = module;
    any = any || event_matches(named, model_events_[m]);
  }
  te.match[m] = any ? 2 : 1;
  return any;
}

// Starts loading what the walks below read of state `id` a few states
// ahead: its memo entry, and once that has loaded, its edges. A set is tens
// of thousands of states spread over the memo, each a cache miss.
void Replay::prefetch_memo(std::uint32_t id) const { __builtin_prefetch(memo_.at(id)); }

void Replay::prefetch_edges(std::uint32_t id) const {
  if (memo(id).first != Memo::kNew) __builtin_prefetch(edges_.at(memo(id).first));
}

// Adds to the set being built every state reachable from it by unobserved
// transitions.
void Replay::close() {
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < next_.size() && next_.size() <= limits_.max_states; ++i) {
    if (i + kAhead < next_.size()) prefetch_edges(next_[i + kAhead]);
    std::uint32_t id = next_[i];
    if (memo(id).first == Memo::kNew) {  // with the next few new ones in the set
      batch_.clear();
      for (size_t j = i; j < next_.size() && batch_.size() < kBatch; ++j)
        if (memo(next_[j]).first == Memo::kNew) batch_.push_back(next_[j]);
      expand(batch_.data(), batch_.size());
    }
    const Memo& m = memo(id);
    for (std::uint32_t e = m.first; e < m.first + m.hidden; ++e) add(edge(e));
  }
}

// Adds to the set being built the successors of `from` by observed
// transitions whose model event matches trace event `event`. A successor
// not computed yet is computed now; their keys are interned together, in
// the order met, and the successors are added once they all have ids (in
// the order met, so the set is the same as one by one).
void Replay::successors(const Set& from, int event) {
  constexpr size_t kAhead = 8;
  const std::vector<std::uint32_t>& states = from.states;
  const size_t words = key_.size();
  keys_.clear();
  taken_.clear();
  size_t interned = 0;        // taken_ before it: no edge marked kLazy
  auto intern_taken = [&] {  // the keys of the edges in taken_ marked kLazy
    intern_keys();
    size_t k = 0;
    for (; interned < taken_.size(); ++interned)
      if (edge(taken_[interned]) & kLazy) edge(taken_[interned]) = ids_[k++];
    keys_.clear();
  };
  // The model events `event` may match, as Memo::events bits: a state
  // none of whose observed edges has one is passed over unread.
  std::uint32_t wanted = 0;
  size_t known = 0;
  auto learn = [&] {
    for (; known < model_events_.size(); ++known)
      if (matches(event, static_cast<int>(known))) wanted |= event_bit(known);
  };
  learn();
  for (size_t i = 0; i < states.size(); ++i) {
    if (i + 2 * kAhead < states.size()) prefetch_memo(states[i + 2 * kAhead]);
    if (i + kAhead < states.size() && (memo(states[i + kAhead]).events & wanted)) prefetch_edges(states[i + kAhead]);
    std::uint32_t id = states[i];
    if (memo(id).first == Memo::kNew) {  // its ids come after those of the edges taken before
      intern_taken();
      expand(&id, 1);
      keys_.clear();  // expand()'s
      learn();
    }
    const Memo& m = memo(id);
    if (!(m.events & wanted)) continue;
    bool loaded = false;
    for (std::uint32_t e = m.first + m.hidden; e < m.first + m.hidden + 2 * m.observed; e += 2) {
      if (!matches(event, static_cast<int>(edge(e)))) continue;
      if (edge(e + 1) & kLazy) {  // the first time: take the transition
        if (!loaded) load(id), loaded = true;
        keys_.resize(keys_.size() + words);
        successor_key(static_cast<int>(edge(e + 1) & ~kLazy), &keys_[keys_.size() - words]);
      }
      taken_.push_back(e + 1);
    }
  }
  intern_taken();
  for (std::uint32_t e : taken_) add(edge(e));
}

int Replay::event_id(const Event& e) {
  bool added;
  int id = event_ids_.find_or_add(e, static_cast<int>(events_.size()), added,
                                  [&](int i) -> const Event& { return events_[i].event; });
  if (added) {
    TraceEvent te;
    te.event = e;
    te.observed = header_.observes_class(e.event_class());
    te.outside = e.ev == "ret" && !model_fns_.count(e.fn);
    auto alias = aliases_.end();
    if (e.ev == "syscall" && (e.call == "finit_module" || e.call == "delete_module"))
      alias = aliases_.find(module_key(e.module));
    te.modules = alias == aliases_.end() ? std::vector<std::string>{e.module} : alias->second;
    events_.push_back(std::move(te));
    events_bytes_ += sizeof(TraceEvent) + 128;
  }
  return id;
}

std::optional<int> Replay::remembered(int event) const {
  for (const auto& [e, set] : current().next)
    if (e == event) return set;
  return std::nullopt;
}

std::vector<State> Replay::sorted_states(const Set& set) const {
  std::vector<State> out;
  for (std::uint32_t id : set.states) {
    out.emplace_back();
    unpack(id, out.back());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<State> Replay::states() const {
  std::vector<State> out = sorted_states(current());
  for (State& s : out) s.resize(vars_);
  out.erase(std::unique(out.begin(), out.end()), out.end());  // owing or not, sorted by the model's part
  return out;
}

// What a remembered set costs, about: its states, its transitions, the
// Set itself, its entry in by_hash_ and the allocator's headers.
size_t Replay::footprint(const Set& set) {
  return sizeof(Set) + set.states.capacity() * sizeof(set.states[0]) + set.next.size() * sizeof(set.next[0]) +
         set.violates.size() * sizeof(set.violates[0]) + 64;
}

// Everything the cap counts: the states, their memo and edges, the trace's
// events and the sets.
size_t Replay::cached_bytes() const {
  return states_.bytes() + memo_.bytes() + bad_.bytes() + edges_.bytes() + events_bytes_ + event_ids_.bytes() +
         sets_bytes_;
}

// A splitmix64 finaliser: a set's hash is the sum over its ids, so that it
// needs no order.
namespace {
size_t mix(std::uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return static_cast<size_t>(x ^ (x >> 31));
}
}  // namespace

// The id of the set being built (an existing set if equal).
int Replay::intern_set() {
  size_t hash = 0;
  for (std::uint32_t id : next_) hash += mix(id);
  auto [same, end] = by_hash_.equal_range(hash);
  for (; same != end; ++same) {
    const Set& set = sets_[same->second];
    if (set.states.size() == next_.size() &&
        std::all_of(set.states.begin(), set.states.end(), [&](std::uint32_t id) { return memo(id).seen == epoch_; }))
      return same->second;
  }
  Set set;
  set.states = next_;
  set.hash = hash;
  set.violates.assign(words_, ~std::uint64_t{0});
  for (std::uint32_t id : next_)
    for (size_t w = 0; w < words_; ++w) set.violates[w] &= bad(id)[w];
  sets_bytes_ += footprint(set);
  by_hash_.emplace(hash, static_cast<int>(sets_.size()));
  sets_.push_back(std::move(set));
  return static_cast<int>(sets_.size()) - 1;
}

// Past the budget: keeps the sets used last (the current one always), up to
// half the cap with their states, and forgets the others; of the states,
// keeps those of the kept sets, renumbered into fresh tables, with their
// edges where these lead to kept states. What is forgotten is
// relearnt when met again. The next compaction waits until the memo has
// doubled, so a cap below what one step holds costs a compaction per few
// steps, not one per event.
void Replay::compact() {
  const size_t cap = limits_.cache_bytes;
  const size_t per_state = (cached_bytes() - sets_bytes_ - events_bytes_) / std::max<size_t>(1, states_.size());
  std::vector<int> order(sets_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int x, int y) {
    return (x == current_) != (y == current_) ? x == current_ : sets_[x].used > sets_[y].used;
  });
  constexpr std::uint32_t kGone = 0xffffffff;
  std::vector<std::uint32_t> renumber(states_.size(), kGone);
  std::vector<std::uint32_t> kept;  // old ids, in their new order
  auto keep = [&](std::uint32_t id) {
    if (renumber[id] != kGone) return;
    renumber[id] = static_cast<std::uint32_t>(kept.size());
    kept.push_back(id);
  };
  std::vector<int> set_renumber(sets_.size(), -2);  // -2: forgotten
  std::vector<Set> sets;
  size_t bytes = 0;
  for (int i : order) {
    size_t before = kept.size();
    if (i != current_ && bytes + footprint(sets_[i]) > cap / 2) break;
    for (std::uint32_t id : sets_[i].states) keep(id);
    bytes += footprint(sets_[i]) + (kept.size() - before) * per_state;
    set_renumber[i] = static_cast<int>(sets.size());
    sets.push_back(std::move(sets_[i]));
    if (bytes > cap / 2) break;
  }
  // A state keeps its edges if they lead to kept states (a set is closed
  // under hidden edges, so most do).
  auto kept_edges = [&](const Memo& m) {
    if (m.first == Memo::kNew) return false;
    for (std::uint32_t e = m.first; e < m.first + m.hidden; ++e)
      if (renumber[edge(e)] == kGone) return false;
    for (std::uint32_t e = m.first + m.hidden + 1; e < m.first + m.hidden + 2 * m.observed; e += 2)
      if (!(edge(e) & kLazy) && renumber[edge(e)] == kGone) return false;
    return true;
  };
  KeyTable states(states_.width());
  Chunks memos(sizeof(Memo)), bads(words_ * 8), edges(sizeof(std::uint32_t));
  for (size_t k = 0; k < kept.size(); ++k) {
    std::memcpy(packed_.data(), states_.key(kept[k]), states_.width());
    states.intern(packed_.data());
    Memo& to_memo = *new (memos.add()) Memo();
    if (words_ > 0) std::memset(bads.add(), 0, words_ * 8);
    const Memo& m = memo(kept[k]);
    if (!kept_edges(m)) continue;
    to_memo = {static_cast<std::uint32_t>(edges.size()), m.hidden, m.observed, 0, m.events};
    for (std::uint32_t e = m.first; e < m.first + m.hidden + 2 * m.observed; ++e) {
      std::uint32_t to = edge(e);
      bool state = e < m.first + m.hidden || ((e - m.first - m.hidden) % 2 == 1 && !(to & kLazy));
      if (state) to = renumber[to];
      std::memcpy(edges.add(), &to, sizeof to);
    }
    if (words_ > 0) std::memcpy(bads.at(k), bad(kept[k]), words_ * 8);
  }
  states_ = std::move(states);
  memo_ = std::move(memos);
  bad_ = std::move(bads);
  edges_ = std::move(edges);
  epoch_ = 0;
  if (events_bytes_ > cap / 4) {  // the trace's events too: no set may name them now
    events_ = {};
    event_ids_.clear();
    events_bytes_ = 0;
  }
  by_hash_ = {};
  sets_bytes_ = 0;
  for (size_t i = 0; i < sets.size(); ++i) {
    Set& set = sets[i];
    set.hash = 0;
    for (std::uint32_t& id : set.states) set.hash += mix(id = renumber[id]);
    if (events_.empty()) set.next.clear();
    std::erase_if(set.next, [&](auto& to) { return to.second >= 0 && (to.second = set_renumber[to.second]) < 0; });
    sets_bytes_ += footprint(set);
    by_hash_.emplace(set.hash, static_cast<int>(i));
  }
  sets_ = std::move(sets);
  current_ = set_renumber[current_];
  budget_ = std::max(cap, 2 * cached_bytes());
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
  result_.max_states = std::max(result_.max_states, set.states.size());
  result_.final_states = set.states.size();
  for (size_t w = 0; w < words_; ++w) {
    std::uint64_t fresh = set.violates[w] & ~reported_[w];
    reported_[w] |= fresh;
    for (size_t p = 64 * w; fresh != 0; ++p, fresh >>= 1)
      if (fresh & 1) result_.violations.push_back({sys_.properties[p].id, line});
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
  std::vector<State> states = sorted_states(current());
  result_.verdict = ReplayResult::Verdict::Diverges;
  result_.line = line;
  result_.event = e;
  result_.reason = std::move(reason);
  result_.states_before = states.size();
  done_ = true;
  if (states.empty()) return;
  // The events the model allowed, deduplicated, the likeliest meant first
  // (closeness() to the trace's event), then in transition order.
  std::vector<std::tuple<int, int, std::string, Event>> allowed;
  for (const State& s : states) {
    observed_index_.for_each_enabled(s.data(), [&](int t) {
      if (blocked(s.data(), t)) return;
      Event m = sys_.transitions[t].model_event(s);
      allowed.emplace_back(-closeness(e, m), t, format_event(m), m);
    });
    for (int slot = 0; slot < slots_; ++slot)
      if (int id = owed(s.data(), slot)) {
        const Event& m = model_events_[id - 1];
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
  result_.state = sys_.describe(states[0]);  // the least: stable output
}

// The set after trace event `event`: -1 if no state allows it, -2 if over
// the limit.
int Replay::advance(int event, int line) {
  if (++epoch_ == 0) {  // wrapped: no mark may look current
    for (std::uint64_t id = 0; id < memo_.size(); ++id) memo(id).seen = 0;
    epoch_ = 1;
  }
  next_.clear();
  successors(current(), event);
  if (next_.empty()) return -1;
  close();
  if (over_limit(next_.size(), line)) return -2;
  return intern_set();
}

bool Replay::feed(const Event& e, int line) {
  if (done_) return false;
  int id = event_id(e);
  const TraceEvent& te = events_[id];
  if (!te.observed) {
    diverge(e, line, "the header does not observe event class '" + e.event_class() + "'");
    return false;
  }
  // A recorder may probe more functions than a variant names (e.g. the
  // backend's kvmppc_core_init_vm_hv under kvmppc_core_init_vm): their
  // returns are outside the model: counted and shown, a divergence only
  // when the user asks for it.
  if (te.outside) {
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
  std::optional<int> next = remembered(id);
  if (!next) {
    next = advance(id, line);
    if (next == -2) return false;
    sets_[current_].next.emplace_back(id, *next);
    sets_bytes_ += sizeof(std::pair<int, int>);
  }
  if (next == -1) {
    diverge(e, line, "no model behaviour allows it");
    return false;
  }
  current_ = *next;
  sets_[current_].used = ++clock_;
  ++result_.events;
  check_properties(line);
  if (cached_bytes() > budget_) compact();
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
