// Private to model/: the state built while a spec is compiled into a System.
// semantics.cc lays out the variables and the loader, program.cc the init and
// exit step programs, userspace.cc the userspace actors, properties.cc the
// properties.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/semantics.h"

namespace kvmlc {

struct ModuleVars {
  int state, pc, err, refs;
  // Return value of the function running at each call depth; errs[0] == err
  // is the init or exit function's own.
  std::vector<int> errs;
};

struct UserVars {
  int fd;         // module pinned by the open /dev/kvm file, 0 if closed
  int pc;         // UserPc
  int arg;        // VM type of the create_vm in progress
  int sel;        // backend (index + 1) chosen by kvm_arch_init_vm
  int sel_owner;  // module owning the ops pointer read by kvm_arch_init_vm
  int stale;      // that module was freed since the pointer was read
  int vm;         // backend (index + 1) of the open VM, 0 if none
  int vm_owner;   // module pinned through try_module_get(ops->owner)
  int vm_fd;      // module pinned by the VM file's fops
  int ret;        // return value of the call in progress
};

struct Builder {
  Builder(const Spec& s, const ModelOptions& o) : spec(s), opt(o) {}

  const Spec& spec;
  ModelOptions opt;
  System sys;

  std::vector<const Module*> modules;      // module id - 1 -> spec
  std::vector<ModuleVars> mv;              // module id - 1 -> variables
  std::map<std::string, int> resource_var; // resource -> holder variable
  std::map<std::string, int> lock_var;     // mutex -> holder module (0: free)
  std::vector<std::string> backends;       // backend index -> name
  std::vector<int> backend_ops;            // backend index -> ops holder variable
  std::vector<UserVars> uv;
  std::map<std::string, int> monitor;      // property id -> sticky flag
  std::vector<int> init_end, exit_end;     // module id - 1 -> last pc + 1
  std::vector<std::set<std::string>> acquired;  // module id - 1 -> resources it can hold
  std::set<std::string> faults_placed;     // injected faults some step stands for

  // Errors (positive) armed for function `fn` (ModelOptions::faults); the
  // fault counts as placed.
  std::vector<int> faults_on(const std::string& fn);

  int add_var(const std::string& name, int lo, int hi, int init, const std::string& doc,
              bool config = false);
  int module_id(const std::string& name, int line) const;  // 1-based
  ExprP v(int var) const { return kvmlc::var(var); }
  ExprP state_is(int id, ModState s) const;
  ExprP gone(int id) const;        // freed or never loaded
  ExprP holds_dep_ref(int id) const;  // a loaded dependent's reference is held
  ExprP any_ops_held() const;
  ExprP held(const std::string& resource) const;         // held(R): live, with a holder
  ExprP pointer_set(const std::string& resource) const;  // set(R): live or stale
  ExprP condition(const Cond& c) const;
  [[noreturn]] void fail(int line, const std::string& msg) const;

  // Appends a transition of `place` ("kvm init", "kvm", "user0") that
  // does `what` there.
  Transition& add(int process, const std::string& actor, const std::string& fn,
                  const std::string& file, const std::string& place, const std::string& what,
                  ExprP guard, std::vector<Assign> updates);
  Transition& add_get_put(Transition& t, int module_id, bool get);
  Assign flag(const std::string& property, ExprP when) const;

  void build_programs();   // program.cc
  void build_userspace();  // userspace.cc
  void build_properties(); // properties.cc
  void build_user_properties();
};


// properties.cc: every property id, and whether it is a sticky monitor flag
// set by transitions (otherwise a predicate on the state).
const std::vector<std::string>& property_ids();
bool is_monitored(const std::string& id);

}  // namespace kvmlc
