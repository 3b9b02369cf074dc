// convert: a tracefs text buffer (cat /sys/kernel/tracing/trace) recorded
// on any kernel, e.g. real POWER hardware, to a kvmlc trace
// (docs/trace-format.md). The parsing and conversion are the recorder's
// (ReadBuffer, Convert); this file only supplies what the buffer does
// not say: the header fields, which threads are userspace actors, the
// armed faults.
#include <algorithm>
#include <climits>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/input_error.h"
#include "impl/recorder/recorder.h"

namespace {

using kvmlc::recorder::Fault;
using kvmlc::recorder::Header;
using kvmlc::recorder::TraceLine;

const char kUsage[] =
    R"(usage: convert --kernel NAME --layout split|unified --platform hv|pr
               --scenario NAME [--variant NAME] [--platform-desc TEXT]
               [--config NAME=0|1,...] [--actor TID=userN]...
               [--fault ROLE:FUNCTION=RET[/TIMES]]...
               [--no-syscalls] [-o FILE] [RAW|-]

Converts a tracefs text buffer (`cat /sys/kernel/tracing/trace` or
`trace-cmd show`) to a kvmlc trace, header first (docs/real-kernels.md).
RAW is read from standard input when absent or '-'; the trace goes to
standard output, or to FILE (written whole, or not at all).

  --platform hv|pr    the header's configuration is that of the QEMU set-up
                      (hv: hv_possible=1 pr_possible=1 radix=1 nested=1;
                      pr: radix=0 nested=0); a note on stderr says so
  --config NAME=0|1   the host's own configuration (hv_possible, pr_possible,
                      radix, nested; repeat or comma-separate), e.g.
                      --config radix=1,nested=0 on a POWER9 host without
                      nested HV; what it gives replaces the assumption
  --actor TID=userN   the thread TID is userspace actor userN; every other
                      thread is the loader
  --fault ROLE:FUNCTION=RET[/TIMES]
                      a fault armed while recording, e.g.
                      kvm_hv:kvmppc_radix_init=-12 (TIMES: 1 unless given,
                      -1 for every call)
  --no-syscalls       the programs did not write their system calls to
                      trace_marker: the header does not list 'syscall' in
                      observes, so replay lets system calls happen unseen

A buffer with events of more than one CPU is taken as a concurrent recording:
the header says system calls and going are written late ("delayed") and
counts are approximate, and a get/put gets the range of counts the buffer
allows (docs/conformance.md, "Real concurrency").

Exit codes: 0 converted, 2 bad input or usage.
)";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Args {
  Header header;
  std::map<int, std::string> tids;
  std::string input = "-", output;
  bool syscalls = true;
};

// A whole decimal number in [lo, hi].
long Number(const std::string& s, const std::string& what, long lo, long hi) {
  char* end = nullptr;
  errno = 0;
  long n = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end || errno || n < lo || n > hi)
    throw UsageError(what + " '" + s + "' is not a number from " + std::to_string(lo) + " to " +
                     std::to_string(hi));
  return n;
}

// "TID=userN"
void AddActor(Args& a, const std::string& v) {
  auto eq = v.find('=');
  if (eq == std::string::npos || v.compare(eq + 1, 4, "user") != 0)
    throw UsageError("--actor takes TID=userN, not '" + v + "'");
  std::string tid_text = v.substr(0, eq), n_text = v.substr(eq + 5);
  int tid = static_cast<int>(Number(tid_text, "thread id", 0, INT_MAX));
  int n = static_cast<int>(Number(n_text, "actor", 0, kvmlc::recorder::kMaxScenarioActors - 1));
  if (!a.tids.emplace(tid, "user" + std::to_string(n)).second)
    throw UsageError("thread " + tid_text + " is given twice to --actor");
  a.header.actors = std::max(a.header.actors, n + 1);
}

// "radix=1,nested=0"
void AddConfig(Args& a, const std::string& v) {
  static const std::set<std::string> names = {"hv_possible", "pr_possible", "radix", "nested"};
  for (size_t start = 0; start <= v.size();) {
    size_t end = std::min(v.find(',', start), v.size());
    std::string part = v.substr(start, end - start);
    size_t eq = part.find('=');
    std::string name = part.substr(0, eq), value = eq == std::string::npos ? "" : part.substr(eq + 1);
    if (!names.count(name) || (value != "0" && value != "1"))
      throw UsageError("--config takes NAME=0|1 with NAME hv_possible, pr_possible, radix or nested, not '" +
                       part + "'");
    a.header.config[name] = value == "1";
    start = end + 1;
  }
}

// The configuration the header states without --config, on stderr: a
// real host may differ from the QEMU set-up.
void NoteAssumedConfig(const Args& a) {
  std::string assumed;
  for (const auto& [k, v] : kvmlc::recorder::PlatformConfig(a.header.platform))
    if (!a.header.config.count(k)) assumed += " " + k + "=" + std::to_string(v);
  if (!assumed.empty())
    std::cerr << "convert: note: assuming" << assumed << " (the QEMU set-up of --platform "
              << a.header.platform << "); give the host's own with --config NAME=0|1\n";
}

