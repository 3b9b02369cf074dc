// The reviewer's proof report of `kvmlc prove --report-dir` (docs/proofs/):
// per variant one Markdown file with every property's verdict, the engine
// that gave it and its evidence (the invariant per configuration, or the
// counterexample step by step), and a Graphviz drawing per counterexample.
// Nothing in it depends on timing or dates, so regenerating it with the same
// model gives the same files.
#pragma once

#include <string>
#include <vector>

#include "tools/kvmlc/report.h"

namespace kvmlc {

// One (variant, property): what the prove engine found and, when that was
// not definite, what the fallback engine found (shown instead).
struct Proof {
  Cell cell;                // the verdict shown
  Result primary;           // the prove engine's own result
  bool fell_back = false;   // cell.result is the fallback's
  // The System the witness runs on when it is not the variant's (--actors
  // any: the violation's number of actors).
  const System* witness_system = nullptr;
};

// Writes DIR/VARIANT.md and DIR/VARIANT--PROPERTY.dot (one per
// counterexample). `command` is the command line the report names.
void write_proof_report(const std::string& dir, const System& sys, const std::vector<Proof>& proofs,
                        const std::string& command);

// The counterexample of `property` as a Graphviz digraph: one column per
// actor, one node per step in order (its text as `kvmlc check` prints it),
// failing steps in red, steps that publish the module in blue, and the
// violation with what a freed module left behind.
std::string witness_dot(const System& sys, const Witness& w, const std::string& property);

}  // namespace kvmlc
