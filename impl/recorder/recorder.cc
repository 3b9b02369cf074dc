#include "recorder.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <set>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "base/json_input.h"

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

// An integer field read exactly, in [lo, hi].
long Int(const json& j, const char* key, long dflt, long lo, long hi) {
  if (!j.contains(key)) return dflt;
  auto n = kvmlc::exact_int(j[key], lo, hi);
  if (!n) throw std::runtime_error(std::string("'") + key + "' must be " + kvmlc::int_range(lo, hi));
  return static_cast<long>(*n);
}

bool Bool(const json& j, const char* key) {
  if (!j.contains(key)) return false;
  if (!j[key].is_boolean()) throw std::runtime_error(std::string("'") + key + "' must be true or false");
  return j[key].get<bool>();
}

std::vector<std::string> Strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (!j.contains(key)) return out;
  if (!j[key].is_array()) throw std::runtime_error(std::string("'") + key + "' must be a list of strings");
  for (const auto& v : j[key]) {
    if (!v.is_string()) throw std::runtime_error(std::string("'") + key + "' must be a list of strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

const json& List(const json& j, const char* key) {
  static const json empty = json::array();
  if (!j.contains(key)) return empty;
  if (!j[key].is_array()) throw std::runtime_error(std::string("'") + key + "' must be a list");
  return j[key];
}

void CheckRole(const std::string& role) {
  for (const char* r : kRoles)
    if (role == r) return;
  throw std::runtime_error("unknown module '" + role + "' (kvm, kvm_hv, kvm_pr)");
}

// "userN" with N < actors.
void CheckUser(const std::string& actor, int actors) {
  std::string n = actor.rfind("user", 0) == 0 ? actor.substr(4) : "";
  bool ok = !n.empty() && n.size() <= 2 && n.find_first_not_of("0123456789") == std::string::npos &&
            std::atoi(n.c_str()) < actors;
  if (!ok)
    throw std::runtime_error("actor '" + actor + "' is not user0..user" + std::to_string(actors - 1));
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
    j = kvmlc::parse_json(text);
  } catch (const kvmlc::JsonError& e) {
    throw std::runtime_error(std::string("scenario is not JSON: ") + e.what() + " at byte " +
                             std::to_string(e.offset));
  }
  if (!j.is_object()) throw std::runtime_error("a scenario is a JSON object");
  Scenario s;
  s.name = Str(j, "name");
  if (s.name.empty()) throw std::runtime_error("scenario has no 'name'");
  s.description = Str(j, "description");
  s.layouts = Strings(j, "layouts");
  s.platforms = Strings(j, "platforms");
  s.actors = static_cast<int>(Int(j, "actors", 1, 1, kMaxScenarioActors));
  s.concurrent = Bool(j, "concurrent");
  s.rounds = static_cast<int>(Int(j, "rounds", 1, 1, kMaxRepeat));
  s.users_during_loader_calls = Bool(j, "users_during_loader_calls");
  if (s.users_during_loader_calls && !s.concurrent)
    throw std::runtime_error("users_during_loader_calls needs concurrent");
  for (const auto& f : List(j, "faults")) {
    if (!f.is_object()) throw std::runtime_error("a fault is a JSON object");
    Fault fault;
    fault.fn = Str(f, "fn");
    fault.retval = Int(f, "retval", -12, -4095, -1);
    fault.times = static_cast<int>(Int(f, "times", 1, -1, INT_MAX));
    if (fault.times == 0) throw std::runtime_error("'times' is -1 (every call) or at least 1");
    CheckFault(fault);
    s.faults.push_back(fault);
  }
  static const std::set<std::string> kOps = {
      "load", "unload", "open", "close", "create_vm", "close_vm",
      "check_extension", "sleep"};
  for (const auto& st : List(j, "steps")) {
    if (!st.is_object()) throw std::runtime_error("a step is a JSON object");
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
      CheckUser(step.actor, s.actors);
    }
    step.arg = Int(st, "arg", 0, 0, INT_MAX);
    step.repeat = static_cast<int>(Int(st, "repeat", 1, 1, kMaxRepeat));
    s.steps.push_back(step);
  }
  if (s.steps.empty()) throw std::runtime_error("scenario has no steps");
  return s;
}

