// kvmlc prove: unbounded verdicts from the Z3 engines, with their evidence.
#include <algorithm>
#include <deque>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <regex>

#include "base/cpu_time.h"
#include "base/progress.h"
#include "engines/certificate.h"
#include "engines/counter.h"
#include "engines/invariant.h"
#include "tools/kvmlc/cli.h"
#include "tools/kvmlc/proof_report.h"
#include "tools/kvmlc/report.h"

namespace kvmlc {
namespace {

const char* kHelp = R"(usage: kvmlc prove [OPTIONS]

Proves or refutes each (variant, property) for every configuration and every
run length, and prints a matrix: variants across, properties down, each cell
the verdict with the engine and its evidence (proved: the invariant or k;
VIOLATED: the counterexample's length; unknown: why, e.g. a budget spent). An
unknown is never a pass.

  --variant V        variant name or spec path; repeat or comma-separate (default: all)
  --property P       property id; repeat or comma-separate (default: all)
  --invariant 'C'    also check condition C in every reachable state (the spec's
                     condition language: config names, held(RESOURCE), !, &&,
                     ||); property id 'invariant' ('invariant-2', ... if repeated)
  --actors N|any     userspace actors, 0-6 (default 1), or any: the counter
                     system (every number of actors at once): a violation
                     with the fewest actors (explored for 0-3, replayed on
                     the per-actor model) or an inductive invariant proved
                     by Z3 for every number of actors
  --config NAME=0|1  fix a configuration variable (repeatable)
  --engine E         cti (default): per configuration, lemmas from runs
                     strengthened by blocking counterexamples to induction until
                     Z3 proves them inductive, then one query for every
                     configuration; BMC builds counterexamples. Or bmc, kind,
                     spacer (one query over all configurations), or explicit
                     ('kvmlc list engines')
  --fallback E       decide the cells the engine leaves unknown with engine E
                     (default: explicit, the explorer of 'check', bounded by
                     --max-states; none: leave them unknown); each cell names
                     the engine that decided it, and what the first one said
  --rlimit N         Z3 resource units per check (cti: per configuration), e.g.
                     5e7: the same verdict on any machine, idle or loaded (about
                     1e6 units a CPU second here; default 0: no limit;
                     --actors any: per Z3 query, default 4e7)
  --cpu-seconds S    CPU seconds per check (cti: per configuration; default 60;
                     0: no limit)
  --max-depth N      bound of BMC and k-induction (default 60)
  --max-samples N    cti: reachable states sampled per configuration (default
                     200000; more: that configuration is unknown)
  --max-states N     explicit: states per configuration (default 20000000);
                     --actors any: states explored per number of actors 0-3
                     (default 1000000)
  --format F         text (default), json (with each counterexample's
                     configuration, steps and what is left behind) or markdown
  --explain          print each invariant and counterexample (default for one cell)
  --cex-dir DIR      write each counterexample as DIR/VARIANT--PROPERTY.jsonl (a trace)
                     and .itf.json (its states, Apalache's ITF, for TLA+ tools)
  --certificate-dir D  write each Z3 proof as three SMT-LIB 2 files any solver can
                     re-check: D/VARIANT--PROPERTY--N-actor(s)-{initiation,
                     consecution,safety}.smt2 (--actors any: any-actors, the
                     consecution one check per global state), each check
                     unsat when the proof holds (docs/certificates.md)
  --report-dir DIR   write the reviewer's proof report: DIR/VARIANT.md per variant,
                     and per counterexample its picture DIR/VARIANT--PROPERTY.svg
                     (drawn from the .dot beside it by Graphviz's dot, if on the
                     PATH; failing steps red, publishing steps blue)
  --variants-dir D   more variant specs, besides the built-in ones (repeatable)
  --quiet            no progress lines on stderr (default: states, rate, depth
                     and what is at work, at most every --progress-every seconds)
  --progress-every S seconds between progress lines (default 2)

Exit status: 0 every cell proved, 1 some cell VIOLATED, 3 some cell unknown
(and none violated), 2 bad usage.
)";

// "resource limit 5e+07 reached" (the Z3 budget) as it is; "depth bound 60"
// (k-induction, cti) and "up to depth 8 (depth bound)" (bmc) -> "bound k=60".
std::string reason(const std::string& detail) {
  std::smatch m;
  if (std::regex_search(detail, m,
                        std::regex("(resource limit [^ ]+ reached|CPU (budget|limit) [^ ]+ s (used|reached))")))
    return m[1].str();
  if (std::regex_search(detail, m, std::regex("depth bound ([0-9]+)|up to depth ([0-9]+) \\(depth bound\\)")))
    return "bound k=" + (m[1].matched ? m[1] : m[2]).str();
  if (std::regex_search(detail, m, std::regex("state bound ([0-9]+)"))) return "bound " + m[1].str() + " states";
  if (std::regex_search(detail, m, std::regex("sample bound ([0-9]+)"))) return "bound " + m[1].str() + " samples";
  return "gave up";
}

// One matrix cell: the verdict, the engine, and the evidence in brief.
std::string cell_text(const Result& r) {
  if (r.engine == "counter") {
    if (r.verdict == Verdict::Holds) return "proved for any number of actors (" + r.detail + ")";
    if (r.verdict == Verdict::Violated) return "VIOLATED (" + r.detail + ", " + std::to_string(r.witness.steps.size()) + " steps)";
  }
  switch (r.verdict) {
    case Verdict::Holds:
      return "proved (" + r.engine + ", " +
             (r.engine == "explicit"                     ? std::string("exhaustive")
              : r.detail.rfind("inductive invariant", 0) == 0 ||
                      r.detail.rfind("invariant:", 0) == 0
                  ? std::string("invariant")
              : r.detail.rfind("k ", 0) == 0 ? r.detail.substr(0, r.detail.find(' ', 5))
                                             : r.detail) +
             ")";
    case Verdict::Violated:
      return "VIOLATED (" + r.engine + ", " + std::to_string(r.witness.steps.size()) + " steps)";
    case Verdict::Unknown: return "unknown (" + r.engine + ", " + reason(r.detail) + ")";
    case Verdict::Error: return "ERROR (" + r.engine + ")";
  }
  return "?";
}

// The fallback engine on the variant's cells that are not definite, in one
// check_all (the explicit explorer explores once for all of them).
void decide_unknown(Engine& fallback, const System& sys, const Limits& limits,
                    std::vector<Proof>& proofs) {
  System open = sys;
  open.properties.clear();
  std::vector<Proof*> todo;
  for (auto& p : proofs)
    if (p.cell.variant == sys.variant && p.cell.result.verdict != Verdict::Holds &&
        p.cell.result.verdict != Verdict::Violated) {
      open.properties.push_back(*sys.property(p.cell.property));
      todo.push_back(&p);
    }
  if (todo.empty()) return;
  std::vector<Result> rs = fallback.check_all(open, limits);
  for (size_t i = 0; i < todo.size(); ++i) {
    todo[i]->cell.result = rs[i];
    todo[i]->fell_back = true;
  }
}

// Every number of actors (counter.h, invariant.h): per property, the
// fewest actors (0-3) with a violation, its shortest counterexample mapped
// to the per-actor System of that many actors and replayed there; else an
// inductive invariant of the counter system. Never "holds for 3" as "holds".
void prove_any_actors(const Spec& spec, const Options& o, const std::vector<std::string>& ids,
                      const Limits& z3_limits, Progress& progress, std::vector<Proof>& proofs,
                      std::deque<System>& systems) {
  auto build = [&](int n) {
    System sys = build_system(spec, {n});
    fix_config(sys, o);
    return sys;
  };
  CounterSystem cs = derive_counter_system(build);
  long long cap = o.number("max-states", 1'000'000, 1, 2'000'000'000);
  std::vector<Exploration> xs;
  std::vector<State> samples;
  if (cs.problem.empty())
    for (int n = 0; n <= 3; ++n) {
      progress.print(spec.variant + ": counter system with " + std::to_string(n) + " actors");
      xs.push_back(explore(cs, n, cap));
      std::move(xs.back().states.begin(), xs.back().states.end(), std::back_inserter(samples));
      xs.back().states = {};  // moved into samples
      if (n >= 2) {  // deeper states than breadth-first reaches
        std::vector<State> deep = random_runs(cs, n, 200, 300);
        samples.insert(samples.end(), deep.begin(), deep.end());
      }
      // Every property asked for violated: more actors would only cost.
      if (std::all_of(ids.begin(), ids.end(), [&](const std::string& id) {
            const Property* p = cs.sys.property(id);
            return p && std::any_of(xs.begin(), xs.end(), [&](const Exploration& x) {
                     return x.violations[static_cast<size_t>(p - cs.sys.properties.data())].has_value();
                   });
          }))
        break;
    }
  std::vector<int> open;  // properties with no violation: one invariant for all
  size_t first = proofs.size();
  for (const auto& id : ids) {
    Result r;
    r.engine = "counter";
    double start = cpu_seconds();
    int p = cs.sys.property(id) ? static_cast<int>(cs.sys.property(id) - cs.sys.properties.data()) : -1;
    const System* shown = nullptr;
    if (!cs.problem.empty()) {
      r.detail = "the counter abstraction does not apply: " + cs.problem;
    } else if (auto n = std::find_if(xs.begin(), xs.end(), [&](const Exploration& x) { return x.violations[p].has_value(); });
               n != xs.end()) {
      int actors = static_cast<int>(n - xs.begin());
      systems.push_back(build(actors));
      shown = &systems.back();
      r.witness = per_actor_witness(cs, *shown, *n->violations[p], actors);
      if (!violates(*shown, r.witness, *shown->property(id))) throw std::logic_error("counter counterexample does not replay");
      r.verdict = Verdict::Violated;
      r.detail = "with " + std::to_string(actors) + " actor" + (actors == 1 ? "" : "s");
    } else {
      open.push_back(p);
    }
    r.seconds = cpu_seconds() - start;
    proofs.push_back({{spec.variant, id, r}, r, false, shown});
  }
  if (open.empty()) return;
  InvariantLimits limits;
  if (z3_limits.rlimit > 0) limits.rlimit = static_cast<unsigned>(std::min(z3_limits.rlimit, 4e9));
  limits.progress = &progress;
  std::vector<InvariantProof> found = prove_any(cs, open, samples, limits);
  bool complete = std::all_of(xs.begin(), xs.end(), [](const Exploration& x) { return x.complete; });
  for (size_t k = 0; k < open.size(); ++k) {
    Proof& cell = proofs[first + static_cast<size_t>(std::find(ids.begin(), ids.end(), cs.sys.properties[open[k]].id) - ids.begin())];
    Result& r = cell.cell.result;
    const InvariantProof& proof = found[k];
    r.verdict = proof.verdict;
    r.detail = proof.verdict == Verdict::Holds ? std::to_string(proof.lemmas.size()) + " lemmas" : proof.detail;
    if (proof.verdict == Verdict::Holds && open.size() > 1) r.detail += ", one invariant for " + std::to_string(open.size()) + " properties";
    for (const auto& l : proof.lemmas) r.certificate += l + "\n";
    if (proof.verdict == Verdict::Holds && o.has("certificate-dir"))  // costly: a case per global state
      r.smt = certificate::any_actors(cs, open[k], proof.lemmas, proof.formulas);
    if (proof.verdict != Verdict::Holds)
      r.detail += complete ? "; no violation with 0-3 actors" : "; no violation found with 0-3 actors (exploration bounded)";
    r.seconds += proof.seconds;
    cell.primary = r;
  }
}

// "kvmlc prove --variant unified ..." for the report's header (without
// the output directories, which differ between a regeneration and the
// original).
std::string command_line(const std::vector<std::string>& args) {
  std::string out = "kvmlc prove";
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--report-dir" || args[i] == "--certificate-dir") {
      ++i;
      continue;
    }
    if (args[i].rfind("--report-dir=", 0) == 0 || args[i].rfind("--certificate-dir=", 0) == 0) continue;
    out += " " + args[i];
  }
  return out;
}

// Before any proof runs, so that a bad --certificate-dir costs nothing.
void make_directory(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw UsageError("--certificate-dir " + dir + ": cannot create: " + ec.message());
}

// The SMT-LIB certificate of each cell Z3 proved (engines/certificate.h).
void write_certificates(const std::string& dir, const std::vector<Cell>& cells, const std::string& n) {
  for (const auto& c : cells) {
    if (!c.result.smt) continue;
    try {
      certificate::write(dir, certificate::stem(c.variant, c.property, n), *c.result.smt);
    } catch (const std::runtime_error& e) {
      throw UsageError(std::string("--certificate-dir: ") + e.what());
    }
  }
}

}  // namespace

int cmd_prove(const std::vector<std::string>& args) {
  Options o(args,
            {"variant", "property", "invariant", "actors", "config", "engine", "fallback", "max-depth",
             "max-samples", "max-states", "rlimit", "cpu-seconds", "format", "cex-dir", "report-dir",
             "certificate-dir", "variants-dir", "progress-every"},
            {"explain", "quiet", "help"});
  if (o.has("help")) return std::cout << kHelp, kExitOk;
  if (!o.positional().empty()) throw UsageError("unexpected argument '" + o.positional()[0] + "'");
  std::string format = o.get("format", "text");
  if (format != "text" && format != "json" && format != "markdown")
    throw UsageError("--format must be text, json or markdown");
  std::string engine_name = o.get("engine", "cti");
  auto engine = make_engine(engine_name);
  if (!engine) throw UsageError("unknown engine '" + engine_name + "' (see 'kvmlc list engines')");
  // A Z3 engine's unknown (a budget, a bound) is often decided at once by
  // the explicit explorer: by default, it decides it, under its own name.
  std::string fallback_name = o.get("fallback", engine_name == "explicit" ? "none" : "explicit");
  std::unique_ptr<Engine> fallback;
  if (fallback_name != "none" && !(fallback = make_engine(fallback_name)))
    throw UsageError("unknown engine '" + fallback_name + "' (see 'kvmlc list engines')");
  Limits limits;
  limits.max_samples = o.number("max-samples", 200'000, 1, 2'000'000'000);
  limits.max_states = o.number("max-states", 20'000'000, 1, 2'000'000'000);
  limits.max_depth = o.number("max-depth", limits.max_depth, 0, 1000);
  read_z3_budget(o, limits);
  Progress progress = make_progress(o);
  limits.progress = &progress;
  bool any = o.get("actors") == "any";
  ModelOptions mo{any ? 1 : o.number("actors", 1, 0, 6)};
  if (o.has("certificate-dir")) make_directory(o.get("certificate-dir"));

  // Every property stays in the System (cti tries the others as
  // lemmas); only the selected ones are checked.
  std::vector<Proof> proofs;
  std::deque<System> systems;  // a deque: Proof::witness_system points into it
  std::vector<const System*> variant_systems;
  std::vector<Spec> specs = selected_specs(o);
  for (const auto& spec : specs) {
    System sys = build_with_invariants(o, spec, mo);
    fix_config(sys, o);
    if (any) {
      prove_any_actors(spec, o, selected_properties(o, sys), limits, progress, proofs, systems);
      systems.push_back(std::move(sys));
      variant_systems.push_back(&systems.back());
      continue;
    }
    for (const auto& id : selected_properties(o, sys)) {
      if (progress.due(1)) progress.print("prove: " + sys.variant + " " + id + " (" + engine->name() + ")");
      Result r = engine->check(sys, *sys.property(id), limits);
      proofs.push_back({{sys.variant, id, r}, r});
    }
    if (fallback) decide_unknown(*fallback, sys, limits, proofs);
    systems.push_back(std::move(sys));
    variant_systems.push_back(&systems.back());
  }
  std::vector<Cell> cells;
  for (const auto& p : proofs) {
    cells.push_back(p.cell);
    if (p.fell_back) cells.back().first = p.primary;
  }
  // The System a cell's witness runs on: its own (--actors any: the
  // number of actors of the violation) or the variant's.
  auto system_of = [&](const Cell& c) -> const System& {
    for (const auto& p : proofs)
      if (p.witness_system && p.cell.variant == c.variant && p.cell.property == c.property) return *p.witness_system;
    return *std::find_if(variant_systems.begin(), variant_systems.end(),
                         [&](const System* s) { return s->variant == c.variant; })[0];
  };
  if (format == "json")
    print_json_with_witnesses(std::cout, cells, system_of);
  else
    print_table(std::cout, cells, format, cell_text);
  if (o.has("certificate-dir"))
    write_certificates(o.get("certificate-dir"), cells,
                       any ? "any-actors" : std::to_string(mo.actors) + (mo.actors == 1 ? "-actor" : "-actors"));
  if (o.has("report-dir"))
    for (const System* sys : variant_systems)
      write_proof_report(o.get("report-dir"), *sys, proofs, command_line(args));

  bool explain = o.has("explain") || cells.size() == 1;
  int code = kExitOk;
  for (const auto& c : cells) {
    const Result& r = c.result;
    if (r.verdict == Verdict::Violated) {
      code = kExitViolated;
      if (o.has("cex-dir"))
        write_cex(o.get("cex-dir"), system_of(c), c, "kvmlc prove 1",
                  variant_ref(o, *std::find_if(specs.begin(), specs.end(),
                                               [&](const Spec& s) { return s.variant == c.variant; })));
    } else if (code == kExitOk && r.verdict != Verdict::Holds) {
      code = kExitUnknown;
    }
    if (format != "text") continue;
    std::cout << "\n" << c.variant << " " << c.property << ": " << to_string(r.verdict) << " ("
              << r.engine << ": " << r.detail << ")";
    if (c.first) std::cout << "; " << c.first->engine << " alone: " << to_string(c.first->verdict) << " (" << c.first->detail << ")";
    std::cout << "\n";
    if (!explain) continue;
    if (r.verdict == Verdict::Violated) print_witness(std::cout, system_of(c), r.witness);
    if (!r.certificate.empty()) std::cout << r.certificate;
  }
  return code;
}

}  // namespace kvmlc
