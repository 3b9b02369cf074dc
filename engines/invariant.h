// Inductive invariants of the counter system (counter.h), for any number of
// actors, in words a reviewer uses.
//
// Data-driven, as DistAI and DuoAI do for parameterized protocols:
//  1. candidates: facts true on every sample (reachable counter states for
//     small numbers of actors): the values each module state, resource
//     holder and actor count takes; implications "when X then Y" between
//     those; linear equalities of the refcounts and actor counts (the affine
//     hull of the samples, by Gaussian elimination); and the property;
//  2. Houdini: Z3 drops every candidate that some step from a state
//     satisfying all of them can break, until the rest is inductive (with
//     the number of actors unbounded);
//  3. minimisation: the lemmas the property needs, then the lemmas those
//     need, by unsat cores, re-checked on a fresh solver (initiation with any
//     number of actors idle, consecution, safety).
// The samples only guide: "proved" means the last check passed.
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
  double seconds = 0;               // CPU
};

struct InvariantLimits {
  unsigned rlimit = 40'000'000;  // Z3 resource limit per query (deterministic)
  size_t max_samples = 4000;     // samples kept for candidate filtering
  Progress* progress = nullptr;
};

// `samples`: reachable states of cs.instantiate(n) for small n (same
// variables as cs.sys). `prop`: index into cs.sys.properties.
InvariantProof prove_any(const CounterSystem& cs, int prop, const std::vector<State>& samples,
                         const InvariantLimits& limits);

}  // namespace kvmlc