// "ROLE:FUNCTION=RET[/TIMES]"
void AddFault(Args& a, const std::string& v) {
  auto eq = v.rfind('=');
  if (eq == std::string::npos || eq == 0)
    throw UsageError("--fault takes ROLE:FUNCTION=RET[/TIMES], not '" + v + "'");
  std::string ret = v.substr(eq + 1), times;
  if (auto slash = ret.find('/'); slash != std::string::npos)
    times = ret.substr(slash + 1), ret = ret.substr(0, slash);
  Fault f{v.substr(0, eq), Number(ret, "retval", -4095, -1),
          times.empty() ? 1 : static_cast<int>(Number(times, "times", -1, INT_MAX))};
  if (f.times == 0) throw UsageError("--fault: times is -1 (every call) or at least 1");
  try {
    kvmlc::recorder::CheckFault(f);
  } catch (const std::runtime_error& e) {
    throw UsageError(std::string("--fault: ") + e.what());
  }
  a.header.faults.push_back(f);
}

Args Parse(const std::vector<std::string>& argv) {
  Args a;
  std::map<std::string, std::string*> valued = {
      {"--kernel", &a.header.kernel},     {"--layout", &a.header.layout},
      {"--platform", &a.header.platform}, {"--scenario", &a.header.scenario},
      {"--variant", &a.header.variant},   {"--platform-desc", &a.header.platform_desc},
      {"-o", &a.output}};
  bool have_input = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    std::string opt = argv[i], value;
    bool is_option = opt.size() > 1 && opt[0] == '-';
    if (!is_option) {
      if (have_input) throw UsageError("more than one input buffer ('" + opt + "')");
      a.input = opt, have_input = true;
      continue;
    }
    if (opt == "--no-syscalls") {
      a.syscalls = false;
      continue;
    }
    if (auto eq = opt.find('='); eq != std::string::npos && opt.rfind("--", 0) == 0)
      value = opt.substr(eq + 1), opt = opt.substr(0, eq);
    else if (i + 1 < argv.size())
      value = argv[++i];
    else
      throw UsageError("option '" + opt + "' needs a value");
    if (opt == "--actor") AddActor(a, value);
    else if (opt == "--config") AddConfig(a, value);
    else if (opt == "--fault") AddFault(a, value);
    else if (valued.count(opt)) *valued[opt] = value;
    else throw UsageError("unknown option '" + opt + "'");
  }
  for (const char* req : {"--kernel", "--layout", "--platform", "--scenario"})
    if (valued[req]->empty()) throw UsageError(std::string("missing ") + req);
  if (a.header.layout != "split" && a.header.layout != "unified")
    throw UsageError("--layout is split or unified, not '" + a.header.layout + "'");
  if (a.header.platform != "hv" && a.header.platform != "pr")
    throw UsageError("--platform is hv or pr, not '" + a.header.platform + "'");
  return a;
}

void Write(std::ostream& out, const std::vector<std::string>& trace) {
  for (const auto& l : trace) out << l << "\n";
}

int Run(const std::vector<std::string>& argv) {
  if (std::find(argv.begin(), argv.end(), "--help") != argv.end()) {
    std::cout << kUsage;
    return 0;
  }
  Args a = Parse(argv);
  std::string name = a.input == "-" ? "<stdin>" : a.input;
  std::ifstream file;
  if (a.input != "-") {
    file.open(a.input, std::ios::binary);
    if (!file) throw UsageError("cannot open '" + a.input + "': " + std::strerror(errno));
  }
  std::vector<std::string> trace;
  try {
    auto lines = kvmlc::recorder::ReadBuffer(a.input == "-" ? std::cin : file);
    // Events of several CPUs: the actors may have run at once.
    a.header.concurrent = std::any_of(lines.begin(), lines.end(),
                                      [&](const TraceLine& l) { return l.cpu != lines[0].cpu; });
    trace = kvmlc::recorder::Convert(a.header, a.tids, lines);
  } catch (const kvmlc::recorder::LineError& e) {
    throw kvmlc::InputError(name, e.line, e.what());
  }
  NoteAssumedConfig(a);
  if (!a.syscalls) {
    auto hdr = nlohmann::ordered_json::parse(trace[0]);
    auto& obs = hdr["observes"];
    obs.erase(std::find(obs.begin(), obs.end(), "syscall"));
    trace[0] = hdr.dump();
  }
  if (a.output.empty()) {
    Write(std::cout, trace);
    return 0;
  }
  std::string tmp = a.output + ".tmp";
  {
    std::ofstream out(tmp);
    Write(out, trace);
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      throw UsageError("cannot write '" + a.output + "'");
    }
  }
  if (std::rename(tmp.c_str(), a.output.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw UsageError("cannot write '" + a.output + "': " + std::strerror(errno));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const UsageError& e) {
    std::cerr << "convert: error: " << e.what() << "\n";
  } catch (const kvmlc::InputError& e) {
    std::cerr << e.what() << "\n";
  }
  return kvmlc::kExitBadInput;
}
