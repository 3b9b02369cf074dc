// kvmlc export --promela: a variant's System as a Promela model for SPIN,
// derived from the System as every engine is (nothing written by hand), so
// that SPIN explores the states the explicit explorer does.
#include <fstream>
#include <iostream>
#include <sstream>

#include "tools/kvmlc/cli.h"

namespace kvmlc {
namespace {

const char* kHelp = R"(usage: kvmlc export --promela --variant V [OPTIONS]

Writes the transition system of V as a Promela model: a global variable per
model variable, one process that picks the configuration and then takes one
transition per step (each a d_step: guard, then the simultaneous updates),
and each property as a never claim named by its id with '_' for '-', which
ends in any state violating it. pan checks one claim a run (`./pan -N
ops_deref_valid`; the first by default), so one compiled model serves every
property. SPIN's state space is then the model's plus the one state before
the configuration is chosen (scripts/bench-spin.sh, docs/benchmarks.md).

  --promela          the output format (the only one)
  --variant V        variant name or spec path (required)
  --actors N         userspace actors, 0-4 (default 1)
  --property P       only these properties (repeat or comma-separate; default all)
  --config NAME=0|1  fix a configuration variable (repeatable)
  -o, --output FILE  write there instead of standard output
)";

// "kvm_hv.state" -> "kvm_hv_state", "ops-deref-valid" -> "ops_deref_valid":
// Promela names have no dots or dashes.
std::string name(std::string n) {
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}
std::string name(const Var& v) { return name(v.name); }

std::string promela(const Expr& e, const System& sys) {
  auto arg = [&](int i) { return promela(*e.args[i], sys); };
  switch (e.op) {
    case Op::Const: return std::to_string(e.value);
    case Op::Var: return name(sys.vars[e.var]);
    case Op::Not: return "!(" + arg(0) + ")";
    case Op::Ite: return "(" + arg(0) + " -> " + arg(1) + " : " + arg(2) + ")";
    case Op::And: return "(" + arg(0) + " && " + arg(1) + ")";
    case Op::Or: return "(" + arg(0) + " || " + arg(1) + ")";
    case Op::Eq: return "(" + arg(0) + " == " + arg(1) + ")";
    case Op::Ne: return "(" + arg(0) + " != " + arg(1) + ")";
    case Op::Lt: return "(" + arg(0) + " < " + arg(1) + ")";
    case Op::Le: return "(" + arg(0) + " <= " + arg(1) + ")";
    case Op::Add: return "(" + arg(0) + " + " + arg(1) + ")";
    case Op::Sub: return "(" + arg(0) + " - " + arg(1) + ")";
  }
  throw std::logic_error("export: bad operator");
}

// Simultaneous updates: through hidden temporaries (not part of SPIN's
// state) when there are several, since each reads the pre-state.
std::string updates(const Transition& t, const System& sys) {
  std::string out;
  if (t.updates.size() == 1)
    return name(sys.vars[t.updates[0].var]) + " = " + promela(*t.updates[0].value, sys);
  for (size_t i = 0; i < t.updates.size(); ++i)
    out += "tmp" + std::to_string(i) + " = " + promela(*t.updates[i].value, sys) + "; ";
  for (size_t i = 0; i < t.updates.size(); ++i)
    out += name(sys.vars[t.updates[i].var]) + " = tmp" + std::to_string(i) + (i + 1 < t.updates.size() ? "; " : "");
  return out;
}

void write_promela(std::ostream& out, const System& sys) {
  out << "/* " << sys.variant << ", " << sys.actors << " actor(s): written by kvmlc export --promela */\n\n";
  size_t temps = 0;
  for (const auto& t : sys.transitions) temps = std::max(temps, t.updates.size());
  for (const auto& v : sys.vars)
    out << (v.lo >= 0 && v.hi <= 255 ? "byte " : "short ") << name(v) << " = " << v.init << ";\n";
  for (size_t i = 0; i < temps && temps > 1; ++i) out << "hidden short tmp" << i << ";\n";
  out << "\nactive proctype system() {\n  if\n";
  for (const State& s : sys.initial_states()) {
    std::string assign;
    for (size_t v = 0; v < sys.vars.size(); ++v)
      if (sys.vars[v].config)
        assign += (assign.empty() ? "" : "; ") + name(sys.vars[v]) + " = " + std::to_string(get(s, static_cast<int>(v)));
    out << "  :: d_step { " << (assign.empty() ? "skip" : assign) << " }\n";
  }
  out << "  fi;\nend:\n  do\n";
  for (const auto& t : sys.transitions) {
    out << "  :: d_step { " << promela(*t.guard, sys) << " -> "
        << (t.updates.empty() ? "skip" : updates(t, sys)) << " }  /* " << t.actor << ": " << t.function
        << ": " << t.what << " */\n";
  }
  out << "  od\n}\n";
  // A claim moves in step with the system (and stutters where the system
  // cannot move), so it sees every reachable state; reaching its end is the
  // violation. It stays in one state until then, adding none to SPIN's.
  for (const auto& p : sys.properties)
    out << "\nnever " << name(p.id) << " {  /* " << p.id << " */\n  do\n  :: " << promela(*p.bad, sys)
        << " -> break\n  :: else\n  od\n}\n";
}

}  // namespace

int cmd_export(const std::vector<std::string>& args) {
  std::vector<std::string> a = args;
  for (auto& s : a)
    if (s == "-o") s = "--output";
  Options o(a, {"variant", "actors", "property", "config", "output", "variants-dir"}, {"promela", "help"});
  if (o.has("help")) return std::cout << kHelp, kExitOk;
  if (!o.positional().empty()) throw UsageError("unexpected argument '" + o.positional()[0] + "'");
  if (!o.has("promela")) throw UsageError("--promela is required (the only format)");
  if (!o.has("variant")) throw UsageError("--variant is required");
  System sys = build_system(load_variant(o, o.get("variant")), {o.number("actors", 1, 0, 4)});
  fix_config(sys, o);
  std::vector<Property> keep;
  for (const auto& id : selected_properties(o, sys)) keep.push_back(*sys.property(id));
  sys.properties = keep;
  if (!o.has("output")) {
    write_promela(std::cout, sys);
    return kExitOk;
  }
  std::string path = o.get("output"), tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    if (!out) throw UsageError("cannot write " + path);
    write_promela(out, sys);
  }
  std::rename(tmp.c_str(), path.c_str());
  return kExitOk;
}

}  // namespace kvmlc
