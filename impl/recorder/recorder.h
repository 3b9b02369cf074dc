// kvmlc recorder: the parts that do not touch the kernel (scenario parsing,
// tracefs line parsing, conversion to the kvmlc trace format). Compiles
// natively for the unit test and for ppc64le for /init (main.cc).
#ifndef KVMLC_IMPL_RECORDER_RECORDER_H_
#define KVMLC_IMPL_RECORDER_RECORDER_H_

#include <istream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kvmlc::recorder {

// A module role as scenarios name it ("kvm", "kvm_hv", "kvm_pr").
// In the unified layout every role is kvm.ko (aliases kvm-hv, kvm-pr).
std::string ModuleName(const std::string& role, const std::string& layout);
std::string ModuleFile(const std::string& role, const std::string& layout);

struct Step {
  std::string actor;   // "loader" or "userN"
  std::string op;      // load unload open close create_vm close_vm
                       // check_extension sleep
  std::string module;  // role, for load/unload
  long arg = 0;        // VM type, capability, or milliseconds for sleep
  int repeat = 1;      // concurrent scenarios: run the step this many times
};

struct Fault {
  std::string fn;   // "ROLE:FUNCTION", e.g. "kvm_hv:kvmppc_radix_init"
  long retval = -12;
  int times = 1;    // -1: every call
};

// Throws std::runtime_error unless fn is ROLE:FUNCTION with a known role
// and retval an errno (-1..-4095).
void CheckFault(const Fault& f);

struct Scenario {
  std::string name, description;
  std::vector<std::string> layouts;    // empty: all
  std::vector<std::string> platforms;  // empty: all
  int actors = 1;                      // userspace actors user0..
  bool concurrent = false;  // each actor runs its own steps in its own thread
  int rounds = 1;           // concurrent: the loader repeats its steps
  // concurrent: user actors repeat their steps while a load or unload of
  // the loader is in progress, until the loader is done, so that their
  // calls overlap the module lifecycle (rather than finish before it).
  bool users_during_loader_calls = false;
  std::vector<Fault> faults;
  std::vector<Step> steps;
  bool AppliesTo(const std::string& layout, const std::string& platform) const;
};

inline constexpr int kMaxScenarioActors = 8;
inline constexpr int kMaxRepeat = 1000000;

// Throws std::runtime_error with a message naming the problem. Every number
// is an exact integer in its range (actors 1..8, arg >= 0, retval an errno,
// times -1 or >= 1, rounds and repeat >= 1).
Scenario ParseScenario(const std::string& json_text);

// A lifecycle function and the module role it lives in (split layout).
struct Probe {
  std::string role, fn;
};
const std::vector<Probe>& LifecycleProbes();
// kprobe_events lines for a layout: "r:kvmlc/r_FN MOD:FN ret=$retval:s32"
// per lifecycle function, "p:kvmlc/going_MOD MOD:cleanup_module" per module.
std::vector<std::string> KprobeEventLines(const std::string& layout);

// One line of /sys/kernel/tracing/trace.
struct TraceLine {
  int tid = 0;
  int cpu = 0;
  double ts = 0;
  std::string event;  // "module_load", "r_kvm_init", "tracing_mark_write"...
  std::string body;   // text after "event: "
  int line = 0;       // in the buffer, for errors; 0 if unknown
};
// nullopt for a line that is not an event (a comment, a blank line, or a
// line longer than kMaxBufferLine).
std::optional<TraceLine> ParseTraceLine(const std::string& line);

// The configuration the QEMU set-up of a platform has: hv is POWER9 radix
// with cap-nested-hv=on, pr is hash without nesting (impl/qemu/run.sh).
std::map<std::string, int> PlatformConfig(const std::string& platform);

// A trace_marker write is at most 4 KiB; no whole tracefs line is longer
// than this.
inline constexpr size_t kMaxBufferLine = 16 * 1024;

// An error in line `line` of a tracefs buffer (0: not about one line).
struct LineError : std::runtime_error {
  LineError(int l, const std::string& msg) : std::runtime_error(msg), line(l) {}
  int line;
};

// Reads one line of a buffer into `line` (false at the end), counting
// lines in `number`; a line longer than kMaxBufferLine is a LineError.
bool ReadBufferLine(std::istream& in, std::string& line, int& number);
// A whole buffer (`cat /sys/kernel/tracing/trace`): its event lines, each
// with its line number. LineError for a line that is neither an event, a
// '#' comment nor blank, for lost events, and for a buffer without events.
std::vector<TraceLine> ReadBuffer(std::istream& in);
// Events the ring buffer lost, as a line of tracefs says it: the
// "CPU:N [LOST M EVENTS]" line trace_pipe prints where it skipped overwritten
// events (M), or the "# entries-in-buffer/entries-written: X/Y" header of the
// trace file (Y - X). nullopt for any other line.
std::optional<long> LostEvents(const std::string& line);
// Events lost on one CPU, from its per_cpu/cpuN/stats file: those the
// writer overwrote ("overrun", "commit overrun") or could not write
// ("dropped events").
long LostInStats(const std::string& stats);

struct Header {
  std::string kernel, layout, variant, platform_desc, platform, scenario;
  int actors = 1;
  std::vector<Fault> faults;  // armed by the scenario (ROLE:FUNCTION names)
  std::string incomplete;     // why the trace stops early, "" if complete
  std::map<std::string, int> config;  // given by the user; overrides PlatformConfig
  long lost = 0;              // events the ring buffer lost: the trace is incomplete
  // The actors ran at the same time, on several CPUs: a system call's event
  // is written after the call returned, and a refcnt is read after the
  // count changed (header "delayed", "approximate"; docs/trace-format.md).
  bool concurrent = false;
};

// Converts tracefs lines (module events, kvmlc kprobe events, and the
// recorder's own "kvmlc {json}" trace_marker lines for system calls) into
// the JSON Lines of docs/trace-format.md, header first. The header lists
// the armed faults ("faults": module, fn, ret, times) and, for a trace cut
// short by a crash, why ("incomplete").
//  - refcnt: the raw atomic count minus MODULE_REF_BASE (1), minus the
//    loader's reference while the module's init runs; the loader's own
//    put at the end of do_init_module is not an event.
//  - going: from the cleanup_module probe; for a failed init (free without
//    going) it is emitted just before free.
//  - actor: by thread id (tids); other threads count as "loader".
// Throws LineError for a line it cannot convert: a number out of range, a
// kvmlc marker that is not an event object, text that is not UTF-8.
//  - concurrent: each get/put also has the bounds of the count in trace
//    order (refcnt_min, refcnt_max), see RefcntBounds in recorder.cc.
//  - lost: the header says how many events are missing, and "incomplete".
std::vector<std::string> Convert(const Header& h,
                                 const std::map<int, std::string>& tids,
                                 const std::vector<TraceLine>& lines);

}  // namespace kvmlc::recorder

#endif  // KVMLC_IMPL_RECORDER_RECORDER_H_
