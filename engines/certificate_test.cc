// The certificate files are re-checked by two solvers that share no code
// with kvmlc, z3 and cvc5 (Debian packages, scripts/setup.sh): a proof is
// accepted (unsat from both), and a certificate that is not a proof (a lemma
// dropped or weakened, or the wrong property) is refused (sat from both).
//
// The system is small enough to reason about by hand: two counters that swap
// their values, x = 0 and y = 1 initially. Each of its three lemmas is needed:
//   x + y == 1   without it, x = 2, y = 0 satisfies the rest and is bad;
//   x >= 0       without it, x = -1, y = 2 steps to y' = -1 (breaks y >= 0);
//   y >= 0       without it, x = 2, y = -1 satisfies the rest and is bad.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "catch2/catch.hpp"
#include "engines/certificate.h"

namespace kvmlc::certificate {
namespace {

namespace fs = std::filesystem;

struct Swap {
  z3::context ctx;
  z3::expr x = ctx.int_const("x"), y = ctx.int_const("y");
  z3::expr x1 = ctx.int_const("x'"), y1 = ctx.int_const("y'");

  Obligations obligations(std::vector<Lemma> lemmas, const z3::expr& bad) {
    z3::expr_vector s(ctx), next(ctx);
    s.push_back(x), s.push_back(y), next.push_back(x1), next.push_back(y1);
    return Obligations{"swap",     "never-two", "x = 0, y = 1", "hand-written",
                       {"test"},   s,           next,           x == 0 && y == 1,
                       x1 == y && y1 == x,      bad,            std::move(lemmas)};
  }
  std::vector<Lemma> lemmas() {
    return {{"x + y == 1", x + y == 1}, {"x >= 0", x >= 0}, {"y >= 0", y >= 0}};
  }
  z3::expr bad() { return x == 2; }
};

// What SOLVER prints for FILE ("unsat", "sat", or the error it reported).
std::string solve(const std::string& solver, const fs::path& file) {
  std::string cmd = solver + " " + file.string() + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[256];
  while (fgets(buf, sizeof buf, p)) out += buf;
  pclose(p);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

fs::path scratch(const std::string& name) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  fs::path dir = fs::path(tmp ? tmp : "/tmp") / ("certificate_test-" + name);
  fs::remove_all(dir);
  return dir;
}

// The answer of each solver to each obligation: "unsat" when all agree on
// it, otherwise the first answer that is not "unsat" (named).
std::string verdict(const SmtCertificate& c, const std::string& name) {
  fs::path dir = scratch(name);
  write(dir.string(), name, c);
  for (const char* solver : {"z3 -smt2", "cvc5 --lang smt2"})
    for (const char* o : {"initiation", "consecution", "safety"}) {
      std::string out = solve(solver, dir / (name + "-" + o + ".smt2"));
      if (out != "unsat") return std::string(o) + ": " + solver + ": " + out;
    }
  return "unsat";
}

TEST_CASE("both solvers accept a certificate that is a proof") {
  REQUIRE(solve("z3", "--version").find("Z3") != std::string::npos);
  REQUIRE(solve("cvc5", "--version").find("cvc5") != std::string::npos);
  Swap sw;
  CHECK(verdict(render(sw.obligations(sw.lemmas(), sw.bad())), "proof") == "unsat");
}

// What z3 and cvc5 answer to one obligation of `c`: "z3 sat, cvc5 sat".
std::string answers(const SmtCertificate& c, const std::string& name, const std::string& obligation) {
  fs::path dir = scratch(name);
  write(dir.string(), name, c);
  fs::path file = dir / (name + "-" + obligation + ".smt2");
  return "z3 " + solve("z3 -smt2", file) + ", cvc5 " + solve("cvc5 --lang smt2", file);
}

TEST_CASE("both solvers refuse a certificate that is not a proof") {
  Swap sw;
  // Each lemma dropped in turn: the obligation it was needed for fails.
  const char* fails[] = {"safety", "consecution", "safety"};
  for (size_t drop = 0; drop < 3; ++drop) {
    std::vector<Lemma> ls = sw.lemmas();
    ls.erase(ls.begin() + static_cast<long>(drop));
    INFO("lemma " << drop + 1 << " dropped");
    CHECK(answers(render(sw.obligations(ls, sw.bad())), "drop", fails[drop]) == "z3 sat, cvc5 sat");
  }
  // Weakened: x + y >= 1 lets x = 2, y = 0 in.
  std::vector<Lemma> weak = sw.lemmas();
  weak[0] = {"x + y >= 1", sw.x + sw.y >= 1};
  CHECK(answers(render(sw.obligations(weak, sw.bad())), "weak", "safety") == "z3 sat, cvc5 sat");
  // The wrong property: x == 1 is reached after one step.
  CHECK(answers(render(sw.obligations(sw.lemmas(), sw.x == 1)), "wrong", "safety") ==
        "z3 sat, cvc5 sat");
}

TEST_CASE("each lemma is named in the files, over the variables it mentions") {
  Swap sw;
  SmtCertificate c = render(sw.obligations(sw.lemmas(), sw.bad()));
  CHECK(c.consecution.find("; lemma2: x >= 0\n(define-fun lemma2 ( (x Int)) Bool") != std::string::npos);
  CHECK(c.consecution.find("(lemma2 |x'|)") != std::string::npos);
  CHECK(c.safety.find("(set-logic QF_LIA)") != std::string::npos);
  // A lemma over something that is not a state variable is a bug of the caller.
  z3::expr z = sw.ctx.int_const("z");
  CHECK_THROWS_AS(render(sw.obligations({{"z >= 0", z >= 0}}, sw.bad())), std::logic_error);
}

TEST_CASE("an unwritable directory is an error, and nothing is half-written") {
  Swap sw;
  fs::path dir = scratch("unwritable");
  fs::create_directories(dir);
  std::ofstream(dir / "file") << "not a directory";
  CHECK_THROWS_AS(write((dir / "file" / "sub").string(), "x", render(sw.obligations(sw.lemmas(), sw.bad()))),
                  std::runtime_error);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

}  // namespace
}  // namespace kvmlc::certificate
