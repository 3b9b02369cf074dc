#include "recorder.h"

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <set>
#include <sstream>
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
      R"(^\s*.*-(\d+)\s+\[(\d+)\]\s+(?:\S+\s+)?(\d+\.\d+): ([A-Za-z0-9_]+):\s*(.*)$)");
  if (line.empty() || line[0] == '#') return std::nullopt;
  std::smatch m;
  if (!std::regex_match(line, m, re)) return std::nullopt;
  TraceLine t;
  t.tid = std::atoi(m[1].str().c_str());
  t.cpu = std::atoi(m[2].str().c_str());
  t.ts = std::atof(m[3].str().c_str());
  t.event = m[4];
  t.body = m[5];
  return t;
}

namespace {

// The decimal number at s[i..), if there is one; i moves past it.
std::optional<long> Number(const std::string& s, size_t& i) {
  size_t start = i;
  while (i < s.size() && i - start < 18 && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == start) return std::nullopt;
  return std::strtol(s.substr(start, i - start).c_str(), nullptr, 10);
}

// The number after `key` in `s`, if `s` has `key` at `at`.
std::optional<long> After(const std::string& s, size_t at, const std::string& key) {
  if (at == std::string::npos || s.compare(at, key.size(), key) != 0) return std::nullopt;
  size_t i = at + key.size();
  return Number(s, i);
}

}  // namespace

std::optional<long> LostEvents(const std::string& line) {
  if (line.rfind("CPU:", 0) == 0) {
    // trace_pipe says "[LOST EVENTS]" without a count when it cannot tell.
    if (line.find("[LOST EVENTS]") != std::string::npos) return 1;
    if (auto n = After(line, line.find("[LOST "), "[LOST "); n && line.find(" EVENTS]") != std::string::npos)
      return n;
  }
  const std::string key = "# entries-in-buffer/entries-written: ";
  if (auto in_buffer = After(line, 0, key)) {
    size_t slash = line.find('/', key.size());
    if (auto written = After(line, slash, "/")) return *written - *in_buffer;
  }
  return std::nullopt;
}

long LostInStats(const std::string& stats) {
  long lost = 0;
  std::istringstream in(stats);
  std::string l;
  while (std::getline(in, l))
    for (const char* key : {"overrun: ", "commit overrun: ", "dropped events: "})
      if (auto n = After(l, 0, key)) lost += *n;
  return lost;
}

namespace {

std::string FirstWord(const std::string& s) { return s.substr(0, s.find_first_of(" \t")); }

// +1 for a module_get of `mod`, -1 for a module_put, 0 for any other line.
int RefDelta(const TraceLine& l, const std::string& mod) {
  if ((l.event != "module_get" && l.event != "module_put") || FirstWord(l.body) != mod) return 0;
  return l.event == "module_get" ? 1 : -1;
}

// The bounds of the count after a get/put in trace order, from the count
// its event printed, when the actors ran on several CPUs at once.
//
// A module_get/module_put event prints atomic_read(&mod->refcnt) as the
// event is filled in (include/trace/events/module.h, TP_fast_assign), after
// its own atomic_inc/atomic_dec (kernel/module/main.c: __module_get,
// try_module_get, module_put) but not atomically with it, and its
// timestamp is taken when the event is reserved, between the two. So every
// event before it in the (timestamp-ordered, global-clock) buffer is
// counted, and so may be a get or put written AFTER it by another CPU
// whose atomic operation came before the read. Such a line f must have
// started after the CPU and the thread that wrote it last wrote (each runs
// one call at a time, preemption off from the atomic operation to the
// event) and before the CPU and thread of e wrote next. Each such get may
// have raised the printed count by one, each such put lowered it; a
// delete_module of `mod` in progress may have lowered it by one for a
// moment (try_release_module_ref takes MODULE_REF_BASE away and gives it
// back when the module is in use).
class RefcntBounds {
 public:
  explicit RefcntBounds(const std::vector<TraceLine>& lines) : lines_(lines) {
    size_t n = lines.size();
    after_cpu_.assign(n, -kNever);
    after_tid_.assign(n, -kNever);
    before_.assign(n, kNever);
    std::map<int, size_t> last_cpu, last_tid;
    for (size_t i = 0; i < n; ++i) {
      by_cpu_[lines[i].cpu].push_back(i);
      Link(last_cpu, lines[i].cpu, i, after_cpu_);
      Link(last_tid, lines[i].tid, i, after_tid_);
      if (lines[i].event == "tracing_mark_write" &&
          lines[i].body.find("\"delete_module\"") != std::string::npos)
        unloads_.push_back(i);
    }
  }

