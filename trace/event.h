// The trace vocabulary shared by the model, the checkers, the recorder and
// replay. docs/trace-format.md is the reference; trace/format.cc reads and
// writes it.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kvmlc {

inline constexpr int kTraceVersion = 1;

// Two short strings equal? Inlined, a word at a time: event fields and
// names are compared for every event read, and a call to memcmp each cost
// more than the comparing.
inline bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  for (; i + 8 <= a.size(); i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return false;
  }
  for (; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// One observable kernel or userspace step. Which fields are set depends on
// `ev`:
//   load     module                   loader started init (module_load)
//   ret      fn, ret                  a lifecycle function returned
//   going    module                   module is GOING (exit or failed init)
//   free     module                   module memory freed (module_free)
//   get/put  module, refcnt           module reference taken/dropped
//   syscall  call, module|arg, ret    a system call of `actor` returned
//   step     fn, what                 a model step no kernel event shows
//                                     (only in traces the model writes)
struct Event {
  std::string actor;   // "loader" or "user<N>"; "" when unknown
  std::string ev;
  std::string module;
  std::string fn;
  std::string call;
  int arg = 0;
  int ret = 0;         // 0 or -errno
  int refcnt = -1;     // references after get/put; -1 when not recorded
  // Approximate counts (header "approximate"): the count after the step is
  // in [refcnt_min, refcnt_max]; -1 when refcnt is exact.
  int refcnt_min = -1, refcnt_max = -1;
  std::string what;    // model traces: what the step did; compared only for "step"

  static Event on_module(std::string actor, std::string ev, std::string module);
  static Event returned(std::string actor, std::string fn, int ret);
  static Event syscall(std::string actor, std::string call, int arg, int ret);
  static Event step(std::string actor, std::string fn, std::string what);

  // The class a trace header's "observes" list names: "ret:<fn>" for
  // returns, `ev` otherwise.
  std::string event_class() const;
  bool operator==(const Event& o) const;
};

// A fault the producer armed with fail_function: `fn` of `module` returns
// `ret` at entry (`times` calls, -1: every call).
struct TraceFault {
  std::string module, fn;
  int ret = 0;
  int times = 1;
};

struct TraceHeader {
  int version = kTraceVersion;
  std::string kernel;    // release, e.g. "6.1.192", or "model"
  std::string layout;    // "split", "unified" or "x86"
  std::string variant;   // variant the producer ran or expects, may be ""
  std::map<std::string, int> config;  // cfg variable -> value
  std::string platform;  // e.g. "qemu pseries POWER9 radix nested-hv"
  std::string scenario;
  std::string producer;  // "kvmlc check 1", "kvmlc-recorder 1", ...
  int actors = 1;        // userspace actors
  std::vector<std::string> observes;  // event classes recorded; "ret:*" = all
  std::vector<TraceFault> faults;     // armed faults, in the order armed
  std::string incomplete;             // why the trace stops early, "" if it does not
  long long lost = 0;                 // events the producer lost (then incomplete)
  // Event classes written some time after the step they record, while
  // other actors go on (a system call's event is written once it returned).
  std::vector<std::string> delayed;
  std::vector<std::string> approximate;  // "refcnt": counts are ranges

  bool observes_class(const std::string& cls) const;
};

}  // namespace kvmlc
