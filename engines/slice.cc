#include "engines/slice.h"

#include <map>
#include <set>

namespace kvmlc {
namespace {

// Steps no run can take: a process moves between control values (its
// control variables, control_variables below), starting from their initial
// values; a step whose control conjuncts no reachable control value
// satisfies is dead. Other conjuncts are assumed satisfiable, so this only
// over-approximates what is reachable.
std::vector<bool> reachable(const System& sys) {
  std::map<int, std::set<int>> controls;
  for (const auto& [p, vs] : control_variables(sys)) controls[p].insert(vs.begin(), vs.end());
  auto control = [&](int v, int p) { return controls[p].count(v) > 0; };
  std::vector<bool> live(sys.transitions.size(), false);
  std::map<int, std::vector<int>> by_process;
  for (size_t t = 0; t < sys.transitions.size(); ++t)
    by_process[sys.transitions[t].process].push_back(static_cast<int>(t));
  for (const auto& [p, ts] : by_process) {
    // Conjuncts `v == c` of each step on p's control variables.
    std::vector<std::vector<std::pair<int, int>>> need(ts.size());
    std::set<int> vars;
    for (size_t i = 0; i < ts.size(); ++i) {
      std::vector<const Expr*> stack = {sys.transitions[ts[i]].guard.get()};
      while (!stack.empty()) {
        const Expr* g = stack.back();
        stack.pop_back();
        if (g->op == Op::And) {
          for (const auto& a : g->args) stack.push_back(a.get());
        } else if (g->op == Op::Eq && g->args[0]->op == Op::Var && g->args[1]->op == Op::Const &&
                   control(g->args[0]->var, p)) {
          need[i].push_back({g->args[0]->var, g->args[1]->value});
          vars.insert(g->args[0]->var);
        }
      }
    }
    std::map<int, int> start;
    for (int v : vars) start[v] = sys.vars[v].init;
    std::set<std::map<int, int>> seen = {start};
    std::vector<std::map<int, int>> todo = {start};
    while (!todo.empty()) {
      std::map<int, int> at = todo.back();
      todo.pop_back();
      for (size_t i = 0; i < ts.size(); ++i) {
        bool ok = true;
        for (auto [v, c] : need[i]) ok = ok && at[v] == c;
        if (!ok) continue;
        live[ts[i]] = true;
        std::map<int, int> next = at;
        for (const auto& a : sys.transitions[ts[i]].updates)
          if (vars.count(a.var)) next[a.var] = a.value->value;
        if (seen.insert(next).second) todo.push_back(next);
      }
    }
  }
  return live;
}

}  // namespace

std::map<int, std::vector<int>> control_variables(const System& sys) {
  size_t nv = sys.vars.size();
  std::vector<std::set<int>> writers(nv);
  std::vector<bool> constant_only(nv, true);
  for (const auto& t : sys.transitions)
    for (const auto& a : t.updates) {
      writers[a.var].insert(t.process);
      constant_only[a.var] = constant_only[a.var] && a.value->op == Op::Const;
    }
  std::map<int, std::vector<int>> by_process;
  for (size_t v = 0; v < nv; ++v)
    if (writers[v].size() == 1 && constant_only[v])
      by_process[*writers[v].begin()].push_back(static_cast<int>(v));
  return by_process;
}

Slice slice(const System& sys, const State& config, bool drop_unreachable) {
  std::vector<std::optional<int>> values(sys.vars.size());
  for (size_t v = 0; v < sys.vars.size(); ++v)
    if (sys.vars[v].config) values[v] = get(config, static_cast<int>(v));
  Slice out;
  out.sys = sys;
  out.sys.transitions.clear();
  std::vector<ExprP> fixed;
  for (size_t v = 0; v < sys.vars.size(); ++v)
    if (values[v]) fixed.push_back(var(static_cast<int>(v)) == constant(*values[v]));
  out.sys.config_ok = all_of(fixed);
  for (auto& p : out.sys.properties) p.bad = substitute(p.bad, values);
  std::vector<int> kept;
  for (size_t t = 0; t < sys.transitions.size(); ++t) {
    Transition tr = sys.transitions[t];
    tr.guard = substitute(tr.guard, values);
    if (tr.guard->op == Op::Const && !tr.guard->value) continue;
    for (auto& a : tr.updates) a.value = substitute(a.value, values);
    out.sys.transitions.push_back(tr);
    kept.push_back(static_cast<int>(t));
  }
  std::vector<bool> live = drop_unreachable ? reachable(out.sys)
                                            : std::vector<bool>(kept.size(), true);
  std::vector<Transition> ts;
  for (size_t i = 0; i < kept.size(); ++i)
    if (live[i]) {
      ts.push_back(out.sys.transitions[i]);
      out.origin.push_back(kept[i]);
    }
  out.sys.transitions = std::move(ts);
  return out;
}

}  // namespace kvmlc
