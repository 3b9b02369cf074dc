// Variables, helpers and the module loader (kernel/module/main.c, 6.1):
// load_module / do_init_module, delete_module, free_module.
#include "model/semantics.h"

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

#include "model/builder.h"

namespace kvmlc {
namespace {

constexpr const char* kLoaderFile = "kernel/module/main.c";

const std::map<std::string, int> kErrno = {
    {"EPERM", 1},   {"ENOENT", 2},  {"EIO", 5},     {"ENXIO", 6},   {"EAGAIN", 11},
    {"ENOMEM", 12}, {"EFAULT", 14}, {"EBUSY", 16},  {"EEXIST", 17}, {"ENODEV", 19},
    {"EINVAL", 22}, {"ENOSPC", 28}, {"ENOSYS", 38}, {"EOPNOTSUPP", 95}};

}  // namespace

int errno_value(const std::string& name) {
  auto it = kErrno.find(name);
  return it == kErrno.end() ? 0 : it->second;
}

std::vector<int> Builder::faults_on(const std::string& fn) {
  std::vector<int> errs;
  for (const auto& f : opt.faults)
    if (f.fn == fn) {
      errs.push_back(f.err);
      faults_placed.insert(fn);
    }
  return errs;
}

std::string errno_name(int value) {
  for (const auto& [name, v] : kErrno)
    if (v == value) return name;
  return std::to_string(value);
}

int Builder::add_var(const std::string& name, int lo, int hi, int init, const std::string& doc,
                     bool config) {
  sys.vars.push_back({name, lo, hi, init, config, doc});
  return static_cast<int>(sys.vars.size()) - 1;
}

int Builder::module_id(const std::string& name, int line) const {
  for (size_t i = 0; i < modules.size(); ++i)
    if (modules[i]->name == name) return static_cast<int>(i) + 1;
  fail(line, "unknown module '" + name + "'");
}

ExprP Builder::state_is(int id, ModState s) const { return v(mv[id - 1].state) == constant(s); }

ExprP Builder::gone(int id) const {
  return state_is(id, kUnloaded) || state_is(id, kFreed) || state_is(id, kReturning);
}

ExprP Builder::holds_dep_ref(int id) const {
  return !(state_is(id, kUnloaded) || state_is(id, kReturning));
}

ExprP Builder::any_ops_held() const {
  std::vector<ExprP> held;
  for (int o : backend_ops) held.push_back(v(o) != constant(0));
  return any_of(held);
}

// A resource variable is the holder's module id, 0 when the pointer is NULL,
// and minus the module that held it when it was released but not cleared.
ExprP Builder::held(const std::string& r) const { return constant(0) < v(resource_var.at(r)); }
ExprP Builder::pointer_set(const std::string& r) const {
  return v(resource_var.at(r)) != constant(0);
}

ExprP Builder::condition(const Cond& c) const {
  Resolver resolve = [&](const std::string& f, const std::string& x) -> ExprP {
    if (f.empty()) {
      int i = sys.var_index("cfg." + x);
      if (i < 0) throw std::invalid_argument("unknown configuration variable '" + x + "'");
      return v(i);
    }
    bool pointer = f == "held" || f == "set";
    if (pointer && resource_var.count(x)) return f == "held" ? held(x) : pointer_set(x);
    throw std::invalid_argument(pointer ? "unknown resource '" + x + "'"
                                        : "unknown function '" + f + "'");
  };
  try {
    return parse_condition(c.text, resolve);
  } catch (const std::invalid_argument& e) {
    fail(c.line, e.what());
  }
}

void Builder::fail(int line, const std::string& msg) const {
  throw InputError(spec.path, line, msg);
}

Transition& Builder::add(int process, const std::string& actor, const std::string& fn,
                         const std::string& file, const std::string& place, const std::string& what,
                         ExprP guard, std::vector<Assign> updates) {
  sys.transitions.push_back(
      {process, actor, fn, file, place + ": " + what, guard, std::move(updates), {}, nullptr});
  sys.transitions.back().place = place;
  return sys.transitions.back();
}

Transition& Builder::add_get_put(Transition& t, int id, bool get) {
  // Saturates at the top of the domain: more references than there can be
  // holders means one leaked, and a leaked reference is never dropped, so
  // the count stays "too many" (and the module can never be unloaded).
  ExprP refs = v(mv[id - 1].refs);
  ExprP top = constant(sys.vars[mv[id - 1].refs].hi);
  ExprP after = ite(top <= refs, top, get ? refs + constant(1) : refs - constant(1));
  t.updates.push_back({mv[id - 1].refs, after});
  t.event = Event::on_module(t.actor, get ? "get" : "put", modules[id - 1]->name);
  t.event_value = after;
  return t;
}

Assign Builder::flag(const std::string& property, ExprP when) const {
  int m = monitor.at(property);
  return {m, v(m) || when};
}

namespace {

// One loader actor per module: modprobe/rmmod of that module.
class Loader {
 public:
  Loader(Builder& b, int id) : b_(b), id_(id), m_(*b.modules[id - 1]), mv_(b.mv[id - 1]) {}

