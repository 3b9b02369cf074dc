#include "engines/certificate.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

namespace kvmlc::certificate {
namespace {

namespace fs = std::filesystem;

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
    declared_ = constants_of(roots);
  }

  std::string file(const std::string& obligation, const std::string& meaning,
                   const std::vector<std::string>& defs, const std::vector<std::string>& asserts) const {
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
    out << "(check-sat)\n(exit)\n";
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
  c.consecution = w.file("consecution",
                         "inv(s) && trans(s, s') && !inv(s') is unsat: every step keeps the invariant",
                         with(both, w.define("trans", o.trans)), {"inv", "trans", "(not |inv'|)"});
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

std::string stem(const std::string& variant, const std::string& property,
                 const std::string& actors) {
  return variant + "--" + property + "--" + actors;
}

}  // namespace kvmlc::certificate
