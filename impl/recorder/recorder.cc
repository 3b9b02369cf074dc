#include "recorder.h"

#include <cstdlib>
#include <regex>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace kvmlc::recorder {
namespace {
using nlohmann::json;
using nlohmann::ordered_json;

const char* const kRoles[] = {"kvm", "kvm_hv", "kvm_pr"};

std::string Str(const json& j, const char* key, const std::string& dflt = "") {
  if (!j.contains(key)) return dflt;
  if (!j[key].is_string())
    throw std::runtime_error(std::string("'") + key + "' must be a string");
  return j[key].get<std::string>();
}

void CheckRole(const std::string& role) {
  for (const char* r : kRoles)
    if (role == r) return;
  throw std::runtime_error("unknown module '" + role + "' (kvm, kvm_hv, kvm_pr)");
}
}  // namespace

void CheckFault(const Fault& f) {
  auto colon = f.fn.find(':');
  if (colon == std::string::npos)
    throw std::runtime_error("fault '" + f.fn + "' must be ROLE:FUNCTION");
  CheckRole(f.fn.substr(0, colon));
  if (f.retval >= 0 || f.retval < -4095)
    throw std::runtime_error("fault retval must be -1..-4095");
}

std::string ModuleName(const std::string& role, const std::string& layout) {
  return layout == "unified" ? "kvm" : role;
}

std::string ModuleFile(const std::string& role, const std::string& layout) {
  std::string m = ModuleName(role, layout);
  for (char& c : m)
    if (c == '_') c = '-';
  return m + ".ko";
}

bool Scenario::AppliesTo(const std::string& layout,
                         const std::string& platform) const {
  auto in = [](const std::vector<std::string>& v, const std::string& x) {
    if (v.empty()) return true;
    for (const auto& e : v)
      if (e == x) return true;
    return false;
  };
  return in(layouts, layout) && in(platforms, platform);
}

Scenario ParseScenario(const std::string& text) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("scenario is not JSON: ") + e.what());
  }
  Scenario s;
  s.name = Str(j, "name");
  if (s.name.empty()) throw std::runtime_error("scenario has no 'name'");
  s.description = Str(j, "description");
  if (j.contains("layouts")) s.layouts = j["layouts"].get<std::vector<std::string>>();
  if (j.contains("platforms"))
    s.platforms = j["platforms"].get<std::vector<std::string>>();
  s.actors = j.value("actors", 1);
  s.concurrent = j.value("concurrent", false);
  s.rounds = j.value("rounds", 1);
  s.users_during_loader_calls = j.value("users_during_loader_calls", false);
  if (s.users_during_loader_calls && !s.concurrent)
    throw std::runtime_error("users_during_loader_calls needs concurrent");
  for (const auto& f : j.value("faults", json::array())) {
    Fault fault;
    fault.fn = Str(f, "fn");
    fault.retval = f.value("retval", -12L);
    fault.times = f.value("times", 1);
    CheckFault(fault);
    s.faults.push_back(fault);
  }
  static const std::set<std::string> kOps = {
      "load", "unload", "open", "close", "create_vm", "close_vm",
      "check_extension", "sleep"};
  for (const auto& st : j.value("steps", json::array())) {
    Step step;
    step.actor = Str(st, "actor", "user0");
    step.op = Str(st, "op");
    if (!kOps.count(step.op)) throw std::runtime_error("unknown op '" + step.op + "'");
    if (step.op == "load" || step.op == "unload") {
      step.module = Str(st, "module");
      CheckRole(step.module);
      if (step.actor != "loader")
        throw std::runtime_error("load/unload are done by actor 'loader'");
    } else if (step.op != "sleep") {
      if (step.actor.rfind("user", 0) != 0 ||
          std::atoi(step.actor.c_str() + 4) >= s.actors)
        throw std::runtime_error("actor '" + step.actor + "' is not user0..user" +
                                 std::to_string(s.actors - 1));
    }
    step.arg = st.value("arg", 0L);
    step.repeat = st.value("repeat", 1);
    s.steps.push_back(step);
  }
  if (s.steps.empty()) throw std::runtime_error("scenario has no steps");
  return s;
}

