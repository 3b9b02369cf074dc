#include "engines/counter.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <unordered_set>

#include "engines/compiled.h"
#include "engines/symmetry.h"

namespace kvmlc {
namespace {

// "user3.fd" -> 3 (and field "fd"); -1 for a global variable.
int actor_of(const std::string& name, std::string* field = nullptr) {
  size_t dot = name.find('.');
  if (!name.starts_with("user") || dot == std::string::npos || dot == 4) return -1;
  for (size_t i = 4; i < dot; ++i)
    if (!isdigit(static_cast<unsigned char>(name[i]))) return -1;
  if (field) *field = name.substr(dot + 1);
  return std::stoi(name.substr(4, dot - 4));
}
// Transition::actor "user3" -> 3; -1 for the loader.
int actor_number(const std::string& actor) { return actor_of(actor + ".x"); }

// Per actor (-1: the loader), its transitions in order.
std::map<int, std::vector<int>> by_actor(const System& sys) {
  std::map<int, std::vector<int>> out;
  for (size_t t = 0; t < sys.transitions.size(); ++t)
    out[actor_number(sys.transitions[t].actor)].push_back(static_cast<int>(t));
  return out;
}

// c + d * n as an Expr (no multiplication in Expr: d additions).
ExprP linear(int c, int d, const ExprP& n) {
  ExprP e = constant(c);
  for (int i = 0; i < std::abs(d); ++i) e = d > 0 ? e + n : e - n;
  return e;
}

class Deriver {
 public:
  Deriver(const SystemBuilder& build) : s1_(build(1)), s2_(build(2)), s3_(build(3)) {}

  CounterSystem derive() {
    if (!preconditions()) return std::move(cs_);
    relevant_vars();
    lay_out_globals();
    close_local_states();
    if (!cs_.problem.empty()) return std::move(cs_);
    lay_out_counts();
    add_transitions();
    if (cs_.problem.empty()) add_properties();
    return std::move(cs_);
  }

 private:
  bool fail(const std::string& why) {
    if (cs_.problem.empty()) cs_.problem = why;
    return false;
  }

  // Actor steps read and write only their own actor's variables; loader
  // guards read none; loader updates of actor variables read only that
  // actor's; the actors are interchangeable (Symmetry, properties included).
  bool preconditions() {
    cs_.sys.variant = s1_.variant;
    cs_.sys.layout = s1_.layout;
    if (!Symmetry(s2_).active()) return fail("the 2-actor system is not symmetric in its actors");
    auto b1 = by_actor(s1_), b2 = by_actor(s2_), b3 = by_actor(s3_);
    if (b1.size() != 2 || b2.size() != 3 || b3.size() != 4 || b1[-1].size() != b2[-1].size() ||
        b1[-1].size() != b3[-1].size() || b1[0].size() != b2[0].size() || b1[0].size() != b3[0].size())
      return fail("the steps of 1, 2 and 3 actors do not correspond");
    globals_ = b1[-1];
    actor_ = b1[0];
    for (int t : b2[0]) {
      const Transition& tr = s2_.transitions[t];
      std::set<int> vs;
      collect_vars(*tr.guard, vs);
      for (const auto& u : tr.updates) {
        vs.insert(u.var);
        collect_vars(*u.value, vs);
      }
      for (int v : vs)
        if (actor_of(s2_.vars[v].name) > 0)
          return fail("step '" + tr.what + "' of user0 touches " + s2_.vars[v].name);
    }
    for (int t : b2[-1]) {
      const Transition& tr = s2_.transitions[t];
      std::set<int> vs;
      collect_vars(*tr.guard, vs);
      for (int v : vs)
        if (actor_of(s2_.vars[v].name) >= 0)
          return fail("loader step '" + tr.what + "' is guarded by " + s2_.vars[v].name);
      for (const auto& u : tr.updates) {
        int a = actor_of(s2_.vars[u.var].name);
        std::set<int> read;
        collect_vars(*u.value, read);
        for (int v : read)
          if (actor_of(s2_.vars[v].name) >= 0 && actor_of(s2_.vars[v].name) != a)
            return fail("loader step '" + tr.what + "' sets " + s2_.vars[u.var].name + " from " +
                        s2_.vars[v].name);
      }
    }
    return true;
  }

