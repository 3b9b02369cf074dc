// The meaning of a variant spec: the module loader (kernel/module/main.c),
// the init and exit step programs, and the userspace calls that race with
// them, compiled into one System. docs/model.md explains every rule.
#pragma once

#include <string>
#include <vector>

#include "model/spec.h"
#include "model/system.h"

namespace kvmlc {

// A fault armed with fail_function (kernel/fail_function.c): the function
// returns -err at entry, without running its body.
struct InjectedFault {
  std::string fn;
  int err = 0;  // positive errno
};

struct ModelOptions {
  int actors = 1;  // userspace actors user0 .. user<actors-1>
  // Armed faults: each call of fn in a module init (or the userspace
  // call's core_init_vm) may also fail at entry with err, as often as the
  // model likes (fail_function's `times` is not modelled). None for
  // verification: the system is then exactly the spec's.
  std::vector<InjectedFault> faults;
};

// Module states. A module is "gone" once freed: its memory may be reused.
enum ModState {
  kUnloaded = 0,
  kUnformed = 1,  // symbols resolved, dependencies referenced
  kComing = 2,    // init running
  kLive = 3,
  kGoing = 4,     // exit running (delete_module)
  kFailed = 5,    // init returned an error; GOING, not yet freed
  kFreed = 6,     // freed, dependency references not yet dropped
  kReturning = 7, // freed; the loader's system call is about to return
};

// Userspace actor program counter: which step of which call runs next.
enum UserPc {
  kIdle = 0,
  kVmStart,      // create_vm: kvm_create_vm pinned the /dev/kvm module
  kVmSelected,   // create_vm: kvm_arch_init_vm read the ops pointer
  kVmPinned,     // create_vm: try_module_get(ops->owner) succeeded
  kVmFailPut,    // create_vm: core init failed, owner reference to drop
  kVmFailPutDev, // create_vm failed: kvm_create_vm drops its reference
  kExtRead,      // check_extension: read a non-NULL ops pointer
  kVmClosePut,   // close_vm: kvm_arch_destroy_vm dropped the owner
  kOpenRet,      // each call returns `ret` from its own pc
  kCloseRet,
  kCreateRet,
  kExtRet,
  kCloseVmRet,
  kVmFile,       // create_vm (vm_pin "vm_file"): anon_inode_getfile pins the /dev/kvm module
  kUserPcCount
};

int errno_value(const std::string& name);  // "ENOMEM" -> 12, 0 if unknown
std::string errno_name(int value);          // 12 -> "ENOMEM", 200 -> "200"

// Compiles `spec` (already shape-checked by read_spec). Throws InputError
// naming the spec file and line for meaning errors: unknown names, bad
// conditions, jumps to missing labels.
System build_system(const Spec& spec, const ModelOptions& options);

}  // namespace kvmlc
