#include "tools/kvmlc/causes.h"

#include <map>

#include <nlohmann/json.hpp>

#include "base/progress.h"
#include "tools/kvmlc/report.h"

namespace kvmlc {
namespace {

// More causes than this in one configuration: the search stops (unknown).
constexpr int kMaxCauses = 64;

// A step as a cause names it, the same for every userspace actor: its
// calls, what it does (without the actor) and its spec line.
std::string step_key(const Transition& t) {
  std::string key;
  for (const auto& fn : t.stack) key += fn + ">";
  bool own = t.place == t.actor && t.what.rfind(t.place + ": ", 0) == 0;
  return key + (own ? t.what.substr(t.place.size() + 2) : t.what) + "@" + std::to_string(t.spec_line);
}

// `sys` in the one configuration of the initial state `init`.
System in_config(const System& sys, const State& init) {
  System one = sys;
  std::vector<ExprP> fixed = {sys.config_ok ? sys.config_ok : constant(1)};
  for (size_t i = 0; i < sys.vars.size(); ++i)
    if (sys.vars[i].config) fixed.push_back(var(static_cast<int>(i)) == constant(get(init, static_cast<int>(i))));
  one.config_ok = all_of(fixed);
  return one;
}

// The cause of a counterexample (its failing steps, else its last step)
// and the step to disable so that the engine looks for another: the last
// failure (an earlier one may still lead elsewhere with another after it).
Cause cause_of(const System& sys, const Witness& w, int& disable) {
  Cause c;
  c.witness = w;
  std::vector<State> states = run(sys, w);
  for (size_t i = 0; i < w.steps.size(); ++i) {
    const Transition& t = sys.transitions[w.steps[i]];
    if (t.failure) c.failures.push_back(static_cast<int>(i));
    std::string left = left_behind(t, states[i]);
    if (!left.empty()) c.left_behind += (c.left_behind.empty() ? "" : "; ") + left;
  }
  if (c.failures.empty()) c.step = static_cast<int>(w.steps.size()) - 1;
  disable = w.steps[c.failures.empty() ? c.step : c.failures.back()];
  return c;
}

// What makes two counterexamples one cause.
std::string key_of(const System& sys, const Cause& c) {
  std::string key;
  for (int i : c.failures) key += step_key(sys.transitions[c.witness.steps[i]]) + "|";
  if (c.step >= 0) key += step_key(sys.transitions[c.witness.steps[c.step]]);
  return key + "|" + c.left_behind;
}

}  // namespace

Causes find_causes(Engine& engine, const System& sys, const std::string& property, const Limits& limits) {
  Causes out;
  std::map<std::string, size_t> index;  // key_of -> position in out.causes
  for (const State& init : sys.initial_states()) {
    ++out.configs;
    System one = in_config(sys, init);
    for (int found = 0;; ++found) {
      if (limits.progress && limits.progress->due(1))
        limits.progress->print("all causes: " + sys.variant + " " + property + ", " + sys.config_of(init) +
                               ", cause " + std::to_string(found + 1));
      Result r;
      if (found < kMaxCauses) r = engine.check(one, *one.property(property), limits);
      else r.detail = "more than " + std::to_string(kMaxCauses) + " causes";
      if (r.verdict == Verdict::Holds) break;
      if (r.verdict != Verdict::Violated) {
        if (!out.stopped++) out.detail = config_name(sys, init) + ": " + (r.engine.empty() ? "" : r.engine + ", ") + r.detail;
        out.rest = Verdict::Unknown;
        break;
      }
      int disable = -1;
      Cause c = cause_of(one, r.witness, disable);
      std::string key = key_of(one, c);
      for (auto& t : one.transitions)
        if (step_key(t) == step_key(one.transitions[disable])) t.guard = constant(0);
      auto [at, fresh] = index.emplace(key, out.causes.size());
      if (fresh) out.causes.push_back(std::move(c));
      Cause& known = out.causes[at->second];
      known.configs.push_back(init);
      if (!fresh && r.witness.steps.size() < known.witness.steps.size()) {
        c.configs = std::move(known.configs);
        known = std::move(c);
      }
    }
  }
  return out;
}

namespace {

// The cause's steps as a counterexample shows them: its failures in order,
// or the step that violates without one.
std::vector<std::string> cause_steps(const System& sys, const Cause& c) {
  std::vector<State> states = run(sys, c.witness);
  std::vector<std::string> out;
  for (int i : c.failures) out.push_back(step_text(sys, sys.transitions[c.witness.steps[i]], states[i]));
  if (c.step >= 0) out.push_back(step_text(sys, sys.transitions[c.witness.steps[c.step]], states[c.step]));
  return out;
}

std::string where(const System& sys, const Cause& c, int configs) {
  if (static_cast<int>(c.configs.size()) == configs)
    return "in every configuration (" + std::to_string(configs) + ")";
  std::string out = "in " + std::to_string(c.configs.size()) + " of " + std::to_string(configs) + " configurations:";
  for (size_t i = 0; i < c.configs.size(); ++i) out += (i ? "; " : " ") + config_name(sys, c.configs[i]);
  return out;
}

}  // namespace

void print_causes(std::ostream& out, const System& sys, const std::string& property, const Causes& causes,
                  bool explain) {
  size_t n = causes.causes.size();
  out << sys.variant << " " << property << ": " << n << (n == 1 ? " cause" : " causes") << "\n";
  for (size_t i = 0; i < n; ++i) {
    const Cause& c = causes.causes[i];
    std::vector<std::string> steps = cause_steps(sys, c);
    out << "  " << i + 1 << ". " << (c.failures.empty() ? "no failure, violated at: " : "") << steps[0] << "\n";
    for (size_t s = 1; s < steps.size(); ++s) out << "     then " << steps[s] << "\n";
    if (!c.left_behind.empty()) out << "     left behind: " << c.left_behind << "\n";
    out << "     " << where(sys, c, causes.configs) << "\n";
    out << "     shortest counterexample: " << c.witness.steps.size() << " steps\n";
    if (explain) print_witness(out, sys, c.witness);
  }
  if (causes.rest == Verdict::Holds)
    out << "  " << (n ? "every violation takes one of these steps: with them disabled, " : "") << property
        << " holds in every configuration\n";
  else
    out << "  " << (n ? "more causes may exist" : "causes may exist") << ": the search stopped in " << causes.stopped
        << " of " << causes.configs << " configurations (first " << causes.detail << ")\n";
}

nlohmann::json causes_json(const System& sys, const std::string& property, const Causes& causes) {
  nlohmann::json list = nlohmann::json::array();
  for (const Cause& c : causes.causes) {
    nlohmann::json configs = nlohmann::json::array();
    for (const State& s : c.configs) configs.push_back(config_json(sys, s));
    std::vector<std::string> steps = cause_steps(sys, c);
    list.push_back({{"failures", c.failures.empty() ? std::vector<std::string>{} : steps},
                    {"step", c.failures.empty() ? nlohmann::json(steps[0]) : nlohmann::json()},
                    {"left_behind", c.left_behind},
                    {"configs", configs},
                    {"counterexample", counterexample_json(sys, c.witness)}});
  }
  Verdict v = !causes.causes.empty() ? Verdict::Violated : causes.rest;
  return {{"variant", sys.variant},      {"property", property},
          {"verdict", to_string(v)},     {"configurations", causes.configs},
          {"complete", causes.rest == Verdict::Holds}, {"stopped", causes.stopped}, {"detail", causes.detail},
          {"causes", list}};
}

}  // namespace kvmlc
