// Replay: does a trace describe a run of the model? (docs/replay.md)
//
// A trace rarely pins down one model state: the producer may not observe
// every step (its header's "observes" lists the event classes it records),
// may leave configuration variables open, and several steps can record the
// same event. Replay therefore tracks the SET of model states consistent
// with the events read so far:
//
//   start   every initial state allowed by the header's config (keys the
//           variant does not know are ignored), closed under unobserved
//           transitions;
//   event   the successors, by observed transitions, of the states whose
//           model event matches the trace event, closed again under
//           unobserved transitions.
//
// A transition is observed iff the header observes its event class (a
// transition without an event has class "step"). The trace diverges at the
// first event no consistent state allows. Memory is bounded by the largest
// state set and a cap (ReplayLimits::cache_bytes), never by the length of
// the trace.
//
// Real concurrency (docs/conformance.md): a class the header lists as
// "delayed" is written some time after its step, while the other actors go
// on (the recorder writes a system call's event once the call returned).
// Such a step may be taken before the events of other actors that the trace
// shows ahead of it; its actor then owes the event and takes no step until
// the event is read. A get/put with a range (refcnt_min, refcnt_max) matches
// a model count in the range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/progress.h"
#include "engines/compiled.h"
#include "engines/compiled_store.h"
#include "model/semantics.h"
#include "model/spec.h"
#include "model/system.h"
#include "trace/event.h"

namespace kvmlc {

class TraceReader;

// The transitions of a subset whose guard holds in a state, without
// evaluating every guard: each transition is filed under one conjunct
// `VAR == CONST` of its guard (a program counter, a module state), so a
// state only looks at the transitions filed under its own values. Guards
// run compiled (engines/compiled.h), on the state's bytes.
class GuardIndex {
 public:
  GuardIndex() = default;
  GuardIndex(const Compiled& code, const std::vector<int>& transitions);
  // Calls f(t) for every transition t of the subset enabled in `s`, in
  // no particular order.
  template <class F>
  void for_each_enabled(const char* s, F&& f) const {
    for (const Group& g : groups_) {
      int v = static_cast<signed char>(s[g.var]) - g.lo;
      if (v < 0 || v >= static_cast<int>(g.by_value.size())) continue;
      for (int t : g.by_value[v])
        if (code_->enabled(s, t)) f(t);
    }
    for (int t : rest_)
      if (code_->enabled(s, t)) f(t);
  }

 private:
  struct Group {
    int var = 0, lo = 0;
    std::vector<std::vector<int>> by_value;  // value - lo -> transitions
  };
  const Compiled* code_ = nullptr;
  std::vector<Group> groups_;
  std::vector<int> rest_;  // no VAR == CONST conjunct
};

// A finit_module or delete_module event may name its module by an alias
// (modules.alias: "char-major-10-232" names both kvm_hv and kvm_pr). Maps
// each alias, and each module name, to the modules it names; keys are
// normalised like the kernel's module names ('-' is '_').
using Aliases = std::map<std::string, std::vector<std::string>>;
Aliases module_aliases(const Spec& spec);
std::string module_key(std::string name);  // '-' -> '_'

// Does the model event `model` (Transition::model_event) match the trace
// event `trace`? ev, module, fn, call, arg and ret must be equal; actor
// unless empty in the trace; refcnt unless -1 in the trace (in its range if
// it has one); `what` only for "step" events. Aliases are not resolved here.
bool event_matches(const Event& trace, const Event& model);

// One line for people: "loader syscall finit_module kvm = 0",
// "user0 get kvm refcnt=1", "user0 step misc_open 'user0: open returns'".
std::string format_event(const Event& e);

// Events numbered by the fields event_matches() compares (and `what` if
// asked, or for "step" events): an open-addressing table of ids, hashed
// from the fields in place (building a key string per event was a tenth of
// a fully observed replay).
class EventIds {
 public:
  explicit EventIds(bool what) : what_(what) {}
  // The id of the event with e's fields, where `of(id)` gives the event of
  // an id added before; if there is none, `fresh` is added as its id (and
  // `added` set).
  template <class Of>
  int find_or_add(const Event& e, int fresh, bool& added, Of&& of) {
    std::uint64_t h = hash(e);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id < 0) {
        slot = {h, fresh};
        added = true;
        if (++size_ * 4 > slots_.size() * 3) grow();
        return fresh;
      }
      if (slot.hash == h && same(e, of(slot.id))) {
        added = false;
        return slot.id;
      }
    }
  }
  void clear() { *this = EventIds(what_); }
  size_t bytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    int id = -1;
  };
  std::uint64_t hash(const Event& e) const;
  bool same(const Event& a, const Event& b) const;
  void grow();

  bool what_;
  size_t size_ = 0;
  std::vector<Slot> slots_ = std::vector<Slot>(16);
};