const std::vector<Probe>& LifecycleProbes() {
  static const std::vector<Probe> probes = {
      {"kvm", "kvmppc_book3s_init"},
      {"kvm", "kvm_init"},
      {"kvm", "kvmppc_core_init_vm"},
      {"kvm_hv", "kvmppc_book3s_init_hv"},
      {"kvm_hv", "kvmppc_core_check_processor_compat_hv"},
      {"kvm_hv", "kvmhv_nested_init"},
      {"kvm_hv", "kvmppc_mmu_hv_init"},
      {"kvm_hv", "kvmppc_radix_init"},
      {"kvm_hv", "kvmppc_uvmem_init"},
      {"kvm_hv", "kvmppc_core_init_vm_hv"},
      {"kvm_pr", "kvmppc_book3s_init_pr"},
      {"kvm_pr", "kvmppc_core_check_processor_compat_pr"},
      {"kvm_pr", "kvmppc_mmu_hpte_sysinit"},
      {"kvm_pr", "kvmppc_core_init_vm_pr"},
  };
  return probes;
}

std::vector<std::string> KprobeEventLines(const std::string& layout) {
  std::vector<std::string> out;
  for (const auto& p : LifecycleProbes())
    out.push_back("r:kvmlc/r_" + p.fn + " " + ModuleName(p.role, layout) + ":" +
                  p.fn + " ret=$retval:s32");
  std::set<std::string> mods;
  for (const char* r : kRoles) mods.insert(ModuleName(r, layout));
  for (const auto& m : mods)
    out.push_back("p:kvmlc/going_" + m + " " + m + ":cleanup_module");
  return out;
}

std::optional<TraceLine> ParseTraceLine(const std::string& line) {
  // "  comm-123  [000] d..1.  12.345678: event: body"; comm may contain
  // spaces and dashes, the flags column is optional, and the body may be
  // padded (trace-cmd report aligns it).
  static const std::regex re(
      R"(^\s*.*-(\d+)\s+\[\d+\]\s+(?:\S+\s+)?(\d+\.\d+): ([A-Za-z0-9_]+):\s*(.*)$)");
  if (line.empty() || line[0] == '#') return std::nullopt;
  std::smatch m;
  if (!std::regex_match(line, m, re)) return std::nullopt;
  TraceLine t;
  t.tid = std::atoi(m[1].str().c_str());
  t.ts = std::atof(m[2].str().c_str());
  t.event = m[3];
  t.body = m[4];
  return t;
}

std::map<std::string, int> PlatformConfig(const std::string& platform) {
  int radix = platform == "hv";
  return {{"hv_possible", 1}, {"pr_possible", 1}, {"radix", radix}, {"nested", radix}};
}

