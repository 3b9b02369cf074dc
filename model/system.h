// The transition system every engine works on.
//
// A variant spec (model/variants/*.json) is compiled into one System by
// build_system() (model/semantics.cc). A System is a set of bounded integer
// variables and a list of guarded transitions with simultaneous updates;
// each transition is one kernel step: it names the actor that takes it, the
// kernel function and file it stands for, and the trace event it produces.
// Properties are predicates on states that must never hold ("bad").
#pragma once

#include <map>
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
  // How people read its values (module states, holders, errnos): value ->
  // name; a value without a name is shown as a number. With names_by >= 0
  // the names depend on that variable's value (a module's pc names a step of
  // its init while COMING, of its exit while GOING): names_when[its value],
  // and the variable means nothing (is not shown) for other values.
  std::map<int, std::string> names;
  int names_by = -1;
  std::map<int, std::map<int, std::string>> names_when;
};

// A resource or a reference a freed module may still hold (free_module):
// if `var` is `holder` just before the step, `what` happens to it.
struct LeftBehind {
  int var;
  int holder;
  std::string what;  // "kvm_vcpu_cache (memory) leaked"
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
  std::string what;      // one line: what the step does ("kvm init: misc_register fails: -ENOMEM")
  ExprP guard;
  std::vector<Assign> updates;
  std::optional<Event> event;  // what a trace records for this step
  // When set, the event's refcnt (get/put) or ret (other events) is this
  // value in the pre-state rather than the constant in `event`.
  ExprP event_value;
  // For people reading a counterexample. `what` is `place` ("kvm init",
  // "kvm", "user0") + ": " + what happens. A step of an init or exit
  // program names the functions it runs in, outermost first (the module's
  // init, then the calls the spec inlines), the spec's line of the step and
  // where the kernel source has it, when the spec says
  // ("virt/kvm/kvm_main.c:5998").
  std::string place;
  std::vector<std::string> stack;
  int spec_line = 0;
  std::string spec_text;  // the spec's step, as it writes it ("" for a function's entry or return)
  std::string source;
  // free_module: what the module may still hold as it is freed.
  std::vector<LeftBehind> left_behind;
  // A fallible call that fails here (an allocation, a check the platform
  // decides, an injected fault): what `check --all-causes` names as a cause.
  bool failure = false;
  // It acquires a publication, device node or ops pointer: from here on
  // other code can reach the module (what a proof picture highlights).
  bool publishes = false;

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
  std::string spec_path;  // the spec it was built from
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

  // One line summary of a state for counterexamples and replay messages:
  // what differs from the initial values, by name where Var::names has one.
  std::string describe(const State& s) const;
  // Variable `var`'s value in `s` as people read it ("COMING", "kvm",
  // "ENOMEM"); "" for a variable that means nothing in `s` (Var::names_by).
  std::string value_name(const State& s, int var) const;
  // The configuration of `s`, "hv_possible=1 pr_possible=0 radix=1 ...".
  std::string config_of(const State& s) const;
};

}  // namespace kvmlc
