// The Z3 engines. engine.cc's make_engine("bmc" | "kind" | "spacer") builds
// them with default_options(name); benchmarks build them with other encodings.
#pragma once

#include <memory>

#include "engines/encoding.h"
#include "engines/engine.h"

namespace kvmlc {

std::unique_ptr<Engine> make_bmc_engine(
    z3enc::EncodingOptions options = z3enc::default_options("bmc"));
std::unique_ptr<Engine> make_kind_engine(
    z3enc::EncodingOptions options = z3enc::default_options("kind"));
std::unique_ptr<Engine> make_spacer_engine(
    z3enc::EncodingOptions options = z3enc::default_options("spacer"));
// Per configuration, lemmas from runs strengthened by blocking
// counterexamples to induction until inductive; then one query for every
// configuration (cti.cc).
std::unique_ptr<Engine> make_cti_engine();

}  // namespace kvmlc