std::vector<std::string> Convert(const Header& h,
                                 const std::map<int, std::string>& tids,
                                 const std::vector<TraceLine>& lines) {
  std::vector<std::string> out;
  ordered_json hdr;
  hdr["kvmlc_trace"] = 1;
  hdr["kernel"] = h.kernel;
  hdr["layout"] = h.layout;
  if (!h.variant.empty()) hdr["variant"] = h.variant;
  std::map<std::string, int> config = PlatformConfig(h.platform);
  for (const auto& [k, v] : h.config) config[k] = v;
  hdr["config"] = {{"hv_possible", config["hv_possible"]}, {"pr_possible", config["pr_possible"]},
                   {"radix", config["radix"]}, {"nested", config["nested"]}};
  if (!h.platform_desc.empty()) hdr["platform"] = h.platform_desc;
  hdr["scenario"] = h.scenario;
  hdr["producer"] = "kvmlc-recorder 1";
  hdr["actors"] = h.actors;
  if (!h.faults.empty()) {
    json faults = json::array();
    for (const auto& f : h.faults) {
      auto colon = f.fn.find(':');
      faults.push_back({{"module", ModuleName(f.fn.substr(0, colon), h.layout)},
                        {"fn", f.fn.substr(colon + 1)},
                        {"ret", f.retval},
                        {"times", f.times}});
    }
    hdr["faults"] = faults;
  }
  if (!h.incomplete.empty()) hdr["incomplete"] = h.incomplete;
  json observes = {"load", "going", "free", "refcnt", "syscall"};
  for (const auto& p : LifecycleProbes()) observes.push_back("ret:" + p.fn);
  hdr["observes"] = observes;
  out.push_back(hdr.dump());

  // call_site is a symbol, followed by " [MOD]" when it is in a module that is
  // still loaded when the buffer is read.
  static const std::regex refre(R"(^(\S+) call_site=(\S+)(?: \[\S+\])? refcnt=(-?\d+))");
  static const std::regex retre(R"(ret=(-?\d+))");
  std::map<std::string, bool> in_init, going;
  long seq = 0;
  auto actor_of = [&](int tid) {
    auto it = tids.find(tid);
    return it == tids.end() ? std::string("loader") : it->second;
  };
  auto emit = [&](ordered_json ev) {
    ordered_json e;
    e["seq"] = ++seq;
    for (auto it = ev.begin(); it != ev.end(); ++it) e[it.key()] = it.value();
    out.push_back(e.dump());
  };
  auto first_word = [](const std::string& s) {
    auto end = s.find_first_of(" \t");
    return s.substr(0, end);
  };
  for (const auto& l : lines) {
    std::string actor = actor_of(l.tid);
    std::smatch m;
    if (l.event == "module_load") {
      std::string mod = first_word(l.body);
      in_init[mod] = true;
      going[mod] = false;
      emit({{"actor", actor}, {"ev", "load"}, {"module", mod}});
    } else if (l.event == "module_free") {
      std::string mod = first_word(l.body);
      if (!going[mod]) emit({{"actor", actor}, {"ev", "going"}, {"module", mod}});
      going[mod] = false;
      in_init[mod] = false;
      emit({{"actor", actor}, {"ev", "free"}, {"module", mod}});
    } else if (l.event == "module_get" || l.event == "module_put") {
      if (!std::regex_search(l.body, m, refre)) continue;
      std::string mod = m[1], site = m[2];
      long raw = std::atol(m[3].str().c_str());
      // References kprobes take while (un)registering a probe on the
      // module (the recorder's own probes and fail_function's): not part
      // of the lifecycle under test.
      if (site.find("kprobe") != std::string::npos) continue;
      if (l.event == "module_put" && site.rfind("do_init_module", 0) == 0) {
        in_init[mod] = false;  // the loader's reference: not an event
        continue;
      }
      long refcnt = raw - 1 - (in_init[mod] ? 1 : 0);
      emit({{"actor", actor},
            {"ev", l.event == "module_get" ? "get" : "put"},
            {"module", mod},
            {"refcnt", refcnt}});
    } else if (l.event.rfind("going_", 0) == 0) {
      std::string mod = l.event.substr(6);
      going[mod] = true;
      emit({{"actor", actor}, {"ev", "going"}, {"module", mod}});
    } else if (l.event.rfind("r_", 0) == 0) {
      if (!std::regex_search(l.body, m, retre)) continue;
      emit({{"actor", actor},
            {"ev", "ret"},
            {"fn", l.event.substr(2)},
            {"ret", std::atol(m[1].str().c_str())}});
    } else if (l.event == "tracing_mark_write") {
      auto p = l.body.find("kvmlc ");
      if (p != 0) continue;
      ordered_json ev;
      try {
        ev = ordered_json::parse(l.body.substr(6));
      } catch (const ordered_json::exception&) {
        continue;
      }
      emit(ev);
    }
  }
  return out;
}

}  // namespace kvmlc::recorder
