// Proof certificates anyone can re-check without kvmlc: an inductive
// invariant and the three obligations that make it a proof, as standalone
// SMT-LIB 2 files for any solver (docs/certificates.md).
//
//   initiation:   init(s) && !inv(s)                     unsat: it holds initially
//   consecution:  inv(s) && trans(s, s') && !inv(s')     unsat: every step keeps it
//                 (possibly split into cases, one (check-sat) each)
//   safety:       inv(s) && bad(s)                       unsat: it excludes the bad states
//
// Each file asserts the negation, so `unsat` means the obligation holds.
// They are plain SMT-LIB 2.6 in QF_LIA (integers and Booleans, linear), so
// Z3 and cvc5 read the same files; the CI test (docs/proofs/certificates)
// asks both. A lemma is a define-fun over the variables it mentions, applied
// to the current state and to the next one, its name (one line, the spec's
// vocabulary) in a comment above it.
#pragma once

#include <z3++.h>

#include <string>
#include <vector>

#include "engines/counter.h"
#include "engines/engine.h"

namespace kvmlc::certificate {

struct Lemma {
  std::string name;  // "user0.pc == 1 => kvm.refs == 2"
  z3::expr formula;  // over Obligations::state
};

struct Obligations {
  // What is proved, for the header.
  std::string variant, property, configuration, engine;
  std::vector<std::string> notes;  // more header lines (the property's doc, ...)
  // The transition system, Int or Bool sorted. Constants of `trans` other
  // than state and next (a transition selector) are declared as they are.
  z3::expr_vector state;  // one constant per variable
  z3::expr_vector next;   // the same variables one step later, same order
  z3::expr init;          // over state
  z3::expr trans;         // over state and next
  z3::expr bad;           // over state
  std::vector<Lemma> lemmas;  // the invariant is their conjunction
  // Consecution case by case, when one query is too hard for a solver
  // (empty: one check). The file asserts the obligation once, then checks
  // it under each case's condition (over state) in a (push)/(pop) scope,
  // and last under "none of the cases": K + 1 answers, every one unsat
  // when the obligation holds, whatever the cases are.
  std::vector<Lemma> cases;
};

// The three files' text. Needs the Z3 context of `o` only while it runs.
SmtCertificate render(const Obligations& o);

// DIR/STEM-initiation.smt2, DIR/STEM-consecution.smt2, DIR/STEM-safety.smt2,
// creating DIR. Each file is written to a temporary name and renamed, so a
// failure leaves no half-written certificate. Throws std::runtime_error
// ("DIR/...: cannot write: REASON") on an I/O error.
void write(const std::string& dir, const std::string& stem, const SmtCertificate& c);

// The obligations of a proof for any number of actors (invariant.h): the
// counter system `cs` (counter.h) in the integer encoding of every engine
// (encoding.h), property number `prop`, and the invariant structure(cs)
// and each of `formulas` (named by `lemmas`, same order).
SmtCertificate any_actors(const CounterSystem& cs, int prop, const std::vector<std::string>& lemmas,
                          const std::vector<ExprP>& formulas);

// "VARIANT--PROPERTY--ACTORS", e.g. "unified--ioctl-needs-backend--1-actor";
// `actors` is "1-actor", "2-actors" or "any-actors".
std::string stem(const std::string& variant, const std::string& property,
                 const std::string& actors);

}  // namespace kvmlc::certificate