struct ReplayLimits {
  size_t max_states = 5'000'000;  // more consistent states: verdict Unknown
  size_t max_allowed = 8;         // events listed as allowed instead
  size_t cache_bytes = 96 << 20;  // states, their edges and sets remembered: a memory cap, about in bytes
  Progress* progress = nullptr;   // line, events and consistent states of a long replay
  bool strict = false;            // an event outside the model is a divergence
};

// Events of a function the variant does not name (a recorder probes more
// functions than a variant may name): accepted, but counted and shown, so
// that no trace conforms silently to a model that did not look at it.
struct OutsideEvents {
  long long events = 0;
  int line = 0;  // the first
};

struct ReplayViolation {
  std::string property;
  int line = 0;  // the event after which every consistent state violates it (1: the header)
};

struct ReplayResult {
  enum class Verdict { Conforms, Diverges, Unknown };
  Verdict verdict = Verdict::Conforms;
  long long events = 0;   // events accepted
  long long outside = 0;  // of those, returns of functions the variant does not name
  std::map<std::string, OutsideEvents> outside_fns;  // by function
  size_t max_states = 0;  // largest set of consistent states
  size_t final_states = 0;
  std::vector<ReplayViolation> violations;  // in the order found

  // Diverges: the line and event no model behaviour allows (line 1 and an
  // empty event when no initial state matches the header), why, the events
  // the model allowed instead (deduplicated, at most max_allowed of
  // allowed_total; those of the same actor and call first), and one state
  // consistent with the trace before it.
  // Unknown: `reason` says which limit was hit.
  int line = 0;
  Event event;
  std::string reason;
  std::vector<Event> allowed;
  size_t allowed_total = 0;
  std::string state;
  size_t states_before = 0;

  bool violates() const { return !violations.empty(); }
};

const char* to_string(ReplayResult::Verdict v);  // conforms, diverges, unknown

// Incremental replay: construct, then feed events in order.
class Replay {
 public:
  Replay(const System& sys, const TraceHeader& header, Aliases aliases = {},
         ReplayLimits limits = {});

  // Feeds the event read from `line`. Returns false once the verdict is
  // final (diverged or a limit was hit); later calls are ignored.
  bool feed(const Event& e, int line);

  const ReplayResult& result() const { return result_; }
  size_t consistent() const { return current().states.size(); }  // states consistent with the trace so far
  // The model states consistent with the events so far, sorted.
  std::vector<State> states() const;