  void build() {
    load();
    finish_init();
    unload();
    free();
  }

 private:
  ExprP st(ModState s) const { return b_.state_is(id_, s); }
  Assign set_state(ModState s) const { return {mv_.state, constant(s)}; }
  Transition& add(const std::string& fn, const std::string& what, ExprP guard,
                  std::vector<Assign> updates) {
    return b_.add(id_, "loader", fn, kLoaderFile, m_.name, what, guard, std::move(updates));
  }
  Transition& syscall(Transition& t, const std::string& call, int ret) {
    t.event = Event::syscall("loader", call, 0, ret);
    t.event->module = m_.name;
    return t;
  }
  std::vector<int> deps() const {
    std::vector<int> ids;
    for (const auto& d : m_.depends) ids.push_back(b_.module_id(d, m_.line));
    return ids;
  }
  std::vector<int> dependents() const {
    std::vector<int> ids;
    for (size_t i = 0; i < b_.modules.size(); ++i) {
      const auto& d = b_.modules[i]->depends;
      if (std::find(d.begin(), d.end(), m_.name) != d.end()) ids.push_back(static_cast<int>(i) + 1);
    }
    return ids;
  }
  ExprP deps_live() const {
    std::vector<ExprP> live;
    for (int d : deps()) live.push_back(b_.state_is(d, kLive));
    return all_of(live);
  }

  // load_module: resolve_symbol/ref_module takes a reference on the
  // dependency, prepare_coming_module makes the module COMING, then
  // trace_module_load and do_init_module run the init function.
  void load() {
    ExprP can = st(kUnloaded) && b_.condition(m_.built_if);
    std::vector<Assign> start = {set_state(kComing), {mv_.pc, constant(0)}};
    for (int e : mv_.errs) start.push_back({e, constant(0)});
    auto& refused = add("resolve_symbol", "a dependency is not live: -ENOENT", can && !deps_live(), {});
    syscall(refused, "finit_module", -2);
    auto& exists = add("load_module", "already loaded: -EEXIST", st(kLive), {});
    syscall(exists, "finit_module", -17);
    std::vector<int> ds = deps();
    if (ds.size() > 1) b_.fail(m_.line, "a module may depend on at most one other module");
    if (ds.empty()) {
      add("do_init_module", "init starts", can, start).event = Event::on_module("loader", "load", m_.name);
      return;
    }
    auto& ref = add("ref_module", "reference " + b_.modules[ds[0] - 1]->name, can && deps_live(),
                    {set_state(kUnformed)});
    b_.add_get_put(ref, ds[0], true);
    add("do_init_module", "init starts", st(kUnformed), start).event =
        Event::on_module("loader", "load", m_.name);
  }

  // do_init_module after the init function returned: LIVE, or GOING (and
  // then freed whatever the refcount).
  void finish_init() {
    ExprP returned = st(kComing) && b_.v(mv_.pc) == constant(b_.init_end[id_ - 1]);
    ExprP ok = b_.v(mv_.err) == constant(0);
    syscall(add("do_init_module", "LIVE", returned && ok, {set_state(kLive)}), "finit_module", 0);
    add("do_init_module", "init failed: GOING", returned && !ok, {set_state(kFailed)}).event =
        Event::on_module("loader", "going", m_.name);
  }

