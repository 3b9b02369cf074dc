// The engines agree on the real variants (model/variants/*.json, 1 actor):
//  - wherever the explicit explorer and a Z3 engine both give a definite
//    answer (holds or violated) it is the same answer;
//  - every Z3 counterexample replays on the executable model and ends in a
//    bad state;
//  - when BMC reports "no violation up to depth N", the explicit
//    counterexample (if any) is longer than N;
//  - every explicit counterexample is a run of the Z3 encoding: with its
//    initial state and transitions fixed, the unrolled formula is satisfiable,
//    ends in a bad state, and its states are the replayed ones. This checks
//    the encoding against System::step on every step of every
//    counterexample, whatever the Z3 engines manage within their bounds.
// Each check is bounded (Limits below), so most Z3 answers on the larger
// variants are "unknown"; docs/benchmarks-z3.md has unbounded numbers.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "catch2/catch.hpp"
#include "engines/encoding.h"
#include "engines/engine.h"
#include "engines/testing/variants.h"
#include "model/semantics.h"
#include "model/spec.h"

namespace kvmlc {
namespace {

// The run `w` through the Z3 encoding (both encodings): "" if the formula
// with w's initial state and transitions fixed is satisfiable, ends in a bad
// state and has exactly the replayed states.
std::string encoding_accepts(const System& sys, const Property& p, const Witness& w,
                             z3enc::EncodingOptions options) {
  z3::context ctx;
  z3enc::Encoding enc(ctx, sys, options);
  z3enc::Unroller u(enc);
  z3::solver s(ctx);
  int k = static_cast<int>(w.steps.size());
  s.add(enc.init(u.state(0)));
  for (size_t v = 0; v < sys.vars.size(); ++v)
    s.add(u.state(0)[static_cast<unsigned>(v)] == enc.numeral(get(w.init, static_cast<int>(v))));
  for (int i = 0; i < k; ++i) {
    s.add(u.trans(i));
    s.add(u.selector(i) == enc.selector_numeral(w.steps[static_cast<size_t>(i)]));
  }
  s.add(enc.bad(p, u.state(k)));
  if (s.check() != z3::sat) return "the encoding rejects the run";
  std::vector<State> replayed = run(sys, w), solved = u.states(s.get_model(), k);
  for (int i = 0; i <= k; ++i)
    if (replayed[static_cast<size_t>(i)] != solved[static_cast<size_t>(i)])
      return "state " + std::to_string(i) + ": encoding " + sys.describe(solved[static_cast<size_t>(i)]) +
             ", replay " + sys.describe(replayed[static_cast<size_t>(i)]);
  return "";
}

// N from BMC's "no violation up to depth N", or -1.
int bmc_depth(const Result& r) {
  const std::string key = "no violation up to depth ";
  size_t at = r.detail.find(key);
  return at == std::string::npos ? -1 : std::stoi(r.detail.substr(at + key.size()));
}

bool definite(Verdict v) { return v == Verdict::Holds || v == Verdict::Violated; }

// Short one-word summary for the table printed into the test log.
std::string cell(const Result& r) {
  std::string s = to_string(r.verdict);
  if (r.verdict == Verdict::Violated) s += "(" + std::to_string(r.witness.steps.size()) + ")";
  char t[32];
  std::snprintf(t, sizeof t, " %.1fs", r.seconds);
  return s + t;
}

void check_variant(const std::string& path) {
  System sys = build_system(read_spec(path), ModelOptions{1});
  Limits explicit_limits;
  explicit_limits.max_states = 400'000;
  Limits z3_limits;
  z3_limits.max_depth = 60;
  // Budgets in Z3 resource units, so that which cells are definite (and so
  // what is compared) is the same on an idle and on a loaded machine; about
  // 1 and 10 CPU seconds here (docs/benchmarks-z3.md). Spacer takes no
  // resource limit: 2 CPU seconds bound it (and are a safety net for the rest).
  z3_limits.rlimit = 2e6;
  z3_limits.cpu_seconds = 2;
  // cti: the configurations with at most 1000 reachable states are
  // strengthened and proved (a few seconds each), larger ones are unknown;
  // BMC only for shallow violations (each configuration would otherwise
  // unroll to its depth).
  Limits cti_limits = z3_limits;
  cti_limits.max_samples = 1000;
  cti_limits.max_depth = 8;
  cti_limits.rlimit = 2.5e7;
  cti_limits.cpu_seconds = 20;

  std::vector<Result> expl;
  std::string explicit_error;
  try {
    expl = make_engine("explicit")->check_all(sys, explicit_limits);
  } catch (const std::exception& e) {
    // The executable model itself failed (System::step's "model bug").
    explicit_error = e.what();
    expl.assign(sys.properties.size(), Result{Verdict::Error, "explicit", explicit_error});
  }
  std::printf("== %s (%zu variables, %zu transitions)%s%s\n", sys.variant.c_str(),
              sys.vars.size(), sys.transitions.size(), explicit_error.empty() ? "" : ": explicit: ",
              explicit_error.c_str());

  for (size_t i = 0; i < sys.properties.size(); ++i) {
    const Property& p = sys.properties[i];
    std::string row = p.id + ": explicit " + cell(expl[i]);
    if (expl[i].verdict == Verdict::Violated) {
      INFO(sys.variant << " / " << p.id << ": explicit counterexample through the encoding");
      if (z3enc::check_witness(sys, p, expl[i].witness) == "") {
        CHECK(encoding_accepts(sys, p, expl[i].witness, z3enc::default_options("bmc")) == "");
        CHECK(encoding_accepts(sys, p, expl[i].witness, z3enc::default_options("spacer")) == "");
        row += " [encoding accepts]";
      } else {
        // An explicit witness that does not replay is the explicit engine's
        // bug (engines_test shows it on the toy), a disagreement all the same.
        CHECK(z3enc::check_witness(sys, p, expl[i].witness) == "");
        row += " [explicit witness does not replay]";
      }
    }
    for (const char* name : {"bmc", "kind", "spacer", "cti"}) {
      Result r = make_engine(name)->check(
          sys, p, std::string(name) == "cti" ? cti_limits : z3_limits);
      row += std::string(" | ") + name + " " + cell(r);
      INFO(sys.variant << " / " << p.id << " / " << name << ": " << to_string(r.verdict) << " — "
                       << r.detail << "; explicit: " << to_string(expl[i].verdict) << " — "
                       << expl[i].detail);
      // A proof comes with its certificate, checked for every configuration.
      if (r.verdict == Verdict::Holds && std::string(name) == "cti") {
        CHECK(!r.certificate.empty());
        CHECK(r.detail.find("proved for every configuration") != std::string::npos);
      }
      if (r.verdict == Verdict::Violated) {
        CHECK(!r.witness.steps.empty());
        CHECK(z3enc::check_witness(sys, p, r.witness) == "");
      }
      if (definite(r.verdict) && definite(expl[i].verdict)) CHECK(r.verdict == expl[i].verdict);
      // Both find shortest counterexamples (BMC and k-induction's base case).
      if (r.verdict == Verdict::Violated && expl[i].verdict == Verdict::Violated &&
          std::string(name) != "spacer")
        CHECK(r.witness.steps.size() == expl[i].witness.steps.size());
      int depth = bmc_depth(r);
      if (depth >= 0 && expl[i].verdict == Verdict::Violated)
        CHECK(static_cast<int>(expl[i].witness.steps.size()) > depth);
      if (depth >= 0) row += "@" + std::to_string(depth);
      // BMC never proves; an Error is a bug in an engine or in the model.
      if (std::string(name) == "bmc") CHECK(r.verdict != Verdict::Holds);
      if (explicit_error.empty()) CHECK(r.verdict != Verdict::Error);
    }
    std::printf("  %s\n", row.c_str());
    std::fflush(stdout);
  }
}

TEST_CASE("engines agree on every variant") {
  std::vector<std::string> paths = testing::variant_paths();
  REQUIRE(!paths.empty());
  for (const auto& path : paths) {
    INFO(path);
    check_variant(path);
  }
}

}  // namespace
}  // namespace kvmlc
