// Init and exit functions as step programs: each module's init (state
// COMING) and exit (state GOING) is flattened into numbered instructions
// sharing the module's pc; `call` steps are inlined, labels and gotos are
// resolved, and every instruction becomes one or more guarded transitions.
#include <algorithm>
#include <set>

#include "model/builder.h"

namespace kvmlc {
namespace {

struct Instr {
  enum Kind { Do, Jump, SetErr, Ret, Skip, Lock } kind;  // Skip: a call's `when`
  const Step* step = nullptr;  // Do, SetErr; for Ret the call step (null at top)
  std::string fn, file;        // Ret: the returning function
  int next = -1;               // Do/SetErr/Jump: where to go; Ret: continuation
  int fail = -1;               // Do/Ret: where a failure goes (on_fail)
  int value = 0;               // SetErr: the errno it sets
  int depth = -1;              // call depth of the function it belongs to
};

// Where an inlined function starts and returns.
struct Entry {
  std::string fn, file;
  int first, ret, depth;
  std::vector<std::string> callers;
};

class Program {
 public:
  Program(Builder& b, int id, ModState phase)
      : b_(b), id_(id), phase_(phase), mv_(b.mv[id - 1]) {}

  // Compiles function `fn` and returns its end pc.
  int compile(const std::string& fn, int line) {
    emit_call(fn, nullptr, line, 0);
    end_ = static_cast<int>(code_.size());
    for (auto& i : code_) {
      i.next = thread(i.next);
      i.fail = thread(i.fail);
    }
    for (int pc = 0; pc < end_; ++pc) {
      size_t first = b_.sys.transitions.size();
      transitions(pc);
      for (size_t t = first; t < b_.sys.transitions.size(); ++t) locate(b_.sys.transitions[t], pc);
    }
    if (phase_ == kComing)
      for (const Entry& e : entries_) fail_at_entry(e);
    name_steps();
    return end_;
  }

 private:
  // Inlines `fn`. Its returns jump to a Ret instruction that reports the
  // result and continues in the caller (or ends the program at top level).
  void emit_call(const std::string& fn, const Step* call, int line, int depth) {
    auto it = b_.spec.functions.find(fn);
    if (it == b_.spec.functions.end()) b_.fail(line, "unknown function '" + fn + "'");
    if (active_.count(fn)) b_.fail(line, "recursive call of '" + fn + "'");
    active_.insert(fn);
    const Function& f = it->second;
    std::vector<std::string> callers = calls_;
    calls_.push_back(fn);
    std::map<std::string, int> labels;
    struct Fixup {
      int pc;
      bool fail;          // patch Instr::fail rather than Instr::next
      std::string label;  // "" = this function's Ret
      int line;
    };
    std::vector<Fixup> fixups;
    // The function's mutex is taken at entry and dropped by its Ret.
    if (!f.lock.empty()) emit({Instr::Lock, call, fn, f.file, static_cast<int>(code_.size()) + 1}, &f);
    size_t first = code_.size();
    entries_.push_back({fn, f.file, static_cast<int>(first), -1, depth, callers});
    size_t entry = entries_.size() - 1;
    // Where a failure of the step just emitted at `pc` goes.
    auto on_fail = [&](int pc, const Step& s) {
      if (s.on_fail == "goto") fixups.push_back({pc, true, s.on_fail_label, s.line});
      if (s.on_fail == "return") fixups.push_back({pc, true, "", s.line});
      if (s.on_fail == "continue" || s.on_fail == "ignore") code_[pc].fail = pc + 1;
    };
    for (const Step& s : f.steps) {
      int pc = static_cast<int>(code_.size());
      switch (s.kind) {
        case Step::Kind::Label:
          if (!labels.emplace(s.name, pc).second) b_.fail(s.line, "duplicate label '" + s.name + "'");
          break;
        case Step::Kind::Goto:
          emit({Instr::Jump, &s});
          fixups.push_back({pc, false, s.name, s.line});
          break;
        case Step::Kind::Return:
          emit(return_instr(s, f));
          fixups.push_back({pc, false, "", s.line});
          break;
        case Step::Kind::Call: {
          bool always = s.when.text == "true";
          if (!always) emit({Instr::Skip, &s, s.name, f.file, pc + 1});
          emit_call(s.name, &s, s.line, depth + 1);
          on_fail(static_cast<int>(code_.size()) - 1, s);
          if (!always) code_[pc].fail = static_cast<int>(code_.size());
          break;
        }
        default:
          emit({Instr::Do, &s, s.name, s.file.empty() ? f.file : s.file, pc + 1});
          on_fail(pc, s);
      }
    }
    int ret = static_cast<int>(code_.size());
    emit({Instr::Ret, call, fn, f.file, ret + 1}, &f);
    entries_[entry].ret = ret;
    for (size_t i = first; i < code_.size(); ++i)
      if (code_[i].depth < 0) code_[i].depth = depth;
    for (const auto& x : fixups) {
      if (!x.label.empty() && !labels.count(x.label))
        b_.fail(x.line, "unknown label '" + x.label + "' in " + fn);
      (x.fail ? code_[x.pc].fail : code_[x.pc].next) = x.label.empty() ? ret : labels[x.label];
    }
    active_.erase(fn);
    calls_.pop_back();
  }

