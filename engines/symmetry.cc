#include "engines/symmetry.h"

#include <algorithm>
#include <map>

namespace kvmlc {
namespace {

bool commutes(Op op) { return op == Op::And || op == Op::Or || op == Op::Add; }

// `e` with variables renamed by `perm`, as a string in which the operands of
// commutative operators are flattened and sorted: equal strings, equal
// functions.
std::string normal(const Expr& e, const std::vector<int>& perm) {
  switch (e.op) {
    case Op::Const: return std::to_string(e.value);
    case Op::Var: return "v" + std::to_string(perm[e.var]);
    default: break;
  }
  std::vector<std::string> args;
  std::vector<const Expr*> todo = {&e};
  while (!todo.empty()) {
    const Expr* x = todo.back();
    todo.pop_back();
    for (const auto& a : x->args) {
      if (commutes(e.op) && a->op == e.op)
        todo.push_back(a.get());
      else
        args.push_back(normal(*a, perm));
    }
  }
  if (commutes(e.op) || e.op == Op::Eq || e.op == Op::Ne) std::sort(args.begin(), args.end());
  std::string out = "(" + std::to_string(static_cast<int>(e.op));
  for (const auto& a : args) out += " " + a;
  return out + ")";
}

}  // namespace

Symmetry::Symmetry(const System& sys) {
  // user<a>.<field>: the actor blocks, fields in one order for every actor.
  std::vector<std::map<std::string, int>> fields(sys.actors);
  for (size_t v = 0; v < sys.vars.size(); ++v) {
    const std::string& name = sys.vars[v].name;
    size_t dot = name.find('.');
    if (!name.starts_with("user") || dot == std::string::npos) continue;
    int a = std::stoi(name.substr(4, dot - 4));
    if (a >= 0 && a < sys.actors) fields[a][name.substr(dot + 1)] = static_cast<int>(v);
  }
  if (sys.actors < 2) return;
  for (const auto& f : fields) {
    if (f.size() != fields[0].size() || f.empty()) return;
    blocks_.emplace_back();
    for (const auto& [field, v] : f) blocks_.back().push_back(v);
  }
  for (int a = 0; a + 1 < sys.actors; ++a)
    if (!symmetric_under_swap(sys, a)) {
      blocks_.clear();
      return;
    }
  active_ = true;
}

// Neighbouring swaps generate every permutation of the actors.
bool Symmetry::symmetric_under_swap(const System& sys, int a) const {
  std::vector<int> id(sys.vars.size()), swap(sys.vars.size());
  for (size_t v = 0; v < id.size(); ++v) id[v] = swap[v] = static_cast<int>(v);
  for (size_t i = 0; i < blocks_[a].size(); ++i) {
    int x = blocks_[a][i], y = blocks_[a + 1][i];
    std::swap(swap[x], swap[y]);
    const Var &vx = sys.vars[x], &vy = sys.vars[y];
    if (vx.lo != vy.lo || vx.hi != vy.hi || vx.init != vy.init || vx.config || vy.config) return false;
  }
  std::string ua = "user" + std::to_string(a), ub = "user" + std::to_string(a + 1);
  std::map<int, int> process;  // the two actors' processes, swapped
  for (const auto& t : sys.transitions) {
    if (t.actor == ua) process[t.process] = -1;
    if (t.actor == ub) process[t.process] = -2;
  }
  auto signatures = [&](const std::vector<int>& perm, bool swapped) {
    std::vector<std::string> out;
    for (const auto& t : sys.transitions) {
      int p = t.process;
      if (process.count(p)) p = swapped ? -3 - process[p] : process[p];  // -1 <-> -2
      std::vector<std::string> updates;
      for (const auto& u : t.updates) updates.push_back(std::to_string(perm[u.var]) + ":=" + normal(*u.value, perm));
      std::sort(updates.begin(), updates.end());
      std::string sig = std::to_string(p) + "|" + normal(*t.guard, perm);
      for (const auto& u : updates) sig += "|" + u;
      out.push_back(sig);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  if (signatures(id, false) != signatures(swap, true)) return false;
  for (const auto& p : sys.properties)
    if (normal(*p.bad, id) != normal(*p.bad, swap)) return false;
  return true;
}

// Insertion sort of the actor blocks (a handful), compared field by field
// as unsigned bytes (the order of the blocks read as strings), in place: the
// explorer calls this on every successor.
bool Symmetry::canonicalise(State& s) const {
  if (!active_) return false;
  auto less = [&](const std::vector<int>& x, const std::vector<int>& y) {
    for (size_t i = 0; i < x.size(); ++i)
      if (s[x[i]] != s[y[i]]) return static_cast<unsigned char>(s[x[i]]) < static_cast<unsigned char>(s[y[i]]);
    return false;
  };
  bool moved = false;
  for (size_t a = 1; a < blocks_.size(); ++a)
    for (size_t b = a; b > 0 && less(blocks_[b], blocks_[b - 1]); --b) {
      for (size_t i = 0; i < blocks_[b].size(); ++i) std::swap(s[blocks_[b][i]], s[blocks_[b - 1][i]]);
      moved = true;
    }
  return moved;
}

}  // namespace kvmlc
