// Every engine on the toy counter (engines/testing/toy.h): the properties
// that hold are proved (explicit, kind, spacer, cti) or left unknown (bmc, which
// never proves), the violated one comes with a witness that replays on the
// executable model and ends in a bad state.
#include <algorithm>
#include <stdexcept>
#include <string>

#include "catch2/catch.hpp"
#include "engines/cti.h"
#include "engines/encoding.h"
#include "engines/engine.h"
#include "engines/testing/toy.h"
#include "engines/slice.h"
#include "engines/z3engines.h"
#include "model/semantics.h"
#include "model/spec.h"

namespace kvmlc {
namespace {

Limits toy_limits() {
  Limits l;
  l.max_depth = 20;
  l.cpu_seconds = 30;
  return l;
}

void check_engine(Engine& engine) {
  System sys = testing::toy_system();
  for (const char* id : testing::kToyTrue) {
    INFO(engine.name() << " on " << id);
    Result r = engine.check(sys, *sys.property(id), toy_limits());
    INFO(r.detail);
    CHECK(r.engine == engine.name());
    if (engine.name() == "bmc") {
      CHECK(r.verdict == Verdict::Unknown);
      CHECK(r.detail.find("no violation up to depth 20") != std::string::npos);
    } else {
      CHECK(r.verdict == Verdict::Holds);
    }
  }
  for (const char* id : testing::kToyFalse) {
    INFO(engine.name() << " on " << id);
    const Property& p = *sys.property(id);
    Result r = engine.check(sys, p, toy_limits());
    INFO(r.detail);
    REQUIRE(r.verdict == Verdict::Violated);
    CHECK(!r.witness.steps.empty());
    CHECK(z3enc::check_witness(sys, p, r.witness) == "");
    std::vector<State> states = run(sys, r.witness);
    CHECK(eval(*p.bad, states.back()) == 1);
    CHECK(get(r.witness.init, 0) == 1);  // only cfg.big reaches 6
    if (engine.name() != "spacer") CHECK(r.witness.steps.size() == 6);  // shortest
  }
}

TEST_CASE("every engine is registered") {
  for (const auto& n : engine_names()) {
    auto e = make_engine(n);
    REQUIRE(e);
    CHECK(e->name() == n);
  }
  CHECK(engine_names().size() == 5);
  CHECK(make_engine("nonsense") == nullptr);
}

TEST_CASE("explicit on the toy") { check_engine(*make_engine("explicit")); }
TEST_CASE("bmc on the toy") { check_engine(*make_engine("bmc")); }
TEST_CASE("kind on the toy") { check_engine(*make_engine("kind")); }
TEST_CASE("spacer on the toy") { check_engine(*make_engine("spacer")); }
TEST_CASE("cti on the toy") { check_engine(*make_engine("cti")); }

TEST_CASE("cti: a checked invariant per configuration, unknown past the sample bound") {
  System sys = testing::toy_system();
  Result r = make_engine("cti")->check(sys, *sys.property("even-when-fast"), toy_limits());
  INFO(r.detail);
  REQUIRE(r.verdict == Verdict::Holds);
  CHECK(r.configs.size() == 3);  // config_ok allows three of the four
  CHECK(r.certificate.find("[big=0 fast=1]\n") != std::string::npos);
  CHECK(r.certificate.find("not (even-when-fast)\n") != std::string::npos);
  Limits small = toy_limits();
  small.max_samples = 2;
  Result u = make_engine("cti")->check(sys, *sys.property("even-when-fast"), small);
  CHECK(u.verdict == Verdict::Unknown);
  CHECK(u.detail.find("sample bound 2 states reached") != std::string::npos);
}

TEST_CASE("every encoding gives the same answers") {
  using z3enc::Sorts;
  using z3enc::TransStyle;
  for (Sorts sorts : {Sorts::Int, Sorts::BitVec})
    for (TransStyle style : {TransStyle::Functional, TransStyle::Disjunctive}) {
      z3enc::EncodingOptions o{sorts, style};
      INFO("bitvec " << (sorts == Sorts::BitVec) << " disjunctive "
                     << (style == TransStyle::Disjunctive));
      auto bmc = make_bmc_engine(o);
      auto kind = make_kind_engine(o);
      auto spacer = make_spacer_engine(o);
      check_engine(*bmc);
      check_engine(*kind);
      check_engine(*spacer);
    }
}

TEST_CASE("k-induction reports k, spacer a readable invariant") {
  System sys = testing::toy_system();
  Result k = make_engine("kind")->check(sys, *sys.property("bounded"), toy_limits());
  CHECK(k.detail == "k = 1");
  Result s = make_engine("spacer")->check(sys, *sys.property("bounded"), toy_limits());
  INFO(s.detail);
  CHECK(s.detail.rfind("invariant: ", 0) == 0);
  CHECK(s.detail.find("count") != std::string::npos);
  CHECK(s.detail.find(":var") == std::string::npos);
}

TEST_CASE("the Z3 engines stop at the depth bound and when the budget is spent") {
  System sys = testing::toy_system();
  Limits l = toy_limits();
  l.max_depth = 5;
  Result r = make_engine("bmc")->check(sys, *sys.property("reaches-six"), l);
  CHECK(r.verdict == Verdict::Unknown);
  CHECK(r.detail == "no violation up to depth 5 (depth bound)");
  Result kr = make_engine("kind")->check(sys, *sys.property("reaches-six"), l);
  CHECK(kr.verdict == Verdict::Unknown);
  // Z3 resource units: the same answer on any machine, idle or loaded.
  Limits units = toy_limits();
  units.rlimit = 1;
  for (const char* e : {"bmc", "kind"}) {
    Result t = make_engine(e)->check(sys, *sys.property("bounded"), units);
    INFO(e << ": " << t.detail);
    CHECK(t.verdict == Verdict::Unknown);
    CHECK(t.detail.find("resource limit 1 reached") != std::string::npos);
  }
  // CPU seconds (Spacer's fixedpoint engine takes no resource limit).
  Limits cpu = toy_limits();
  cpu.cpu_seconds = 1e-9;
  for (const char* e : {"bmc", "kind", "spacer"}) {
    Result t = make_engine(e)->check(sys, *sys.property("bounded"), cpu);
    INFO(e << ": " << t.detail);
    CHECK(t.verdict == Verdict::Unknown);
    CHECK(t.detail.find("CPU budget 1e-09 s used") != std::string::npos);
  }
}

TEST_CASE("check_witness rejects runs that are not counterexamples") {
  System sys = testing::toy_system();
  const Property& six = *sys.property("reaches-six");
  State init = sys.initial_states().front();  // big = 0, fast = 0
  CHECK(z3enc::check_witness(sys, six, {init, {0, 0, 0}}).find("does not violate") !=
        std::string::npos);
  CHECK(z3enc::check_witness(sys, six, {init, {1}}).find("does not replay") != std::string::npos);
  CHECK(z3enc::check_witness(sys, six, {init, {7}}).find("does not exist") != std::string::npos);
  State both = init;
  set(both, 0, 1);
  set(both, 1, 1);
  CHECK(z3enc::check_witness(sys, six, {both, {}}).find("config_ok") != std::string::npos);
  State started = init;
  set(started, 2, 6);
  CHECK(z3enc::check_witness(sys, six, {started, {}}).find("initial state") != std::string::npos);
  State big = init;
  set(big, 0, 1);
  CHECK(z3enc::check_witness(sys, six, {big, {0, 0, 0, 0, 0, 0}}) == "");
}


// Three identical actors: each enters (count + 1) and then leaves. The
// explorer keeps one state per arrangement of the actors' pcs when the
// properties cannot tell the actors apart, and none when one can.
System actors_system(bool name_an_actor) {
  System sys;
  sys.actors = 3;
  int count = 3;
  for (int a = 0; a < 3; ++a) sys.vars.push_back({"user" + std::to_string(a) + ".pc", 0, 2, 0, false, ""});
  sys.vars.push_back({"count", 0, 3, 0, false, ""});
  for (int a = 0; a < 3; ++a) {
    std::string actor = "user" + std::to_string(a);
    sys.transitions.push_back({a, actor, "enter", "", "enter", var(a) == constant(0),
                               {{a, constant(1)}, {count, var(count) + constant(1)}}, {}, nullptr});
    sys.transitions.push_back({a, actor, "leave", "", "leave", var(a) == constant(1), {{a, constant(2)}}, {}, nullptr});
  }
  sys.properties.push_back({"bounded", "", constant(3) < var(count)});
  sys.properties.push_back({"all-in", "", var(count) == constant(3)});
  if (name_an_actor)
    sys.properties.push_back({"first-ahead", "", var(0) == constant(2) && var(1) == constant(0)});
  return sys;
}

TEST_CASE("explicit: actor symmetry merges arrangements, not verdicts") {
  auto engine = make_engine("explicit");
  for (bool name_an_actor : {false, true}) {
    INFO("a property names an actor: " << name_an_actor);
    System sys = actors_system(name_an_actor);
    Limits plain, merged;
    plain.partial_order = merged.partial_order = false;
    plain.symmetry = false;
    std::vector<Result> a = engine->check_all(sys, plain), b = engine->check_all(sys, merged);
    CHECK(a[0].verdict == Verdict::Holds);
    CHECK(a[0].states == 27);  // 3^3 pcs; count follows from them
    CHECK(b[0].states == (name_an_actor ? 27 : 10));  // multisets of 3 pcs
    for (size_t p = 0; p < a.size(); ++p) {
      CHECK(a[p].verdict == b[p].verdict);
      CHECK(a[p].witness.steps.size() == b[p].witness.steps.size());
      if (b[p].verdict == Verdict::Violated) CHECK(violates(sys, b[p].witness, sys.properties[p]));
    }
  }
}

}  // namespace
}  // namespace kvmlc