  // Appends an instruction of the function being emitted; `f` when it
  // stands for that function rather than for one of its steps.
  void emit(Instr i, const Function* f = nullptr) {
    code_.push_back(std::move(i));
    stacks_.push_back(calls_);
    functions_.push_back(f);
  }

  // `return X` in function `f`: the return belongs to f.
  Instr return_instr(const Step& s, const Function& f) {
    if (s.name == "error") return {Instr::Jump, &s};
    int e = s.name == "ok" ? 0 : errno_value(s.name);
    if (s.name != "ok" && !e) b_.fail(s.line, "unknown return value '" + s.name + "'");
    return {Instr::SetErr, &s, f.name, f.file, -1, -1, e};
  }

  // Where transition `t` of the instruction at `pc` is, for counterexamples:
  // the functions it runs in (for a return, its callers: the function
  // itself is what returns), the spec's line and the kernel's.
  void locate(Transition& t, int pc) const {
    const Instr& i = code_[pc];
    t.stack = stacks_[pc];
    if (i.kind == Instr::Ret) t.stack.pop_back();
    if (functions_[pc]) {
      t.spec_line = functions_[pc]->line;
    } else {
      t.spec_line = i.step->line;
      t.spec_text = i.step->text;
      if (int line = i.step->source_line)
        t.source = b_.spec.functions.at(stacks_[pc].back()).file + ":" + std::to_string(line);
    }
  }

  // The names of the module's pc while this program runs (Var::names_when):
  // the step it runs next, as the calls it is nested in and the step.
  void name_steps() {
    auto& names = b_.sys.vars[mv_.pc].names_when[phase_];
    b_.sys.vars[mv_.pc].names_by = mv_.state;
    for (int pc = 0; pc < end_; ++pc) {
      const Instr& i = code_[pc];
      if (i.kind == Instr::Jump) continue;
      std::string name;
      for (const auto& fn : stacks_[pc]) name += fn + ">";
      switch (i.kind) {
        case Instr::Do: name += i.step->name; break;
        case Instr::Skip: name += i.fn; break;
        case Instr::SetErr: name += "return(" + (i.value ? "-" + errno_name(i.value) : "0") + ")"; break;
        case Instr::Ret: name += "(returns)"; break;
        case Instr::Lock: name += "mutex_lock(" + b_.spec.functions.at(i.fn).lock + ")"; break;
        case Instr::Jump: break;
      }
      std::erase(name, ' ');
      names[pc] = name;
    }
    names[end_] = "(returned)";
  }

  // Follows Jump instructions to the instruction that really runs next.
  int thread(int pc) {
    for (int hops = 0; pc >= 0 && pc < end_ && code_[pc].kind == Instr::Jump; ++hops) {
      if (hops > end_) b_.fail(code_[pc].step->line, "goto loop");
      pc = code_[pc].next;
    }
    return pc;
  }

  ExprP at(int pc) const { return b_.state_is(id_, phase_) && b_.v(mv_.pc) == constant(pc); }
  Assign go(int pc) const { return {mv_.pc, constant(pc)}; }
  Transition& add(const std::string& fn, const std::string& file, const std::string& what,
                  ExprP guard, std::vector<Assign> upd) {
    std::string place = b_.modules[id_ - 1]->name + (phase_ == kComing ? " init" : " exit");
    return b_.add(id_, "loader", fn, file, place, what, guard, std::move(upd));
  }

  std::vector<Assign> effects(const Step& s) {
    std::vector<Assign> upd;
    for (const auto& r : s.acquire) {
      upd.push_back({resource(r, s.line), constant(id_)});
      b_.acquired[id_ - 1].insert(r);
    }
    for (const auto& r : s.release) upd.push_back({resource(r, s.line), constant(0)});
    // The pointer keeps its value: minus the holder, so a reload resets it.
    for (const auto& r : s.release_stale) {
      ExprP h = b_.v(resource(r, s.line));
      upd.push_back({resource(r, s.line), ite(constant(0) < h, constant(0) - h, h)});
    }
    return upd;
  }

