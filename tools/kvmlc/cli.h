// Shared by the kvmlc subcommands: options, exit codes, finding variants.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/progress.h"
#include "engines/engine.h"
#include "model/semantics.h"
#include "model/spec.h"

namespace kvmlc {

// Exit codes of every subcommand (kExitBadInput, 2, is in base/).
inline constexpr int kExitOk = 0;        // holds, conforms
inline constexpr int kExitViolated = 1;  // violated, diverges
inline constexpr int kExitUnknown = 3;   // a bound or budget was hit

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Options of one subcommand: `--name value` or `--name=value` for the
// names in `valued`, `--name` alone for those in `flags`. Anything else is
// a UsageError.
class Options {
 public:
  Options(const std::vector<std::string>& args, const std::vector<std::string>& valued,
          const std::vector<std::string>& flags);
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  std::string get(const std::string& name, const std::string& dflt = "") const;
  std::vector<std::string> all(const std::string& name) const;  // repeated or comma-separated
  std::vector<std::string> each(const std::string& name) const;  // repeated, as given
  int number(const std::string& name, int dflt, int lo, int hi) const;
  // A number such as 60, 0.5 or 5e7 in [lo, hi].
  double real(const std::string& name, double dflt, double lo, double hi) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positional_;
};

// Variant specs: the built-in ones (model/variants/ from the runfiles of
// this binary, or $KVMLC_VARIANTS) and those of each --variants-dir, named
// by their "variant" id (as `kvmlc list` shows it) or by a kernel build they
// describe (their "kernels"). Two specs with one id are an error naming
// both. A variant given as a path (with '/' or ending in .json) is read
// from there.
struct VariantIndex {
  std::map<std::string, std::string> path;    // id -> spec file
  std::map<std::string, std::string> kernel;  // kernel build -> id
};
VariantIndex variant_index(const Options& o);
std::vector<std::string> variant_names(const Options& o);
bool is_spec_path(const std::string& name_or_path);
Spec load_variant(const Options& o, const std::string& name_or_path);
// The specs --variant selects (default: all), each once: two with one id
// are an error naming both files.
std::vector<Spec> selected_specs(const Options& o);
// How a trace names `spec` so that replay finds it again: its id when the
// index knows it by that id, else the path it was read from.
std::string variant_ref(const Options& o, const Spec& spec);
// The System of `spec` with each --invariant 'CONDITION' as a property
// ("invariant", "invariant-2", ...), checked by every engine like the
// built-in ones.
System build_with_invariants(const Options& o, Spec spec, const ModelOptions& mo);
std::vector<std::string> selected_properties(const Options& o, const System& sys);
// Restricts the initial configurations to the --config NAME=0|1 assignments.
void fix_config(System& sys, const Options& o);
// The Z3 budget of each check from --rlimit and --cpu-seconds (both in
// units that do not depend on machine load; see engines/engine.h Limits).
void read_z3_budget(const Options& o, Limits& limits);

// Progress lines on stderr for the long-running subcommands (check, prove,
// replay): on unless --quiet, every --progress-every seconds (default 2).
Progress make_progress(const Options& o);

// One subcommand a file.
int cmd_list(const std::vector<std::string>& args);
int cmd_check(const std::vector<std::string>& args);
int cmd_simulate(const std::vector<std::string>& args);
int cmd_replay(const std::vector<std::string>& args);
int cmd_prove(const std::vector<std::string>& args);
int cmd_export(const std::vector<std::string>& args);

extern std::string g_argv0;

}  // namespace kvmlc
