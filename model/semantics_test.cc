// The semantics rule by rule, on model/testdata/mini-split.json and small
// specs written inline: the loader, unwinding, refcounts, each userspace
// call, each fault path, and spec errors.
#include <cstdio>
#include <fstream>

#include "catch2/catch.hpp"
#include "model/semantics.h"

namespace kvmlc {
namespace {

const char* kMini = "model/testdata/mini-split.json";

// Steps a System by the `what` of its transitions, as a reviewer would
// describe a run.
struct Run {
  explicit Run(const std::string& spec, int actors = 1, int hv_possible = 1)
      : sys(build_system(read_spec(spec), {actors})) {
    for (const auto& s0 : sys.initial_states())
      if (sys.var_index("cfg.hv_possible") < 0 || val(s0, "cfg.hv_possible") == hv_possible) s = s0;
  }
  int val(const State& st, const std::string& var) const {
    int i = sys.var_index(var);
    REQUIRE(i >= 0);
    return get(st, i);
  }
  int operator[](const std::string& var) const { return val(s, var); }
  bool enabled(const std::string& what) const { return find(what) >= 0; }
  int find(const std::string& what) const {
    for (size_t t = 0; t < sys.transitions.size(); ++t)
      if (sys.transitions[t].what == what && eval(*sys.transitions[t].guard, s))
        return static_cast<int>(t);
    return -1;
  }
  Run& take(const std::string& what) {
    int t = find(what);
    INFO("step: " << what << "\nstate: " << sys.describe(s));
    REQUIRE(t >= 0);
    last = sys.transitions[t].event_at(s);
    s = sys.step(s, sys.transitions[t]);
    return *this;
  }
  bool violates(const std::string& prop) const { return eval(*sys.property(prop)->bad, s); }

