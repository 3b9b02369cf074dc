// The compiled model (compiled.h) means what the interpreter (model/expr.cc
// eval, System::step) means: on every variant (1 actor), breadth-first over
// the reachable states of the whole system (every configuration, no
// reduction, the first kStates of them), every transition's guard,
// successor and event value and every property agree, and packing loses nothing.
#include <algorithm>
#include <deque>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "catch2/catch.hpp"
#include "engines/compact_store.h"
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

// The compact store (compact_store.h) numbers states as KeyTable does and
// gives back each key and parent, from memory ahead of the queue and from
// its file behind it (more states than one write buffer holds).
TEST_CASE("the compact store is an exact visited set") {
  for (size_t width : {1, 5, 13, 27}) {
    INFO("key bytes " << width);
    size_t words = (width + 7) / 8;
    CompactStore compact(width, 400'000);
    KeyTable table(width);
    std::mt19937_64 random(width);
    std::vector<std::uint64_t> key(words);
    std::vector<std::uint32_t> parent;  // of each state: the n it was added at
    for (std::uint32_t n = 0; n < 400'000; ++n) {
      std::uint64_t low = random() % 1000, high = random() % 1000;  // halves repeat, keys too
      for (size_t b = 0; b < width; ++b)
        reinterpret_cast<std::uint8_t*>(key.data())[b] =
            static_cast<std::uint8_t>(((b < (width + 1) / 2 ? low : high) + 1) * (b + 1) * 0x9e3779b97f4a7c15ull >> 56);
      bool fresh = table.intern(key.data()) == compact.size();
      REQUIRE(compact.add(key.data(), table.hash(key.data()), n) == fresh);
      if (fresh) parent.push_back(n);
      REQUIRE(compact.size() == table.size());
    }
    if (width > 8) REQUIRE(compact.halves() < compact.size() / 4);
    for (std::uint64_t n = 0; n < compact.size(); n += 7) {
      if (n % 3 == 0) compact.expanded(n + 1);  // n itself read back from the file
      REQUIRE(std::memcmp(compact.key(n), table.key(n), width) == 0);
      REQUIRE(compact.parent(n) == parent[n]);
    }
  }
}

}  // namespace
}  // namespace kvmlc
