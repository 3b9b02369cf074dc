// A variant spec as read from model/variants/*.json (schema:
// docs/variant-spec.md). Reading checks the shape; model/semantics.cc gives
// it meaning.
#pragma once

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/input_error.h"
#include "model/expr.h"

namespace kvmlc {

struct Cond {
  std::string text = "true";
  int line = 0;
};

struct Step {
  enum class Kind { Fn, Stmt, Call, Label, Goto, Return };
  Kind kind;
  std::string name;  // function, statement, callee, label, target or return value
  std::string file;
  Cond when, may_fail{"false"}, fail_if{"false"};
  std::string errno_name;
  std::string on_fail;  // "", "return", "continue", "ignore" or "goto"
  std::string on_fail_label;
  std::vector<std::string> acquire, release;
  // Released without clearing the pointer (kmem_cache_destroy(p) with no
  // `p = NULL`): `set(R)` stays true and a second release is a double one.
  std::vector<std::string> release_stale;
  int line = 0;         // the step's line in the spec
  std::string text;     // the step as the spec writes it, on one line
  // Key "line": the step's line in its function's kernel source file (a
  // call: the call site); 0: not given.
  int source_line = 0;
};

struct Function {
  std::string name, file;
  std::vector<Step> steps;
  int line = 0;
  // A mutex held from entry to return (guard(mutex)(&vendor_module_lock)):
  // no other module's program runs a function holding it meanwhile.
  std::string lock;
};

struct Module {
  std::string name;
  std::vector<std::string> aliases, depends;
  Cond built_if;
  std::string init, exit;
  int line = 0;
};

struct Resource {
  std::string name, kind, backend, doc;  // kind: memory|publication|devnode|ops
  // The module whose memory holds the only pointer to the resource
  // (kvmppc_hv_ops in kvm.ko): when it is freed, so is the pointer. ""
  // when the pointer is in the core kernel (a list, a device table).
  std::string lives_in;
  int line = 0;
};

struct ConfigVar {
  std::string name, doc;
};

// A KVM_CHECK_EXTENSION capability the model answers on the /dev/kvm fd
// (kvm_vm_ioctl_check_extension(NULL, cap)).
struct Capability {
  int cap = 0;
  std::string name;  // KVM_CAP_...
  // The answer (1 if true), a condition evaluated when the ops pointer is
  // read. With `calls`, the ops member called through the pointer read
  // again in a later step, and `ret` is evaluated there.
  Cond ret;
  std::string calls;
  int line = 0;
};

struct Userspace {
  std::string devnode, arch_file;
  std::string check_extension_reads;  // backend whose ops the capabilities read
  std::vector<Capability> caps;
  std::string core_init_vm = "kvmppc_core_init_vm";
  std::map<int, std::vector<std::string>> vm_types;
  // Where a VM pins the /dev/kvm module: "kvm_create_vm" (6.1:
  // __module_get(kvm_chardev_ops.owner) before kvm_arch_init_vm, put by
  // kvm_destroy_vm) or "vm_file" (6.12: anon_inode_getfile's
  // try_module_get(kvm_vm_fops.owner) after kvm_create_vm, put by fput).
  std::string vm_pin = "kvm_create_vm";
  bool vm_gets_ops_owner = false;
  bool init_vm_failure_puts_owner = true;
};

// A property of the reviewer's own (docs/variant-spec.md): a condition that
// must hold in every reachable state, checked by every engine like the
// built-in properties.
struct UserProperty {
  std::string id, doc;
  Cond invariant;
  int line = 0;  // 0: given on the command line (--invariant)
};

struct Spec {
  std::string path, variant, layout, summary, source;
  int variant_line = 1;  // where the spec says its "variant"
  // Kernel builds (impl/kernel/series) this variant describes: a trace whose
  // header names one of them as its variant is replayed against this one.
  std::vector<std::string> kernels;
  std::vector<ConfigVar> config;
  Cond constraint;  // which configurations exist, e.g. "!(vmx && svm)"
  std::vector<Module> modules;
  std::vector<Resource> resources;
  std::map<std::string, Function> functions;
  Userspace userspace;
  std::vector<UserProperty> properties;

  const Resource* resource(const std::string& name) const;
};

// Variant specs are small; a larger file is an error before it is parsed.
inline constexpr size_t kMaxSpecBytes = 4 << 20;

Spec read_spec(const std::string& path);
// The text of a spec file, with read_spec's errors for a file it cannot read
// or one larger than kMaxSpecBytes.
std::string read_spec_text(const std::string& path);
// The same for a spec's text; `path` names it in errors.
Spec parse_spec(const std::string& text, const std::string& path);
// The checks of a whole spec that read_spec runs last (model/spec_check.cc).
void check_spec(const Spec& s);

// Parses a condition (docs/variant-spec.md) into an Expr. `resolve(f, x)`
// gives the term for an identifier x (f == "") or for f(x); it throws
// std::invalid_argument for names it does not know, as the parser does for
// bad syntax.
using Resolver = std::function<ExprP(const std::string& f, const std::string& x)>;
ExprP parse_condition(const std::string& text, const Resolver& resolve);

}  // namespace kvmlc
