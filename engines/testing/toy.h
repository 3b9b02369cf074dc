// A tiny System for engine tests, built directly in C++ (no variant spec):
// a counter that counts to a configured limit and wraps around.
//
//   cfg.big, cfg.fast  config bits; config_ok forbids both at once
//   count              0 .. 10, starts at 0
//   inc    count < limit && !fast  ->  count = count + 1   (limit: big ? 8 : 4)
//   inc2   count < limit &&  fast  ->  count = count + 2
//   reset  count == limit          ->  count = 0
//
// Properties (bad states):
//   bounded           count >= 9              holds (needs config_ok: big+fast
//                                             would step from 7 to 9)
//   config-exclusive  big && fast             holds (config_ok alone)
//   even-when-fast    fast && count is odd    holds
//   reaches-six       count == 6              violated: big, six incs
#pragma once

#include "model/system.h"

namespace kvmlc::testing {

System toy_system();

// The ids of the toy's properties that hold and that are violated.
inline const char* const kToyTrue[] = {"bounded", "config-exclusive", "even-when-fast"};
inline const char* const kToyFalse[] = {"reaches-six"};

}  // namespace kvmlc::testing
