// The parts of the cti engine (cti.cc) that its tests take apart: lemmas,
// the strengthening loop and the certificate check.
#pragma once

#include <bitset>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "engines/encoding.h"

namespace kvmlc::cti {

using Values = std::bitset<256>;  // bit i: the value lo + i of a variable

// One fact about a state, one of:
//  - `prop` set: that property is not violated;
//  - `cube` set: "not (x1 == a1 && x2 == a2 ...)" (a blocked counterexample
//    to induction, generalised);
//  - otherwise "x1 == a1 && ... => y in allowed" (no x: "y in allowed").
struct Lemma {
  std::string prop;
  std::vector<std::pair<int, int>> cube;  // (x, a)
  std::vector<std::pair<int, int>> when;  // (x, a)
  int y = 0;
  Values allowed;
};

// The reachable states of `sys`, breadth-first from its initial states.
struct Samples {
  std::vector<State> states;  // up to the first bad state, or all
  int bad_depth = -1;         // breadth-first depth of the first state violating p
  bool complete = false;      // every reachable state is here
};
// Stops at a state violating `p`, past Limits::max_samples, or when the
// budget is spent.
Samples sample(const System& sys, const Property& p, const Limits& limits,
               const z3enc::Budget& budget);

z3::expr formula(const z3enc::Encoding& enc, const Lemma& l, const z3::expr_vector& s);
// "not (kvm.state == 2 && user0.pc == 5)", "user0.pc == 3 => kvm.state in {3, 4}".
std::string text(const System& sys, const Lemma& l);

// What the samples (reachable states) have in common, as lemmas: per
// variable the values it takes, per x = a the values of each y, and every
// property no sample violates.
std::vector<Lemma> candidates(const System& sys, const std::vector<State>& samples);

struct Strengthening {
  Verdict verdict = Verdict::Unknown;  // Holds: `invariant` checked
  std::string detail;
  std::vector<Lemma> invariant;  // Holds: the lemmas the proof needs, `p` last
  int blocked = 0;               // counterexamples to induction blocked
};

// Proves `p` on `sys` (one configuration: config_ok fixes it) by
// strengthening `lemmas`, which the samples all satisfy, until they are
// inductive: each counterexample to induction is blocked by a cube that no
// sample matches. `complete`: the samples are every reachable state. The
// samples only guide; Holds means check_invariant accepted the result.
// `progress`: where a long strengthening says how far it got.
Strengthening strengthen(const System& sys, const Property& p, const std::vector<State>& samples,
                         bool complete, std::vector<Lemma> lemmas, z3enc::Budget& budget,
                         Progress* progress = nullptr);

// An invariant as a formula over a state of `enc`.
using Invariant = std::function<z3::expr(const z3enc::Encoding& enc, const z3::expr_vector& s)>;

// Z3 alone, on fresh solvers: Init => Inv, Inv && T => Inv' (staying in the
// domains), Inv => !bad(p) (the last two within config_ok). Holds if all three are unsatisfiable when
// negated, Violated if one is not (`why` says which), Unknown when the
// budget runs out.
Verdict check_invariant(const System& sys, const Property& p, const Invariant& inv,
                        z3enc::Budget& budget, std::string& why);

}  // namespace kvmlc::cti
