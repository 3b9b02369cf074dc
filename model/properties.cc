// The properties every variant is checked against. docs/properties.md has
// the reviewer's version of each definition.
#include "model/builder.h"

namespace kvmlc {
namespace {

struct PropertyDef {
  const char* id;
  bool monitored;  // a sticky flag set by the transition that violates it
  const char* doc;
};

const PropertyDef kProperties[] = {
    {"ioctl-needs-backend", true,
     "No KVM_CREATE_VM or KVM_CHECK_EXTENSION reaches the arch code "
     "(kvm_arch_init_vm, kvm_vm_ioctl_check_extension) while no backend's ops are published."},
    {"no-dangling-publication", false,
     "Nothing published (/dev/kvm, an ops pointer, syscore ops, debugfs) is held by a module "
     "that has been freed."},
    {"no-escape-from-failed-init", true,
     "When a module is freed after its init failed, no open file, VM or published pointer "
     "still references it."},
    {"failed-init-releases-all", true,
     "When a module is freed after its init failed, it holds no resource."},
    {"exit-releases-all", true, "When a module is freed after its exit, it holds no resource."},
    {"no-double-release", true, "No step releases a resource that is not held."},
    {"init-result-checked", true,
     "No failure of a fallible init step is ignored: every failure returns, unwinds, or is "
     "checked and deliberately carried on from."},
    {"ops-deref-pinned", true,
     "Userspace calls dereference a backend's ops only while the caller holds a reference on "
     "the module that owns them (through its /dev/kvm file or its VM)."},
    {"ops-deref-valid", true,
     "Userspace calls never dereference a NULL ops pointer or an ops pointer, device or module "
     "that has been freed."},
    {"vm-pins-owner", false,
     "While a VM exists, the modules it references (its ops' owner and its file's owner) are "
     "not freed."},
    {"refcount-balanced", false,
     "The reference count of every module that is not freed equals the references actually "
     "held on it: loaded dependents, open /dev/kvm files, VMs (kvm_create_vm) and VM ops references."},
};

}  // namespace

const std::vector<std::string>& property_ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> v;
    for (const auto& p : kProperties) v.push_back(p.id);
    return v;
  }();
  return ids;
}

bool is_monitored(const std::string& id) {
  for (const auto& p : kProperties)
    if (p.id == id) return p.monitored;
  return false;
}

void Builder::build_properties() {
  int n = static_cast<int>(modules.size());
  auto count = [&](const std::vector<ExprP>& xs) {
    ExprP sum = constant(0);
    for (const auto& x : xs) sum = sum + ite(x, constant(1), constant(0));
    return sum;
  };
  std::vector<ExprP> dangling, unpinned_vm, unbalanced;
  for (const auto& r : spec.resources) {
    if (r.kind == "memory") continue;
    for (int k = 1; k <= n; ++k) dangling.push_back(v(resource_var.at(r.name)) == constant(k) && gone(k));
  }
  for (const auto& u : uv)
    for (int k = 1; k <= n; ++k)
      unpinned_vm.push_back(v(u.vm) != constant(0) &&
                            (v(u.vm_owner) == constant(k) || v(u.vm_fd) == constant(k)) && gone(k));
  for (int k = 1; k <= n; ++k) {
    std::vector<ExprP> holders;
    for (int d = 1; d <= n; ++d)
      for (const auto& dep : modules[d - 1]->depends)
        if (dep == modules[k - 1]->name) holders.push_back(holds_dep_ref(d));
    for (const auto& u : uv)
      for (int var : {u.fd, u.vm_owner, u.vm_fd}) holders.push_back(v(var) == constant(k));
    unbalanced.push_back(!gone(k) && v(mv[k - 1].refs) != count(holders));
  }
  std::map<std::string, ExprP> predicate = {{"no-dangling-publication", any_of(dangling)},
                                            {"vm-pins-owner", any_of(unpinned_vm)},
                                            {"refcount-balanced", any_of(unbalanced)}};
  for (const auto& p : kProperties)
    sys.properties.push_back(
        {p.id, p.doc, p.monitored ? v(monitor.at(p.id)) == constant(1) : predicate.at(p.id)});
  build_user_properties();
}

// The spec's own properties (and --invariant): violated where the
// invariant is false.
void Builder::build_user_properties() {
  for (const auto& p : spec.properties) {
    if (sys.property(p.id))
      fail(p.line, "property '" + p.id + "' is defined twice (or is a built-in property)");
    sys.properties.push_back({p.id, p.doc.empty() ? "invariant: " + p.invariant.text : p.doc,
                              !condition(p.invariant)});
  }
}

}  // namespace kvmlc
