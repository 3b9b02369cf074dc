// kvmlc check: verdicts for variants x properties, with counterexamples.
#include <iostream>

#include <nlohmann/json.hpp>

#include "tools/kvmlc/causes.h"
#include "tools/kvmlc/cli.h"
#include "tools/kvmlc/report.h"

namespace kvmlc {
namespace {

const char* kHelp = R"(usage: kvmlc check [OPTIONS]

Explores every interleaving of the loader and the userspace actors, every
fault choice and every configuration, and prints a verdict for each
(variant, property): holds, VIOLATED (counterexample length) or unknown.

  --variant V        variant name or spec path; repeat or comma-separate (default: all)
  --property P       property id; repeat or comma-separate (default: all)
  --invariant 'C'    also check condition C in every reachable state (the spec's
                     condition language: config names, held(RESOURCE), !, &&,
                     ||); property id 'invariant' ('invariant-2', ... if repeated)
  --actors N         userspace actors, 0-4 (default 1)
  --config NAME=0|1  fix a configuration variable (repeatable; default: all configurations)
  --engine E         explicit (default) or a Z3 engine (see 'kvmlc list engines')
  --max-states N     explicit: answer unknown after N states of one configuration
                     (default 20000000)
  --max-seconds S    explicit: answer unknown after S CPU seconds (default: no limit)
  --no-por           explicit: no partial-order reduction (docs/properties.md)
  --no-symmetry      explicit: no actor symmetry reduction (engines/symmetry.h)
  --no-projection    explicit: keep monitor flags and unread variables in stored states
  --threads N        explicit: configurations explored at once (default: one per core)
  --bitstate N       explicit: bounded memory, a bit array of 2^N bits (N 10-40) instead of
                     the visited set; may miss states, so no violation is 'unknown', not 'holds'
  --compact          explicit: the exact visited set in ~10 bytes a state instead of 32-40
                     (halves of each state interned, a table sized for --max-states
                     allocated at once, parent links in a file in $TMPDIR); same
                     results, slower; set --max-states near the count expected
  --max-depth N      bmc/kind: bound (default 60)
  --rlimit N         Z3 engines: resource units per check (default 0: no limit)
  --cpu-seconds S    Z3 engines: CPU seconds per check (default 60; see 'kvmlc prove --help')
  --format F         text (default), json (with each counterexample's
                     configuration, steps and what is left behind) or markdown
  --per-config       one variant: a verdict per configuration (rows, named by the
                     config variables, '!' for off) and property (columns);
                     explicit engine only; json rows also give each
                     configuration's states and the bytes they were stored in
  --explain          print every counterexample step by step (default for one cell)
  --all-causes       every cause of each violation, not only the shortest: the
                     failing steps that lead there (or the violating step), what
                     is left behind, in which configurations, and one shortest
                     counterexample each; each cause's step is disabled and the
                     engine runs again until the property holds (text or json)
  --cex-dir DIR      write each counterexample as DIR/VARIANT--PROPERTY.jsonl (a trace)
                     and .itf.json (its states, Apalache's ITF, for TLA+ tools);
                     with --all-causes, VARIANT--PROPERTY--cause-N.*
  --variants-dir D   more variant specs, besides the built-in ones (repeatable)
  --quiet            no progress lines on stderr (default: states, rate, depth
                     and what is at work, at most every --progress-every seconds)
  --progress-every S seconds between progress lines (default 2)
)";

// --all-causes (causes.h): every cause of each (variant, property).
int print_all_causes(const Options& o, const std::vector<Spec>& specs, Engine& engine, const Limits& limits,
                     const ModelOptions& mo, const std::string& format) {
  nlohmann::json j = nlohmann::json::array();
  int code = kExitOk;
  bool first = true;
  for (const auto& spec : specs) {
    System sys = build_with_invariants(o, spec, mo);
    fix_config(sys, o);
    std::vector<std::string> ids = selected_properties(o, sys);
    bool explain = o.has("explain") || (specs.size() == 1 && ids.size() == 1);
    for (const auto& id : ids) {
      Causes causes = find_causes(engine, sys, id, limits);
      if (!causes.causes.empty()) code = kExitViolated;
      else if (causes.rest != Verdict::Holds && code == kExitOk) code = kExitUnknown;
      if (format == "json") {
        j.push_back(causes_json(sys, id, causes));
      } else {
        std::cout << (first ? "" : "\n");
        print_causes(std::cout, sys, id, causes, explain);
      }
      first = false;
      for (size_t i = 0; o.has("cex-dir") && i < causes.causes.size(); ++i) {
        Result r;
        r.witness = causes.causes[i].witness;
        write_cex(o.get("cex-dir"), sys, {sys.variant, id + "--cause-" + std::to_string(i + 1), r},
                  "kvmlc check 1", variant_ref(o, spec));
      }
    }
  }
  if (format == "json") std::cout << j.dump(2) << "\n";
  return code;
}

}  // namespace

int cmd_check(const std::vector<std::string>& args) {
  Options o(args,
            {"variant", "property", "invariant", "actors", "config", "engine", "max-states", "max-seconds", "max-depth",
             "rlimit", "cpu-seconds", "format", "cex-dir", "variants-dir", "progress-every", "threads",
             "bitstate"},
            {"explain", "all-causes", "compact", "no-por", "no-symmetry", "no-projection", "per-config", "quiet", "help"});
  if (o.has("help")) return std::cout << kHelp, kExitOk;
  if (!o.positional().empty()) throw UsageError("unexpected argument '" + o.positional()[0] + "'");
  std::string format = o.get("format", "text");
  if (format != "text" && format != "json" && format != "markdown")
    throw UsageError("--format must be text, json or markdown");
  std::string engine_name = o.get("engine", "explicit");
  auto engine = make_engine(engine_name);
  if (!engine) throw UsageError("unknown engine '" + engine_name + "' (see 'kvmlc list engines')");
  bool per_config = o.has("per-config");
  if (per_config && engine_name != "explicit")
    throw UsageError("--per-config needs the explicit engine (the Z3 engines check all configurations at once)");
  std::vector<Spec> specs = selected_specs(o);
  if (per_config && specs.size() != 1) throw UsageError("--per-config takes exactly one --variant");
  bool all_causes = o.has("all-causes");
  if (all_causes && (per_config || format == "markdown"))
    throw UsageError("--all-causes prints text or json, not --per-config or markdown");
  Limits limits;
  limits.max_states = o.number("max-states", 20'000'000, 1, 2'000'000'000);
  limits.max_seconds = o.number("max-seconds", 0, 0, 86400);
  limits.max_depth = o.number("max-depth", limits.max_depth, 0, 1000);
  read_z3_budget(o, limits);
  limits.partial_order = !o.has("no-por");
  limits.symmetry = !o.has("no-symmetry");
  limits.projection = !o.has("no-projection");
  limits.threads = o.number("threads", 0, 0, 64);
  limits.bitstate_bits = o.has("bitstate") ? o.number("bitstate", 30, 10, 40) : 0;
  limits.compact = o.has("compact");
  if (limits.compact && limits.bitstate_bits > 0) throw UsageError("--compact and --bitstate exclude each other");
  Progress progress = make_progress(o);
  limits.progress = &progress;
  ModelOptions mo{o.number("actors", 1, 0, 4)};
  if (all_causes) return print_all_causes(o, specs, *engine, limits, mo, format);

  std::vector<Cell> cells;
  std::vector<System> systems;
  for (const auto& spec : specs) {
    System sys = build_with_invariants(o, spec, mo);
    fix_config(sys, o);
    std::vector<std::string> ids = selected_properties(o, sys);
    std::vector<Property> keep;
    for (const auto& id : ids) keep.push_back(*sys.property(id));
    sys.properties = keep;
    for (auto& r : engine->check_all(sys, limits)) cells.push_back({sys.variant, "", r});
    for (size_t i = 0; i < ids.size(); ++i) cells[cells.size() - ids.size() + i].property = ids[i];
    systems.push_back(std::move(sys));
  }
  auto system_of = [&](const Cell& c) -> const System& {
    return *std::find_if(systems.begin(), systems.end(),
                         [&](const System& s) { return s.variant == c.variant; });
  };
  if (per_config)
    print_config_table(std::cout, systems.front(), cells, format);
  else if (format == "json")
    print_json_with_witnesses(std::cout, cells, system_of);
  else
    print_table(std::cout, cells, format);

  auto ref_of = [&](const System& sys) {
    return variant_ref(o, *std::find_if(specs.begin(), specs.end(),
                                        [&](const Spec& s) { return s.variant == sys.variant; }));
  };
  bool explain = o.has("explain") || cells.size() == 1;
  int code = kExitOk;
  for (const auto& c : cells) {
    const System& sys = system_of(c);
    const Result& r = c.result;
    if (r.verdict == Verdict::Violated) {
      code = kExitViolated;
      if (explain && format == "text") {
        std::cout << "\n" << c.variant << " violates " << c.property << " (" << r.engine << ", "
                  << r.detail << "):\n";
        print_witness(std::cout, sys, r.witness);
      }
      if (o.has("cex-dir")) write_cex(o.get("cex-dir"), sys, c, "kvmlc check 1", ref_of(sys));
    } else if (code == kExitOk && r.verdict != Verdict::Holds) {
      code = kExitUnknown;
    }
    if (explain && format == "text" && r.verdict != Verdict::Violated)
      std::cout << "\n" << c.variant << " " << c.property << ": " << to_string(r.verdict) << " ("
                << r.engine << ", " << r.detail << ")\n";
  }
  return code;
}

}  // namespace kvmlc
