#include "engines/encoding.h"

#include <condition_variable>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace kvmlc::z3enc {

namespace {
constexpr unsigned kBits = 16;  // BitVec width: room for sums of byte-sized values
}  // namespace

EncodingOptions default_options(const std::string& engine) {
  if (engine == "spacer") return {Sorts::Int, TransStyle::Functional};
  return {Sorts::BitVec, TransStyle::Functional};
}

// ---------------------------------------------------------------------------
// Encoding

Encoding::Encoding(z3::context& ctx, const System& sys, EncodingOptions options)
    : ctx_(ctx), sys_(sys), options_(options) {
  while ((1u << selector_bits_) < sys.transitions.size()) ++selector_bits_;
  for (const auto& t : sys.transitions)
    for (const auto& a : t.updates)
      if (sys.vars.at(a.var).config) config_frozen_ = false;
}

z3::sort Encoding::var_sort() const {
  return options_.sorts == Sorts::Int ? ctx_.int_sort() : ctx_.bv_sort(kBits);
}

z3::sort Encoding::selector_sort() const {
  return options_.sorts == Sorts::Int ? ctx_.int_sort() : ctx_.bv_sort(selector_bits_);
}

z3::expr Encoding::constant(const std::string& name) const {
  return ctx_.constant(name.c_str(), var_sort());
}

z3::expr Encoding::selector(const std::string& name) const {
  return ctx_.constant(name.c_str(), selector_sort());
}

z3::expr Encoding::numeral(int v) const {
  return options_.sorts == Sorts::Int ? ctx_.int_val(v) : ctx_.bv_val(v, kBits);
}

z3::expr Encoding::selector_numeral(int t) const {
  return options_.sorts == Sorts::Int ? ctx_.int_val(t) : ctx_.bv_val(t, selector_bits_);
}

z3::expr_vector Encoding::named_state(const std::string& suffix) const {
  z3::expr_vector s(ctx_);
  for (const auto& v : sys_.vars) s.push_back(constant(v.name + suffix));
  return s;
}

z3::expr Encoding::as_bool(const z3::expr& x) const {
  return x.is_bool() ? x : x != numeral(0);
}

z3::expr Encoding::as_value(const z3::expr& x) const {
  return x.is_bool() ? z3::ite(x, numeral(1), numeral(0)) : x;
}

// Booleans stay Bool where the Expr is used as a condition and become 0/1
// where it is used as a number, exactly as eval() treats them.
z3::expr Encoding::term(const Expr& e, const z3::expr_vector& s) const {
  auto arg = [&](int i) { return term(*e.args[i], s); };
  auto val = [&](int i) { return as_value(arg(i)); };
  auto cond = [&](int i) { return as_bool(arg(i)); };
  bool bv = options_.sorts == Sorts::BitVec;
  switch (e.op) {
    case Op::Const: return numeral(e.value);
    case Op::Var: return s[static_cast<unsigned>(e.var)];
    case Op::Not: return !cond(0);
    case Op::And: return cond(0) && cond(1);
    case Op::Or: return cond(0) || cond(1);
    case Op::Eq:
    case Op::Ne: {
      z3::expr a = arg(0), b = arg(1);
      z3::expr eq = a.is_bool() && b.is_bool() ? a == b : as_value(a) == as_value(b);
      return e.op == Op::Eq ? eq : !eq;
    }
    case Op::Lt: return bv ? z3::slt(val(0), val(1)) : val(0) < val(1);
    case Op::Le: return bv ? z3::sle(val(0), val(1)) : val(0) <= val(1);
    case Op::Add: return val(0) + val(1);
    case Op::Sub: return val(0) - val(1);
    case Op::Ite: {
      z3::expr t = arg(1), f = arg(2);
      if (t.is_bool() && f.is_bool()) return z3::ite(cond(0), t, f);
      return z3::ite(cond(0), as_value(t), as_value(f));
    }
  }
  throw std::logic_error("encoding: bad op");
}

z3::expr Encoding::value(const Expr& e, const z3::expr_vector& s) const {
  return as_value(term(e, s));
}

z3::expr Encoding::formula(const Expr& e, const z3::expr_vector& s) const {
  return as_bool(term(e, s));
}

