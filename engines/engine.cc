#include "engines/engine.h"

#include <stdexcept>

#include "engines/z3engines.h"

namespace kvmlc {

std::unique_ptr<Engine> make_explicit_engine();

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::Holds: return "holds";
    case Verdict::Violated: return "violated";
    case Verdict::Unknown: return "unknown";
    case Verdict::Error: return "error";
  }
  return "?";
}

std::vector<Result> Engine::check_all(const System& sys, const Limits& limits) {
  std::vector<Result> out;
  for (const auto& p : sys.properties) out.push_back(check(sys, p, limits));
  return out;
}

// Every engine, by the name the CLI and the tests use.
std::unique_ptr<Engine> make_engine(const std::string& name) {
  if (name == "explicit") return make_explicit_engine();
  if (name == "bmc") return make_bmc_engine();
  if (name == "kind") return make_kind_engine();
  if (name == "spacer") return make_spacer_engine();
  if (name == "cti") return make_cti_engine();
  return nullptr;
}

std::vector<std::string> engine_names() { return {"explicit", "bmc", "kind", "spacer", "cti"}; }

std::vector<State> run(const System& sys, const Witness& w) {
  std::vector<State> states = {w.init};
  for (int t : w.steps) {
    const Transition& tr = sys.transitions.at(t);
    if (!eval(*tr.guard, states.back()))
      throw std::logic_error("witness step " + std::to_string(states.size()) + " '" + tr.what +
                             "' is not enabled");
    states.push_back(sys.step(states.back(), tr));
  }
  return states;
}

bool violates(const System& sys, const Witness& w, const Property& prop) {
  State s = w.init;
  for (int t : w.steps) {
    const Transition& tr = sys.transitions.at(t);
    if (!eval(*tr.guard, s)) return false;
    s = sys.step(s, tr);
  }
  return eval(*prop.bad, s);
}

Witness minimise(const System& sys, const Witness& w, const Property& prop) {
  Witness best = w;
  for (int i = static_cast<int>(best.steps.size()) - 1; i >= 0; --i) {
    Witness shorter = best;
    shorter.steps.erase(shorter.steps.begin() + i);
    if (violates(sys, shorter, prop)) best = shorter;
  }
  return best;
}

}  // namespace kvmlc