  System sys;
  State s;
  std::optional<Event> last;
};

Run& load_kvm(Run& r) {
  return r.take("kvm: init starts")
      .take("kvm init: misc_register")
      .take("kvm init: kvm_init returns 0")
      .take("kvm init: kvmppc_book3s_init returns 0")
      .take("kvm: LIVE");
}

Run& load_hv(Run& r) {
  return r.take("kvm_hv: reference kvm")
      .take("kvm_hv: init starts")
      .take("kvm_hv init: kvmppc_radix_init")
      .take("kvm_hv init: kvmppc_hv_ops = &kvm_ops_hv")
      .take("kvm_hv init: kvmppc_book3s_init_hv returns 0")
      .take("kvm_hv: LIVE");
}

Run& open_dev(Run& r) { return r.take("user0: open: fops_get pins kvm").take("user0: open returns"); }

std::string write_temp(const std::string& text) {
  std::string path = std::string(std::getenv("TEST_TMPDIR") ? std::getenv("TEST_TMPDIR") : "/tmp") +
                     "/spec" + std::to_string(std::hash<std::string>()(text)) + ".json";
  std::ofstream(path) << text;
  return path;
}

TEST_CASE("a backend loads only after kvm is live, and pins it") {
  Run r(kMini);
  CHECK_FALSE(r.enabled("kvm_hv: reference kvm"));
  r.take("kvm_hv: a dependency is not live: -ENOENT");
  CHECK(r.last->call == "finit_module");
  CHECK(r.last->ret == -2);
  load_kvm(r);
  load_hv(r);
  CHECK(r["kvm.refs"] == 1);
  CHECK(r["kvm_hv.state"] == kLive);
  CHECK(r.enabled("kvm: in use: -EAGAIN"));
  CHECK_FALSE(r.enabled("kvm: GOING, exit starts"));
}

TEST_CASE("a module that is not built cannot load") {
  Run r(kMini, 1, /*hv_possible=*/0);
  load_kvm(r);
  CHECK_FALSE(r.enabled("kvm_hv: reference kvm"));
}

TEST_CASE("unload runs the exit program, frees, drops the dependency reference") {
  Run r(kMini);
  load_hv(load_kvm(r));
  r.take("kvm_hv: GOING, exit starts");
  CHECK(r.last->ev == "going");
  r.take("kvm_hv exit: kvmppc_radix_exit").take("kvm_hv exit: kvmppc_hv_ops = NULL");
  r.take("kvm_hv exit: kvmppc_book3s_exit_hv returns 0");
  CHECK_FALSE(r.last);  // exit functions are void: no trace event
  r.take("kvm_hv: freed");
  CHECK(r.last->ev == "free");
  CHECK_FALSE(r.violates("exit-releases-all"));
  r.take("kvm_hv: drop reference on kvm");
  CHECK(r.last->refcnt == 0);
  r.take("kvm_hv: delete_module returns 0");
  CHECK(r["kvm_hv.state"] == kUnloaded);
  CHECK(r["kvm.refs"] == 0);
  CHECK_FALSE(r.violates("refcount-balanced"));
}

TEST_CASE("a failed init step returns its errno and frees the module") {
  Run r(kMini);
  load_kvm(r);
  r.take("kvm_hv: reference kvm").take("kvm_hv: init starts");
  r.take("kvm_hv init: kvmppc_radix_init fails: -ENOMEM");
  CHECK(r.last->fn == "kvmppc_radix_init");
  CHECK(r.last->ret == -12);
  r.take("kvm_hv init: kvmppc_book3s_init_hv returns an error");
  CHECK(r.last->ret == -12);
  r.take("kvm_hv: init failed: GOING").take("kvm_hv: freed");
  CHECK_FALSE(r.violates("failed-init-releases-all"));
  r.take("kvm_hv: drop reference on kvm").take("kvm_hv: finit_module returns the init error");
  CHECK(r.last->ret == -12);
  CHECK(r["kvm_hv.state"] == kUnloaded);
}

TEST_CASE("an open /dev/kvm pins kvm; create_vm without ops is the seed's problem") {
  Run r(kMini, 1, 0);
  r.take("user0: open: no /dev/kvm, -ENOENT").take("user0: open returns");
  CHECK(r.last->ret == -2);
  load_kvm(r);
  open_dev(r);
  CHECK(r["kvm.refs"] == 1);
  CHECK(r.enabled("kvm: in use: -EAGAIN"));
  r.take("user0: create_vm 0: __module_get(kvm_chardev_ops.owner) kvm");
  CHECK(r["kvm.refs"] == 2);
  r.take("user0: create_vm 0: no ops, -EINVAL");
  CHECK(r.violates("ioctl-needs-backend"));
  r.take("user0: create_vm failed: kvm_create_vm puts kvm").take("user0: create_vm returns");
  CHECK(r.last->ret == -22);
  CHECK(r["kvm.refs"] == 1);
  r.take("user0: close /dev/kvm: put kvm").take("user0: close returns");
  CHECK(r["kvm.refs"] == 0);
}

TEST_CASE("a VM pins its backend and the /dev/kvm module until closed") {
  Run r(kMini);
  open_dev(load_hv(load_kvm(r)));
  r.take("user0: create_vm 1: __module_get(kvm_chardev_ops.owner) kvm")
      .take("user0: create_vm 1: reads hv ops of kvm_hv")
      .take("user0: pins ops->owner kvm_hv")
      .take("user0: core init of the VM")
      .take("user0: create_vm returns");
  CHECK(r.last->ret == 0);
  CHECK(r["kvm_hv.refs"] == 1);
  CHECK(r["kvm.refs"] == 3);  // kvm_hv, the /dev/kvm file, the VM (kvm_create_vm)
  CHECK(r.enabled("kvm_hv: in use: -EAGAIN"));
  CHECK_FALSE(r.violates("refcount-balanced"));
  CHECK(r.violates("ops-deref-pinned"));  // try_module_get(ops->owner) on an unpinned owner
  r.take("user0: close_vm: put ops->owner kvm_hv").take("user0: close_vm: kvm_destroy_vm puts kvm");
  r.take("user0: close_vm returns");
  CHECK(r["kvm_hv.refs"] == 0);
  CHECK(r.enabled("kvm_hv: GOING, exit starts"));
}

// mini-split with the VM pinning kvm through its file (6.12).
std::string vm_file_spec() {
  std::ifstream in(kMini);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  std::string at = "\"vm_gets_ops_owner\": true,";
  text.replace(text.find(at), at.size(), "\"vm_pin\": \"vm_file\", " + at);
  return write_temp(text);
}

TEST_CASE("with vm_pin vm_file the VM file pins the /dev/kvm module after kvm_create_vm") {
  Run r(vm_file_spec());
  open_dev(load_hv(load_kvm(r)));
  r.take("user0: create_vm 1: kvm_create_vm");
  CHECK_FALSE(r.last);  // no reference yet
  CHECK(r["kvm.refs"] == 2);
  r.take("user0: create_vm 1: reads hv ops of kvm_hv")
      .take("user0: pins ops->owner kvm_hv")
      .take("user0: core init of the VM")
      .take("user0: create_vm: VM file pins kvm");
  CHECK(r.last->ev == "get");
  r.take("user0: create_vm returns");
  CHECK(r.last->ret == 0);
  CHECK(r["kvm.refs"] == 3);
  CHECK_FALSE(r.violates("refcount-balanced"));
  r.take("user0: close_vm: put ops->owner kvm_hv").take("user0: close_vm: fput puts kvm");
  r.take("user0: close_vm returns");
  CHECK(r["kvm.refs"] == 2);
  CHECK(r["kvm_hv.refs"] == 0);
}

TEST_CASE("with vm_pin vm_file a failed VM init takes no file reference") {
  Run r(vm_file_spec());
  open_dev(load_hv(load_kvm(r)));
  r.take("user0: create_vm 0: kvm_create_vm");
  r.take("user0: create_vm 0: reads hv ops of kvm_hv").take("user0: pins ops->owner kvm_hv");
  r.take("user0: core init of the VM fails: -ENOMEM").take("user0: core init failed: put kvm_hv");
  r.take("user0: create_vm failed: no VM file to put").take("user0: create_vm returns");
  CHECK(r.last->ret == -12);
  CHECK(r["kvm.refs"] == 2);
  CHECK_FALSE(r.violates("refcount-balanced"));
}

TEST_CASE("a failed VM init drops the owner reference when the variant says so") {
  Run r(kMini);
  open_dev(load_hv(load_kvm(r)));
  r.take("user0: create_vm 0: __module_get(kvm_chardev_ops.owner) kvm");
  r.take("user0: create_vm 0: reads hv ops of kvm_hv").take("user0: pins ops->owner kvm_hv");
  r.take("user0: core init of the VM fails: -ENOMEM");
  r.take("user0: core init failed: put kvm_hv");
  r.take("user0: create_vm failed: kvm_create_vm puts kvm").take("user0: create_vm returns");
  CHECK(r.last->ret == -12);
  CHECK(r["kvm_hv.refs"] == 0);
  CHECK_FALSE(r.violates("refcount-balanced"));
}

TEST_CASE("check_extension racing with unload dereferences NULL ops") {
  Run r(kMini);
  open_dev(load_hv(load_kvm(r)));
  r.take("kvm_hv: GOING, exit starts").take("kvm_hv exit: kvmppc_radix_exit");
  r.take("user0: check_extension KVM_CAP_PPC_NESTED_HV: ops set, hv_enabled = 1");
  r.take("kvm_hv exit: kvmppc_hv_ops = NULL");
  r.take("user0: check_extension KVM_CAP_PPC_NESTED_HV: ops->enable_nested through NULL");
  CHECK(r.violates("ops-deref-valid"));
}

TEST_CASE("a capability answered from the ops pointer is one step: the system call returns") {
  Run r(kMini);
  open_dev(load_kvm(r));
  State before = r.s;
  r.take("user0: check_extension KVM_CAP_PPC_PAIRED_SINGLES: answers from the ops pointer");
  CHECK(r.last->call == "check_extension");
  CHECK(r.last->arg == 48);
  CHECK(r.last->ret == 1);  // no HV ops: PR only
  CHECK(r.violates("ioctl-needs-backend"));
  r.s = before;
  load_hv(r);
  before = r.s;
  r.take("user0: check_extension KVM_CAP_PPC_PAIRED_SINGLES: answers from the ops pointer");
  CHECK(r.last->ret == 0);
  CHECK(r.s == before);  // no intermediate state
}

// mini-split with the faults `faults` armed.
System with_faults(std::vector<InjectedFault> faults) {
  ModelOptions o;
  o.faults = std::move(faults);
  return build_system(read_spec(kMini), o);
}

TEST_CASE("without armed faults the system is the spec's; each fault adds transitions") {
  System plain = build_system(read_spec(kMini), {});
  System none = with_faults({});
  CHECK(none.transitions.size() == plain.transitions.size());
  System armed = with_faults({{"kvmppc_radix_init", 5}, {"kvm_init", 12}});
  CHECK(armed.transitions.size() == plain.transitions.size() + 2);
  CHECK(armed.faults_outside.empty());
  CHECK(with_faults({{"kvmppc_core_init_vm_hv", 12}}).faults_outside ==
        std::vector<std::string>{"kvmppc_core_init_vm_hv"});
}

TEST_CASE("an injected fault on a step returns its errno at entry; the caller unwinds as on_fail says") {
  Run r(kMini);
  r.sys = with_faults({{"kvmppc_radix_init", 5}});
  load_kvm(r);
  r.take("kvm_hv: reference kvm").take("kvm_hv: init starts");
  r.take("kvm_hv init: kvmppc_radix_init fails at entry (injected): -EIO");
  CHECK(r.last->fn == "kvmppc_radix_init");
  CHECK(r.last->ret == -5);
  r.take("kvm_hv init: kvmppc_book3s_init_hv returns an error");
  CHECK(r.last->ret == -5);
}

TEST_CASE("an injected fault on an inlined function skips its body") {
  Run r(kMini);
  r.sys = with_faults({{"kvm_init", 19}, {"kvmppc_book3s_init_hv", 12}});
  r.take("kvm: init starts");
  CHECK_FALSE(r.enabled("kvm init: kvm_init fails at entry (injected): -ENOMEM"));
  r.take("kvm init: kvm_init fails at entry (injected): -ENODEV");
  CHECK(r["res.kvm_dev"] == 0);  // misc_register never ran
  r.take("kvm init: kvm_init returns an error");
  CHECK(r.last->ret == -19);
  r.take("kvm init: kvmppc_book3s_init returns an error");
  CHECK(r.last->ret == -19);
  r.take("kvm: init failed: GOING");
  // The module's init function itself.
  r.s = r.sys.initial_states().back();
  load_kvm(r).take("kvm_hv: reference kvm").take("kvm_hv: init starts");
  r.take("kvm_hv init: kvmppc_book3s_init_hv fails at entry (injected): -ENOMEM");
  r.take("kvm_hv init: kvmppc_book3s_init_hv returns an error");
  CHECK(r.last->ret == -12);
  CHECK(r["res.kvm_pte_cache"] == 0);
}

TEST_CASE("releasing what is not held is a double release") {
  std::ifstream in(kMini);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  auto at = text.find("{\"fn\": \"kvmppc_radix_exit\"");
  text.insert(at, "{\"fn\": \"kvmppc_radix_exit\", \"release\": [\"kvm_pte_cache\"]},\n      ");
  Run r(write_temp(text));
  load_hv(load_kvm(r));
  r.take("kvm_hv: GOING, exit starts").take("kvm_hv exit: kvmppc_radix_exit");
  CHECK_FALSE(r.violates("no-double-release"));
  r.take("kvm_hv exit: kvmppc_radix_exit releases what is not held");
  CHECK(r.violates("no-double-release"));
}

// mini-split with kvmppc_radix_exit destroying the cache without clearing
// the pointer, behind the NULL check kmem_cache_destroy has, twice.
std::string stale_exit() {
  std::ifstream in(kMini);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  std::string from = "{\"fn\": \"kvmppc_radix_exit\", \"release\": [\"kvm_pte_cache\"]}";
  std::string to = "{\"fn\": \"kvmppc_radix_exit\", \"when\": \"set(kvm_pte_cache)\", "
                   "\"release_stale\": [\"kvm_pte_cache\"]}";
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to + ",\n      " + to);
  return write_temp(text);
}

TEST_CASE("a pointer released but not cleared stays set: the second release is a double one") {
  Run r(stale_exit());
  load_hv(load_kvm(r));
  r.take("kvm_hv: GOING, exit starts").take("kvm_hv exit: kvmppc_radix_exit");
  CHECK(r["res.kvm_pte_cache"] == -2);  // stale, freed by kvm_hv
  CHECK_FALSE(r.enabled("kvm_hv exit: kvmppc_radix_exit skipped"));
  r.take("kvm_hv exit: kvmppc_radix_exit releases what is not held");
  CHECK(r.violates("no-double-release"));
}

TEST_CASE("a stale pointer goes with the module it lives in; a NULL one is skipped") {
  Run r(stale_exit());
  load_hv(load_kvm(r));
  r.take("kvm_hv: GOING, exit starts").take("kvm_hv exit: kvmppc_radix_exit");
  r.take("kvm_hv exit: kvmppc_radix_exit releases what is not held")
      .take("kvm_hv exit: kvmppc_hv_ops = NULL")
      .take("kvm_hv exit: kvmppc_book3s_exit_hv returns 0")
      .take("kvm_hv: freed");
  CHECK(r["res.kvm_pte_cache"] == 0);  // the reload gets fresh .data
  Run fresh(stale_exit());
  load_kvm(fresh).take("kvm_hv: reference kvm").take("kvm_hv: init starts");
  fresh.take("kvm_hv init: kvmppc_radix_init fails: -ENOMEM");
  CHECK(fresh["res.kvm_pte_cache"] == 0);
}

TEST_CASE("a publication whose only pointer lives in the freed module does not dangle") {
  std::ifstream in(kMini);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  // kvm_hv's init fails after publishing its ops: the pointer is in kvm.ko
  // (still loaded) and dangles; with the pointer in kvm_hv itself it would not.
  std::string publish = "\"acquire\": [\"kvmppc_hv_ops\"]}";
  text.insert(text.find(publish) + publish.size(),
              ",\n      {\"fn\": \"late\", \"may_fail\": true, \"errno\": \"ENOMEM\", "
              "\"on_fail\": \"return\"}");
  std::string ops = "{\"name\": \"kvmppc_hv_ops\", ";
  for (const char* home : {"kvm", "kvm_hv"}) {
    std::string t = text;
    t.insert(t.find(ops) + ops.size(), "\"lives_in\": \"" + std::string(home) + "\", ");
    Run r(write_temp(t));
    load_kvm(r).take("kvm_hv: reference kvm").take("kvm_hv: init starts");
    r.take("kvm_hv init: kvmppc_radix_init").take("kvm_hv init: kvmppc_hv_ops = &kvm_ops_hv");
    r.take("kvm_hv init: late fails: -ENOMEM").take("kvm_hv init: kvmppc_book3s_init_hv returns an error");
    r.take("kvm_hv: init failed: GOING").take("kvm_hv: freed");
    INFO("lives_in " << home);
    CHECK(r.violates("no-dangling-publication") == (std::string(home) == "kvm"));
    CHECK(r.violates("no-escape-from-failed-init") == (std::string(home) == "kvm"));
    CHECK(r.violates("failed-init-releases-all"));
  }
}

TEST_CASE("a function's lock makes its steps atomic with respect to other modules") {
  Run r(write_temp(R"({
  "variant": "locks", "layout": "split", "summary": "two modules, one mutex", "source": "test",
  "config": [],
  "modules": [{"name": "a", "init": "a_init"}, {"name": "b", "init": "b_init"}],
  "resources": [{"name": "dev", "kind": "devnode"}],
  "functions": {
    "a_init": {"file": "a.c", "steps": [{"call": "setup", "on_fail": "return"}]},
    "b_init": {"file": "b.c", "steps": [{"call": "setup", "on_fail": "return"}]},
    "setup": {"file": "x86.c", "lock": "vendor_module_lock", "steps": [
      {"fn": "first"}, {"fn": "second", "may_fail": true, "errno": "ENOMEM", "on_fail": "return"}]}
  },
  "userspace": {"devnode": "dev", "arch_file": "x.c", "vm_types": {}}
})"));
  r.take("a: init starts").take("b: init starts");
  r.take("a init: mutex_lock(vendor_module_lock)").take("a init: first");
  CHECK_FALSE(r.enabled("b init: mutex_lock(vendor_module_lock)"));
  r.take("a init: second fails: -ENOMEM");
  CHECK_FALSE(r.enabled("b init: mutex_lock(vendor_module_lock)"));
  r.take("a init: setup returns an error");  // the lock is dropped on every return
  CHECK(r["lock.vendor_module_lock"] == 0);
  r.take("b init: mutex_lock(vendor_module_lock)");
  CHECK(r["lock.vendor_module_lock"] == 2);
}

// A spec with one error; the reader names the line.
std::string spec_error(const std::string& from, const std::string& to) {
  std::ifstream in(kMini);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  try {
    build_system(read_spec(write_temp(text)), {1});
  } catch (const InputError& e) {
    std::string msg = e.what();
    return msg.substr(msg.find(':') + 1);
  }
  return "no error";
}

TEST_CASE("a fault injected into a step whose failure the spec does not handle is an error") {
  std::ifstream in(kMini);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  auto at = text.find("{\"stmt\": \"kvmppc_hv_ops = &kvm_ops_hv\"");
  text.insert(at, "{\"fn\": \"kvmppc_mmu_hv_init\"},\n      ");
  ModelOptions o;
  o.faults = {{"kvmppc_mmu_hv_init", 12}};
  CHECK_THROWS_WITH(build_system(read_spec(write_temp(text)), o),
                    Catch::Contains(".json:29: error: a fault is injected into 'kvmppc_mmu_hv_init', but its "
                                    "step has no on_fail"));
}

TEST_CASE("spec errors name the line") {
  CHECK(spec_error("\"errno\": \"EBUSY\", ", "") ==
        "22: error: fallible step 'misc_register' has no errno");
  CHECK(spec_error("\"on_fail\": \"return\"}\n    ]},\n    \"kvmppc_book3s_exit\"",
                   "\"on_fail\": \"goto out\"}\n    ]},\n    \"kvmppc_book3s_exit\"") ==
        "22: error: unknown label 'out' in kvm_init");
  CHECK(spec_error("\"built_if\": \"hv_possible\"", "\"built_if\": \"hv_possible &&\"") ==
        "9: error: condition 'hv_possible &&': unexpected end");
  CHECK(spec_error("\"summary\"", "\"summry\"") == "4: error: unknown key 'summry'");
  CHECK(spec_error("\"acquire\": [\"kvm_dev\"]", "\"acquire\": [\"kvm_devx\"]") ==
        "22: error: unknown resource 'kvm_devx'");
  CHECK(spec_error("\"kind\": \"memory\"", "\"kind\": \"ram\"") ==
        "14: error: resource kind must be memory, publication, devnode or ops");
  CHECK(spec_error("{\n  \"variant\"", "{{\n  \"variant\"") == "1: error: invalid JSON");
}

}  // namespace
}  // namespace kvmlc