 private:
  // Replay memoises what the compiled model says, so that a trace of a
  // bounded model, which keeps meeting the same states and the same sets
  // of them, computes each only once:
  //   states   every state met is packed to its variables' bit widths
  //            (engines/compiled_store.h) and interned (KeyTable): an id;
  //   edges    the first time a state is in a set, its successors by
  //            unobserved transitions and, per model event, by observed
  //            ones are computed and kept as ids (expand());
  //   sets     a set of consistent states is a vector of state ids,
  //            interned by hash, and remembers where each trace event led:
  //            a lazily built subset automaton, so that an event met
  //            before from the same set costs one lookup, and a new one
  //            a walk over remembered edges.
  // All of it is capped by ReplayLimits::cache_bytes, not by the length of
  // the trace: past the cap replay keeps the sets used last and the states
  // they need, forgets the rest and relearns what it meets again
  // (compact()).
  struct Memo {
    static constexpr std::uint32_t kNew = 0xffffffff;  // first: not expanded yet
    std::uint32_t first = kNew;  // its edges in edges_: `hidden` successors, then `observed` pairs
    std::uint16_t hidden = 0, observed = 0;  // (model event id, successor or kLazy | transition)
    std::uint32_t seen = 0;  // == epoch_: in the set being built (beside the edges' place: one cache miss, not two)
    std::uint32_t events = 0;  // bit id % 32 for the model event id of each observed edge
  };
  static std::uint32_t event_bit(size_t model_event) { return std::uint32_t{1} << (model_event % 32); }
  static constexpr std::uint32_t kLazy = 0x80000000;  // an observed edge not taken yet (state ids are below)
  struct Set {
    std::vector<std::uint32_t> states;      // state ids, in the order found
    size_t hash = 0;                        // of the ids, in any order
    std::vector<std::uint64_t> violates;    // bit p: every state violates property p
    std::vector<std::pair<int, int>> next;  // (trace event id, set); set -1: diverges
    std::uint64_t used = 0;                 // when it was last the current set
  };
  // A distinct event of the trace (its fields event_matches() compares).
  struct TraceEvent {
    Event event;
    bool observed = false;            // the header observes its class
    bool outside = false;             // a return of a function the variant does not name
    std::vector<std::string> modules;  // the modules it may name (aliases)
    std::vector<std::int8_t> match;   // per model event id: 0 not known yet, 1 no, 2 matches
  };

  const Set& current() const { return sets_[current_]; }
  std::vector<State> sorted_states(const Set& set) const;  // full width, in std::string order
  std::uint32_t intern(const char* s);  // a state of width_ bytes
  std::uint32_t intern_key(const std::uint64_t* key, std::uint64_t h);  // KeyTable's form, hash h
  void unpack(std::uint32_t id, std::string& out) const;  // out: the state, width_ bytes
  void load(std::uint32_t id);
  void successor_key(int t, std::uint64_t* key);
  void intern_keys();
  void expand(const std::uint32_t* ids, size_t count);
  int model_event_id(const Event& m);
  bool matches(int event, int model_event) {  // asked for every observed edge of a set
    const std::vector<std::int8_t>& match = events_[event].match;
    if (static_cast<size_t>(model_event) < match.size() && match[model_event] != 0) return match[model_event] == 2;
    return learn_match(event, model_event);
  }
  bool learn_match(int event, int model_event);
  void add(std::uint32_t id) {  // to the set being built
    Memo& m = memo(id);
    if (m.seen == epoch_) return;
    m.seen = epoch_;
    next_.push_back(id);
  }
  void prefetch_memo(std::uint32_t id) const;
  void prefetch_edges(std::uint32_t id) const;
  void successors(const Set& from, int event);
  void close();
  // Delayed events: after the model's variables a state holds, per actor
  // (slot), the event it owes (its model event id + 1, two bytes), or 0.
  void delay(const std::vector<int>& delayed);
  int owed(const char* s, int slot) const;
  void set_owed(std::uint64_t* key, int slot, int event) const;
  bool blocked(const char* s, int t) const;  // t's actor owes an event
  int owe(int t, const char* pre);
  int edge_event(int t, const char* pre, bool owed);
  int intern_set();
  static size_t footprint(const Set& set);
  size_t cached_bytes() const;
  void compact();
  int event_id(const Event& e);
  std::optional<int> remembered(int event) const;  // where the current set knows `event` leads
  int advance(int event, int line);
  void check_properties(int line);
  void diverge(const Event& e, int line, std::string reason);
  bool over_limit(size_t states, int line);

  const System& sys_;
  Compiled code_;  // the guards, updates, event values and properties run
  TraceHeader header_;
  Aliases aliases_;
  ReplayLimits limits_;
  ReplayResult result_;
  bool done_ = false;

