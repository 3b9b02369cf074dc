#include "engines/certificate.h"

#include <filesystem>
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#include "engines/encoding.h"

namespace kvmlc::certificate {
namespace {

namespace fs = std::filesystem;

// More cases than this: one consecution check (a file too large otherwise).
constexpr size_t kMaxCases = 5'000;

// The uninterpreted constants of `e` (state variables, selectors), each once,
// in the order first met.
void constants(const z3::expr& e, std::unordered_set<unsigned>& seen, std::vector<z3::expr>& out) {
  if (!seen.insert(e.id()).second) return;
  if (e.is_app()) {
    if (e.num_args() == 0 && e.decl().decl_kind() == Z3_OP_UNINTERPRETED) out.push_back(e);
    for (unsigned i = 0; i < e.num_args(); ++i) constants(e.arg(i), seen, out);
  } else if (e.is_quantifier()) {
    constants(e.body(), seen, out);
  }
}

std::vector<z3::expr> constants_of(const std::vector<z3::expr>& es) {
  std::unordered_set<unsigned> seen;
  std::vector<z3::expr> out;
  for (const auto& e : es) constants(e, seen, out);
  return out;
}

std::string sort_text(const z3::expr& c) { return c.get_sort().to_string(); }

// One line: a lemma name or a note may not end the comment early.
std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

// The parts every file shares: header, logic, declarations and one
// define-fun per lemma, with `inv` and `inv'` over the current and the next
// state.
class Writer {
 public:
  explicit Writer(const Obligations& o) : o_(o) {
    std::vector<z3::expr> roots;
    for (const auto& x : o.state) roots.push_back(x);
    for (const auto& x : o.next) roots.push_back(x);
    roots.push_back(o.init);
    roots.push_back(o.trans);
    roots.push_back(o.bad);
    for (const auto& l : o.lemmas) roots.push_back(l.formula);
    for (const auto& c : o.cases) roots.push_back(c.formula);
    declared_ = constants_of(roots);
  }

  // `checks`: one "(check-sat)" by default, or the case scopes of cases().
  std::string file(const std::string& obligation, const std::string& meaning,
                   const std::vector<std::string>& defs, const std::vector<std::string>& asserts,
                   const std::string& checks = "(check-sat)\n") const {
    std::ostringstream out;
    out << "; kvmlc proof certificate: " << obligation << "\n"
        << ";   " << meaning << "\n"
        << "; variant " << o_.variant << ", property " << o_.property << ", configuration "
        << o_.configuration << ", engine " << o_.engine << "\n";
    for (const auto& n : o_.notes) out << "; " << one_line(n) << "\n";
    out << "; The invariant is the conjunction of " << o_.lemmas.size()
        << " lemmas, below. The file asserts the negation of the obligation:\n"
        << "; `unsat` means it holds. Check with `z3 -smt2 FILE` and `cvc5 --lang smt2 FILE`.\n"
        << "(set-logic QF_LIA)\n";
    for (const auto& c : declared_)
      out << "(declare-fun " << c.to_string() << " () " << sort_text(c) << ")\n";
    for (const auto& d : defs) out << d;
    for (const auto& a : asserts) out << "(assert " << a << ")\n";
    out << checks << "(exit)\n";
    return out.str();
  }

  // "(define-fun lemmaN ((x Int) ...) Bool BODY)" per lemma, over the state
  // variables it mentions, and inv / inv' applying them all.
  std::vector<std::string> lemma_defs(bool next_too) const {
    std::vector<std::string> out;
    std::string inv = "(define-fun inv () Bool (and true", inv_next = "(define-fun |inv'| () Bool (and true";
    std::unordered_set<unsigned> is_state;
    for (const auto& x : o_.state) is_state.insert(x.id());
    for (size_t i = 0; i < o_.lemmas.size(); ++i) {
      const Lemma& l = o_.lemmas[i];
      std::string name = "lemma" + std::to_string(i + 1);
      std::string params, now, then;
      for (const auto& c : constants_of({l.formula})) {
        if (!is_state.count(c.id()))
          throw std::logic_error("certificate: lemma '" + l.name + "' mentions " + c.to_string() +
                                 ", which is not a state variable");
        params += " (" + c.to_string() + " " + sort_text(c) + ")";
        now += " " + c.to_string();
        then += " " + next_of(c).to_string();
      }
      out.push_back("; " + name + ": " + one_line(l.name) + "\n(define-fun " + name + " (" +
                    params + ") Bool\n  " + l.formula.to_string() + ")\n");
      // A lemma over no variable (true) is a constant, applied without parentheses.
      inv += "\n  " + (now.empty() ? name : "(" + name + now + ")");
      inv_next += "\n  " + (then.empty() ? name : "(" + name + then + ")");
    }
    out.push_back(inv + "))\n");
    if (next_too) out.push_back(inv_next + "))\n");
    return out;
  }