z3::expr Encoding::domain(const z3::expr_vector& s) const {
  z3::expr_vector cs(ctx_);
  for (size_t v = 0; v < sys_.vars.size(); ++v) {
    const z3::expr& x = s[static_cast<unsigned>(v)];
    z3::expr lo = numeral(sys_.vars[v].lo), hi = numeral(sys_.vars[v].hi);
    if (options_.sorts == Sorts::BitVec) {
      cs.push_back(z3::sle(lo, x));
      cs.push_back(z3::sle(x, hi));
    } else {
      cs.push_back(lo <= x);
      cs.push_back(x <= hi);
    }
  }
  return z3::mk_and(cs);
}

z3::expr Encoding::config_ok(const z3::expr_vector& s) const {
  return sys_.config_ok ? formula(*sys_.config_ok, s) : ctx_.bool_val(true);
}

z3::expr Encoding::init(const z3::expr_vector& s) const {
  z3::expr_vector cs(ctx_);
  cs.push_back(domain(s));
  for (size_t v = 0; v < sys_.vars.size(); ++v)
    if (!sys_.vars[v].config) cs.push_back(s[static_cast<unsigned>(v)] == numeral(sys_.vars[v].init));
  cs.push_back(config_ok(s));
  return z3::mk_and(cs);
}

z3::expr Encoding::trans(const z3::expr_vector& s, const z3::expr_vector& next,
                         const z3::expr& sel) const {
  size_t nv = sys_.vars.size();
  // Per transition, the value each variable gets (the last assignment wins,
  // as in System::step, which applies them in order to a copy).
  std::vector<std::map<int, z3::expr>> assigned(sys_.transitions.size());
  for (size_t t = 0; t < sys_.transitions.size(); ++t)
    for (const auto& a : sys_.transitions[t].updates)
      assigned[t].insert_or_assign(a.var, value(*a.value, s));

  z3::expr_vector alternatives(ctx_);
  if (options_.style == TransStyle::Disjunctive) {
    for (size_t t = 0; t < sys_.transitions.size(); ++t) {
      z3::expr_vector cs(ctx_);
      cs.push_back(sel == selector_numeral(static_cast<int>(t)));
      cs.push_back(formula(*sys_.transitions[t].guard, s));
      for (size_t v = 0; v < nv; ++v) {
        auto it = assigned[t].find(static_cast<int>(v));
        unsigned u = static_cast<unsigned>(v);
        cs.push_back(next[u] == (it != assigned[t].end() ? it->second : s[u]));
      }
      alternatives.push_back(z3::mk_and(cs));
    }
    return z3::mk_or(alternatives);
  }
  // Functional: which transition, then each next value as a function of it.
  for (size_t t = 0; t < sys_.transitions.size(); ++t)
    alternatives.push_back(sel == selector_numeral(static_cast<int>(t)) &&
                           formula(*sys_.transitions[t].guard, s));
  z3::expr_vector cs(ctx_);
  cs.push_back(z3::mk_or(alternatives));
  for (size_t v = 0; v < nv; ++v) {
    unsigned u = static_cast<unsigned>(v);
    z3::expr chain = s[u];
    for (size_t t = sys_.transitions.size(); t-- > 0;) {
      auto it = assigned[t].find(static_cast<int>(v));
      if (it != assigned[t].end())
        chain = z3::ite(sel == selector_numeral(static_cast<int>(t)), it->second, chain);
    }
    cs.push_back(next[u] == chain);
  }
  return z3::mk_and(cs);
}

z3::expr Encoding::bad(const Property& p, const z3::expr_vector& s) const {
  return formula(*p.bad, s);
}

z3::expr Encoding::target(const Property& p, const z3::expr_vector& s) const {
  return bad(p, s) || !domain(s);
}

int Encoding::int_value(const z3::model& m, const z3::expr& term) const {
  z3::expr v = m.eval(term, true);
  if (v.is_bv()) {
    uint64_t raw = v.get_numeral_uint64();
    unsigned bits = v.get_sort().bv_size();
    if (bits < 64 && (raw >> (bits - 1)) & 1) raw |= ~uint64_t{0} << bits;  // sign-extend
    return static_cast<int>(static_cast<int64_t>(raw));
  }
  return v.get_numeral_int();
}