  // Cone of influence in the 1-actor System: what properties and guards
  // read, and what the updates of those read.
  void relevant_vars() {
    std::set<int> rel;
    for (const auto& p : s1_.properties) collect_vars(*p.bad, rel);
    for (const auto& t : s1_.transitions) collect_vars(*t.guard, rel);
    for (size_t v = 0; v < s1_.vars.size(); ++v)
      if (s1_.vars[v].config) rel.insert(static_cast<int>(v));
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& t : s1_.transitions)
        for (const auto& u : t.updates)
          if (rel.count(u.var)) {
            size_t before = rel.size();
            collect_vars(*u.value, rel);
            grew = grew || rel.size() != before;
          }
    }
    relevant_ = rel;
  }

  void lay_out_globals() {
    global_of_.assign(s1_.vars.size(), -1);
    field_of_.assign(s1_.vars.size(), -1);
    for (int v : relevant_) {
      const Var& x = s1_.vars[v];
      std::string field;
      if (actor_of(x.name, &field) == 0) {
        field_of_[v] = static_cast<int>(cs_.fields.size());
        cs_.fields.push_back(field);
        cs_.field_names.push_back(x.names);
        continue;
      }
      global_of_[v] = static_cast<int>(cs_.sys.vars.size());
      cs_.sys.vars.push_back(x);
      int v2 = s2_.var_index(x.name), v3 = s3_.var_index(x.name);
      int dlo = s2_.vars[v2].lo - x.lo, dhi = s2_.vars[v2].hi - x.hi;
      if (dlo != 0 || dhi != 0) {
        if (s3_.vars[v3].lo - s2_.vars[v2].lo != dlo || s3_.vars[v3].hi - s2_.vars[v2].hi != dhi)
          fail("the bounds of " + x.name + " are not linear in the number of actors");
        cs_.growing.push_back({global_of_[v], x.lo - dlo, dlo, x.hi - dhi, dhi});
      }
    }
    cs_.actors_var = static_cast<int>(cs_.sys.vars.size());
    cs_.sys.vars.push_back({"actors", 0, 127, 0, true, "number of userspace actors"});
  }

  // Substitution of local state `l` for user0's kept variables in the
  // 1-actor System.
  std::vector<std::optional<int>> values_of(const std::vector<int>& l) const {
    std::vector<std::optional<int>> values(act() + 1);
    for (size_t v = 0; v < s1_.vars.size(); ++v)
      if (field_of_[v] >= 0) values[v] = l[field_of_[v]];
    return values;
  }

  // What each global variable can ever hold, ignoring guards: its initial
  // value and every value an update can give it (config variables: their
  // domain). Actor steps whose guard no such values satisfy are dead.
  struct Values {
    bool any = false;
    std::set<int> v;
  };
  Values values(const Expr& e) const {
    auto all = [] { return Values{true, {}}; };
    auto pair = [&](auto f) {
      Values a = values(*e.args[0]), b = values(*e.args[1]), out;
      if (a.any || b.any) return e.op == Op::Add || e.op == Op::Sub ? all() : Values{false, {0, 1}};
      for (int x : a.v)
        for (int y : b.v) out.v.insert(f(x, y));
      return out;
    };
    switch (e.op) {
      case Op::Const: return {false, {e.value}};
      case Op::Var: return e.var < act() && field_of_[e.var] < 0 ? possible_[e.var] : all();
      case Op::Not: {
        Values a = values(*e.args[0]);
        if (a.any) return {false, {0, 1}};
        Values out;
        for (int x : a.v) out.v.insert(!x);
        return out;
      }
      case Op::And: return pair([](int x, int y) { return int(x && y); });
      case Op::Or: return pair([](int x, int y) { return int(x || y); });
      case Op::Eq: return pair([](int x, int y) { return int(x == y); });
      case Op::Ne: return pair([](int x, int y) { return int(x != y); });
      case Op::Lt: return pair([](int x, int y) { return int(x < y); });
      case Op::Le: return pair([](int x, int y) { return int(x <= y); });
      case Op::Add: return pair([](int x, int y) { return x + y; });
      case Op::Sub: return pair([](int x, int y) { return x - y; });
      case Op::Ite: {
        Values c = values(*e.args[0]), t = values(*e.args[1]), f = values(*e.args[2]);
        bool can_true = c.any || c.v.size() > c.v.count(0), can_false = c.any || c.v.count(0);
        if (!can_false) return t;
        if (!can_true) return f;
        if (t.any || f.any) return all();
        t.v.insert(f.v.begin(), f.v.end());
        return t;
      }
    }
    return all();
  }

