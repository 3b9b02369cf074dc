// The counter system (counter.h) says the same as the per-actor model.
//
// For 1, 2 and 3 actors on every variant in model/variants and every
// property: the counter system, explored explicitly at that number of
// actors, and the per-actor explicit explorer give the same verdict
// wherever both finish within kMaxStates; every counter counterexample,
// mapped to the per-actor System, replays and violates its property.
// Cells where the per-actor explorer does not finish within the bound are
// counted and printed (they are the 3-actor cells of the larger variants).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "catch2/catch.hpp"
#include "engines/counter.h"
#include "engines/testing/variants.h"
#include "engines/engine.h"
#include "model/semantics.h"
#include "model/spec.h"

namespace kvmlc {
namespace {

constexpr long long kMaxStates = 6'000;

TEST_CASE("counter system agrees with the per-actor explorer for 1-3 actors") {
  int compared = 0, skipped = 0;
  for (const auto& path : testing::variant_paths()) {
    Spec spec = read_spec(path);
    CounterSystem cs = derive_counter_system([&](int n) { return build_system(spec, {n}); });
    INFO(path);
    REQUIRE(cs.problem == "");
    for (int n = 1; n <= 3; ++n) {
      System per_actor = build_system(spec, {n});
      Limits limits;
      limits.max_states = kMaxStates;
      std::vector<Result> expected = make_engine("explicit")->check_all(per_actor, limits);
      Exploration x = explore(cs, n, kMaxStates);
      for (size_t p = 0; p < per_actor.properties.size(); ++p) {
        const Property& prop = per_actor.properties[p];
        INFO(prop.id << " with " << n << " actors");
        REQUIRE(cs.sys.properties[p].id == prop.id);
        if (x.violations[p]) {
          Witness w = per_actor_witness(cs, per_actor, *x.violations[p], n);
          CHECK(violates(per_actor, w, prop));
        }
        Verdict counter = x.violations[p] ? Verdict::Violated
                          : x.complete    ? Verdict::Holds
                                          : Verdict::Unknown;
        if (expected[p].verdict == Verdict::Unknown || counter == Verdict::Unknown) {
          ++skipped;
          continue;
        }
        CHECK(to_string(counter) == std::string(to_string(expected[p].verdict)));
        if (counter == Verdict::Violated)  // both shortest
          CHECK(x.violations[p]->steps.size() == expected[p].witness.steps.size());
        ++compared;
      }
    }
  }
  std::printf("counter_test: %d cells compared, %d beyond %lld states\n", compared, skipped, kMaxStates);
  CHECK(compared > 0);
}

}  // namespace
}  // namespace kvmlc