  // {lo, hi} for the normalised count `n` printed by line i on `mod`.
  std::pair<long, long> operator()(size_t i, const std::string& mod, long n) const {
    long gets = 0, puts = 0;
    auto count = [&](size_t j) {
      const TraceLine& f = lines_[j];
      if (f.cpu == lines_[i].cpu || f.tid == lines_[i].tid ||
          std::max(after_cpu_[j], after_tid_[j]) > before_[i])
        return;
      int d = RefDelta(f, mod);
      (d > 0 ? gets : puts) += d != 0;
    };
    size_t j = i + 1;
    for (; j < lines_.size() && lines_[j].ts <= before_[i]; ++j) count(j);
    // Later on, only each CPU's first line can still have started in time.
    for (const auto& [cpu, idx] : by_cpu_) {
      auto first = std::lower_bound(idx.begin(), idx.end(), j);
      if (first != idx.end()) count(*first);
    }
    // The system call ran after its thread's previous line, on any CPU.
    for (size_t u : unloads_)
      if (lines_[u].tid != lines_[i].tid && after_tid_[u] <= before_[i] &&
          lines_[u].ts >= lines_[i].ts && lines_[u].body.find("\"" + mod + "\"") != std::string::npos)
        ++puts;
    return {std::max(0L, n - gets), n + puts};
  }

 private:
  static constexpr double kNever = 1e300;
  void Link(std::map<int, size_t>& last, int key, size_t i, std::vector<double>& after) {
    auto it = last.find(key);
    if (it != last.end()) {
      after[i] = lines_[it->second].ts;
      before_[it->second] = std::min(before_[it->second], lines_[i].ts);
    }
    last[key] = i;
  }
  const std::vector<TraceLine>& lines_;
  std::vector<double> after_cpu_, after_tid_;  // the CPU's, the thread's previous line
  std::vector<double> before_;  // the CPU's or the thread's next line, the earlier
  std::map<int, std::vector<size_t>> by_cpu_;
  std::vector<size_t> unloads_;  // delete_module marks
};

}  // namespace

std::vector<std::string> Convert(const Header& h,
                                 const std::map<int, std::string>& tids,
                                 const std::vector<TraceLine>& lines) {
  std::vector<std::string> out;
  ordered_json hdr;
  hdr["kvmlc_trace"] = 1;
  hdr["kernel"] = h.kernel;
  hdr["layout"] = h.layout;
  if (!h.variant.empty()) hdr["variant"] = h.variant;
  bool radix = h.platform == "hv";
  hdr["config"] = {{"hv_possible", 1}, {"pr_possible", 1},
                   {"radix", radix ? 1 : 0}, {"nested", radix ? 1 : 0}};
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
  std::string incomplete = h.incomplete;
  if (h.lost > 0) {
    hdr["lost"] = h.lost;
    incomplete += (incomplete.empty() ? "" : "; ") + std::string("the ring buffer lost ") +
                  std::to_string(h.lost) + " events";
  }
  if (!incomplete.empty()) hdr["incomplete"] = incomplete;
  if (h.concurrent) {
    // The recorder writes a system call's event after the call returned,
    // and the going probe fires at cleanup_module, after try_stop_module
    // made the module GOING: other actors' events may come in between.
    hdr["delayed"] = {"syscall", "going"};
    hdr["approximate"] = {"refcnt"};
  }
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
  RefcntBounds bounds(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    const TraceLine& l = lines[i];
    std::string actor = actor_of(l.tid);
    std::smatch m;
    if (l.event == "module_load") {
      std::string mod = FirstWord(l.body);
      in_init[mod] = true;
      going[mod] = false;
      emit({{"actor", actor}, {"ev", "load"}, {"module", mod}});
    } else if (l.event == "module_free") {
      std::string mod = FirstWord(l.body);
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
      ordered_json ev = {{"actor", actor},
                         {"ev", l.event == "module_get" ? "get" : "put"},
                         {"module", mod},
                         {"refcnt", refcnt}};
      if (h.concurrent) {
        auto [lo, hi] = bounds(i, mod, refcnt);
        if (lo != refcnt || hi != refcnt) {
          ev["refcnt_min"] = lo;
          ev["refcnt_max"] = hi;
        }
      }
      emit(ev);
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