  void possible_values() {
    possible_.assign(s1_.vars.size(), {});
    for (size_t v = 0; v < s1_.vars.size(); ++v) {
      const Var& x = s1_.vars[v];
      if (x.config)
        for (int k = x.lo; k <= x.hi; ++k) possible_[v].v.insert(k);
      possible_[v].v.insert(x.init);
    }
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& t : s1_.transitions)
        for (const auto& u : t.updates) {
          Values& p = possible_[u.var];
          if (p.any || field_of_[u.var] >= 0) continue;
          Values x = values(*u.value);
          const Var& var = s1_.vars[u.var];
          size_t before = p.v.size();
          p.v.insert(x.v.begin(), x.v.end());
          if (x.any || p.v.size() > 64 || *p.v.begin() < var.lo || *p.v.rbegin() > var.hi) p = {true, {}};
          grew = grew || p.any || p.v.size() != before;
        }
    }
  }

  // The actor's program counter: the fields every actor step's guard tests
  // for one value (`pc == 3 && ...`).
  std::vector<int> control_of(const Transition& t) const {
    std::vector<int> at(cs_.fields.size(), -1);
    std::vector<const Expr*> stack = {t.guard.get()};
    while (!stack.empty()) {
      const Expr* g = stack.back();
      stack.pop_back();
      if (g->op == Op::And)
        for (const auto& a : g->args) stack.push_back(a.get());
      else if (g->op == Op::Eq && g->args[0]->op == Op::Var && g->args[1]->op == Op::Const &&
               field_of_[g->args[0]->var] >= 0)
        at[field_of_[g->args[0]->var]] = g->args[1]->value;
    }
    return at;
  }

  // Which fields matter at each value of the program counter (the key):
  // those a step from there or a property reads, and those that matter
  // after a step that does not overwrite them (liveness, as a compiler
  // computes it). Two local states with the same key that agree on these
  // fields behave alike, so the others are reset to their initial value
  // (reset()); without that the closure has thousands of local states that
  // differ only in left-over arguments of finished calls.
  void liveness() {
    std::vector<bool> key(cs_.fields.size(), true);
    for (int t : actor_) {
      auto at = control_of(s1_.transitions[t]);
      for (size_t f = 0; f < key.size(); ++f) key[f] = key[f] && at[f] >= 0;
    }
    key_ = key;
    std::set<int> always;
    for (const auto& p : s1_.properties) add_fields(*p.bad, always);
    for (bool grew = true; grew;) {
      grew = false;
      auto add = [&](const std::vector<int>& k, const std::set<int>& fs) {
        auto& l = live_[k];
        size_t before = l.size();
        l.insert(fs.begin(), fs.end());
        l.insert(always.begin(), always.end());
        grew = grew || l.size() != before;
      };
      for (int t : actor_) {
        const Transition& tr = s1_.transitions[t];
        std::vector<int> from = key_of(control_of(tr)), to = from;
        std::set<int> reads;
        add_fields(*tr.guard, reads);
        for (const auto& u : tr.updates) {
          int f = field_of_[u.var];
          if (f < 0) add_fields(*u.value, reads);
          else if (key_[f]) to[f] = u.value->op == Op::Const ? u.value->value : -1;
        }
        add(from, reads);
        add(from, live_after(tr, live_[to]));
      }
      for (int t : globals_)
        for (auto& [k, l] : live_) add(k, live_after(s1_.transitions[t], l));
    }
  }

  // Fields that matter before step t when `after` matter after it.
  std::set<int> live_after(const Transition& t, const std::set<int>& after) const {
    std::set<int> before = after;
    for (const auto& u : t.updates)
      if (int f = field_of_[u.var]; f >= 0 && after.count(f)) {
        before.erase(f);
        add_fields(*u.value, before);
      }
    for (const auto& u : t.updates)
      if (int f = field_of_[u.var]; f >= 0 && after.count(f)) add_fields(*u.value, before);
    return before;
  }

  void add_fields(const Expr& e, std::set<int>& out) const {
    std::set<int> vs;
    collect_vars(e, vs);
    for (int v : vs)
      if (v < act() && field_of_[v] >= 0) out.insert(field_of_[v]);
  }

  std::vector<int> key_of(const std::vector<int>& l) const {
    std::vector<int> k;
    for (size_t f = 0; f < l.size(); ++f) k.push_back(key_[f] ? l[f] : 0);
    return k;
  }

  std::vector<int> reset(std::vector<int> l) const {
    auto it = live_.find(key_of(l));
    if (it == live_.end()) return l;
    for (size_t f = 0; f < l.size(); ++f)
      if (!it->second.count(static_cast<int>(f))) l[f] = init_[f];
    return l;
  }

  // Where an actor step (or a loader step, which updates every actor alike)
  // takes local state `l`; nullopt when its guard cannot hold there.
  std::optional<std::vector<int>> next_local(const Transition& t, const std::vector<int>& l,
                                             bool is_actor) {
    auto values = values_of(l);
    if (is_actor) {
      ExprP g = substitute(t.guard, values);
      Values can = this->values(*g);
      if (!can.any && can.v.size() == can.v.count(0)) return std::nullopt;
    }
    std::vector<int> next = l;
    for (const auto& u : t.updates) {
      if (field_of_[u.var] < 0) continue;
      ExprP x = substitute(u.value, values);
      if (x->op != Op::Const) {
        fail("'" + t.what + "' sets " + s1_.vars[u.var].name + " from global state");
        return std::nullopt;
      }
      next[field_of_[u.var]] = x->value;
    }
    return reset(next);
  }

  void close_local_states() {
    for (int v : relevant_)
      if (field_of_[v] >= 0) init_.push_back(s1_.vars[v].init);
    possible_values();
    liveness();
    std::map<std::vector<int>, int> index = {{reset(init_), 0}};
    cs_.locals = {reset(init_)};
    for (size_t i = 0; i < cs_.locals.size() && cs_.problem.empty(); ++i) {
      auto visit = [&](const Transition& t, bool is_actor) {
        auto next = next_local(t, cs_.locals[i], is_actor);
        if (next && !index.count(*next)) {
          index[*next] = static_cast<int>(cs_.locals.size());
          cs_.locals.push_back(*next);
        }
      };
      for (int t : actor_) visit(s1_.transitions[t], true);
      for (int t : globals_) visit(s1_.transitions[t], false);
    }
    for (const auto& l : cs_.locals) {
      std::vector<bool> live(l.size(), true);
      if (auto it = live_.find(key_of(l)); it != live_.end())
        for (size_t f = 0; f < l.size(); ++f) live[f] = it->second.count(static_cast<int>(f)) > 0;
      cs_.live.push_back(live);
    }
    local_index_ = std::move(index);
  }

  void lay_out_counts() {
    for (const auto& l : cs_.locals) {
      cs_.count_var.push_back(static_cast<int>(cs_.sys.vars.size()));
      std::string name = "#{";
      for (size_t f = 0; f < l.size(); ++f)
        name += (f ? "," : "") + cs_.fields[f] + "=" + std::to_string(l[f]);
      cs_.sys.vars.push_back({name + "}", 0, 127, 0, false, "actors in this local state"});
    }
  }

  // The 1-actor expression e1 with constants that change with the number of
  // actors (compared against e2, e3 of the 2- and 3-actor Systems) made
  // functions of `actors`, and variables renamed to the counter system's;
  // user0's fields are replaced by `values` first.
  ExprP lift(const Expr& e1, const Expr& e2, const Expr& e3) {
    if (e1.op != e2.op || e1.op != e3.op || e1.args.size() != e2.args.size() ||
        e1.args.size() != e3.args.size()) {
      fail("an expression differs in shape between 1, 2 and 3 actors");
      return constant(0);
    }
    switch (e1.op) {
      case Op::Const: {
        int d = e2.value - e1.value;
        if (e3.value - e2.value != d) fail("a constant is not linear in the number of actors");
        return d == 0 ? constant(e1.value) : linear(e1.value - d, d, var(act()));
      }
      case Op::Var: {
        const std::string& name = s1_.vars[e1.var].name;
        if (name != s2_.vars[e2.var].name || name != s3_.vars[e3.var].name)
          fail("an expression reads different variables for 1, 2 and 3 actors");
        return var(e1.var);  // renamed by rename() once substituted
      }
      default: break;
    }
    std::vector<ExprP> a;
    for (size_t i = 0; i < e1.args.size(); ++i) a.push_back(lift(*e1.args[i], *e2.args[i], *e3.args[i]));
    return rebuild(e1.op, a);
  }

  static ExprP rebuild(Op op, const std::vector<ExprP>& a) {
    switch (op) {
      case Op::Not: return !a[0];
      case Op::And: return a[0] && a[1];
      case Op::Or: return a[0] || a[1];
      case Op::Eq: return a[0] == a[1];
      case Op::Ne: return a[0] != a[1];
      case Op::Lt: return a[0] < a[1];
      case Op::Le: return a[0] <= a[1];
      case Op::Add: return a[0] + a[1];
      case Op::Sub: return a[0] - a[1];
      case Op::Ite: return ite(a[0], a[1], a[2]);
      default: throw std::logic_error("rebuild: leaf");
    }
  }

  // Lifted expressions read `actors` as variable act(), one past the
  // 1-actor System's, so that substitute() leaves it alone.
  int act() const { return static_cast<int>(s1_.vars.size()); }

  // Variables of the 1-actor System (after substitution: globals and
  // act() only) to counter ones.
  ExprP rename(const ExprP& e) {
    if (e->op == Op::Var) {
      if (e->var == act()) return var(cs_.actors_var);
      int g = global_of_.at(e->var);
      if (g < 0) fail("an expression reads " + s1_.vars[e->var].name + ", which was dropped");
      return var(std::max(g, 0));
    }
    if (e->op == Op::Const) return e;
    std::vector<ExprP> a;
    for (const auto& x : e->args) a.push_back(rename(x));
    return rebuild(e->op, a);
  }

  // The step t (index in the 1-actor System; `t2`, `t3` the same step with
  // 2 and 3 actors) with its guard and updates lifted.
  struct Lifted {
    ExprP guard;
    std::vector<std::pair<int, ExprP>> updates;  // 1-actor variable, lifted value
  };
  Lifted lift_step(int t1, int t2, int t3) {
    const Transition &a = s1_.transitions[t1], &b = s2_.transitions[t2], &c = s3_.transitions[t3];
    Lifted out{lift(*a.guard, *b.guard, *c.guard), {}};
    for (const auto& u : a.updates) {
      auto same = [&](const System& s, const Transition& t) -> const Expr& {
        for (const auto& x : t.updates)
          if (s.vars[x.var].name == s1_.vars[u.var].name) return *x.value;
        fail("'" + a.what + "' updates " + s1_.vars[u.var].name + " only for one actor");
        return *u.value;
      };
      out.updates.push_back({u.var, lift(*u.value, same(s2_, b), same(s3_, c))});
    }
    return out;
  }

  ExprP in_counter(const ExprP& e, const std::vector<std::optional<int>>& values) {
    return rename(substitute(e, values));
  }

  void add_transitions() {
    auto b2 = by_actor(s2_), b3 = by_actor(s3_);
    ExprP one = constant(1);
    for (size_t r = 0; r < actor_.size(); ++r) {
      Lifted lt = (lift_step(actor_[r], b2[0][r], b3[0][r]));
      const Transition& t = s1_.transitions[actor_[r]];
      for (size_t l = 0; l < cs_.locals.size(); ++l) {
        auto next = next_local(t, cs_.locals[l], true);
        if (!next) continue;
        auto values = values_of(cs_.locals[l]);
        Transition ct = t;
        ExprP count = var(cs_.count_var[l]);
        ct.guard = one <= count && in_counter(lt.guard, values);
        if (ct.guard->op == Op::Const) continue;
        ct.updates.clear();
        for (const auto& [v, value] : lt.updates)
          if (global_of_[v] >= 0) ct.updates.push_back({global_of_[v], in_counter(value, values)});
        int to = local_index_.at(*next);
        if (to != static_cast<int>(l)) {
          ct.updates.push_back({cs_.count_var[l], count - one});
          ct.updates.push_back({cs_.count_var[to], var(cs_.count_var[to]) + one});
        }
        ct.event_value = nullptr;  // over user0's variables; a trace comes from the per-actor run
        cs_.sys.transitions.push_back(std::move(ct));
        cs_.origin.push_back({static_cast<int>(r), static_cast<int>(l)});
      }
    }
    for (size_t r = 0; r < globals_.size(); ++r) add_loader_step(r, b2[-1][r], b3[-1][r]);
    if (s1_.config_ok) cs_.sys.config_ok = in_counter(s1_.config_ok, std::vector<std::optional<int>>(act() + 1));
  }

  // A loader step; when it updates the actors' variables, every actor in
  // local state l moves to its image, so each count becomes the sum of the
  // counts of its preimages.
  void add_loader_step(size_t r, int t2, int t3) {
    const Transition& t = s1_.transitions[globals_[r]];
    Lifted lt = (lift_step(globals_[r], t2, t3));
    Transition ct = t;
    std::vector<std::optional<int>> none(act() + 1);
    ct.guard = in_counter(lt.guard, none);
    ct.updates.clear();
    for (const auto& [v, value] : lt.updates)
      if (global_of_[v] >= 0) ct.updates.push_back({global_of_[v], in_counter(value, none)});
    std::map<int, std::vector<int>> preimage;
    bool moves = false;
    for (size_t l = 0; l < cs_.locals.size(); ++l) {
      int to = local_index_.at(*next_local(t, cs_.locals[l], false));
      preimage[to].push_back(static_cast<int>(l));
      moves = moves || to != static_cast<int>(l);
    }
    if (moves)
      for (size_t m = 0; m < cs_.locals.size(); ++m) {
        ExprP sum = constant(0);
        for (int l : preimage[static_cast<int>(m)]) sum = sum + var(cs_.count_var[l]);
        auto& pre = preimage[static_cast<int>(m)];
        if (pre.size() != 1 || pre[0] != static_cast<int>(m)) ct.updates.push_back({cs_.count_var[m], sum});
      }
    ct.event_value = nullptr;
    cs_.sys.transitions.push_back(std::move(ct));
    cs_.origin.push_back({static_cast<int>(r), -1});
  }

  // A property of the 2-actor System with its sums, disjunctions and
  // conjunctions over the actors turned into ones over local states.
  void add_properties() {
    for (const auto& p : s2_.properties) {
      Property cp = p;
      cp.bad = quantified(*p.bad);
      cs_.sys.properties.push_back(cp);
    }
  }

  std::set<int> actors_read(const Expr& e) const {
    std::set<int> vs, out;
    collect_vars(e, vs);
    for (int v : vs)
      if (int a = actor_of(s2_.vars[v].name); a >= 0) out.insert(a);
    return out;
  }

  ExprP quantified(const Expr& e) {
    std::set<int> actors = actors_read(e);
    if (actors.empty()) return rename2(e, {});
    if (e.op != Op::And && e.op != Op::Or && e.op != Op::Add) {
      if (actors.size() == 1) {
        fail("a property reads one actor's variables outside a sum, disjunction or conjunction");
        return constant(0);
      }
      std::vector<ExprP> a;
      for (const auto& x : e.args) a.push_back(quantified(*x));
      return rebuild(e.op, a);
    }
    std::vector<const Expr*> terms, todo = {&e};
    while (!todo.empty()) {
      const Expr* x = todo.back();
      todo.pop_back();
      if (x->op == e.op)
        for (auto it = x->args.rbegin(); it != x->args.rend(); ++it) todo.push_back(it->get());
      else
        terms.push_back(x);
    }
    ExprP acc = e.op == Op::And ? constant(1) : constant(0);
    std::map<int, std::vector<const Expr*>> group;
    for (const Expr* x : terms) {
      std::set<int> a = actors_read(*x);
      if (a.size() == 1)
        group[*a.begin()].push_back(x);
      else
        acc = rebuild(e.op, {acc, quantified(*x)});
    }
    if (group.empty()) return acc;
    if (group.size() != 2 || group[0].size() != group[1].size()) {
      fail("a property's per-actor terms differ between the actors");
      return acc;
    }
    for (size_t l = 0; l < cs_.locals.size(); ++l) {
      ExprP g = e.op == Op::And ? constant(1) : constant(0);
      for (const Expr* x : group[0]) g = rebuild(e.op, {g, rename2(*x, cs_.locals[l])});
      ExprP count = var(cs_.count_var[l]);
      if (e.op == Op::Or) acc = acc || (constant(1) <= count && g);
      if (e.op == Op::And) acc = acc && (count == constant(0) || g);
      if (e.op == Op::Add) acc = acc + times(count, g);
    }
    return acc;
  }

  // count * e, for e built from constants by + and if-then-else (a sum of
  // 0/1 indicators); linear arithmetic only.
  ExprP times(const ExprP& count, const ExprP& e) {
    switch (e->op) {
      case Op::Const: return linear(0, e->value, count);
      case Op::Ite: return ite(e->args[0], times(count, e->args[1]), times(count, e->args[2]));
      case Op::Add: return times(count, e->args[0]) + times(count, e->args[1]);
      default: fail("a property sums a per-actor term that is not a constant"); return constant(0);
    }
  }

  // A 2-actor expression with user0's fields at local state `l` (none: it
  // reads no actor), globals renamed to the counter system's by name.
  ExprP rename2(const Expr& e, const std::vector<int>& l) {
    if (e.op == Op::Var) {
      std::string field;
      if (actor_of(s2_.vars[e.var].name, &field) == 0 && !l.empty())
        for (size_t f = 0; f < cs_.fields.size(); ++f)
          if (cs_.fields[f] == field) return constant(l[f]);
      int v = cs_.sys.var_index(s2_.vars[e.var].name);
      if (v < 0 || v >= cs_.actors_var) fail("a property reads " + s2_.vars[e.var].name + ", which was dropped");
      return var(std::max(v, 0));
    }
    if (e.op == Op::Const) return constant(e.value);
    std::vector<ExprP> a;
    for (const auto& x : e.args) a.push_back(rename2(*x, l));
    return rebuild(e.op, a);
  }

  System s1_, s2_, s3_;
  CounterSystem cs_;
  std::vector<int> globals_, actor_;  // transitions of the loader and of user0 (1 actor)
  std::set<int> relevant_;
  std::vector<int> global_of_, field_of_;  // 1-actor variable -> counter variable / field
  std::map<std::vector<int>, int> local_index_;
  std::vector<int> init_;                            // user0's initial local state
  std::vector<Values> possible_;                     // 1-actor variable -> its values
  std::vector<bool> key_;                            // field -> part of the program counter
  std::map<std::vector<int>, std::set<int>> live_;   // program counter -> fields that matter
};

}  // namespace