  // delete_module refuses while depended upon or referenced (try_stop_module).
  void unload() {
    if (m_.exit.empty()) return;
    std::vector<ExprP> no_users = {b_.v(mv_.refs) == constant(0)};
    for (int d : dependents()) no_users.push_back(!b_.holds_dep_ref(d));
    ExprP idle = all_of(no_users);
    syscall(add("delete_module", "in use: -EAGAIN", st(kLive) && !idle, {}), "delete_module", -11);
    syscall(add("delete_module", "not loaded: -ENOENT", st(kUnloaded), {}), "delete_module", -2);
    add("delete_module", "GOING, exit starts", st(kLive) && idle,
        {set_state(kGoing), {mv_.pc, constant(0)}})
        .event = Event::on_module("loader", "going", m_.name);
  }

  // free_module: trace_module_free, then module_unload_free drops the
  // dependency reference, then the system call returns. Whatever the module
  // still holds or let escape now points into freed memory.
  void free() {
    std::vector<ExprP> held, published;
    for (const auto& r : b_.spec.resources) {
      if (!b_.acquired[id_ - 1].count(r.name)) continue;
      ExprP mine = b_.v(b_.resource_var.at(r.name)) == constant(id_);
      held.push_back(mine);
      // A pointer inside this module's memory goes with it: nothing reaches it.
      if (r.kind != "memory" && !lives_here(r)) published.push_back(mine);
    }
    ExprP failed = st(kFailed);
    ExprP exited = m_.exit.empty() ? constant(0)
                                   : st(kGoing) && b_.v(mv_.pc) == constant(b_.exit_end[id_ - 1]);
    std::vector<int> ds = deps();
    std::vector<Assign> upd = {
        set_state(ds.empty() ? kReturning : kFreed),
        {mv_.refs, constant(0)},
        b_.flag("no-escape-from-failed-init",
                failed && (constant(0) < b_.v(mv_.refs) || any_of(published))),
        b_.flag("failed-init-releases-all", failed && any_of(held)),
        b_.flag("exit-releases-all", !failed && any_of(held))};
    for (const auto& u : b_.uv)
      upd.push_back({u.stale, b_.v(u.stale) || b_.v(u.sel_owner) == constant(id_)});
    // Memory the module still holds is counted above and then forgotten:
    // nothing can reach it any more. Publications stay: they dangle, unless
    // the only pointer to them was in this module. A stale pointer in this
    // module is gone too: a reload gets fresh .data.
    for (const auto& r : b_.spec.resources) {
      int h = b_.resource_var.at(r.name);
      // A stale pointer in a module that stays (lives_in) stays stale.
      ExprP forget = r.lives_in.empty() ? b_.v(h) == constant(-id_) : constant(0);
      if (r.kind == "memory" && b_.acquired[id_ - 1].count(r.name))
        forget = forget || b_.v(h) == constant(id_);
      if (lives_here(r)) forget = constant(1);
      if (forget->op != Op::Const || forget->value)
        upd.push_back({h, ite(forget, constant(0), b_.v(h))});
    }
    auto& freed = add("free_module", "freed", failed || exited, upd);
    freed.event = Event::on_module("loader", "free", m_.name);
    freed.left_behind = left_behind();
    if (!ds.empty())
      b_.add_get_put(add("module_unload_free", "drop reference on " + b_.modules[ds[0] - 1]->name,
                         st(kFreed), {set_state(kReturning)}),
                     ds[0], false);
    ExprP err = b_.v(mv_.err);
    auto& init_ret = add("load_module", "finit_module returns the init error",
                         st(kReturning) && err != constant(0), {set_state(kUnloaded)});
    syscall(init_ret, "finit_module", 0).event_value = constant(0) - err;
    syscall(add("delete_module", "delete_module returns 0", st(kReturning) && err == constant(0),
                {set_state(kUnloaded)}),
            "delete_module", 0);
  }

  // What this module may still hold when it is freed, and what that
  // means: memory is leaked; a publication, device node or ops pointer in
  // the core kernel dangles (one in this module's own memory goes with it,
  // never released); a reference a user holds points into freed memory.
  std::vector<LeftBehind> left_behind() const {
    std::vector<LeftBehind> out;
    for (const auto& r : b_.spec.resources) {
      if (!b_.acquired[id_ - 1].count(r.name)) continue;
      std::string what = r.kind == "memory" ? "leaked"
                         : lives_here(r)    ? "never released"
                                            : "dangling";
      out.push_back({b_.resource_var.at(r.name), id_, r.name + " (" + r.kind + ") " + what});
    }
    for (size_t a = 0; a < b_.uv.size(); ++a) {
      std::string user = "user" + std::to_string(a);
      out.push_back({b_.uv[a].fd, id_, user + "'s /dev/kvm file pins freed " + m_.name});
      out.push_back({b_.uv[a].vm_owner, id_, user + "'s VM pins freed " + m_.name + " (ops->owner)"});
      out.push_back({b_.uv[a].vm_fd, id_, user + "'s VM pins freed " + m_.name});
    }
    return out;
  }

