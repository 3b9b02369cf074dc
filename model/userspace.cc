// Userspace actors: each holds at most one /dev/kvm file and one VM and
// makes one system call at a time; the kernel steps of a call interleave
// with every other actor and with the loader.
//
//   open             misc_open: fops_get(kvm_chardev_ops) pins the devnode holder
//   create_vm T      kvm_create_vm pins the /dev/kvm module (__module_get of
//                    kvm_chardev_ops.owner; vm_pin "vm_file": the VM file's
//                    fops_get after kvm_create_vm), kvm_arch_init_vm reads the
//                    ops pointer for type T, try_module_get(ops->owner),
//                    kvmppc_core_init_vm; a failure drops the references again
//   check_extension  kvm_vm_ioctl_check_extension(NULL, cap): reads
//                    kvmppc_hv_ops and answers, or (KVM_CAP_PPC_NESTED_HV)
//                    later calls ->enable_nested through it
//   close_vm         kvm_arch_destroy_vm: module_put(ops->owner), then the file
//   close            fput: module_put(fops->owner)
#include <set>

#include "model/builder.h"

namespace kvmlc {
namespace {

constexpr const char* kMiscFile = "drivers/char/misc.c";
constexpr const char* kFileTable = "fs/file_table.c";
constexpr const char* kKvmMain = "virt/kvm/kvm_main.c";
constexpr const char* kAnonInodes = "fs/anon_inodes.c";

class Actor {
 public:
  Actor(Builder& b, int a)
      : b_(b), u_(b.uv[a]), name_("user" + std::to_string(a)),
        process_(static_cast<int>(b.modules.size()) + 1 + a) {}

  void build() {
    open();
    close();
    for (const auto& [type, backends] : b_.spec.userspace.vm_types) create_vm(type, backends);
    create_vm_steps();
    if (!b_.spec.userspace.caps.empty()) check_extension();
    close_vm();
  }

 private:
  ExprP v(int var) const { return b_.v(var); }
  ExprP c(int k) const { return constant(k); }
  ExprP pc_is(int pc) const { return v(u_.pc) == c(pc); }
  ExprP idle() const { return pc_is(kIdle); }
  Assign go(int pc) const { return {u_.pc, c(pc)}; }
  Assign ret(int r) const { return {u_.ret, c(r)}; }
  int modules() const { return static_cast<int>(b_.modules.size()); }
  const std::string& mod(int k) const { return b_.modules[k - 1]->name; }
  ExprP live_or_coming(int k) const { return b_.state_is(k, kLive) || b_.state_is(k, kComing); }
  ExprP going(int k) const { return b_.state_is(k, kGoing) || b_.state_is(k, kFailed); }
  Assign unpinned_unless(int pinned_var, ExprP owner) const {
    return b_.flag("ops-deref-pinned", v(pinned_var) != owner);
  }

  Transition& add(const std::string& fn, const std::string& file, const std::string& what,
                  ExprP guard, std::vector<Assign> upd) {
    return b_.add(process_, name_, fn, file, name_, what, guard, std::move(upd));
  }
  // The system call returns the actor's `ret` from `pc`.
  void returns(int pc, const std::string& call, int arg, ExprP guard = constant(1)) {
    auto& t = add(call, "", call + " returns", pc_is(pc) && guard, {go(kIdle)});
    t.event = Event::syscall(name_, call, arg, 0);
    t.event_value = v(u_.ret);
  }

  void open() {
    int dev = b_.resource_var.at(b_.spec.userspace.devnode);
    ExprP can = idle() && v(u_.fd) == c(0);
    add("misc_open", kMiscFile, "open: no /dev/kvm, -ENOENT", can && v(dev) == c(0),
        {go(kOpenRet), ret(-2)});
    for (int k = 1; k <= modules(); ++k) {
      ExprP held = can && v(dev) == c(k);
      add("misc_open", kMiscFile, "open: fops_get fails, " + mod(k) + " going, -ENODEV",
          held && going(k), {go(kOpenRet), ret(-19)});
      add("misc_open", kMiscFile, "open: /dev/kvm of freed " + mod(k), held && b_.gone(k),
          {go(kOpenRet), ret(-19), b_.flag("ops-deref-valid", c(1))});
      auto& got = add("misc_open", kMiscFile, "open: fops_get pins " + mod(k),
                      held && live_or_coming(k), {go(kOpenRet), {u_.fd, c(k)}, ret(0)});
      b_.add_get_put(got, k, true);
    }
    returns(kOpenRet, "open", 0);
  }

  void close() {
    for (int k = 1; k <= modules(); ++k) {
      auto& t = add("fput", kFileTable, "close /dev/kvm: put " + mod(k),
                    idle() && v(u_.fd) == c(k), {go(kCloseRet), {u_.fd, c(0)}, ret(0)});
      b_.add_get_put(t, k, false);
    }
    returns(kCloseRet, "close", 0);
  }

  bool pin_by_file() const { return b_.spec.userspace.vm_pin == "vm_file"; }

