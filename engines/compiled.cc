#include "engines/compiled.h"

#include <stdexcept>
#include <set>
#include <string>

namespace kvmlc {
namespace {

// The guard's conjuncts: `g` split at &&.
void conjuncts(const Expr& g, std::vector<const Expr*>& out) {
  if (g.op == Op::And) {
    for (const auto& a : g.args) conjuncts(*a, out);
  } else {
    out.push_back(&g);
  }
}

bool var_eq_const(const Expr& e) {
  return e.op == Op::Eq && e.args[0]->op == Op::Var && e.args[1]->op == Op::Const;
}

// Whether e's value is always 0 or 1 (then && and || need no Bool after it).
bool boolean(const Expr& e) {
  switch (e.op) {
    case Op::Not: case Op::And: case Op::Or: case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: return true;
    default: return false;
  }
}

}  // namespace

Code::Code(const Expr& e) { emit(e, 1); }

// Postfix order; `depth` is the stack height once e's value is pushed.
void Code::emit(const Expr& e, int depth) {
  if (depth > kMaxDepth)
    throw std::logic_error("compiled: expression nested deeper than " + std::to_string(kMaxDepth));
  switch (e.op) {
    case Op::Const: code_.push_back({I::Const, -1, e.value}); return;
    case Op::Var: code_.push_back({I::Var, e.var, 0}); return;
    case Op::And:
    case Op::Or: {
      emit(*e.args[0], depth);
      int over = jump(e.op == Op::And ? I::AndJump : I::OrJump);
      emit(*e.args[1], depth);
      if (!boolean(*e.args[1])) code_.push_back({I::Bool, -1, 0});
      land(over);
      return;
    }
    case Op::Ite: {
      emit(*e.args[0], depth);
      int otherwise = jump(I::IfNot);
      emit(*e.args[1], depth);
      int done = jump(I::Jump);
      land(otherwise);
      emit(*e.args[2], depth);
      land(done);
      return;
    }
    default: break;
  }
  if (var_eq_const(e)) {
    code_.push_back({I::VarEq, e.args[0]->var, e.args[1]->value});
    return;
  }
  for (size_t i = 0; i < e.args.size(); ++i) emit(*e.args[i], depth + static_cast<int>(i));
  code_.push_back({operator_of(e.op), -1, 0});
}

int Code::jump(I op) {
  code_.push_back({op, -1, -1});
  return static_cast<int>(code_.size()) - 1;
}

void Code::land(int jump) { code_[jump].value = static_cast<int>(code_.size()); }

Code::I Code::operator_of(Op op) {
  switch (op) {
    case Op::Not: return I::Not;
    case Op::Eq: return I::Eq;
    case Op::Ne: return I::Ne;
    case Op::Lt: return I::Lt;
    case Op::Le: return I::Le;
    case Op::Add: return I::Add;
    case Op::Sub: return I::Sub;
    default: throw std::logic_error("compiled: bad operator");
  }
}

bool Code::constant(int& value) const {
  if (code_.size() != 1 || code_[0].op != I::Const) return false;
  value = code_[0].value;
  return true;
}

int Code::run(const char* s) const {
  int stack[kMaxDepth];
  int* top = stack - 1;  // the topmost value
  const Ins* code = code_.data();
  for (const Ins* i = code; i != code + code_.size(); ++i) {
    switch (i->op) {
      case I::Const: *++top = i->value; break;
      case I::Var: *++top = static_cast<signed char>(s[i->var]); break;
      case I::VarEq: *++top = static_cast<signed char>(s[i->var]) == i->value; break;
      case I::Not: *top = !*top; break;
      case I::Eq: --top, *top = *top == top[1]; break;
      case I::Ne: --top, *top = *top != top[1]; break;
      case I::Lt: --top, *top = *top < top[1]; break;
      case I::Le: --top, *top = *top <= top[1]; break;
      case I::Add: --top, *top += top[1]; break;
      case I::Sub: --top, *top -= top[1]; break;
      case I::AndJump:
        if (*top == 0) i = code + i->value - 1;
        else --top;
        break;
      case I::OrJump:
        if (*top != 0) *top = 1, i = code + i->value - 1;
        else --top;
        break;
      case I::IfNot:
        if (*top-- == 0) i = code + i->value - 1;
        break;
      case I::Jump: i = code + i->value - 1; break;
      case I::Bool: *top = *top != 0; break;
    }
  }
  return *top;
}

Compiled::Compiled(const System& sys) : sys_(sys), buckets_(sys.vars.size()) {
  for (size_t t = 0; t < sys.transitions.size(); ++t) {
    const Transition& tr = sys.transitions[t];
    Step step;
    std::vector<const Expr*> cs;
    conjuncts(*tr.guard, cs);
    guard_at_.push_back(static_cast<std::uint32_t>(guard_.size()));
    for (const Expr* c : cs) {
      if (var_eq_const(*c))
        guard_.push_back({c->args[0]->var, c->args[1]->value});
      else if (!(c->op == Op::Const && c->value) && !one_variable(*c, step.values) &&
               !two_variables(*c, step.pairs))
        step.rest.emplace_back(*c);
    }
    for (const auto& a : tr.updates) {
      Update u{a.var, Code(*a.value), sys.vars[a.var].lo, sys.vars[a.var].hi, false, 0};
      u.is_constant = u.value.constant(u.constant);
      if (!u.is_constant) tabulate(*a.value, u);
      step.updates.push_back(std::move(u));
      step.writes.push_back(a.var);
    }
    if (tr.event_value.get() != nullptr) step.event_value = Code(*tr.event_value);
    steps_.push_back(std::move(step));
    bucket(static_cast<int>(t));
  }
  guard_at_.push_back(static_cast<std::uint32_t>(guard_.size()));
  for (const auto& p : sys.properties) properties_.emplace_back(*p.bad);
  memoise();
}

void Compiled::memoise() {
  lists_.assign(1, 0);  // lists start after their length: 0 is never one
  for (int v : keyed_) {
    Keyed k{v, sys_.vars[v].lo, std::vector<std::int32_t>(buckets_[v].size(), -1)};
    for (size_t x = 0; x < buckets_[v].size(); ++x) {
      if (buckets_[v][x].empty()) continue;
      std::set<int> read;
      for (int t : buckets_[v][x]) {
        for (std::uint32_t i = guard_at_[t]; i < guard_at_[t + 1]; ++i) read.insert(guard_[i].var);
        for (const Values& c : steps_[t].values) read.insert(c.var);
      }
      read.erase(v);
      Memo m{0, 0, true, static_cast<std::uint64_t>(memos_.size()) << 48, &buckets_[v][x]};
      reads(read, m);
      k.bucket[x] = static_cast<std::int32_t>(memos_.size());
      memos_.push_back(m);
    }
    keyed_memo_.push_back(std::move(k));
  }
  for (size_t p = 0; p < properties_.size(); ++p) {
    std::set<int> read;
    collect_vars(*sys_.properties[p].bad, read);
    Memo m{0, 0, properties_[p].size() >= kShortCode, (memos_.size() + p) << 48, nullptr};
    reads(read, m);
    property_memos_.push_back(m);
  }
  slots_.assign(256, Slot{0, 0});
  slot_mask_ = slots_.size() - 1;
  shift_ = 64 - 8;
}

// m reads `vars`: their strides as a mixed-radix number; m.hashed stays
// only when it fits 48 bits (and the memo's index 16).
bool Compiled::reads(const std::set<int>& vars, Memo& m) {
  m.reads_at = static_cast<std::uint32_t>(reads_.size());
  std::uint64_t count = 1;
  for (int r : vars) {
    reads_.push_back({r, sys_.vars[r].lo, count});
    std::uint64_t n = sys_.vars[r].hi - sys_.vars[r].lo + 1;
    m.hashed = m.hashed && count <= (std::uint64_t{1} << 48) / n;
    if (m.hashed) count *= n;
  }
  m.reads_end = static_cast<std::uint32_t>(reads_.size());
  m.hashed = m.hashed && (m.key >> 48) < (1u << 16) - 1;
  return m.hashed;
}

// Appends to lists_ bucket m's list for the values of its variables in `s`
// (its transitions whose `var == const` and one-variable conjuncts hold),
// preceded by its length; where it starts.
std::uint32_t Compiled::list(const char* s, const Memo& m) const {
  if (lists_.size() + m.transitions->size() + 1 >= UINT32_MAX) throw std::length_error("compiled: memo too large");
  lists_.push_back(0);
  std::uint32_t at = static_cast<std::uint32_t>(lists_.size());
  for (int t : *m.transitions)
    if (listed(s, t)) lists_.push_back(static_cast<std::uint32_t>(t) * 2 + !(steps_[t].rest.empty() && steps_[t].pairs.empty()));
  lists_[at - 1] = static_cast<std::uint32_t>(lists_.size() - at);
  return at;
}

// Works out the list of `key` (bucket m at `s`) and enters it in slot h
// (the empty one its probe ended at); grows the table past half full.
std::uint32_t Compiled::remember(const char* s, const Memo& m, std::uint64_t key, std::uint64_t h) const {
  std::uint32_t e = list(s, m);
  enter(key, h, e);
  return e;
}

// Slot h (the empty one key's probe ended at) gets `entry`; the table
// doubles past half full.
void Compiled::enter(std::uint64_t key, std::uint64_t h, std::uint32_t entry) const {
  slots_[h] = {key, entry};
  if (++slots_used_ * 2 > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2, Slot{0, 0});
    old.swap(slots_);
    slot_mask_ = slots_.size() - 1;
    --shift_;
    for (const Slot& o : old)
      if (o.entry != 0) slots_[slot_of(o.key)] = o;
  }
}

