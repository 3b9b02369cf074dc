// One interface for every checker: the explicit-state explorer
// (explicit.cc) and the Z3 engines (bmc.cc, kinduction.cc, spacer.cc, cti.cc).
// Each answers whether a property of a System can be violated; a violation
// comes with a witness, a proof with what makes it a proof.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/progress.h"
#include "model/system.h"

namespace kvmlc {

enum class Verdict { Holds, Violated, Unknown, Error };
const char* to_string(Verdict v);

// A run of the model: an initial state and the transitions taken from it.
struct Witness {
  State init;
  std::vector<int> steps;  // indices into System::transitions
};

// The verdict of one configuration (engines that decide each on its own).
struct ConfigResult {
  State config;       // an initial state: the values of its config variables
  Verdict verdict = Verdict::Unknown;
  size_t steps = 0;   // Violated: length of its shortest counterexample
  long long states = 0;
  // explicit: the bytes its stored states took at the end (packed keys,
  // parent links, the visited set or bit array), for bytes per state.
  long long store_bytes = 0;
};

// A proof as three standalone SMT-LIB 2 files (engines/certificate.h):
// each asserts the negation of one obligation, so `unsat` means it holds.
struct SmtCertificate {
  std::string initiation, consecution, safety;
};

struct Result {
  Verdict verdict = Verdict::Unknown;
  std::string engine;
  // Holds: how it was established ("412 states, exhaustive", "k = 3",
  // the inductive invariant). Unknown/Error: the reason (bound, budget).
  std::string detail;
  // Holds, when the engine has one: the proof a reviewer can check, one
  // fact a line (an inductive invariant per configuration).
  std::string certificate;
  // Holds, when the engine has one: the same proof for any SMT solver
  // (kvmlc prove --certificate-dir).
  std::optional<SmtCertificate> smt;
  Witness witness;  // Violated only
  long long states = 0;
  double seconds = 0;  // CPU seconds (Z3 engines) or wall seconds (explicit)
  // Engines that decide each configuration on its own: the verdict of each.
  std::vector<ConfigResult> configs;
};

struct Limits {
  long long max_states = 20'000'000;  // explicit: stop and answer unknown
  double max_seconds = 0;             // explicit: the same after this many CPU seconds (0: no limit)
  long long max_samples = 200'000;    // cti: reachable states sampled per configuration
  int max_depth = 60;                 // BMC / k-induction bound
  // Z3 engines, per check (cti: per configuration). Budgets that do not
  // depend on machine load (z3enc::Budget): Z3 resource units, the same on
  // any machine (docs/benchmarks-z3.md measures them against CPU seconds),
  // and CPU seconds of this process. 0: no limit of that kind.
  double rlimit = 0;
  double cpu_seconds = 60;
  bool partial_order = true;          // explicit: partial-order reduction (reduction.h)
  bool symmetry = true;               // explicit: actor symmetry reduction (symmetry.h)
  bool projection = true;             // explicit: erase monitor flags and unread variables once checked
  int threads = 0;                    // explicit: configurations explored at once (0: one per core)
  // explicit: 0, or the bounded-memory mode with a bit array of 2^N bits
  // (compiled_store.h): a violation is real, no violation is only "unknown".
  int bitstate_bits = 0;
  // explicit: the exact visited set in ~10 bytes a state, in a table sized
  // for max_states (compact_store.h): the same results, slower.
  bool compact = false;
  // Where a long run reports how far it got (states, depth, the
  // configuration or property at work); nullptr or disabled: silent.
  Progress* progress = nullptr;
};

class Engine {
 public:
  virtual ~Engine() = default;
  virtual std::string name() const = 0;
  virtual Result check(const System& sys, const Property& prop, const Limits& limits) = 0;
  // Every property of `sys`, in order. Engines that can share work between
  // properties (one exploration for all) override it.
  virtual std::vector<Result> check_all(const System& sys, const Limits& limits);
};

// "explicit", "bmc", "kind", "spacer", "cti"; nullptr for an unknown name.
std::unique_ptr<Engine> make_engine(const std::string& name);
std::vector<std::string> engine_names();

// Replays a witness on the executable model and returns the states it
// visits (init first). Throws std::logic_error if a step is not enabled.
std::vector<State> run(const System& sys, const Witness& w);

// Whether `w` replays and ends in a state violating `prop`.
bool violates(const System& sys, const Witness& w, const Property& prop);

// Drops steps from a violating witness while it still violates `prop`, so
// that no single step can be removed: what is left is needed.
Witness minimise(const System& sys, const Witness& w, const Property& prop);

}  // namespace kvmlc
