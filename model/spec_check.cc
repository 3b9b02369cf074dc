// Checks of a whole spec that read_spec runs after reading its shape: specs
// the kernel could never produce (no module, a module name twice, a dependency
// cycle, a label no goto names, a step that takes and gives back the same
// resource), and calls nested so deep that
// compiling them would recurse without bound. Each error names the line of
// the offending entry.
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "model/spec.h"

namespace kvmlc {
namespace {

// Deeper call chains cannot fit a module's 127-step program anyway
// (model/program.cc); the bound keeps inlining them from recursing far.
constexpr size_t kMaxCallDepth = 64;

[[noreturn]] void fail(const Spec& s, int line, const std::string& msg) {
  throw InputError(s.path, line, msg);
}

// A module name is unique: load_module refuses a second module of the same
// name (-EEXIST). Aliases may be shared (MODULE_ALIAS: modprobe loads every
// match), so only names are checked.
void check_module_names(const Spec& s) {
  if (s.modules.empty()) fail(s, 1, "a variant needs at least one module");
  std::set<std::string> names;
  for (const auto& m : s.modules)
    if (!names.insert(m.name).second) fail(s, m.line, "module '" + m.name + "' is defined twice");
}

const Module* find_module(const Spec& s, const std::string& name) {
  for (const auto& m : s.modules)
    if (m.name == name) return &m;
  return nullptr;
}

// Loading a module needs its dependencies LIVE first, so a cycle could
// never load. Kahn's algorithm: what cannot be ordered is on a cycle or
// depends on one; following dependencies from there finds the cycle.
void check_dependencies(const Spec& s) {
  for (const auto& m : s.modules)
    for (const auto& d : m.depends)
      if (d == m.name) fail(s, m.line, "module '" + m.name + "' depends on itself");
  std::set<std::string> ordered;
  for (bool progress = true; progress;) {
    progress = false;
    for (const auto& m : s.modules) {
      if (ordered.count(m.name)) continue;
      bool ready = std::all_of(m.depends.begin(), m.depends.end(), [&](const std::string& d) {
        return ordered.count(d) || !find_module(s, d);  // unknown: semantics.cc reports it
      });
      if (ready) ordered.insert(m.name), progress = true;
    }
  }
  for (const auto& m : s.modules) {
    if (ordered.count(m.name)) continue;
    std::vector<const Module*> path = {&m};
    for (;;) {
      const Module* cur = path.back();
      auto next = std::find_if(cur->depends.begin(), cur->depends.end(),
                               [&](const std::string& d) { return !ordered.count(d) && find_module(s, d); });
      const Module* dep = find_module(s, *next);
      auto seen = std::find(path.begin(), path.end(), dep);
      if (seen != path.end()) {
        std::string cycle;
        for (auto it = seen; it != path.end(); ++it) cycle += (*it)->name + " -> ";
        fail(s, dep->line, "dependency cycle: " + cycle + dep->name);
      }
      path.push_back(dep);
    }
  }
}

// gcc's -Wunused-label keeps labels no goto names out of the kernel.
void check_labels(const Spec& s, const Function& f) {
  std::set<std::string> targets;
  for (const auto& st : f.steps) {
    if (st.kind == Step::Kind::Goto) targets.insert(st.name);
    if (st.on_fail == "goto") targets.insert(st.on_fail_label);
  }
  for (const auto& st : f.steps)
    if (st.kind == Step::Kind::Label && !targets.count(st.name))
      fail(s, st.line, "label '" + st.name + "' in " + f.name + " is not the target of any goto");
}

void check_resources(const Spec& s, const Step& st) {
  for (const auto& r : st.acquire)
    if (std::count(st.release.begin(), st.release.end(), r) ||
        std::count(st.release_stale.begin(), st.release_stale.end(), r))
      fail(s, st.line, "step '" + st.name + "' both acquires and releases '" + r + "'");
}

// The longest chain of `call` steps, walked without recursion: a stack of
// (function, next step) pairs and, for functions done, their height.
void check_call_depth(const Spec& s) {
  std::map<std::string, size_t> height;  // functions done: longest chain below
  for (const auto& [root, unused] : s.functions) {
    (void)unused;
    if (height.count(root)) continue;
    std::vector<std::pair<const Function*, size_t>> stack = {{&s.functions.at(root), 0}};
    std::set<std::string> active = {root};
    while (!stack.empty()) {
      auto& [f, i] = stack.back();
      if (i == f->steps.size()) {
        size_t h = 0;
        for (const auto& st : f->steps)
          if (st.kind == Step::Kind::Call && height.count(st.name)) h = std::max(h, height[st.name] + 1);
        height[f->name] = h;
        active.erase(f->name);
        stack.pop_back();
        continue;
      }
      const Step& st = f->steps[i++];
      auto callee = s.functions.find(st.name);
      if (st.kind != Step::Kind::Call || callee == s.functions.end()) continue;
      if (active.count(st.name)) fail(s, st.line, "recursive call of '" + st.name + "'");
      size_t below = height.count(st.name) ? height[st.name] + 1 : 0;
      if (stack.size() + below >= kMaxCallDepth)
        fail(s, st.line, "calls nested deeper than " + std::to_string(kMaxCallDepth));
      if (!height.count(st.name)) {
        active.insert(st.name);
        stack.push_back({&callee->second, 0});
      }
    }
  }
}

}  // namespace

void check_spec(const Spec& s) {
  check_module_names(s);
  check_dependencies(s);
  for (const auto& [name, f] : s.functions) {
    (void)name;
    check_labels(s, f);
    for (const auto& st : f.steps) check_resources(s, st);
  }
  check_call_depth(s);
}

}  // namespace kvmlc