  // "(define-fun caseN () Bool ...)" per case.
  std::vector<std::string> case_defs() const {
    std::vector<std::string> out;
    for (size_t i = 0; i < o_.cases.size(); ++i)
      out.push_back("; case" + std::to_string(i + 1) + ": " + one_line(o_.cases[i].name) + "\n" +
                    define("case" + std::to_string(i + 1), o_.cases[i].formula));
    return out;
  }

  // One scope per case, and the last for the states no case covers.
  std::string case_checks() const {
    std::string out, none = "(not (or false";
    for (size_t i = 0; i < o_.cases.size(); ++i) {
      std::string name = "case" + std::to_string(i + 1);
      out += "(push 1)\n(assert " + name + ")\n(check-sat)\n(pop 1)\n";
      none += " " + name;
    }
    return out + "; the last case: none of the above\n(push 1)\n(assert " + none +
           ")))\n(check-sat)\n(pop 1)\n";
  }

  std::string define(const std::string& name, const z3::expr& e) const {
    return "(define-fun " + name + " () Bool\n  " + e.to_string() + ")\n";
  }

 private:
  z3::expr next_of(const z3::expr& c) const {
    for (unsigned v = 0; v < o_.state.size(); ++v)
      if (z3::eq(o_.state[v], c)) return o_.next[v];
    throw std::logic_error("certificate: no next-state copy of " + c.to_string());
  }

  const Obligations& o_;
  std::vector<z3::expr> declared_;
};

void write_file(const fs::path& path, const std::string& text) {
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    out.close();
    if (!out) throw std::runtime_error(path.string() + ": cannot write");
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) throw std::runtime_error(path.string() + ": cannot write: " + ec.message());
}

// The global variables `formulas` read that `inv` keeps within their
// declared range (not the counts, `actors` or the refcounts, which grow
// with the actors; not a variable only some lemma mentions, unbounded).
std::vector<int> finite_globals(const CounterSystem& cs, const std::vector<ExprP>& formulas,
                                const z3enc::Encoding& enc, const z3::expr_vector& s, const z3::expr& inv) {
  std::set<int> vars;
  auto walk = [&](const Expr& e, auto& self) -> void {
    if (e.op == Op::Var && e.var < cs.actors_var &&
        std::none_of(cs.growing.begin(), cs.growing.end(), [&](const auto& g) { return g.var == e.var; }))
      vars.insert(e.var);
    for (const auto& a : e.args) self(*a, self);
  };
  for (const auto& f : formulas) walk(*f, walk);
  std::vector<int> out;
  for (int v : vars) {
    const Var& x = cs.sys.vars[static_cast<size_t>(v)];
    z3::solver q(enc.ctx());
    q.add(inv && (s[static_cast<unsigned>(v)] < x.lo || s[static_cast<unsigned>(v)] > x.hi));
    if (q.check() == z3::unsat) out.push_back(v);
  }
  return out;
}

// One case per value of those globals the invariant admits, found with the
// linked Z3 (which cases are listed only matters for speed: the last case,
// none of them, covers every other state), in the order of the values (not
// of Z3's models: the same file every time). None beyond `cap` of them.
std::vector<Lemma> global_cases(const CounterSystem& cs, const z3enc::Encoding& enc, const z3::expr_vector& s,
                                const z3::expr& inv, const std::vector<int>& vars, size_t cap) {
  z3::solver q(enc.ctx());
  q.add(inv);
  std::set<std::vector<int>> found;
  auto equal = [&](const std::vector<int>& values) {
    z3::expr_vector eqs(enc.ctx());
    for (size_t k = 0; k < vars.size(); ++k) eqs.push_back(s[static_cast<unsigned>(vars[k])] == values[k]);
    return z3::mk_and(eqs);
  };
  while (found.size() <= cap && q.check() == z3::sat) {
    z3::model m = q.get_model();
    std::vector<int> values;
    for (int v : vars) values.push_back(enc.int_value(m, s[static_cast<unsigned>(v)]));
    q.add(!equal(values));
    found.insert(values);
  }
  std::vector<Lemma> out;
  if (found.size() > cap) return out;
  for (const auto& values : found) {
    std::string name;
    for (size_t k = 0; k < vars.size(); ++k)
      name += (k ? ", " : "") + cs.sys.vars[static_cast<size_t>(vars[k])].name + " == " + std::to_string(values[k]);
    out.push_back({name, equal(values)});
  }
  return out;
}

}  // namespace

