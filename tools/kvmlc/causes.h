// Every distinct cause of a property's violations, not only the shortest
// counterexample (kvmlc check --all-causes): a second bug behind the first
// stays visible.
//
// A cause is the failing steps of a counterexample (a call that fails and
// leads there), or, when it needs no failure, its violating step; with what
// a freed module left behind. The engine finds one shortest counterexample
// per configuration, the cause's step is disabled (its guard made false:
// the system only loses runs, so every later counterexample is one of the
// original system too) and the engine runs again, until the property holds
// or the engine gives up. Causes met in several configurations are one,
// with the shortest counterexample.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "engines/engine.h"

namespace kvmlc {

struct Cause {
  std::vector<int> failures;  // the counterexample's failing steps (positions in `witness`)
  int step = -1;              // no failure: the violating step (its position)
  std::string left_behind;    // what the freed modules still held ("" if nothing)
  std::vector<State> configs; // where it occurs: an initial state per configuration
  Witness witness;            // the shortest counterexample
};

struct Causes {
  std::vector<Cause> causes;
  int configs = 0;  // configurations searched
  // Holds: with every cause's step disabled the property holds in every
  // configuration, so each violation takes one of them. Unknown: the engine
  // gave up in some configuration, so more causes may exist.
  Verdict rest = Verdict::Holds;
  int stopped = 0;     // configurations where it gave up
  std::string detail;  // the first of them and why
};

Causes find_causes(Engine& engine, const System& sys, const std::string& property, const Limits& limits);

// "linux-6.1 failed-init-releases-all: 2 causes", then each cause: its
// failing steps, what is left behind, its configurations and (with
// `explain`) its shortest counterexample; then whether that is all.
void print_causes(std::ostream& out, const System& sys, const std::string& property, const Causes& causes,
                  bool explain);
// The same for tools: {variant, property, verdict, configurations,
// complete, detail, causes: [{failures, step, left_behind, configs,
// counterexample}]}.
nlohmann::json causes_json(const System& sys, const std::string& property, const Causes& causes);

}  // namespace kvmlc
