#include "engines/reduction.h"

#include <functional>
#include <set>

namespace kvmlc {
namespace {

void vars_of(const Expr& e, std::set<int>& out) {
  if (e.op == Op::Var) out.insert(e.var);
  for (const auto& a : e.args) vars_of(*a, out);
}

template <class F>
void conjuncts(const Expr& g, F f) {
  if (g.op == Op::And) {
    for (const auto& a : g.args) conjuncts(*a, f);
  } else if (g.op == Op::Eq && g.args[0]->op == Op::Var && g.args[1]->op == Op::Const) {
    f(g.args[0]->var, g.args[1]->value);
  }
}

}  // namespace

Reduction::Reduction(const System& sys) : sys_(sys), local_(sys.transitions.size()),
                                          private_(sys.transitions.size()) {
  size_t nv = sys.vars.size();
  std::vector<std::set<int>> readers(nv), writers(nv);
  std::vector<bool> visible(nv);
  std::vector<std::set<int>> reads(sys.transitions.size());
  int processes = 0;
  for (size_t t = 0; t < sys.transitions.size(); ++t) {
    const Transition& tr = sys.transitions[t];
    processes = std::max(processes, tr.process + 1);
    vars_of(*tr.guard, reads[t]);
    for (const auto& a : tr.updates) vars_of(*a.value, reads[t]);
    for (int v : reads[t]) readers[v].insert(tr.process);
    for (const auto& a : tr.updates) writers[a.var].insert(tr.process);
  }
  for (const auto& p : sys.properties) {
    std::set<int> vs;
    vars_of(*p.bad, vs);
    for (int v : vs) visible[v] = true;
  }
  auto only = [](const std::set<int>& s, int p) { return s.empty() || (s.size() == 1 && *s.begin() == p); };
  by_process_.resize(processes);
  control_.resize(processes);
  cache_.resize(processes);
  std::vector<std::set<int>> control(processes);
  for (size_t t = 0; t < sys.transitions.size(); ++t) {
    const Transition& tr = sys.transitions[t];
    int p = tr.process;
    by_process_[p].push_back(static_cast<int>(t));
    // A step that changes nothing (a refused system call) must never be an
    // ample set on its own: it would end the exploration there.
    bool local = !tr.updates.empty();
    for (const auto& a : tr.updates)
      local = local && !visible[a.var] && only(writers[a.var], p) && only(readers[a.var], p);
    for (int v : reads[t]) local = local && only(writers[v], p);
    local_[t] = local;
    conjuncts(*tr.guard, [&](int v, int value) {
      if (only(writers[v], p)) {
        private_[t].push_back({v, value});
        control[p].insert(v);
      }
    });
  }
  stride_.resize(processes);
  values_.resize(processes);
  map_.resize(processes);
  for (int p = 0; p < processes; ++p) {
    control_[p].assign(control[p].begin(), control[p].end());
    std::uint64_t values = 1;
    for (int v : control_[p]) {
      stride_[p].push_back(values);
      std::uint64_t n = sys.vars[v].hi - sys.vars[v].lo + 1;
      values = values > UINT64_MAX / n ? 0 : values * n;
      if (values == 0) break;
    }
    values_[p] = values;
    if (values != 0 && values <= kArray) cache_[p].assign(values, -1);
  }
  drop_local_cycles();
}

// Local steps of one process must not form a cycle, or the reduction could
// postpone the other processes forever. Each process needs a control
// variable (its pc) that every local step tests and sets to a constant; the
// local steps must form an acyclic graph over its values.
void Reduction::drop_local_cycles() {
  for (size_t p = 0; p < by_process_.size(); ++p) {
    bool found = false;
    for (int x : control_[p]) {
      std::map<int, std::vector<int>> edges;
      bool usable = true;
      for (int t : by_process_[p]) {
        if (!local_[t]) continue;
        int from = -1, to = -1;
        for (auto c : private_[t])
          if (c.var == x) from = c.value;
        to = from;
        for (const auto& a : sys_.transitions[t].updates)
          if (a.var == x) to = a.value->op == Op::Const ? a.value->value : -1;
        usable = usable && from >= 0 && to >= 0;
        edges[from].push_back(to);
      }
      if (usable && acyclic(edges)) {
        found = true;
        break;
      }
    }
    if (!found)
      for (int t : by_process_[p]) local_[t] = false;
  }
}

bool Reduction::acyclic(const std::map<int, std::vector<int>>& edges) {
  std::map<int, int> mark;  // 1 on the stack, 2 done
  std::function<bool(int)> dfs = [&](int n) {
    mark[n] = 1;
    auto it = edges.find(n);
    if (it != edges.end())
      for (int m : it->second) {
        if (mark[m] == 1 || (!mark[m] && !dfs(m))) return false;
      }
    mark[n] = 2;
    return true;
  };
  for (const auto& [n, _] : edges)
    if (!mark[n] && !dfs(n)) return false;
  return true;
}

// Whether every transition of process p that its control variables allow
// at s is local; depends on those variables only, so it is cached.
bool Reduction::all_local(int p, const State& s) {
  if (values_[p] == 0) return compute_all_local(p, s);
  std::uint64_t at = 0;
  for (size_t i = 0; i < control_[p].size(); ++i) {
    int v = control_[p][i];
    at += static_cast<std::uint64_t>(get(s, v) - sys_.vars[v].lo) * stride_[p][i];
  }
  if (!cache_[p].empty()) {
    signed char& known = cache_[p][at];
    if (known < 0) known = compute_all_local(p, s);
    return known;
  }
  auto [it, fresh] = map_[p].try_emplace(at, false);
  if (fresh) it->second = compute_all_local(p, s);
  return it->second;
}

bool Reduction::compute_all_local(int p, const State& s) const {
  for (int t : by_process_[p]) {
    bool candidate = true;
    for (auto c : private_[t]) candidate = candidate && get(s, c.var) == c.value;
    if (candidate && !local_[t]) return false;
  }
  return true;
}

void Reduction::ample(const State& s, std::vector<int>& enabled) {
  for (int t : enabled) {
    int p = sys_.transitions[t].process;
    if (!local_[t] || !all_local(p, s)) continue;
    std::vector<int> mine;
    for (int u : enabled)
      if (sys_.transitions[u].process == p) mine.push_back(u);
    enabled.swap(mine);
    return;
  }
}

int Reduction::local_count() const {
  int n = 0;
  for (bool l : local_) n += l;
  return n;
}

}  // namespace kvmlc