// The list of bucket m at `s` when its keys do not fit: worked out each time (into scratch_).
const std::uint32_t* Compiled::unhashed(const char* s, const Memo& m) const {
  std::size_t size = lists_.size();
  std::uint32_t at = list(s, m);
  scratch_.assign(lists_.begin() + at - 1, lists_.end());
  lists_.resize(size);
  return scratch_.data() + 1;
}

// Under the `var == const` conjunct of t (the last guard in guard_) whose
// variable has the widest domain (a program counter), or among those always
// tried when there is none.
void Compiled::bucket(int t) {
  int v = -1, value = 0, width = 0;
  for (std::uint32_t i = guard_at_[t]; i < guard_.size(); ++i) {
    const Conj& c = guard_[i];
    int w = sys_.vars[c.var].hi - sys_.vars[c.var].lo;
    if (w > width) v = c.var, value = c.value, width = w;
  }
  if (v < 0) {
    always_.push_back(t);
    return;
  }
  auto& b = buckets_[v];
  int lo = sys_.vars[v].lo;
  if (b.empty()) {
    b.resize(sys_.vars[v].hi - lo + 1);
    keyed_.push_back(v);
  }
  if (value >= lo && value <= sys_.vars[v].hi) b[value - lo].push_back(t);
}

// Files conjunct c under `values` when it reads a single variable of at
// most 64 values: its code is run once for each of them.
bool Compiled::one_variable(const Expr& c, std::vector<Values>& values) const {
  std::set<int> vars;
  collect_vars(c, vars);
  int var = vars.size() == 1 ? *vars.begin() : -1;
  if (var < 0 || sys_.vars[var].hi - sys_.vars[var].lo >= 64) return false;
  Values v{var, sys_.vars[var].lo, 0};
  Code code(c);
  State s(sys_.vars.size(), '\0');
  for (int x = v.lo; x <= sys_.vars[v.var].hi; ++x) {
    s[v.var] = static_cast<char>(x);
    if (code.run(s.data())) v.holds |= std::uint64_t{1} << (x - v.lo);
  }
  values.push_back(v);
  return true;
}