  bool publishes(const Step& s) const {
    for (const auto& r : b_.spec.resources)
      if (r.kind != "memory" && std::count(s.acquire.begin(), s.acquire.end(), r.name)) return true;
    return false;
  }

  // `p = alloc()` that fails stores NULL: a stale pointer it overwrites is
  // gone.
  std::vector<Assign> null_on_failure(const Step& s) {
    std::vector<Assign> upd;
    for (const auto& r : s.acquire) {
      int h = resource(r, s.line);
      if (b_.sys.vars[h].lo < 0) upd.push_back({h, ite(b_.v(h) < constant(0), constant(0), b_.v(h))});
    }
    return upd;
  }

  ExprP all_held(const Step& s) {
    std::vector<ExprP> held;
    for (const auto* list : {&s.release, &s.release_stale})
      for (const auto& r : *list) held.push_back(constant(0) < b_.v(resource(r, s.line)));
    return all_of(held);
  }

  int resource(const std::string& name, int line) {
    auto it = b_.resource_var.find(name);
    if (it == b_.resource_var.end()) b_.fail(line, "unknown resource '" + name + "'");
    return it->second;
  }

  int err_var(int depth) const { return mv_.errs.at(depth); }

  // The variable of the mutex function `fn` holds, -1 if none.
  int lock_of(const std::string& fn) const {
    auto it = b_.lock_var.find(b_.spec.functions.at(fn).lock);
    return it == b_.lock_var.end() ? -1 : it->second;
  }

  // A failure of step `s`, in a function at call depth `depth`, with error
  // `err`: return and goto keep the error pending in that function;
  // continue and ignore drop it.
  std::vector<Assign> on_fail(const Step& s, int target, ExprP err, int depth) {
    std::vector<Assign> upd = {go(target)};
    if (s.on_fail == "ignore") upd.push_back(b_.flag("init-result-checked", constant(1)));
    if (s.on_fail == "return" || s.on_fail == "goto") upd.push_back({err_var(depth), err});
    return upd;
  }

  void transitions(int pc) {
    const Instr& i = code_[pc];
    switch (i.kind) {
      case Instr::Jump: return;
      case Instr::SetErr:
        add(i.fn, i.file, "return " + (i.value ? "-" + errno_name(i.value) : std::string("0")), at(pc),
            {go(i.next), {err_var(i.depth), constant(i.value)}});
        return;
      case Instr::Do: return step(pc, i);
      case Instr::Skip: {
        ExprP when = b_.condition(i.step->when);
        add(i.fn, i.file, "call " + i.fn, at(pc) && when, {go(i.next)});
        add(i.fn, i.file, i.fn + " skipped", at(pc) && !when, {go(i.fail)});
        return;
      }
      case Instr::Ret: return ret(pc, i);
      case Instr::Lock: {
        int l = lock_of(i.fn);
        add(i.fn, i.file, "mutex_lock(" + b_.spec.functions.at(i.fn).lock + ")",
            at(pc) && b_.v(l) == constant(0), {go(i.next), {l, constant(id_)}});
        return;
      }
    }
  }

  void step(int pc, const Instr& i) {
    const Step& s = *i.step;
    ExprP when = b_.condition(s.when), fail_if = b_.condition(s.fail_if);
    ExprP may_fail = b_.condition(s.may_fail);
    bool is_fn = s.kind == Step::Kind::Fn;
    if (!(when->op == Op::Const && when->value))
      add(i.fn, i.file, i.fn + " skipped", at(pc) && !when, {go(i.next)});
    // Releasing what is not held is its own transition, so that the common
    // case writes no monitor and stays a step only this module sees.
    for (bool held : {true, false}) {
      ExprP released = held ? all_held(s) : !all_held(s);
      if (released->op == Op::Const && !released->value) continue;
      auto& ok = add(i.fn, i.file, i.fn + (held ? "" : " releases what is not held"),
                     at(pc) && when && !fail_if && released, effects(s));
      ok.updates.push_back(go(i.next));
      ok.publishes = publishes(s);
      if (!held) ok.updates.push_back(b_.flag("no-double-release", constant(1)));
      if (is_fn) ok.event = Event::returned("loader", i.fn, 0);
    }
    if (is_fn && phase_ == kComing) inject(pc, i, when);
    ExprP fails = fail_if || may_fail;
    if (fails->op == Op::Const && !fails->value) return;
    int e = errno_value(s.errno_name);
    if (!e) b_.fail(s.line, "unknown errno '" + s.errno_name + "'");
    auto& bad = add(i.fn, i.file, i.fn + " fails: -" + s.errno_name,
                    at(pc) && when && fails, on_fail(s, i.fail, constant(e), i.depth));
    for (auto& a : null_on_failure(s)) bad.updates.push_back(a);
    bad.failure = true;
    if (is_fn) bad.event = Event::returned("loader", i.fn, -e);
  }

