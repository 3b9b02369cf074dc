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
// first event no consistent state allows. Memory is bounded by the size of
// the state set, never by the length of the trace.
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
#include <unordered_set>
#include <vector>

#include "base/progress.h"
#include "engines/compiled.h"
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

// The set of states replay is building: states of one width back to back in
// one buffer, and an open-addressing table of their indices. Adding a state
// allocates nothing; a hash set of strings allocated a node and a string for
// each, which was most of the closure's time.
class StateSet {
 public:
  void reset(size_t width);  // empty, for states of `width` bytes
  void clear();
  // Adds the state at `s` unless it is in the set; whether it was added
  // (it is then at(size() - 1)).
  bool insert(const char* s);
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const char* at(size_t i) const { return bytes_.data() + i * width_; }

 private:
  size_t hash(const char* s) const;
  void rehash(size_t slots);

  size_t width_ = 0;
  std::string bytes_;
  std::vector<std::uint32_t> table_;  // index + 1; 0: empty
  size_t size_ = 0;
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

struct ReplayLimits {
  size_t max_states = 5'000'000;  // more consistent states: verdict Unknown
  size_t max_allowed = 8;         // events listed as allowed instead
  size_t cache_bytes = 64 << 20;  // remembered sets of states: a memory cap, about in bytes
  size_t remember_from = 16;      // smaller sets are recomputed, not remembered
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
  size_t consistent() const { return count(current()); }  // states consistent with the trace so far
  // The model states consistent with the events so far, sorted.
  std::vector<State> states() const;

 private:
  // A set of consistent states, interned: a trace of a bounded model keeps
  // meeting the same sets, so each set remembers where each event led
  // (a lazily built subset automaton). The memory is capped by
  // ReplayLimits::cache_bytes, not by the length of the trace: the states
  // are packed (one allocation per set, not per state) and events are
  // numbered, so a set costs its states' bytes plus a few dozen. Sets of
  // fewer than ReplayLimits::remember_from states are not remembered: their
  // successors are computed about as fast as they are looked up, and a
  // fully observed trace, whose sets have a state or two, would otherwise
  // keep one set per model state it has visited.
  static constexpr int kLoose = -3;  // current_: the set in loose_, not remembered
  struct Set {
    std::string states;                     // sorted states, back to back
    size_t hash = 0;                        // of `states`
    std::vector<bool> violates;             // per property: every state violates it
    std::vector<std::pair<int, int>> next;  // (event id, set); set -1: diverges
    long long used = 0;                     // clock_ when last current
  };

  static void key(const Event& e, std::string& out);  // out: e's by_key_ key
  const Set& current() const { return current_ == kLoose ? loose_ : sets_[current_]; }
  size_t count(const Set& set) const { return set.states.size() / width_; }
  State state(const Set& set, size_t i) const { return set.states.substr(i * width_, width_); }
  const char* at(const Set& set, size_t i) const { return set.states.data() + i * width_; }
  static size_t footprint(const Set& set);
  void successors(const Set& from, const Event& e, std::vector<std::uint32_t>& frontier);
  bool matches(const Event& e, int t, const char* pre) const;
  void close(std::vector<std::uint32_t>& frontier);
  void step(int t);
  void add(const char* n, std::vector<std::uint32_t>& frontier);
  // Delayed events: after the model's variables a state holds, per actor
  // (slot), the event it owes + 1 (two bytes), or 0.
  void delay(const std::vector<int>& delayed);
  int owed(const char* s, int slot) const;
  void set_owed(char* s, int slot, int event) const;
  bool blocked(const char* s, int t) const;  // t's actor owes an event
  int owe(int t, const char* pre);
  int intern(StateSet& states);
  std::vector<bool> violated(const Set& set) const;
  void sweep();
  int event_id(const Event& e);
  std::optional<int> remembered(int event) const;  // where the current set knows `event` leads
  int advance(const Event& e, int line);
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
  std::vector<bool> observed_;
  std::set<std::string> model_fns_;  // functions whose return the model records
  GuardIndex silent_;               // unobserved transitions
  GuardIndex observed_index_;
  std::unordered_map<std::string, std::vector<int>> by_key_;  // observed, by ev/module/fn/call
  std::vector<bool> reported_;      // per property, violation already reported

  size_t vars_;                                 // the model's variables
  size_t width_;                                // bytes per state: vars_ + 2 per slot
  std::vector<int> slot_;                       // per transition: its actor's slot, -1: none
  int slots_ = 0;                               // actors that may owe an event
  GuardIndex delayed_;                          // observed transitions of delayed classes
  std::vector<Event> owed_events_;              // owed event ids -> events
  std::unordered_map<long long, int> owed_ids_;  // (transition, event value) -> owed event id
  std::unordered_map<std::string, int> event_ids_;  // event key -> id (events the model allows)
  std::vector<Set> sets_;
  std::unordered_multimap<size_t, int> by_hash_;
  size_t cached_bytes_ = 0;  // footprint() of sets_
  long long clock_ = 0;      // ticks whenever a remembered set becomes current
  int current_ = kLoose;
  Set loose_;
  StateSet next_;             // scratch: the set being built
  std::string pre_, post_;    // scratch: a state and its successor
  std::string key_;           // scratch: an event's by_key_ key
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
