// The transition system every engine works on.
//
// A variant spec (model/variants/*.json) is compiled into one System by
// build_system() (model/semantics.cc). A System is a set of bounded integer
// variables and a list of guarded transitions with simultaneous updates;
// each transition is one kernel step: it names the actor that takes it, the
// kernel function and file it stands for, and the trace event it produces.
// Properties are predicates on states that must never hold ("bad").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/expr.h"
#include "trace/event.h"

namespace kvmlc {

struct Var {
  std::string name;  // e.g. "kvm_hv.state", "user0.fd", "cfg.radix"
  int lo = 0, hi = 1;
  int init = 0;        // initial value (ignored for config variables)
  bool config = false; // frozen, any value in [lo, hi] initially
  std::string doc;
};

struct Assign {
  int var;
  ExprP value;  // over the pre-state
};

struct Transition {
  int process = 0;       // who takes it: one per module loader, one per user actor
  std::string actor;     // "loader", "user0", ...
  std::string function;  // kernel function the step stands for
  std::string file;      // source file of that function
  std::string what;      // one line: what the step does ("fails: -ENOMEM")
  ExprP guard;
  std::vector<Assign> updates;
  std::optional<Event> event;  // what a trace records for this step
  // When set, the event's refcnt (get/put) or ret (other events) is this
  // value in the pre-state rather than the constant in `event`.
  ExprP event_value;

  // The event this step records when taken from `pre`.
  std::optional<Event> event_at(const State& pre) const;
  // The same with `what` filled in, or a "step" event for a step no kernel
  // event shows: what a trace written by the model records.
  Event model_event(const State& pre) const;
};

struct Property {
  std::string id;    // "ioctl-needs-backend"
  std::string doc;   // one paragraph
  ExprP bad;         // a state in which the property is violated
};

struct System {
  std::string variant;
  std::string layout;  // split, unified or x86
  int actors = 1;      // userspace actors user0 .. user<actors-1>
  std::vector<Var> vars;
  std::vector<Transition> transitions;
  std::vector<Property> properties;
  // Injected faults (ModelOptions::faults) on functions the variant does
  // not name: outside the model, like their returns in a trace.
  std::vector<std::string> faults_outside;

  int var_index(const std::string& name) const;  // -1 if absent
  std::vector<std::string> var_names() const;
  const Property* property(const std::string& id) const;

  // The initial states: every config assignment allowed by `config_ok`
  // combined with the fixed initial values of the other variables.
  ExprP config_ok;
  std::vector<State> initial_states() const;

  // Successor of `s` under transition `t`; only meaningful when its guard holds.
  State step(const State& s, const Transition& t) const;

  // One line summary of a state for counterexamples and replay messages.
  std::string describe(const State& s) const;
  // The configuration of `s`, "hv_possible=1 pr_possible=0 radix=1 ...".
  std::string config_of(const State& s) const;
};

}  // namespace kvmlc