  // An injected fault on the kernel function a step calls: it returns the
  // error at entry, and the caller handles it as the step's on_fail says.
  void inject(int pc, const Instr& i, ExprP when) {
    const Step& s = *i.step;
    for (int err : b_.faults_on(s.name)) {
      if (s.on_fail.empty())
        b_.fail(s.line, "a fault is injected into '" + s.name +
                            "', but its step has no on_fail: how does the caller handle an error?");
      auto& t = add(i.fn, i.file, i.fn + " fails at entry (injected): -" + errno_name(err),
                    at(pc) && when, on_fail(s, i.fail, constant(err), i.depth));
      t.event = Event::returned("loader", i.fn, -err);
      t.failure = true;
    }
  }

  // The function returns: report its result, then continue in the caller,
  // applying the call step's on_fail to a non-zero result. The callee's
  // register is cleared for its next call.
  void ret(int pc, const Instr& i) {
    bool top = i.step == nullptr;
    bool void_exit = top && phase_ == kGoing;
    ExprP err = b_.v(err_var(i.depth));
    std::vector<Assign> ok_upd = {go(top ? end_ : i.next)};
    if (!top) ok_upd.push_back({err_var(i.depth), constant(0)});
    std::vector<Assign> unlock;
    if (int l = lock_of(i.fn); l >= 0)
      unlock.push_back({l, ite(b_.v(l) == constant(id_), constant(0), b_.v(l))});
    ok_upd.insert(ok_upd.end(), unlock.begin(), unlock.end());
    auto& ok = add(i.fn, i.file, i.fn + " returns 0", at(pc) && err == constant(0), ok_upd);
    if (!void_exit) ok.event = Event::returned("loader", i.fn, 0);
    if (void_exit) return;
    int target = top ? end_ : i.fail;
    std::vector<Assign> upd = {go(end_)};
    if (!top) {
      upd = on_fail(*i.step, target, err, i.depth - 1);
      upd.push_back({err_var(i.depth), constant(0)});
    }
    upd.insert(upd.end(), unlock.begin(), unlock.end());
    auto& bad = add(i.fn, i.file, i.fn + " returns an error",
                       at(pc) && err != constant(0), upd);
    bad.event = Event::returned("loader", i.fn, 0);
    bad.event_value = constant(0) - err;
  }

  // An injected fault on a function the program inlines: it returns the
  // error at entry, without running its body. Its Ret reports the return
  // and applies the caller's on_fail, as for an error its body returns.
  void fail_at_entry(const Entry& e) {
    for (int err : b_.faults_on(e.fn)) {
      auto& t = add(e.fn, e.file, e.fn + " fails at entry (injected): -" + errno_name(err),
                    at(thread(e.first)), {go(e.ret), {err_var(e.depth), constant(err)}});
      t.stack = e.callers;
      t.failure = true;
    }
  }

  Builder& b_;
  int id_;
  ModState phase_;
  const ModuleVars& mv_;
  std::vector<Entry> entries_;
  std::vector<Instr> code_;
  // For each instruction: the functions it is nested in, outermost first,
  // and the function it stands for (Ret, Lock) or null (a step's).
  std::vector<std::vector<std::string>> stacks_;
  std::vector<const Function*> functions_;
  std::vector<std::string> calls_;  // while emitting: the functions entered
  std::set<std::string> active_;
  int end_ = 0;
};

}  // namespace

void Builder::build_programs() {
  int longest = 0;
  acquired.resize(modules.size());
  for (size_t i = 0; i < modules.size(); ++i) {
    const Module& m = *modules[i];
    int id = static_cast<int>(i) + 1;
    init_end.push_back(Program(*this, id, kComing).compile(m.init, m.line));
    exit_end.push_back(m.exit.empty() ? 0 : Program(*this, id, kGoing).compile(m.exit, m.line));
    longest = std::max({longest, init_end.back(), exit_end.back()});
  }
  if (longest > 127) fail(modules[0]->line, "a module's programs exceed 127 steps");
  for (const auto& v : mv) sys.vars[v.pc].hi = longest;
}

}  // namespace kvmlc