CounterSystem derive_counter_system(const SystemBuilder& build) { return Deriver(build).derive(); }

System CounterSystem::instantiate(int n) const {
  System out = sys;
  std::vector<std::optional<int>> values(sys.vars.size());
  values[actors_var] = n;
  out.vars[actors_var].lo = out.vars[actors_var].hi = out.vars[actors_var].init = n;
  for (const auto& g : growing) {
    out.vars[g.var].lo = g.lo + g.dlo * n;
    out.vars[g.var].hi = g.hi + g.dhi * n;
  }
  for (int c : count_var) out.vars[c].hi = n;
  out.vars[count_var[idle]].init = n;
  for (auto& t : out.transitions) {
    t.guard = substitute(t.guard, values);
    for (auto& u : t.updates) u.value = substitute(u.value, values);
  }
  for (auto& p : out.properties) p.bad = substitute(p.bad, values);
  if (out.config_ok) out.config_ok = substitute(out.config_ok, values);
  out.actors = n;
  return out;
}

ExprP structure(const CounterSystem& cs) {
  std::vector<ExprP> parts;
  ExprP sum = constant(0);
  for (int c : cs.count_var) {
    parts.push_back(constant(0) <= var(c));
    sum = sum + var(c);
  }
  parts.push_back(sum == var(cs.actors_var));
  parts.push_back(constant(0) <= var(cs.actors_var));
  for (int v = 0; v < cs.actors_var; ++v)
    if (cs.sys.vars[v].config)
      parts.push_back(constant(cs.sys.vars[v].lo) <= var(v) && var(v) <= constant(cs.sys.vars[v].hi));
  if (cs.sys.config_ok) parts.push_back(cs.sys.config_ok);
  return all_of(parts);
}