// The variables e reads, when they are one or two of at most kTable values
// in all (a saturating counter, a monitor flag and what it watches).
bool Compiled::grid(const Expr& e, Grid& g) const {
  std::set<int> vars;
  collect_vars(e, vars);
  if (vars.empty() || vars.size() > 2) return false;
  g.a = *vars.begin(), g.b = vars.size() == 2 ? *vars.rbegin() : -1;
  g.a_lo = sys_.vars[g.a].lo, g.b_lo = g.b >= 0 ? sys_.vars[g.b].lo : 0;
  g.na = sys_.vars[g.a].hi - g.a_lo + 1, g.nb = g.b >= 0 ? sys_.vars[g.b].hi - g.b_lo + 1 : 1;
  return g.na * g.nb <= kTable;
}

// code's value at every point of g, point (x, y) at x * g.nb + y.
std::vector<int> Compiled::values(const Code& code, const Grid& g) const {
  std::vector<int> out;
  State s(sys_.vars.size(), '\0');
  for (int x = 0; x < g.na; ++x)
    for (int y = 0; y < g.nb; ++y) {
      s[g.a] = static_cast<char>(g.a_lo + x);
      if (g.b >= 0) s[g.b] = static_cast<char>(g.b_lo + y);
      out.push_back(code.run(s.data()));
    }
  return out;
}

// Fills u's table when its value `e` reads one or two small variables.
void Compiled::tabulate(const Expr& e, Update& u) const {
  Grid g;
  if (!grid(e, g)) return;
  u.table = values(u.value, g);
  u.a = g.a, u.a_lo = g.a_lo, u.stride = g.nb;
  if (g.b >= 0) u.b = g.b, u.b_lo = g.b_lo;
}

// Files conjunct c under `pairs` when it reads one or two variables of at
// most kTable values in all: its code is run once for each of them.
bool Compiled::two_variables(const Expr& c, std::vector<Pair>& pairs) {
  Grid g;
  if (!grid(c, g)) return false;
  Pair p{g.a, g.a_lo, g.b, g.b_lo, g.nb, static_cast<std::uint32_t>(bits_.size() * 64)};
  std::vector<int> holds = values(Code(c), g);
  bits_.resize(bits_.size() + (holds.size() + 63) / 64, 0);
  for (std::uint32_t i = 0; i < holds.size(); ++i)
    if (holds[i]) bits_[(p.at + i) >> 6] |= std::uint64_t{1} << ((p.at + i) & 63);
  pairs.push_back(p);
  return true;
}

void Compiled::step(const char* s, int t, char* next) const {
  for (const Update& u : steps_[t].updates) {
    int v = u.is_constant ? u.constant
            : u.a >= 0 ? u.table[(static_cast<signed char>(s[u.a]) - u.a_lo) * u.stride +
                                 (u.b >= 0 ? static_cast<signed char>(s[u.b]) - u.b_lo : 0)]
                       : u.value.run(s);
    if (v < u.lo || v > u.hi)
      throw std::logic_error("model bug: " + sys_.vars[u.var].name + " = " + std::to_string(v) +
                             " is outside its domain after '" + sys_.transitions[t].what + "'");
    next[u.var] = static_cast<char>(v);
  }
}

}  // namespace kvmlc
