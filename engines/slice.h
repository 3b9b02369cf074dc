// One configuration at a time: the explicit explorer specialises the System
// to each configuration (config variables become constants and fold away)
// and drops the steps no run of that configuration can reach, so that
// partial-order reduction sees which steps really share state.
#pragma once

#include <map>
#include <vector>

#include "model/system.h"

namespace kvmlc {

struct Slice {
  System sys;               // only the reachable steps; config vars fixed
  std::vector<int> origin;  // slice transition -> transition of the original
};

// Per process, its control variables: those only it writes, and only to
// constants (its program counters; their values together are where it is).
std::map<int, std::vector<int>> control_variables(const System& sys);

// `config` is an initial state of `sys`; its config variables are used.
// `drop_unreachable` false keeps every step whose guard does not fold to
// false (an invariant proved on that slice speaks about all of them).
Slice slice(const System& sys, const State& config, bool drop_unreachable = true);

}  // namespace kvmlc