ExprP initial(const CounterSystem& cs) {
  std::vector<ExprP> parts{structure(cs)};
  for (int v = 0; v < cs.actors_var; ++v)
    if (!cs.sys.vars[v].config) parts.push_back(var(v) == constant(cs.sys.vars[v].init));
  for (size_t l = 0; l < cs.locals.size(); ++l)
    if (static_cast<int>(l) != cs.idle) parts.push_back(var(cs.count_var[l]) == constant(0));
  return all_of(parts);
}

// The transitions enabled at `s`, in System order: the order breadth-first
// exploration and the random runs take them in, so both find the same states
// (and samples) as the interpreter did.
static const std::vector<int>& enabled(const Compiled& c, const State& s, std::vector<int>& out) {
  out.clear();
  c.for_enabled(s.data(), [&](int t) { out.push_back(t); });
  std::sort(out.begin(), out.end());
  return out;
}

Exploration explore(const CounterSystem& cs, int n, long long max_states) {
  Exploration x;
  x.sys = cs.instantiate(n);
  const System& sys = x.sys;
  const Compiled c(sys);
  // The visited set holds indices into x.states: a counter state is a
  // count per local state (hundreds of bytes), kept once.
  struct ByState {
    const std::vector<State>* states;
    size_t operator()(int i) const { return std::hash<State>{}((*states)[i]); }
    bool operator()(int a, int b) const { return (*states)[a] == (*states)[b]; }
  };
  std::unordered_set<int, ByState, ByState> seen(0, ByState{&x.states}, ByState{&x.states});
  std::vector<std::pair<int, int>> parent;  // state -> (parent state, transition)
  x.violations.assign(sys.properties.size(), std::nullopt);
  auto witness = [&](int s) {
    Witness w;
    for (int at = s; parent[at].first >= 0; at = parent[at].first) w.steps.push_back(parent[at].second);
    std::reverse(w.steps.begin(), w.steps.end());
    int root = s;
    while (parent[root].first >= 0) root = parent[root].first;
    w.init = x.states[root];
    return w;
  };
  // Adds `s` unless seen; a seen `s` is left as it was, for reuse.
  auto add = [&](State& s, int from, int t) {
    x.states.push_back(std::move(s));
    if (!seen.insert(static_cast<int>(x.states.size()) - 1).second) {
      s = std::move(x.states.back());
      x.states.pop_back();
      return;
    }
    parent.push_back({from, t});
    for (size_t p = 0; p < sys.properties.size(); ++p)
      if (!x.violations[p] && c.bad(x.states.back().data(), static_cast<int>(p)))
        x.violations[p] = witness(static_cast<int>(x.states.size()) - 1);
  };
  for (State s : sys.initial_states()) add(s, -1, -1);
  std::vector<int> ts;
  State next;
  for (size_t i = 0; i < x.states.size(); ++i) {
    if (static_cast<long long>(x.states.size()) >= max_states) return x;
    for (int t : enabled(c, x.states[i], ts)) {
      next = x.states[i];
      c.step(x.states[i].data(), t, next.data());
      add(next, static_cast<int>(i), t);
    }
  }
  x.complete = true;
  return x;
}