  std::vector<Event> model_event_;  // per transition, with the pre-state value left out
  std::set<std::string> model_fns_;  // functions whose return the model records
  GuardIndex silent_;               // unobserved transitions
  GuardIndex observed_index_;
  std::vector<std::uint64_t> reported_;  // bit p: property p's violation already reported
  size_t words_;                         // per property set: (properties + 63) / 64

  size_t vars_;                  // the model's variables
  size_t width_;                 // bytes per state: vars_ + 2 per slot
  std::vector<int> slot_;        // per transition: its actor's slot, -1: none
  int slots_ = 0;                // actors that may owe an event
  GuardIndex delayed_;           // observed transitions of delayed classes

  // The model events observed edges record, numbered (never forgotten: an
  // owed event's number is part of a state).
  std::vector<Event> model_events_;
  EventIds model_ids_{true};
  std::unordered_map<std::int64_t, int> edge_events_;  // (transition, owed, event value) -> model event id

  // The memo, capped by limits_.cache_bytes (compact()).
  Packing packing_;                     // the model's variables; owed events follow as bytes
  std::vector<std::uint64_t> packed_;   // scratch: a key (KeyTable's form: zero after it)
  KeyTable states_{0};                 // every state met; an id is its place in it
  // Per state id (in chunks: growing never copies them): its Memo, and
  // words_ words: bit p: it violates p.
  Chunks memo_{sizeof(Memo)}, bad_{0};
  Memo& memo(std::uint64_t id) const { return *reinterpret_cast<Memo*>(memo_.at(id)); }
  std::uint64_t* bad(std::uint64_t id) const { return reinterpret_cast<std::uint64_t*>(bad_.at(id)); }
  Chunks edges_{sizeof(std::uint32_t)};  // growing never copies them
  std::uint32_t& edge(std::uint64_t i) { return *reinterpret_cast<std::uint32_t*>(edges_.at(i)); }
  std::vector<TraceEvent> events_;     // by trace event id
  EventIds event_ids_{false};
  size_t events_bytes_ = 0;            // what events_ holds, about
  std::vector<Set> sets_;
  std::unordered_multimap<size_t, int> by_hash_;
  size_t sets_bytes_ = 0;  // footprint() of sets_
  int current_ = 0;
  std::uint64_t clock_ = 0;  // events fed: Set::used
  size_t budget_ = 0;       // compact() past it: the cap, or twice what the last compaction kept

  // The set being built: its ids in next_, and memo(id).seen == epoch_.
  std::vector<std::uint32_t> next_;
  std::uint32_t epoch_ = 0;
  // Scratch: the loaded state (load()), its key, and a successor's
  // variables (only those its step wrote are read); expand()'s successors'
  // keys, their hashes and ids, and its observed edges.
  std::string pre_, post_;
  std::vector<std::uint64_t> key_, keys_, hashes_;
  std::vector<std::uint32_t> ids_, observed_;
  struct Span {  // one state's part of them
    size_t key, hidden, observed;  // its first key, how many are hidden successors, its first observed edge
  };
  std::vector<Span> spans_;
  std::vector<std::uint32_t> taken_;  // successors(): the edges an event takes
  static constexpr size_t kBatch = 16;  // states expanded at once by close()
  std::vector<std::uint32_t> batch_;
};

// The model options a trace is replayed with: its actors and the faults it
// armed (header "faults"). Throws InputError (FILE:1) for an error the
// model cannot hold.
ModelOptions options_for(const TraceHeader& header, const std::string& file);

// A trace whose header says it lost events gets no verdict: `r` becomes
// Unknown, with what the events it has said as the reason.
ReplayResult lost_events(ReplayResult r, const TraceHeader& header);

// Replays the whole trace `reader` streams (its header was already read).
// InputError from the reader propagates.
ReplayResult replay(const System& sys, TraceReader& reader,
                    const Aliases& aliases = {},
                    const ReplayLimits& limits = {});

}  // namespace kvmlc
