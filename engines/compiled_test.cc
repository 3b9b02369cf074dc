// The compiled model (compiled.h) means what the interpreter (model/expr.cc
// eval, System::step) means: on every variant (1 actor), breadth-first over
// the reachable states of the whole system (every configuration, no
// reduction, the first kStates of them), every transition's guard,
// successor and event value and every property agree, and packing loses nothing.
#include <algorithm>
#include <deque>
#include <set>
#include <string>
#include <vector>

#include "catch2/catch.hpp"
#include "engines/compiled.h"
#include "engines/compiled_store.h"
#include "engines/testing/variants.h"
#include "model/semantics.h"
#include "model/spec.h"

namespace kvmlc {
namespace {

constexpr size_t kStates = 20'000;  // per variant: keeps the test under a minute of CPU

// What the compiled form says differs from eval at `s`: "" when nothing.
std::string disagreement(const System& sys, const Compiled& code, const State& s) {
  for (size_t t = 0; t < sys.transitions.size(); ++t) {
    const Transition& tr = sys.transitions[t];
    bool on = eval(*tr.guard, s) != 0;
    if (code.enabled(s.data(), static_cast<int>(t)) != on) return "guard of '" + tr.what + "'";
    if (!on) continue;
    if (tr.event_value.get() != nullptr &&
        code.event_value(s.data(), static_cast<int>(t)) != eval(*tr.event_value, s))
      return "event value of '" + tr.what + "'";
    State next = s;
    code.step(s.data(), static_cast<int>(t), next.data());
    if (next != sys.step(s, tr)) return "successor under '" + tr.what + "'";
  }
  std::vector<int> listed;
  code.for_enabled(s.data(), [&](int t) { listed.push_back(t); });
  std::sort(listed.begin(), listed.end());
  std::vector<int> enabled;
  for (size_t t = 0; t < sys.transitions.size(); ++t)
    if (eval(*sys.transitions[t].guard, s)) enabled.push_back(static_cast<int>(t));
  if (listed != enabled) return "the enabled transitions";
  for (size_t p = 0; p < sys.properties.size(); ++p)
    if (code.bad(s.data(), static_cast<int>(p)) != (eval(*sys.properties[p].bad, s) != 0))
      return "property " + sys.properties[p].id;
  return "";
}

TEST_CASE("compiled guards, steps and properties are the interpreter's") {
  for (const auto& path : testing::variant_paths()) {
    System sys = build_system(read_spec(path), ModelOptions{1});
    INFO(path);
    Compiled code(sys);
    std::vector<State> inits = sys.initial_states();
    Packing packing(sys, std::vector<bool>(sys.vars.size(), false), inits.front());
    std::vector<std::uint64_t> key(packing.words());
    std::set<State> seen(inits.begin(), inits.end());
    std::deque<State> todo(inits.begin(), inits.end());
    size_t checked = 0;
    for (; !todo.empty() && checked < kStates; ++checked) {
      State s = todo.front();
      todo.pop_front();
      std::string why = disagreement(sys, code, s);
      INFO("state " << sys.describe(s));
      REQUIRE(why == "");
      packing.pack(s.data(), key.data());
      State back = inits.front();
      packing.unpack(reinterpret_cast<const std::uint8_t*>(key.data()), back.data());
      REQUIRE(back == s);
      for (const auto& tr : sys.transitions)
        if (eval(*tr.guard, s)) {
          State next = sys.step(s, tr);
          if (seen.insert(next).second) todo.push_back(next);
        }
    }
    CHECK(checked >= std::min<size_t>(kStates, 1000));
  }
}

}  // namespace
}  // namespace kvmlc