namespace kvmlc::cti_test {

// mini-split (model/testdata) specialised to one configuration, every step kept.
System mini_split(int hv_possible) {
  System sys = build_system(read_spec("model/testdata/mini-split.json"), ModelOptions{1});
  for (const State& config : sys.initial_states())
    if (get(config, sys.var_index("cfg.hv_possible")) == hv_possible) return slice(sys, config, false).sys;
  throw std::logic_error("no such configuration");
}

cti::Samples samples(const System& sys, const Property& p, long long max) {
  Limits l;
  l.max_samples = max;
  return cti::sample(sys, p, l, z3enc::Budget(0, 30));
}

TEST_CASE("cti: blocking counterexamples to induction finds a checked invariant") {
  System sys = mini_split(0);
  const Property& p = *sys.property("ops-deref-valid");
  cti::Samples all = samples(sys, p, 100'000);
  REQUIRE(all.complete);
  // From the property alone: every other lemma is a blocked cube. A budget
  // in Z3 resource units, not CPU seconds: it needs about 6e7 units (642
  // blocked cubes, 18 CPU s), and the same units in the ASan build
  // (scripts/sanitize.sh), which takes 3-4 times the CPU time.
  z3enc::Budget budget(2e8, 0);
  cti::Strengthening st = cti::strengthen(sys, p, all.states, true, {}, budget);
  INFO(st.detail);
  REQUIRE(st.verdict == Verdict::Holds);
  CHECK(st.blocked > 0);
  CHECK(st.invariant.back().prop == p.id);
  CHECK(cti::text(sys, st.invariant.back()) == "not (ops-deref-valid)");
  CHECK(std::any_of(st.invariant.begin(), st.invariant.end(), [&](const cti::Lemma& l) {
    return cti::text(sys, l).rfind("not (", 0) == 0 && !l.cube.empty();
  }));
  std::string why;
  auto inv = [&](const std::vector<cti::Lemma>& ls) {
    return [&ls](const z3enc::Encoding& enc, const z3::expr_vector& s) {
      z3::expr_vector fs(enc.ctx());
      for (const auto& l : ls) fs.push_back(cti::formula(enc, l, s));
      return z3::mk_and(fs);
    };
  };
  CHECK(cti::check_invariant(sys, p, inv(st.invariant), budget, why) == Verdict::Holds);

  // A wrong lemma (user0 never leaves its first step) makes it no invariant.
  std::vector<cti::Lemma> wrong = st.invariant;
  int pc = sys.var_index("user0.pc");
  cti::Lemma stuck;
  stuck.y = pc;
  stuck.allowed.set(static_cast<size_t>(sys.vars[pc].init - sys.vars[pc].lo));
  wrong.push_back(stuck);
  CHECK(cti::check_invariant(sys, p, inv(wrong), budget, why) == Verdict::Violated);
  CHECK(why == "a step breaks it");
  // The property alone is not inductive here.
  std::vector<cti::Lemma> bare = {st.invariant.back()};
  CHECK(cti::check_invariant(sys, p, inv(bare), budget, why) == Verdict::Violated);
}

TEST_CASE("cti: incomplete samples or wrong lemmas never prove a violated property") {
  System sys = mini_split(1);
  const Property& p = *sys.property("ops-deref-pinned");  // violated: 13 steps
  cti::Samples all = samples(sys, p, 100'000);
  REQUIRE(all.bad_depth == 13);
  // The first 300 states breadth-first, none of them bad.
  cti::Samples some = samples(sys, *sys.property("refcount-balanced"), 300);
  REQUIRE(!some.complete);
  std::erase_if(some.states, [&](const State& s) { return eval(*p.bad, s); });
  z3enc::Budget budget(0, 60);
  cti::Strengthening st = cti::strengthen(sys, p, some.states, false,
                                          cti::candidates(sys, some.states), budget);
  INFO(st.detail);
  CHECK(st.verdict == Verdict::Unknown);
  CHECK(st.invariant.empty());
  // Claiming the same samples are complete turns the contradiction into an
  // error: a sampled state leaves the lemmas.
  z3enc::Budget again(0, 60);
  cti::Strengthening lie = cti::strengthen(sys, p, some.states, true,
                                           cti::candidates(sys, some.states), again);
  INFO(lie.detail);
  CHECK(lie.verdict != Verdict::Holds);
}

}  // namespace kvmlc::cti_test
