// Inductive invariants of the counter system (counter.h), for any number of
// actors, in words a reviewer uses.
//
// Data-driven, as DistAI and DuoAI do for parameterized protocols, with
// a thread-modular (Cartesian) abstraction for what the samples miss:
//  1. candidates, each true on every sample (reachable counter states for
//     small numbers of actors): each global's domain and the values it
//     takes; linear equalities of the refcounts and actor counts, overall
//     and per module state (the affine hull of the samples); the negated
//     bad state of every property; and occupancy sets: the global states
//     seen, and per actor-local state the global states seen while some
//     actor is in it ("#actors(at l) > 0 -> the globals are one of K").
//  2. Houdini: a step from a state satisfying every active candidate that
//     breaks some drops it, except an occupancy set, which is widened by
//     the state after the step, until no step breaks any. The queries are
//     asked per global state of the occupancy set (the pre-state's globals
//     put into every guard, update and candidate, so each query is small,
//     with the counts and refcounts symbolic: any number of actors). A
//     worklist: a global state is asked again only when a lemma its last
//     unsat core used is dropped or an occupancy set newly admits it.
//  3. minimisation: the lemmas the (minimal) unsat cores of those queries
//     use, then one more round of the queries with only those assumed.
//  4. the same obligations again on fresh solvers (initiation with any
//     number of actors idle and safety over all states; consecution at
//     every global state).
// One invariant serves every property asked for; a property whose own
// lemma breaks fails alone. The samples only guide: "proved" means the
// last check passed.
#pragma once

#include <string>
#include <vector>

#include "base/progress.h"
#include "engines/counter.h"

namespace kvmlc {

struct InvariantProof {
  Verdict verdict = Verdict::Unknown;  // Holds: checked; Unknown: `detail` says why
  std::string detail;
  std::vector<std::string> lemmas;  // Holds: the invariant, one lemma a line, as the spec names things
  // Holds: lemmas[i] as a formula over cs.sys's variables. The invariant is
  // structure(cs) (counter.h) and all of them (certificates, certificate.h).
  std::vector<ExprP> formulas;
  double seconds = 0;               // CPU
};

struct InvariantLimits {
  unsigned rlimit = 40'000'000;  // Z3 resource limit per query (deterministic)
  size_t max_samples = 4000;     // samples for the value and equality candidates (occupancy uses all)
  Progress* progress = nullptr;
};

// One invariant for all of `props` (indices into cs.sys.properties), one
// proof per property: a property whose lemma a counterexample to
// induction breaks is unknown, the others go on. `samples`: reachable
// states of cs.instantiate(n) for small n (same variables as cs.sys).
// `seconds` is the CPU time of the whole run, shared by the properties.
std::vector<InvariantProof> prove_any(const CounterSystem& cs, const std::vector<int>& props,
                                      const std::vector<State>& samples, const InvariantLimits& limits);

}  // namespace kvmlc