int Encoding::selector_value(const z3::model& m, const z3::expr& sel) const {
  z3::expr v = m.eval(sel, true);
  if (v.is_bv()) return static_cast<int>(v.get_numeral_uint64());
  return v.get_numeral_int();
}

State Encoding::state(const z3::model& m, const z3::expr_vector& s) const {
  State out(sys_.vars.size(), 0);
  for (size_t v = 0; v < sys_.vars.size(); ++v)
    set(out, static_cast<int>(v), int_value(m, s[static_cast<unsigned>(v)]));
  return out;
}

// ---------------------------------------------------------------------------
// Unroller

const z3::expr_vector& Unroller::state(int k) {
  while (static_cast<int>(states_.size()) <= k)
    states_.push_back(enc_.named_state("@" + std::to_string(states_.size())));
  return states_[static_cast<size_t>(k)];
}

const z3::expr& Unroller::selector(int k) {
  while (static_cast<int>(selectors_.size()) <= k)
    selectors_.push_back(enc_.selector("step@" + std::to_string(selectors_.size())));
  return selectors_[static_cast<size_t>(k)];
}

z3::expr Unroller::trans(int k) {
  // Copies, not references: state(k + 1) may reallocate states_.
  z3::expr_vector from = state(k);
  z3::expr_vector to = state(k + 1);
  return enc_.trans(from, to, selector(k));
}

Witness Unroller::witness(const z3::model& m, int k) {
  Witness w;
  w.init = enc_.state(m, state(0));
  for (int i = 0; i < k; ++i) w.steps.push_back(enc_.selector_value(m, selector(i)));
  return w;
}

std::vector<State> Unroller::states(const z3::model& m, int k) {
  std::vector<State> out;
  for (int i = 0; i <= k; ++i) out.push_back(enc_.state(m, state(i)));
  return out;
}

// ---------------------------------------------------------------------------
// Checking a witness on the executable model

bool take_witness(Result& r, const System& sys, const Property& p, Unroller& u,
                  const z3::model& m, int k, const std::string& what) {
  r.witness = u.witness(m, k);
  std::vector<State> expected = u.states(m, k);
  std::string bad = check_witness(sys, p, r.witness, &expected);
  if (bad.empty()) {
    r.verdict = Verdict::Violated;
    return true;
  }
  r.verdict = Verdict::Error;
  r.detail = what + " at depth " + std::to_string(k) + " rejected: " + bad;
  r.witness = {};
  return false;
}

std::string check_witness(const System& sys, const Property& p, const Witness& w,
                          const std::vector<State>* expected) {
  if (w.init.size() != sys.vars.size()) return "witness state has the wrong size";
  for (size_t v = 0; v < sys.vars.size(); ++v) {
    const Var& var = sys.vars[v];
    int x = get(w.init, static_cast<int>(v));
    if (var.config ? (x < var.lo || x > var.hi) : x != var.init)
      return "witness initial state has " + var.name + " = " + std::to_string(x);
  }
  if (sys.config_ok && !eval(*sys.config_ok, w.init))
    return "witness configuration violates config_ok: " + sys.describe(w.init);
  for (int t : w.steps)
    if (t < 0 || t >= static_cast<int>(sys.transitions.size()))
      return "witness names transition " + std::to_string(t) + ", which does not exist";
  std::vector<State> states;
  try {
    states = run(sys, w);
  } catch (const std::logic_error& e) {
    return std::string("witness does not replay: ") + e.what();
  }
  if (!eval(*p.bad, states.back()))
    return "witness ends in a state that does not violate " + p.id + ": " +
           sys.describe(states.back());
  if (expected) {
    if (expected->size() != states.size()) return "solver run and replay differ in length";
    for (size_t i = 0; i < states.size(); ++i)
      if ((*expected)[i] != states[i])
        return "solver state " + std::to_string(i) + " (" + sys.describe((*expected)[i]) +
               ") differs from the replayed one (" + sys.describe(states[i]) + ")";
  }
  return "";
}

