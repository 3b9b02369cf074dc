// Actor symmetry reduction for the explicit-state explorer.
//
// The userspace actors user0 .. userN-1 run the same program on their own
// copies of the same variables, so two states that differ only by which
// actor is in which situation have the same future up to renaming actors.
// When the properties cannot tell actors apart either, the explorer keeps
// one state per class: the one whose actor blocks are sorted. A violation is
// reachable in the quotient exactly when it is reachable in the full graph.
//
// The symmetry is checked, not assumed: swapping any two neighbouring actors
// must map the transitions onto themselves and leave every property and
// initial value unchanged (expressions compared up to the order of the
// operands of &&, ||, +, == and !=). If it does not, the reduction is off.
#pragma once

#include <string>
#include <vector>

#include "model/system.h"

namespace kvmlc {

class Symmetry {
 public:
  explicit Symmetry(const System& sys);

  bool active() const { return active_; }
  // Sorts the actor blocks of `s` (no-op when inactive); whether it moved any.
  bool canonicalise(State& s) const;

 private:
  bool symmetric_under_swap(const System& sys, int a) const;

  bool active_ = false;
  std::vector<std::vector<int>> blocks_;  // per actor: its variables, same field order
};

}  // namespace kvmlc