  void create_vm(int type, const std::vector<std::string>& names) {
    const Userspace& us = b_.spec.userspace;
    const std::string& file = us.arch_file;
    std::string t = "create_vm " + std::to_string(type) + ": ";
    if (pin_by_file())
      add("kvm_create_vm", kKvmMain, t + "kvm_create_vm",
          idle() && v(u_.fd) != c(0) && v(u_.vm) == c(0), {go(kVmStart), {u_.arg, c(type)}});
    for (int k = 1; k <= modules() && !pin_by_file(); ++k) {
      auto& get = add("kvm_create_vm", kKvmMain, t + "__module_get(kvm_chardev_ops.owner) " + mod(k),
                      idle() && v(u_.fd) == c(k) && v(u_.vm) == c(0),
                      {go(kVmStart), {u_.arg, c(type)}, {u_.vm_fd, c(k)}});
      b_.add_get_put(get, k, true);
    }
    ExprP can = pc_is(kVmStart) && v(u_.arg) == c(type);
    std::vector<ExprP> none_before;
    for (const auto& name : names) {
      int bi = backend(name);
      int ops = b_.backend_ops[bi];
      for (int k = 1; k <= modules(); ++k)
        add("kvm_arch_init_vm", file, t + "reads " + name + " ops of " + mod(k),
            can && all_of(none_before) && v(ops) == c(k),
            {go(us.vm_gets_ops_owner ? kVmSelected : kVmPinned), {u_.sel, c(bi + 1)},
             {u_.sel_owner, c(k)}, {u_.stale, c(0)}});
      none_before.push_back(v(ops) == c(0));
    }
    add("kvm_arch_init_vm", file, t + "no ops, -EINVAL", can && all_of(none_before),
        {go(kVmFailPutDev), ret(-22), b_.flag("ioctl-needs-backend", !b_.any_ops_held())});
    returns(kCreateRet, "create_vm", type, v(u_.arg) == c(type));
  }

  // The create_vm steps after the ops were read, common to all types.
  void create_vm_steps() {
    const Userspace& us = b_.spec.userspace;
    const std::string& file = us.arch_file;
    for (int k = 1; k <= modules(); ++k) {
      ExprP sel = pc_is(kVmSelected) && v(u_.sel_owner) == c(k);
      ExprP owner = c(k);
      ExprP freed = b_.gone(k) || v(u_.stale) == c(1);
      add("try_module_get", file, "ops->owner " + mod(k) + " was freed", sel && freed,
          {go(kVmFailPutDev), ret(-2), b_.flag("ops-deref-valid", c(1)),
           unpinned_unless(u_.fd, owner)});
      add("try_module_get", file, "ops->owner " + mod(k) + " going, -ENOENT",
          sel && !freed && going(k), {go(kVmFailPutDev), ret(-2), unpinned_unless(u_.fd, owner)});
      auto& got = add("try_module_get", file, "pins ops->owner " + mod(k),
                      sel && !freed && live_or_coming(k),
                      {go(kVmPinned), {u_.vm_owner, owner}, unpinned_unless(u_.fd, owner)});
      b_.add_get_put(got, k, true);
      auto& put = add("module_put", file, "core init failed: put " + mod(k),
                      pc_is(kVmFailPut) && v(u_.vm_owner) == owner,
                      {go(kVmFailPutDev), {u_.vm_owner, c(0)}});
      b_.add_get_put(put, k, false);
      auto& put_dev = add("module_put", kKvmMain, "create_vm failed: kvm_create_vm puts " + mod(k),
                          pc_is(kVmFailPutDev) && v(u_.vm_fd) == owner,
                          {go(kCreateRet), {u_.vm_fd, c(0)}});
      b_.add_get_put(put_dev, k, false);
    }
    if (pin_by_file()) vm_file();
    std::string init = us.core_init_vm;
    auto& ok = add(init, file, "core init of the VM", pc_is(kVmPinned),
                   {go(pin_by_file() ? kVmFile : kCreateRet), {u_.vm, v(u_.sel)}, ret(0)});
    ok.event = Event::returned(name_, init, 0);
    // Without the 5.18 fix the reference taken on ops->owner is never dropped.
    bool put = us.vm_gets_ops_owner && us.init_vm_failure_puts_owner;
    // It may fail -ENOMEM, or with an error injected at its entry.
    std::set<int> errs = {12};
    for (int e : b_.faults_on(init)) errs.insert(e);
    for (int e : errs) {
      auto& bad = add(init, file, "core init of the VM fails: -" + errno_name(e),
                      pc_is(kVmPinned), {go(put ? kVmFailPut : kVmFailPutDev), ret(-e)});
      if (!put) bad.updates.push_back({u_.vm_owner, c(0)});
      bad.event = Event::returned(name_, init, -e);
      bad.failure = true;
    }
  }