// ---------------------------------------------------------------------------
// Readable formulas

namespace {

std::string infix(const z3::expr& e, bool negate = false);

std::string join(const z3::expr& e, const char* sep) {
  std::string out = "(";
  for (unsigned i = 0; i < e.num_args(); ++i) out += (i ? sep : "") + infix(e.arg(i));
  return out + ")";
}

// Comparisons with the constant on the right ("x >= 3", not "3 <= x"), and
// negations pushed into them ("x < 11", not "!(x >= 11)").
std::string compare(const z3::expr& e, Z3_decl_kind k, bool negate) {
  static const std::map<Z3_decl_kind, std::pair<Z3_decl_kind, const char*>> info = {
      {Z3_OP_LE, {Z3_OP_GT, "<="}}, {Z3_OP_GE, {Z3_OP_LT, ">="}}, {Z3_OP_LT, {Z3_OP_GE, "<"}},
      {Z3_OP_GT, {Z3_OP_LE, ">"}},  {Z3_OP_EQ, {Z3_OP_DISTINCT, "=="}},
      {Z3_OP_DISTINCT, {Z3_OP_EQ, "!="}}};
  static const std::map<Z3_decl_kind, Z3_decl_kind> mirror = {
      {Z3_OP_LE, Z3_OP_GE}, {Z3_OP_GE, Z3_OP_LE}, {Z3_OP_LT, Z3_OP_GT},
      {Z3_OP_GT, Z3_OP_LT}, {Z3_OP_EQ, Z3_OP_EQ}, {Z3_OP_DISTINCT, Z3_OP_DISTINCT}};
  z3::expr a = e.arg(0), b = e.arg(1);
  if (a.is_numeral() && !b.is_numeral()) std::swap(a, b), k = mirror.at(k);
  if (negate) k = info.at(k).first;
  return "(" + infix(a) + " " + info.at(k).second + " " + infix(b) + ")";
}

std::string infix(const z3::expr& e, bool negate) {
  if (negate && !(e.is_app() && e.num_args() == 2)) return "!" + infix(e);
  if (e.is_numeral()) return e.get_decimal_string(0);
  if (e.is_var()) return "(:var " + std::to_string(Z3_get_index_value(e.ctx(), e)) + ")";
  if (!e.is_app()) return e.to_string();
  Z3_decl_kind k = e.decl().decl_kind();
  switch (k) {
    case Z3_OP_TRUE: return "true";
    case Z3_OP_FALSE: return "false";
    case Z3_OP_NOT: return infix(e.arg(0), !negate);
    case Z3_OP_LE:
    case Z3_OP_GE:
    case Z3_OP_LT:
    case Z3_OP_GT:
    case Z3_OP_EQ:
      if (e.arg(0).is_bool()) break;
      return compare(e, k, negate);
    case Z3_OP_DISTINCT:
      if (e.num_args() == 2 && !e.arg(0).is_bool()) return compare(e, k, negate);
      break;
    default: break;
  }
  if (negate) return "!" + infix(e);
  switch (k) {
    case Z3_OP_AND: return join(e, " && ");
    case Z3_OP_OR: return join(e, " || ");
    case Z3_OP_IMPLIES: return join(e, " => ");
    case Z3_OP_EQ: return join(e, " == ");
    case Z3_OP_ADD: return join(e, " + ");
    case Z3_OP_SUB: return join(e, " - ");
    case Z3_OP_MUL: return join(e, " * ");
    case Z3_OP_UMINUS: return "-" + infix(e.arg(0));
    case Z3_OP_ITE:
      return "(" + infix(e.arg(0)) + " ? " + infix(e.arg(1)) + " : " + infix(e.arg(2)) + ")";
    default: break;
  }
  if (e.num_args() == 0) return e.decl().name().str();
  std::string out = e.decl().name().str() + "(";
  for (unsigned i = 0; i < e.num_args(); ++i) out += (i ? ", " : "") + infix(e.arg(i));
  return out + ")";
}

}  // namespace

std::string readable(const z3::expr& e) {
  std::string s = infix(e);
  if (s.size() > 2 && s.front() == '(' && s.back() == ')' && e.is_app() &&
      e.decl().decl_kind() == Z3_OP_AND) {
    // Top-level conjuncts without the outer parentheses.
    s = s.substr(1, s.size() - 2);
  }
  return s;
}