const std::vector<Probe>& LifecycleProbes() {
  static const std::vector<Probe> probes = {
      {"kvm", "kvmppc_book3s_init"},
      {"kvm", "kvm_init"},
      // The one kvm_init step a fault fails after kvm_init_debug: its return
      // tells which unwind ran (6.12 leaves the debugfs directory behind).
      {"kvm", "kvm_vfio_ops_init"},
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

namespace {

bool Space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }
bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Word(char c) { return Digit(c) || std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }

size_t Skip(const std::string& s, size_t i, bool (*in)(char)) {
  while (i < s.size() && in(s[i])) ++i;
  return i;
}

// A decimal integer at s[i..) (optionally negative) in [lo, hi]; i moves past it.
std::optional<long> Integer(const std::string& s, size_t& i, long lo, long hi) {
  size_t start = i;
  if (i < s.size() && s[i] == '-') ++i;
  size_t digits = i;
  i = Skip(s, i, Digit);
  if (i == digits) return std::nullopt;
  if (i - digits > 12) return std::nullopt;  // beyond any range asked for
  long n = std::strtol(s.substr(start, i - start).c_str(), nullptr, 10);
  if (n < lo || n > hi) return std::nullopt;
  return n;
}

// The columns after the CPU: "[CPU] FLAGS TIME: EVENT: BODY", with `b` at
// the '[' and the text before it ending in "-TID ".
std::optional<TraceLine> ParseColumns(const std::string& line, size_t b) {
  size_t k = b;
  while (k > 0 && Space(line[k - 1])) --k;
  if (k == b) return std::nullopt;
  size_t tid_end = k;
  while (k > 0 && Digit(line[k - 1])) --k;
  if (k == tid_end || k == 0 || line[k - 1] != '-') return std::nullopt;
  size_t t = k;
  auto tid = Integer(line, t, 0, INT_MAX);
  if (!tid) return std::nullopt;
  size_t cpu_at = b + 1, i = cpu_at;
  auto cpu = Integer(line, i, 0, INT_MAX);
  if (!cpu || line[cpu_at] == '-' || i >= line.size() || line[i] != ']') return std::nullopt;
  size_t after_cpu = Skip(line, i + 1, Space);
  if (after_cpu == i + 1) return std::nullopt;
  // The flags column is optional: with it first (a timestamp-like flags
  // column is taken as flags).
  size_t flags_end = after_cpu;
  while (flags_end < line.size() && !Space(line[flags_end])) ++flags_end;
  size_t with_flags = Skip(line, flags_end, Space);
  for (size_t ts : {with_flags > flags_end ? with_flags : std::string::npos, after_cpu}) {
    if (ts == std::string::npos) continue;
    size_t p = Skip(line, ts, Digit);
    if (p == ts || p >= line.size() || line[p] != '.') continue;
    size_t frac = p + 1;
    p = Skip(line, frac, Digit);
    if (p == frac || line.compare(p, 2, ": ") != 0) continue;
    size_t ev = p + 2, ev_end = Skip(line, ev, Word);
    if (ev_end == ev || ev_end >= line.size() || line[ev_end] != ':') continue;
    TraceLine out;
    out.tid = static_cast<int>(*tid);
    out.cpu = static_cast<int>(*cpu);
    out.ts = std::strtod(line.substr(ts, p - ts).c_str(), nullptr);
    out.event = line.substr(ev, ev_end - ev);
    out.body = line.substr(Skip(line, ev_end + 1, Space));
    return out;
  }
  return std::nullopt;
}

}  // namespace

// "  comm-123  [000] d..1.  12.345678: event: body"; comm may contain
// spaces, dashes and brackets, so every '[' from the right is tried as the
// CPU column (the rightmost that fits wins, as a greedy "comm" would). The
// flags column is optional, and the body may be padded (trace-cmd report
// aligns it). Parsed by hand: std::regex backtracks by recursion, once per
// character, and overflowed the stack on a 30 kB line.
std::optional<TraceLine> ParseTraceLine(const std::string& line) {
  if (line.empty() || line[0] == '#' || line.size() > kMaxBufferLine ||
      line.find_first_of("\r\n") != std::string::npos)
    return std::nullopt;
  for (size_t b = line.rfind('['); b != std::string::npos && b > 0; b = line.rfind('[', b - 1))
    if (auto t = ParseColumns(line, b)) return t;
  return std::nullopt;
}

bool ReadBufferLine(std::istream& in, std::string& line, int& number) {
  line.clear();
  int c;
  bool any = false;
  while ((c = in.get()) != EOF) {
    any = true;
    if (c == '\n') break;
    if (line.size() >= kMaxBufferLine)
      throw LineError(number + 1, "line longer than " + std::to_string(kMaxBufferLine) + " bytes");
    line += static_cast<char>(c);
  }
  if (!any) return false;
  ++number;
  return true;
}

// Every line is an event, a '#' comment (the buffer's column header) or
// blank; a "[LOST N EVENTS]" line, or an entries-in-buffer/entries-written
// header with fewer entries than written, means the buffer is not a whole
// recording.
std::vector<TraceLine> ReadBuffer(std::istream& in) {
  std::vector<TraceLine> lines;
  std::string l;
  int n = 0;
  while (ReadBufferLine(in, l, n)) {
    if (auto t = ParseTraceLine(l)) {
      t->line = n;
      lines.push_back(*t);
    } else if (auto lost = LostEvents(l); lost && *lost > 0) {
      throw LineError(n, "the buffer lost " + std::to_string(*lost) +
                             " events; enlarge buffer_size_kb and record again");
    } else if (l.find_first_not_of(" \t\r") != std::string::npos && l[0] != '#') {
      throw LineError(n, "not a tracefs event line (COMM-TID [CPU] FLAGS TIME: EVENT: ...)");
    }
  }
  if (lines.empty()) throw LineError(n, "no events in the buffer (were events/module and events/kvmlc enabled?)");
  return lines;
}

namespace {

// "MOD call_site=SYM[ [MOD]] refcnt=N": call_site is a symbol, followed by
// " [MOD]" when it is in a module that is still loaded when the buffer is
// read. False if the body is not of that shape.
bool ParseRefcnt(const TraceLine& l, std::string& mod, std::string& site, long& refcnt) {
  const std::string& b = l.body;
  size_t i = 0;
  while (i < b.size() && !std::isspace(static_cast<unsigned char>(b[i]))) ++i;
  if (i == 0 || b.compare(i, 11, " call_site=") != 0) return false;
  mod = b.substr(0, i);
  size_t site_start = i + 11;
  i = site_start;
  while (i < b.size() && !std::isspace(static_cast<unsigned char>(b[i]))) ++i;
  if (i == site_start) return false;
  site = b.substr(site_start, i - site_start);
  if (b.compare(i, 2, " [") == 0) {
    size_t j = i + 1;
    while (j < b.size() && !std::isspace(static_cast<unsigned char>(b[j]))) ++j;
    if (j - i >= 4 && b[j - 1] == ']') i = j;
  }
  if (b.compare(i, 8, " refcnt=") != 0) return false;
  i += 8;
  size_t start = i;
  auto n = Integer(b, i, INT_MIN, INT_MAX);
  if (!n) {
    if (i == start || (i == start + 1 && b[start] == '-')) return false;
    throw LineError(l.line, "refcnt " + b.substr(start, std::min<size_t>(i - start, 40)) +
                                " is out of range");
  }
  refcnt = *n;
  return true;
}

// The first "ret=N" of a kretprobe body: N is the s32 $retval.
bool ParseRet(const TraceLine& l, long& ret) {
  const std::string& b = l.body;
  for (size_t p = b.find("ret="); p != std::string::npos; p = b.find("ret=", p + 1)) {
    size_t i = p + 4, start = i;
    if (i < b.size() && b[i] == '-') ++i;
    if (i >= b.size() || !Digit(b[i])) continue;
    i = start;
    auto n = Integer(b, i, INT_MIN, INT_MAX);
    if (!n) throw LineError(l.line, "ret " + b.substr(start, std::min<size_t>(i - start, 40)) +
                                        " is out of range");
    ret = *n;
    return true;
  }
  return false;
}

// A "kvmlc {json}" trace_marker line: the recorder's own event object.
ordered_json MarkerEvent(const TraceLine& l) {
  ordered_json ev;
  try {
    ev = kvmlc::parse_json<ordered_json>(l.body.substr(6));
  } catch (const kvmlc::JsonError& e) {
    throw LineError(l.line, std::string("kvmlc marker: ") + e.what());
  }
  if (!ev.is_object()) throw LineError(l.line, "kvmlc marker: an event must be a JSON object");
  if (ev.contains("seq")) throw LineError(l.line, "kvmlc marker: an event has no \"seq\" of its own");
  return ev;
}

}  // namespace

namespace {

// The decimal number at s[i..), if there is one and it has at most 18
// digits (no long overflows); i moves past it.
std::optional<long> Number(const std::string& s, size_t& i) {
  size_t start = i;
  i = Skip(s, i, Digit);
  if (i == start || i - start > 18) return std::nullopt;
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

namespace {

// One trace line; text that came from the buffer (a module name) may not
// be UTF-8, which JSON cannot hold.
std::string Dump(const ordered_json& j, int line) {
  try {
    return j.dump();
  } catch (const json::type_error&) {
    throw LineError(line, "not UTF-8 text");
  }
}

}  // namespace

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
  out.push_back(Dump(hdr, 0));

  std::map<std::string, bool> in_init, going;
  long seq = 0;
  auto actor_of = [&](int tid) {
    auto it = tids.find(tid);
    return it == tids.end() ? std::string("loader") : it->second;
  };
  const TraceLine* at = nullptr;  // the line being converted
  auto emit = [&](ordered_json ev) {
    ordered_json e;
    e["seq"] = ++seq;
    for (auto it = ev.begin(); it != ev.end(); ++it) e[it.key()] = it.value();
    out.push_back(Dump(e, at->line));
  };
  RefcntBounds bounds(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    const TraceLine& l = lines[i];
    at = &l;
    std::string actor = actor_of(l.tid);
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
      std::string mod, site;
      long raw = 0;
      if (!ParseRefcnt(l, mod, site, raw)) continue;
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
      long ret = 0;
      if (!ParseRet(l, ret)) continue;
      emit({{"actor", actor}, {"ev", "ret"}, {"fn", l.event.substr(2)}, {"ret", ret}});
    } else if (l.event == "tracing_mark_write") {
      if (l.body.rfind("kvmlc ", 0) != 0) continue;
      emit(MarkerEvent(l));
    }
  }
  return out;
}

}  // namespace kvmlc::recorder