SmtCertificate render(const Obligations& o) {
  Writer w(o);
  SmtCertificate c;
  std::vector<std::string> inv = w.lemma_defs(false), both = w.lemma_defs(true);
  auto with = [](std::vector<std::string> defs, std::string more) {
    defs.push_back(std::move(more));
    return defs;
  };
  c.initiation = w.file("initiation", "init(s) && !inv(s) is unsat: the invariant holds initially",
                        with(inv, w.define("init", o.init)), {"init", "(not inv)"});
  std::vector<std::string> step = with(both, w.define("trans", o.trans));
  if (o.cases.empty()) {
    c.consecution = w.file("consecution",
                           "inv(s) && trans(s, s') && !inv(s') is unsat: every step keeps the invariant",
                           step, {"inv", "trans", "(not |inv'|)"});
  } else {
    for (auto& d : w.case_defs()) step.push_back(std::move(d));
    c.consecution = w.file("consecution",
                           "inv(s) && trans(s, s') && !inv(s') is unsat: every step keeps the invariant; "
                           "checked in " + std::to_string(o.cases.size() + 1) +
                               " cases (caseN, then none of them), every answer must be unsat",
                           step, {"inv", "trans", "(not |inv'|)"}, w.case_checks());
  }
  c.safety = w.file("safety", "inv(s) && bad(s) is unsat: the invariant excludes every bad state",
                    with(inv, w.define("bad", o.bad)), {"inv", "bad"});
  return c;
}

void write(const std::string& dir, const std::string& stem, const SmtCertificate& c) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw std::runtime_error(dir + ": cannot create: " + ec.message());
  fs::path base(dir);
  write_file(base / (stem + "-initiation.smt2"), c.initiation);
  write_file(base / (stem + "-consecution.smt2"), c.consecution);
  write_file(base / (stem + "-safety.smt2"), c.safety);
}

SmtCertificate any_actors(const CounterSystem& cs, int prop, const std::vector<std::string>& lemmas,
                          const std::vector<ExprP>& formulas) {
  // Each count is named nL after its local state L (the spec's names are
  // long: "#{fd=1,pc=8,...}", once per use), and the header says which is which.
  System sys = cs.sys;
  std::vector<std::string> counts;
  for (size_t l = 0; l < cs.count_var.size(); ++l) {
    std::string& name = sys.vars[static_cast<size_t>(cs.count_var[l])].name;
    counts.push_back("n" + std::to_string(l) + " = " + name);
    name = "n" + std::to_string(l);
  }
  z3::context ctx;
  z3enc::Encoding enc(ctx, sys, {z3enc::Sorts::Int, z3enc::TransStyle::Functional});
  z3::expr_vector s = enc.named_state(), next = enc.named_state("'");
  const Property& p = cs.sys.properties[static_cast<size_t>(prop)];
  Obligations o{cs.sys.variant,
                p.id,
                "every configuration config_ok allows (with the --config choices)",
                "counter system, any number of actors",
                {p.doc, "any number of userspace actors: a state counts the actors in each local state "
                        "(unbounded integers, `actors` in all), docs/counter-system.md"},
                s,
                next,
                enc.formula(*initial(cs), s),
                enc.trans(s, next, enc.selector("step")),
                enc.bad(p, s),
                {{"structure: the counts are >= 0 and sum to actors >= 0; config_ok", enc.formula(*structure(cs), s)}}};
  o.notes.insert(o.notes.end(), counts.begin(), counts.end());
  for (size_t i = 0; i < formulas.size(); ++i) o.lemmas.push_back({lemmas[i], enc.formula(*formulas[i], s)});
  // The engine checks consecution per global state: one query over all of
  // them is too hard (docs/counter-system.md), so the file asks per state too.
  z3::expr_vector inv(ctx);
  for (const auto& l : o.lemmas) inv.push_back(l.formula);
  o.cases = global_cases(cs, enc, s, z3::mk_and(inv), finite_globals(cs, formulas, enc, s, z3::mk_and(inv)), kMaxCases);
  return render(o);
}

std::string stem(const std::string& variant, const std::string& property,
                 const std::string& actors) {
  return variant + "--" + property + "--" + actors;
}

}  // namespace kvmlc::certificate
