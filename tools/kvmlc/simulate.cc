// kvmlc simulate: one random run of a variant, written as a trace.
#include <fstream>
#include <iostream>
#include <random>

#include "tools/kvmlc/cli.h"
#include "tools/kvmlc/report.h"

namespace kvmlc {

namespace {

const char* kHelp = R"(usage: kvmlc simulate --variant V [OPTIONS]

Takes random enabled steps from a random (or fixed) configuration and writes
the run in the trace format; every trace it writes replays against V.

  --variant V        variant name or spec path (required)
  --actors N         userspace actors, 0-4 (default 1)
  --steps N          steps to take (default 200, at most 100000000; stops early
                     if nothing is enabled)
  --seed N           random seed (default 1)
  --config NAME=0|1  fix a configuration variable (repeatable)
  -o, --output FILE  write there instead of standard output
)";

}  // namespace

int cmd_simulate(const std::vector<std::string>& args) {
  std::vector<std::string> a = args;
  for (auto& s : a)
    if (s == "-o") s = "--output";
  Options o(a, {"variant", "actors", "steps", "seed", "config", "output", "variants-dir"}, {"help"});
  if (o.has("help")) return std::cout << kHelp, kExitOk;
  if (!o.has("variant")) throw UsageError("--variant is required");
  Spec spec = load_variant(o, o.get("variant"));
  std::string ref = variant_ref(o, spec);
  System sys = build_system(spec, {o.number("actors", 1, 0, 4)});
  std::mt19937 rng(o.number("seed", 1, 0, 1 << 30));
  std::vector<State> inits = sys.initial_states();
  std::vector<State> allowed;
  for (const auto& s : inits) {
    bool ok = true;
    for (const auto& kv : o.all("config")) {
      size_t eq = kv.find('=');
      int i = eq == std::string::npos ? -1 : sys.var_index("cfg." + kv.substr(0, eq));
      if (i < 0) throw UsageError("--config '" + kv + "': unknown configuration variable");
      ok = ok && std::to_string(get(s, i)) == kv.substr(eq + 1);
    }
    if (ok) allowed.push_back(s);
  }
  if (allowed.empty()) throw UsageError("no configuration matches --config");
  Witness w{allowed[rng() % allowed.size()], {}};
  State s = w.init;
  for (int n = o.number("steps", 200, 0, 100'000'000); n > 0; --n) {
    std::vector<int> enabled;
    for (size_t t = 0; t < sys.transitions.size(); ++t)
      if (eval(*sys.transitions[t].guard, s)) enabled.push_back(static_cast<int>(t));
    if (enabled.empty()) break;
    int t = enabled[rng() % enabled.size()];
    w.steps.push_back(t);
    s = sys.step(s, sys.transitions[t]);
  }
  std::string scenario = "simulate seed " + o.get("seed", "1");
  if (!o.has("output")) {
    write_run(std::cout, sys, w, "kvmlc simulate 1", scenario, ref);
    return kExitOk;
  }
  std::string path = o.get("output"), tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    if (!out) throw UsageError("cannot write " + path);
    write_run(out, sys, w, "kvmlc simulate 1", scenario, ref);
  }
  std::rename(tmp.c_str(), path.c_str());
  return kExitOk;
}

}  // namespace kvmlc
