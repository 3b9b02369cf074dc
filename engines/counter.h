// The counter system: the userspace actors counted instead of named.
//
// Actors user0 .. userN-1 run the same program on their own copies of the
// same variables, and no property names one of them. A state can then be
// written as the global variables plus, for each actor-local state (the
// values of one actor's variables), how many actors are in it. N becomes a
// parameter (`actors`, any value >= 0), and the variables whose bounds grow
// with N (module refcounts) get bounds that are functions of it. Proving a
// property of this one system proves it for every number of actors.
//
// Nothing is written by hand: derive_counter_system() builds the System for
// 1, 2 and 3 actors (`build`) and reads the counter system off them:
//  - the actor transitions are user0's (the same for 1, 2 and 3 actors up to
//    constants that depend on N; those must be linear in N and become
//    `c + d * actors`), instantiated for every local state whose guard can
//    hold: "some actor in local state l takes this step";
//  - a loader step that updates every actor's variables alike (free_module
//    marks read ops pointers stale) moves the counts;
//  - a property over the actors (an OR, AND or sum over per-actor terms,
//    recognised in the 2-actor System and checked symmetric) becomes an
//    exists, forall or sum over local states.
// The local states are the closure of the initial one under the actor
// steps, ignoring the global part of the guards (an over-approximation, so
// the system may have local states no run reaches, never fewer). Local
// variables no guard, property or relevant update reads (the syscall's
// return value) are dropped. When a precondition fails (an actor step reads
// another actor's variables, a loader guard reads an actor's, the actors are
// not symmetric), `problem` says which and the caller falls back.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engines/engine.h"
#include "model/system.h"

namespace kvmlc {

struct CounterSystem {
  // Variables: the relevant globals (same names as in the per-actor
  // System), then `actors`, then one count per local state. Transitions and
  // properties are over these; constants that depend on N read `actors`.
  System sys;
  int actors_var = -1;
  std::vector<std::string> fields;   // local variables kept ("fd", "pc", ...)
  std::vector<std::map<int, std::string>> field_names;  // per field: its values' names (Var::names)
  std::vector<std::vector<int>> locals;  // local state -> value of each field
  // Per local state, the fields that matter there (liveness); the others
  // are at their initial value, whatever the actor's copy holds.
  std::vector<std::vector<bool>> live;
  std::vector<int> count_var;        // local state -> its count variable
  int idle = 0;                      // the initial local state
  // Per counter transition where it comes from: the rank of its
  // transition among the loader's (local -1) or among one actor's
  // transitions (the same in a System of any size), and the local state
  // of the actor taking it.
  struct Origin {
    int rank;
    int local;
  };
  std::vector<Origin> origin;
  // Globals whose bounds grow with N: lo + dlo * actors <= x <= hi + dhi * actors.
  struct Growing {
    int var, lo, dlo, hi, dhi;
  };
  std::vector<Growing> growing;
  // Why the counter abstraction does not apply ("" when it does).
  std::string problem;

  // The system at a fixed number of actors: `actors` and the bounds fixed,
  // counts bounded by n; its one initial state per configuration has every
  // actor in `idle`. Explored explicitly by explore() below.
  System instantiate(int n) const;
};

// What every counter state satisfies (cs.sys's variables): the counts are
// non-negative and sum to `actors` >= 0; the configuration is in its
// domain and allowed by config_ok.
ExprP structure(const CounterSystem& cs);
// The initial states for any number of actors: structure(cs), every actor
// idle, every other global at its initial value.
ExprP initial(const CounterSystem& cs);

using SystemBuilder = std::function<System(int actors)>;
CounterSystem derive_counter_system(const SystemBuilder& build);

// Breadth-first exploration of cs.instantiate(n): the reachable counter
// states (every one if `complete`) and, per property of cs.sys, a shortest
// run to a state violating it (steps empty: none found).
struct Exploration {
  System sys;  // cs.instantiate(n)
  std::vector<State> states;
  bool complete = false;
  std::vector<std::optional<Witness>> violations;  // per property
};
Exploration explore(const CounterSystem& cs, int n, long long max_states);

// States of `runs` random runs of cs.instantiate(n), each up to `length`
// steps (a fixed seed: the same states every time): deep states that a
// bounded breadth-first exploration does not reach, as samples.
std::vector<State> random_runs(const CounterSystem& cs, int n, int runs, int length);

// The counter run `w` of cs.instantiate(n) as a run of `per_actor` (the
// System built for n actors): each step taken by "some actor in local
// state l" is taken by the first actor in l. Throws std::logic_error when
// the run cannot be mapped (a bug in the derivation, never silently).
Witness per_actor_witness(const CounterSystem& cs, const System& per_actor, const Witness& w,
                          int n);

}  // namespace kvmlc
