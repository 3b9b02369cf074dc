// Engine benchmark (not a test): time per engine, per property, per variant,
// and how the time grows with the number of userspace actors.
//
//   bazel run -c opt //engines:bench -- [options]
//
//   --variants a,b     variant names in model/variants (default: all)
//   --properties p,q   property ids (default: all)
//   --engines e,f      engine names (default: all of engine_names())
//   --actors 1,2,3     actor counts (default: 1)
//   --rlimit N         Z3 resource units per check (default 0: none)
//   --cpu-seconds S    CPU seconds per check (default 60)
//   --max-depth N      bmc/kind bound (default 60)
//   --max-states N     explicit bound (default 20000000)
//   --encoding E       default (each engine's default_options), or one of
//                      int-functional, int-disjunctive, bv-functional,
//                      bv-disjunctive for every Z3 engine
//   --stop-after-unknown  with several actor counts: once an engine answers
//                      unknown (or error) on a (variant, property), skip it
//                      for larger counts
//
// Prints one tab-separated line per check: variant, actors, property,
// engine, verdict, seconds, detail (first 100 characters).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engines/engine.h"
#include "engines/z3engines.h"
#include "model/semantics.h"
#include "model/spec.h"

namespace kvmlc {
namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string x; std::getline(in, x, ',');)
    if (!x.empty()) out.push_back(x);
  return out;
}

std::string variants_dir() {
  for (const char* d : {"model/variants", "../model/variants"})
    if (std::filesystem::is_directory(d)) return d;
  if (const char* w = std::getenv("BUILD_WORKSPACE_DIRECTORY")) return std::string(w) + "/model/variants";
  throw std::runtime_error("model/variants not found");
}

std::unique_ptr<Engine> engine(const std::string& name, const std::string& encoding) {
  if (name == "explicit" || encoding == "default") return make_engine(name);
  z3enc::EncodingOptions o;
  o.sorts = encoding.starts_with("bv") ? z3enc::Sorts::BitVec : z3enc::Sorts::Int;
  o.style = encoding.ends_with("disjunctive") ? z3enc::TransStyle::Disjunctive
                                              : z3enc::TransStyle::Functional;
  if (name == "bmc") return make_bmc_engine(o);
  if (name == "kind") return make_kind_engine(o);
  if (name == "spacer") return make_spacer_engine(o);
  return nullptr;
}

int main_(int argc, char** argv) {
  std::map<std::string, std::string> opt = {{"encoding", "default"}, {"actors", "1"}};
  std::set<std::string> flags;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--stop-after-unknown") {
      flags.insert(a.substr(2));
    } else if (a.starts_with("--") && i + 1 < argc) {
      opt[a.substr(2)] = argv[++i];
    } else {
      std::cerr << "bench: bad argument '" << a << "' (see engines/bench.cc)\n";
      return 2;
    }
  }
  std::string dir = variants_dir();
  std::vector<std::string> variants = split(opt["variants"]);
  if (variants.empty()) {
    for (const auto& f : std::filesystem::directory_iterator(dir))
      if (f.path().extension() == ".json") variants.push_back(f.path().stem().string());
    std::sort(variants.begin(), variants.end());
  }
  std::vector<std::string> engines = split(opt["engines"]);
  if (engines.empty()) engines = engine_names();
  Limits limits;
  if (opt.count("rlimit")) limits.rlimit = std::stod(opt["rlimit"]);
  if (opt.count("cpu-seconds")) limits.cpu_seconds = std::stod(opt["cpu-seconds"]);
  if (opt.count("max-depth")) limits.max_depth = std::stoi(opt["max-depth"]);
  if (opt.count("max-states")) limits.max_states = std::stoll(opt["max-states"]);
  std::vector<std::string> wanted = split(opt["properties"]);
  std::set<std::string> gave_up;  // variant/property/engine

  for (const auto& v : variants) {
    Spec spec = read_spec(dir + "/" + v + ".json");
    for (const auto& a : split(opt["actors"])) {
      int actors = std::stoi(a);
      System sys = build_system(spec, ModelOptions{actors});
      std::fprintf(stderr, "# %s actors=%d: %zu variables, %zu transitions\n", v.c_str(), actors,
                   sys.vars.size(), sys.transitions.size());
      for (const auto& p : sys.properties) {
        if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), p.id) == wanted.end())
          continue;
        for (const auto& e : engines) {
          std::string key = v + "/" + p.id + "/" + e;
          if (gave_up.count(key)) continue;
          auto eng = engine(e, opt["encoding"]);
          if (!eng) {
            std::cerr << "bench: unknown engine " << e << "\n";
            return 2;
          }
          Result r;
          auto start = std::chrono::steady_clock::now();
          try {
            r = eng->check(sys, p, limits);
          } catch (const std::exception& ex) {
            r.verdict = Verdict::Error;
            r.detail = ex.what();
          }
          double secs =
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
          if (flags.count("stop-after-unknown") &&
              (r.verdict == Verdict::Unknown || r.verdict == Verdict::Error))
            gave_up.insert(key);
          std::string detail = r.detail.substr(0, 100);
          for (char& c : detail)
            if (c == '\t' || c == '\n') c = ' ';
          if (r.verdict == Verdict::Violated) detail = std::to_string(r.witness.steps.size()) + " steps";
          std::printf("%s\t%d\t%s\t%s\t%s\t%.2f\t%s\n", v.c_str(), actors, p.id.c_str(), e.c_str(),
                      to_string(r.verdict), secs, detail.c_str());
          std::fflush(stdout);
        }
      }
    }
  }
  return 0;
}

}  // namespace
}  // namespace kvmlc

int main(int argc, char** argv) {
  try {
    return kvmlc::main_(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "bench: " << e.what() << "\n";
    return 2;
  }
}
