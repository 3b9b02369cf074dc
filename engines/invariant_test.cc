// Invariants for any number of actors (invariant.h) on the small test
// model: a holding cell is proved, and a violated cell never is, even when
// the inference is asked without the exploration that finds the violation.
#include <sstream>

#include "catch2/catch.hpp"
#include "engines/certificate.h"
#include "engines/counter.h"
#include "engines/invariant.h"
#include "model/semantics.h"
#include "model/spec.h"

namespace kvmlc {
namespace {

// mini-split without HV (kvm.ko and kvm-pr.ko), as conformance/prove/mini-split.test.
CounterSystem mini_split() {
  Spec spec = read_spec("model/testdata/mini-split.json");
  return derive_counter_system([&](int n) {
    System sys = build_system(spec, {n});
    sys.config_ok = all_of({sys.config_ok ? sys.config_ok : constant(1), var(sys.var_index("cfg.hv_possible")) == constant(0)});
    return sys;
  });
}

// What `prove --actors any` learns from: 0 .. `actors` explored, deeper runs.
std::vector<State> samples(const CounterSystem& cs, int actors) {
  std::vector<State> out;
  for (int n = 0; n <= actors; ++n) {
    Exploration x = explore(cs, n, 20'000);
    out.insert(out.end(), x.states.begin(), x.states.end());
  }
  if (actors >= 2) {
    std::vector<State> deep = random_runs(cs, actors, 50, 100);
    out.insert(out.end(), deep.begin(), deep.end());
  }
  return out;
}

int property(const CounterSystem& cs, const std::string& id) {
  return static_cast<int>(cs.sys.property(id) - cs.sys.properties.data());
}

// The linked Z3's answer to each (check-sat) of an SMT-LIB script, e.g.
// "unsat unsat sat" (errors as Z3 prints them).
std::string answers(const std::string& script) {
  z3::context ctx;
  std::istringstream out(Z3_eval_smtlib2_string(ctx, script.c_str()));
  std::string all, word;
  while (out >> word) all += (all.empty() ? "" : " ") + word;
  return all;
}

bool all_unsat(const std::string& answers) {
  std::istringstream in(answers);
  std::string word;
  int n = 0;
  while (in >> word)
    if (word != "unsat" || !++n) return false;
  return n > 0;
}

TEST_CASE("a holding cell is proved for any number of actors") {
  CounterSystem cs = mini_split();
  REQUIRE(cs.problem == "");
  InvariantProof proof = prove_any(cs, {property(cs, "ops-deref-valid")}, samples(cs, 2), {}).at(0);
  INFO(proof.detail);
  CHECK(proof.verdict == Verdict::Holds);
  CHECK(!proof.lemmas.empty());
  // Each lemma comes with its formula (for certificates), true on every sample.
  REQUIRE(proof.formulas.size() == proof.lemmas.size());
  for (const State& st : samples(cs, 1))
    for (const ExprP& f : proof.formulas) CHECK(eval(*f, st) != 0);

  // Its certificate (certificate.h): every obligation unsat in every case,
  // consecution one case per global state and the last for any other.
  int prop = property(cs, "ops-deref-valid");
  SmtCertificate c = certificate::any_actors(cs, prop, proof.lemmas, proof.formulas);
  CHECK(answers(c.initiation) == "unsat");
  CHECK(answers(c.safety) == "unsat");
  std::string each = answers(c.consecution);
  CHECK(all_unsat(each));
  CHECK(std::count(each.begin(), each.end(), ' ') >= 2);  // at least two cases and the last
  CHECK_THAT(c.consecution, Catch::Contains("; the last case: none of the above"));
  // Weakened to the property and the global states it may be in: some
  // step from a case breaks it.
  std::vector<std::string> texts;
  std::vector<ExprP> weak;
  for (size_t i = 0; i < proof.lemmas.size(); ++i)
    if (proof.lemmas[i].starts_with("not ") || proof.lemmas[i].starts_with("the globals are one of")) {
      texts.push_back(proof.lemmas[i]);
      weak.push_back(proof.formulas[i]);
    }
  REQUIRE(weak.size() < proof.formulas.size());
  std::string weakened = answers(certificate::any_actors(cs, prop, texts, weak).consecution);
  INFO(weakened);
  CHECK(weakened.find(" sat") != std::string::npos);
  CHECK(weakened.find("error") == std::string::npos);
}

TEST_CASE("a violated cell is never proved") {
  CounterSystem cs = mini_split();
  // Violated with one actor in 5 steps (conformance/prove/mini-split.test);
  // samples without actors, so the property is a candidate the samples do
  // not refute and Houdini must drop it.
  InvariantProof proof = prove_any(cs, {property(cs, "ioctl-needs-backend")}, samples(cs, 0), {}).at(0);
  INFO(proof.detail);
  CHECK(proof.verdict == Verdict::Unknown);
  CHECK_THAT(proof.detail, Catch::Contains("counterexample to induction"));
}

TEST_CASE("properties proved together fail alone") {
  CounterSystem cs = mini_split();
  // One invariant for both: the violated property's lemma is dropped, the
  // holding one is still proved, by the same invariant minus that lemma.
  std::vector<InvariantProof> proofs =
      prove_any(cs, {property(cs, "ops-deref-valid"), property(cs, "ioctl-needs-backend")}, samples(cs, 0), {});
  REQUIRE(proofs.size() == 2);
  INFO(proofs[0].detail << "\n" << proofs[1].detail);
  CHECK(proofs[0].verdict == Verdict::Holds);
  CHECK(proofs[1].verdict == Verdict::Unknown);
  CHECK_THAT(proofs[1].detail, Catch::Contains("counterexample to induction"));
  for (const auto& l : proofs[0].lemmas) CHECK_THAT(l, !Catch::StartsWith("ioctl-needs-backend holds"));
  CHECK_THAT(proofs[0].lemmas, Catch::VectorContains(std::string("ops-deref-valid holds")));
}

}  // namespace
}  // namespace kvmlc