  // vm_pin "vm_file": kvm_dev_ioctl_create_vm's anon_inode_getfile takes
  // try_module_get(kvm_vm_fops.owner), the module passed to kvm_init, which
  // the caller's /dev/kvm file also pins. On failure kvm_put_kvm destroys
  // the VM (its ops owner reference is dropped) and no file reference exists.
  void vm_file() {
    const Userspace& us = b_.spec.userspace;
    add("kvm_create_vm", kKvmMain, "create_vm failed: no VM file to put",
        pc_is(kVmFailPutDev) && v(u_.vm_fd) == c(0), {go(kCreateRet)});
    ExprP destroy = us.vm_gets_ops_owner ? c(kVmFailPut) : c(kVmFailPutDev);
    for (int k = 1; k <= modules(); ++k) {
      ExprP at = pc_is(kVmFile) && v(u_.fd) == c(k);
      auto& got = add("anon_inode_getfile", kAnonInodes, "create_vm: VM file pins " + mod(k),
                      at && live_or_coming(k), {go(kCreateRet), {u_.vm_fd, c(k)}});
      b_.add_get_put(got, k, true);
      add("anon_inode_getfile", kAnonInodes, "create_vm: " + mod(k) + " going, -ENOENT",
          at && (going(k) || b_.gone(k)),
          {{u_.pc, destroy}, {u_.vm, c(0)}, ret(-2), b_.flag("ops-deref-valid", b_.gone(k))});
    }
  }

  // kvm_vm_ioctl_check_extension(NULL, cap) computes hv_enabled from the
  // ops pointer (one read). A capability answered from that read returns in
  // the same step; the one that `calls` an ops member calls it in a later
  // step, through the pointer read again.
  void check_extension() {
    const Userspace& us = b_.spec.userspace;
    int ops = b_.backend_ops[backend(us.check_extension_reads)];
    const std::string& file = us.arch_file;
    const std::string fn = "kvm_vm_ioctl_check_extension";
    ExprP can = idle() && v(u_.fd) != c(0);
    Assign no_backend = b_.flag("ioctl-needs-backend", !b_.any_ops_held());
    for (const Capability& cap : us.caps) {
      std::string what = "check_extension " + cap.name + ": ";
      ExprP answer = ite(b_.condition(cap.ret), c(1), c(0));
      if (cap.calls.empty()) {
        auto& t = add(fn, file, what + "answers from the ops pointer", can, {no_backend});
        t.event = Event::syscall(name_, "check_extension", cap.cap, 0);
        t.event_value = answer;
        continue;
      }
      add(fn, file, what + "ops NULL, hv_enabled = 0", can && v(ops) == c(0),
          {go(kExtRet), ret(0), no_backend});
      add(fn, file, what + "ops set, hv_enabled = 1", can && v(ops) != c(0), {go(kExtRead)});
      ExprP at = pc_is(kExtRead);
      add(fn, file, what + "ops->" + cap.calls + " through NULL", at && v(ops) == c(0),
          {go(kExtRet), ret(0), b_.flag("ops-deref-valid", c(1)), unpinned_unless(u_.fd, v(ops))});
      for (int k = 1; k <= modules(); ++k)
        add(fn, file, what + "calls ops->" + cap.calls + " of " + mod(k), at && v(ops) == c(k),
            {go(kExtRet), {u_.ret, answer}, b_.flag("ops-deref-valid", b_.gone(k)),
             unpinned_unless(u_.fd, c(k))});
      returns(kExtRet, "check_extension", cap.cap);
    }
  }

  void close_vm() {
    ExprP can = idle() && v(u_.vm) != c(0);
    add("kvm_arch_destroy_vm", b_.spec.userspace.arch_file, "close_vm: no ops reference",
        can && v(u_.vm_owner) == c(0), {go(kVmClosePut)});
    for (int k = 1; k <= modules(); ++k) {
      auto& owner = add("kvm_arch_destroy_vm", b_.spec.userspace.arch_file,
                        "close_vm: put ops->owner " + mod(k), can && v(u_.vm_owner) == c(k),
                        {go(kVmClosePut), {u_.vm_owner, c(0)}});
      b_.add_get_put(owner, k, false);
      auto& file = add(pin_by_file() ? "fput" : "kvm_destroy_vm",
                       pin_by_file() ? kFileTable : kKvmMain,
                       std::string("close_vm: ") + (pin_by_file() ? "fput" : "kvm_destroy_vm") +
                           " puts " + mod(k),
                       pc_is(kVmClosePut) && v(u_.vm_fd) == c(k),
                       {go(kCloseVmRet), {u_.vm_fd, c(0)}, {u_.vm, c(0)}, ret(0)});
      b_.add_get_put(file, k, false);
    }
    returns(kCloseVmRet, "close_vm", 0);
  }

  int backend(const std::string& name) const {
    for (size_t i = 0; i < b_.backends.size(); ++i)
      if (b_.backends[i] == name) return static_cast<int>(i);
    b_.fail(1, "userspace names unknown backend '" + name + "'");
  }

  Builder& b_;
  const UserVars& u_;
  std::string name_;
  int process_;
};

}  // namespace

void Builder::build_userspace() {
  for (int a = 0; a < opt.actors; ++a) Actor(*this, a).build();
}

}  // namespace kvmlc