std::vector<State> random_runs(const CounterSystem& cs, int n, int runs, int length) {
  System sys = cs.instantiate(n);
  const Compiled c(sys);
  std::vector<State> inits = sys.initial_states(), out;
  std::vector<int> ts;
  std::mt19937 rng(12345);
  for (int r = 0; r < runs; ++r) {
    State s = inits[rng() % inits.size()];
    for (int i = 0; i < length; ++i) {
      if (enabled(c, s, ts).empty()) break;
      State next = s;
      c.step(s.data(), ts[rng() % ts.size()], next.data());
      s = std::move(next);
      out.push_back(s);
    }
  }
  return out;
}

Witness per_actor_witness(const CounterSystem& cs, const System& per_actor, const Witness& w,
                          int n) {
  auto steps = by_actor(per_actor);
  // field f of actor a -> variable of per_actor
  std::vector<std::vector<int>> field_var(n);
  for (int a = 0; a < n; ++a)
    for (const auto& f : cs.fields) field_var[a].push_back(per_actor.var_index("user" + std::to_string(a) + "." + f));
  Witness out;
  for (const auto& s : per_actor.initial_states()) {
    bool same = true;
    for (size_t v = 0; v < per_actor.vars.size(); ++v)
      if (per_actor.vars[v].config)
        same = same && get(s, static_cast<int>(v)) == get(w.init, cs.sys.var_index(per_actor.vars[v].name));
    if (same) out.init = s;
  }
  if (out.init.empty()) throw std::logic_error("counter run: no per-actor initial state has its configuration");
  State s = out.init;
  for (int t : w.steps) {
    const auto& o = cs.origin.at(t);
    int taken = -1;
    if (o.local < 0) taken = steps.at(-1).at(o.rank);
    for (int a = 0; a < n && taken < 0; ++a) {
      bool here = true;
      for (size_t f = 0; f < cs.fields.size(); ++f)
        here = here && (!cs.live[o.local][f] || get(s, field_var[a][f]) == cs.locals[o.local][f]);
      if (here) taken = steps.at(a).at(o.rank);
    }
    if (taken < 0 || !eval(*per_actor.transitions[taken].guard, s))
      throw std::logic_error("counter run: step " + std::to_string(out.steps.size()) + " has no per-actor match");
    s = per_actor.step(s, per_actor.transitions[taken]);
    out.steps.push_back(taken);
  }
  return out;
}

}  // namespace kvmlc