// ---------------------------------------------------------------------------
// Budgets

namespace {

// Z3's cumulative resource count of `s`'s context ("rlimit count").
double rlimit_count(const z3::solver& s) {
  z3::stats st = s.statistics();
  for (unsigned i = 0; i < st.size(); ++i)
    if (st.key(i) == "rlimit count") return st.is_uint(i) ? st.uint_value(i) : st.double_value(i);
  return 0;
}

std::string number_text(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

}  // namespace

Budget::Budget(double rlimit, double cpu_seconds) : rlimit_(rlimit), cpu_(cpu_seconds) {}

bool Budget::exhausted() const {
  return (rlimit_ > 0 && used_ >= rlimit_) || cpu_.exceeded();
}

std::string Budget::reason() const {
  if (rlimit_ > 0 && used_ >= rlimit_) return "resource limit " + number_text(rlimit_) + " reached";
  if (cpu_.exceeded()) return "CPU budget " + number_text(cpu_.seconds()) + " s used";
  return "budget left";
}

std::string Budget::why_unknown(const z3::solver& s) const {
  return exhausted() ? reason() : s.reason_unknown();
}

z3::check_result Budget::check(z3::solver& s) {
  z3::expr_vector none(s.ctx());
  return check(s, none);
}

z3::check_result Budget::check(z3::solver& s, const z3::expr_vector& assumptions) {
  if (exhausted()) return z3::unknown;
  z3::params p(s.ctx());
  // Z3 takes an unsigned rlimit per check (0: none).
  double left = rlimit_ > 0 ? std::max(1.0, rlimit_ - used_) : 0;
  p.set("rlimit", static_cast<unsigned>(std::min(left, 4e9)));
  s.set(p);
  double before = rlimit_count(s);
  z3::check_result c;
  {
    Watchdog watchdog(s.ctx(), cpu_);
    c = assumptions.empty() ? s.check() : s.check(assumptions);
  }
  used_ += rlimit_count(s) - before;
  return c;
}

struct Watchdog::Impl {
  std::mutex m;
  std::condition_variable cv;
  bool done = false, fired = false;
  std::thread thread;
};

Watchdog::Watchdog(z3::context& ctx, const CpuBudget& cpu) : impl_(std::make_unique<Impl>()) {
  if (cpu.seconds() <= 0) return;
  impl_->thread = std::thread([this, &ctx, &cpu] {
    std::unique_lock lock(impl_->m);
    // Polls: CPU time has no timer to wait on. 20 ms is a small share of any
    // budget worth setting and costs nothing measurable.
    while (!impl_->cv.wait_for(lock, std::chrono::milliseconds(20), [this] { return impl_->done; }))
      if (cpu.exceeded()) {
        impl_->fired = true;
        ctx.interrupt();
        return;
      }
  });
}

Watchdog::~Watchdog() {
  if (!impl_->thread.joinable()) return;
  {
    std::lock_guard lock(impl_->m);
    impl_->done = true;
  }
  impl_->cv.notify_all();
  impl_->thread.join();
}

bool Watchdog::fired() const {
  std::lock_guard lock(impl_->m);
  return impl_->fired;
}

Result guarded(const std::string& engine, const Limits& limits,
               const std::function<Result(Budget&)>& body) {
  Budget budget(limits.rlimit, limits.cpu_seconds);
  Result r;
  try {
    r = body(budget);
  } catch (const z3::exception& e) {
    r = Result{};
    r.verdict = Verdict::Error;
    r.detail = std::string("z3: ") + e.msg();
  } catch (const std::exception& e) {
    r = Result{};
    r.verdict = Verdict::Error;
    r.detail = e.what();
  }
  r.engine = engine;
  r.seconds = budget.cpu_used();
  return r;
}

z3::solver make_solver(const Encoding& enc) {
  return enc.options().sorts == Sorts::BitVec ? z3::solver(enc.ctx(), "QF_BV")
                                              : z3::solver(enc.ctx());
}

}  // namespace kvmlc::z3enc
