#include "engines/engine.h"

#include <stdexcept>

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

// The Z3 engines register here as they are added (bmc, kind, spacer).
std::unique_ptr<Engine> make_engine(const std::string& name) {
  if (name == "explicit") return make_explicit_engine();
  return nullptr;
}

std::vector<std::string> engine_names() { return {"explicit"}; }

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

}  // namespace kvmlc