  bool lives_here(const Resource& r) const {
    return !r.lives_in.empty() && b_.module_id(r.lives_in, r.line) == id_;
  }

  Builder& b_;
  int id_;
  const Module& m_;
  const ModuleVars& mv_;
};

// Variables: configuration, modules, resources, userspace actors, monitors.
void layout(Builder& b) {
  for (const auto& c : b.spec.config) b.add_var("cfg." + c.name, 0, 1, 0, c.doc, true);
  int n = static_cast<int>(b.spec.modules.size());
  int actors = b.opt.actors;
  for (const auto& m : b.spec.modules) b.modules.push_back(&m);
  // How deeply `fn` calls (1: no calls); recursion is reported by program.cc.
  std::function<int(const std::string&, int)> depth = [&](const std::string& fn, int guard) {
    auto it = b.spec.functions.find(fn);
    int d = 1;
    if (it == b.spec.functions.end() || guard > 16) return d;
    for (const auto& s : it->second.steps)
      if (s.kind == Step::Kind::Call) d = std::max(d, 1 + depth(s.name, guard + 1));
    return d;
  };
  for (const auto& m : b.spec.modules) {
    // refs: dependents, plus up to three pins per actor (fd, VM owner, VM
    // file); negative after puts on a freed and reloaded module.
    b.mv.push_back({b.add_var(m.name + ".state", 0, kReturning, kUnloaded, "module state"),
                    b.add_var(m.name + ".pc", 0, 127, 0, "step of the running init or exit"),
                    b.add_var(m.name + ".err", 0, 127, 0, "pending error (errno)"),
                    b.add_var(m.name + ".refs", -3 * actors - n, n + 3 * actors + 1, 0,
                              "refcount (top: saturated)")});
    auto& mv = b.mv.back();
    mv.errs.push_back(mv.err);
    int deepest = std::max(depth(m.init, 0), m.exit.empty() ? 1 : depth(m.exit, 0));
    for (int d = 1; d < deepest; ++d)
      mv.errs.push_back(b.add_var(m.name + ".err" + std::to_string(d), 0, 127, 0,
                                  "return value of the function called at depth " +
                                      std::to_string(d)));
  }
  for (const auto& [name, f] : b.spec.functions)
    if (!f.lock.empty() && !b.lock_var.count(f.lock))
      b.lock_var[f.lock] = b.add_var("lock." + f.lock, 0, n, 0, "module whose program holds it");
  std::set<std::string> may_go_stale;
  for (const auto& [name, f] : b.spec.functions)
    for (const auto& s : f.steps) may_go_stale.insert(s.release_stale.begin(), s.release_stale.end());
  for (const auto& r : b.spec.resources) {
    if (may_go_stale.count(r.name) && (r.kind == "ops" || r.kind == "devnode"))
      b.fail(r.line, "'" + r.name + "' is released stale, but a stale " + r.kind +
                         " pointer is not modelled");
    if (!r.lives_in.empty()) b.module_id(r.lives_in, r.line);
    b.resource_var[r.name] =
        b.add_var("res." + r.name, may_go_stale.count(r.name) ? -n : 0, n, 0,
                  "holder module of " + r.name + " (-m: freed by m, pointer not cleared)");
    if (r.kind == "ops") {
      b.backends.push_back(r.backend);
      b.backend_ops.push_back(b.resource_var[r.name]);
    }
  }
  int nb = static_cast<int>(b.backends.size());
  for (int a = 0; a < actors; ++a) {
    std::string u = "user" + std::to_string(a) + ".";
    b.uv.push_back({b.add_var(u + "fd", 0, n, 0, "module pinned by the /dev/kvm file"),
                    b.add_var(u + "pc", 0, kUserPcCount - 1, 0, "step of the call in progress"),
                    b.add_var(u + "arg", 0, 7, 0, "VM type of create_vm"),
                    b.add_var(u + "sel", 0, nb, 0, "backend chosen by kvm_arch_init_vm"),
                    b.add_var(u + "sel_owner", 0, n, 0, "module owning the ops read"),
                    b.add_var(u + "stale", 0, 1, 0, "that module was freed since"),
                    b.add_var(u + "vm", 0, nb, 0, "backend of the open VM"),
                    b.add_var(u + "vm_owner", 0, n, 0, "module pinned via ops->owner"),
                    b.add_var(u + "vm_fd", 0, n, 0, "module pinned by kvm_create_vm"),
                    b.add_var(u + "ret", -127, 1, 0, "return value of the call")});
  }
  for (const auto& id : property_ids())
    if (is_monitored(id)) b.monitor[id] = b.add_var("mon." + id, 0, 1, 0, "violation seen");
}

// How counterexamples name the variables' values (Var::names): module
// states, modules (holders, pins), backends, errnos, userspace steps. A
// module's pc is named by its program (program.cc).
void name_values(Builder& b) {
  std::map<int, std::string> module, holder, backend, err;
  for (size_t i = 0; i < b.modules.size(); ++i) {
    int id = static_cast<int>(i) + 1;
    module[id] = holder[id] = b.modules[i]->name;
    holder[-id] = "stale(" + b.modules[i]->name + ")";  // freed by it, pointer not cleared
  }
  for (size_t i = 0; i < b.backends.size(); ++i) backend[static_cast<int>(i) + 1] = b.backends[i];
  for (int e = 1; e <= 127; ++e)
    if (errno_value(errno_name(e))) err[e] = errno_name(e);
  auto& vars = b.sys.vars;
  for (const auto& m : b.mv) {
    vars[m.state].names = {{kUnloaded, "UNLOADED"}, {kUnformed, "UNFORMED"}, {kComing, "COMING"},
                           {kLive, "LIVE"},         {kGoing, "GOING"},       {kFailed, "FAILED"},
                           {kFreed, "FREED"},       {kReturning, "RETURNING"}};
    for (int e : m.errs) vars[e].names = err;
  }
  for (const auto& [_, h] : b.resource_var) vars[h].names = holder;
  for (const auto& [_, l] : b.lock_var) vars[l].names = module;
  for (const auto& u : b.uv) {
    for (int m : {u.fd, u.sel_owner, u.vm_owner, u.vm_fd}) vars[m].names = module;
    vars[u.sel].names = vars[u.vm].names = backend;
    vars[u.pc].names = {{kIdle, "idle"},
                        {kVmStart, "create_vm:kvm_create_vm"},
                        {kVmSelected, "create_vm:ops_read"},
                        {kVmPinned, "create_vm:owner_pinned"},
                        {kVmFailPut, "create_vm:put_owner"},
                        {kVmFailPutDev, "create_vm:put_dev"},
                        {kExtRead, "check_extension:ops_read"},
                        {kVmClosePut, "close_vm:owner_put"},
                        {kOpenRet, "open:returning"},
                        {kCloseRet, "close:returning"},
                        {kCreateRet, "create_vm:returning"},
                        {kExtRet, "check_extension:returning"},
                        {kCloseVmRet, "close_vm:returning"},
                        {kVmFile, "create_vm:vm_file"}};
  }
}

}  // namespace

System build_system(const Spec& spec, const ModelOptions& options) {
  Builder b(spec, options);
  b.sys.variant = spec.variant;
  b.sys.spec_path = spec.path;
  b.sys.layout = spec.layout;
  b.sys.actors = options.actors;
  layout(b);
  name_values(b);
  b.build_programs();
  for (int id = 1; id <= static_cast<int>(b.modules.size()); ++id) Loader(b, id).build();
  b.build_userspace();
  b.build_properties();
  for (const auto& f : options.faults) {
    if (f.err <= 0 || f.err > 127)
      throw std::invalid_argument("injected errno " + std::to_string(f.err) + " out of 1..127");
    if (!b.faults_placed.count(f.fn)) b.sys.faults_outside.push_back(f.fn);
  }
  b.sys.config_ok = b.condition(spec.constraint);
  // Steps whose guard folded to false (a `when: false` step, a check that
  // cannot fail here) can never be taken.
  std::erase_if(b.sys.transitions, [](const Transition& t) {
    return t.guard->op == Op::Const && !t.guard->value;
  });
  return std::move(b.sys);
}

}  // namespace kvmlc
