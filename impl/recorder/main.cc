// kvmlc recorder, /init of the test initramfs (see impl/qemu/run.sh).
// Runs every /scenarios/*.json in name order against the modules in
// /modules and prints each trace between markers on the console.
#include <dirent.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "recorder.h"

namespace {
using namespace kvmlc::recorder;
using nlohmann::ordered_json;

const char* const kTrace = "/sys/kernel/tracing";
const char* const kFail = "/sys/kernel/debug/fail_function";

std::map<std::string, std::string> g_env;

void Say(const std::string& s) {
  std::fputs(s.c_str(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

// Write a tracefs/debugfs file; returns 0 or -errno.
int WriteFile(const std::string& path, const std::string& data, bool append = false) {
  int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC | (append ? O_APPEND : O_TRUNC));
  if (fd < 0) return -errno;
  ssize_t n = write(fd, data.data(), data.size());
  int err = n < 0 ? -errno : 0;
  close(fd);
  return err;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void MustWrite(const std::string& path, const std::string& data, bool append = false) {
  int r = WriteFile(path, data, append);
  if (r) Say("KVMLC-WARN write " + path + " '" + data + "': " + std::strerror(-r));
}

int g_marker = -1;
void Mark(const ordered_json& ev) {
  std::string s = "kvmlc " + ev.dump();
  if (write(g_marker, s.data(), s.size()) < 0) Say("KVMLC-WARN trace_marker");
}

long Ret(long r) { return r < 0 ? -errno : r; }

// Load and unload calls of the loader in progress (paced race scenarios).
std::atomic<int> g_loader_calls{0};
struct InLoaderCall {
  InLoaderCall() { ++g_loader_calls; }
  ~InLoaderCall() { --g_loader_calls; }
};

// One userspace actor (or the loader): a thread that runs steps handed to it.
class Actor {
 public:
  explicit Actor(std::string name) : name_(std::move(name)) {
    thread_ = std::thread([this] { Loop(); });
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [this] { return tid_ != 0; });
  }
  ~Actor() {
    Run([this] { stop_ = true; });
    thread_.join();
  }
  int tid() const { return tid_; }
  const std::string& name() const { return name_; }
  // Runs fn on the actor's thread and waits for it.
  void Run(std::function<void()> fn) {
    Post(std::move(fn));
    Wait();
  }
  void Post(std::function<void()> fn) {
    std::lock_guard<std::mutex> l(mu_);
    job_ = std::move(fn);
    cv_.notify_all();
  }
  void Wait() {
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [this] { return !job_; });
  }
  // False if the job is still running at `deadline`: the thread hangs, or
  // died in a kernel oops (the kernel kills the task, the job never ends).
  bool WaitUntil(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock<std::mutex> l(mu_);
    return cv_.wait_until(l, deadline, [this] { return !job_; });
  }
  int kvm_fd = -1;
  std::vector<int> vm_fds;

 private:
  void Loop() {
    {
      std::lock_guard<std::mutex> l(mu_);
      tid_ = static_cast<int>(syscall(SYS_gettid));
      cv_.notify_all();
    }
    while (!stop_) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> l(mu_);
        cv_.wait(l, [this] { return static_cast<bool>(job_); });
        fn = job_;
      }
      fn();
      std::lock_guard<std::mutex> l(mu_);
      job_ = nullptr;
      cv_.notify_all();
    }
  }
  std::string name_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::function<void()> job_;
  int tid_ = 0;
  bool stop_ = false;
};

void DoStep(Actor& a, const Step& st, const std::string& layout) {
  ordered_json ev = {{"actor", a.name()}, {"ev", "syscall"}};
  // Without an open /dev/kvm (or VM) there is no system call to make.
  if ((st.op == "close" || st.op == "create_vm" || st.op == "check_extension") &&
      a.kvm_fd < 0)
    return;
  if (st.op == "close_vm" && a.vm_fds.empty()) return;
  if (st.op == "sleep") {
    std::this_thread::sleep_for(std::chrono::milliseconds(st.arg));
    return;
  } else if (st.op == "load") {
    InLoaderCall busy;
    std::string path = "/modules/" + ModuleFile(st.module, layout);
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    long r = fd < 0 ? -errno : Ret(syscall(SYS_finit_module, fd, "", 0));
    if (fd >= 0) close(fd);
    ev["call"] = "finit_module";
    ev["module"] = ModuleName(st.module, layout);
    ev["ret"] = r;
  } else if (st.op == "unload") {
    InLoaderCall busy;
    std::string m = ModuleName(st.module, layout);
    long r = Ret(syscall(SYS_delete_module, m.c_str(), O_NONBLOCK));
    ev["call"] = "delete_module";
    ev["module"] = m;
    ev["ret"] = r;
  } else if (st.op == "open") {
    // Opening again closes the fd the actor holds, first and as an event
    // (an actor holds one /dev/kvm fd, as in the model).
    if (a.kvm_fd >= 0) {
      Step close_first = st;
      close_first.op = "close";
      DoStep(a, close_first, layout);
    }
    int fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
    long r = fd < 0 ? -errno : 0;
    if (fd >= 0) a.kvm_fd = fd;
    ev["call"] = "open";
    ev["ret"] = r;
  } else if (st.op == "close") {
    long r = a.kvm_fd < 0 ? -EBADF : Ret(close(a.kvm_fd));
    a.kvm_fd = -1;
    ev["call"] = "close";
    ev["ret"] = r;
  } else if (st.op == "create_vm") {
    long r = ioctl(a.kvm_fd, KVM_CREATE_VM, st.arg);
    if (r >= 0) {
      a.vm_fds.push_back(static_cast<int>(r));
      r = 0;
    } else {
      r = -errno;
    }
    ev["call"] = "create_vm";
    ev["arg"] = st.arg;
    ev["ret"] = r;
  } else if (st.op == "close_vm") {
    long r = -EBADF;
    if (!a.vm_fds.empty()) {
      r = Ret(close(a.vm_fds.back()));
      a.vm_fds.pop_back();
    }
    ev["call"] = "close_vm";
    ev["ret"] = r;
  } else if (st.op == "check_extension") {
    long r = Ret(ioctl(a.kvm_fd, KVM_CHECK_EXTENSION, st.arg));
    ev["call"] = "check_extension";
    ev["arg"] = st.arg;
    ev["ret"] = r;
  }
  Mark(ev);
}

Step CloseStep(const std::string& actor, const char* op) {
  Step st;
  st.actor = actor;
  st.op = op;
  return st;
}

bool KvmModulesLoaded(std::string* which) {
  std::string mods = ReadFile("/proc/modules");
  std::istringstream in(mods);
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    std::string name = line.substr(0, line.find(' '));
    if (name == "kvm" || name == "kvm_hv" || name == "kvm_pr") {
      any = true;
      *which += line + "; ";
    }
  }
  return any;
}

// Reads the trace buffer while a scenario runs (trace_pipe consumes what it
// reads), so that a long run does not overwrite its own beginning. Lines
// come back in timestamp order: trace_pipe may hand out a CPU's line before
// an earlier one of another CPU that was not yet committed.
class Drain {
 public:
  Drain() {
    fd_ = open((std::string(kTrace) + "/trace_pipe").c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) Say("KVMLC-WARN trace_pipe: " + std::string(std::strerror(errno)));
    thread_ = std::thread([this] {
      while (!stop_) {
        ReadAll();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    });
  }
  // Stops reading once tracing is off and returns every line, and the
  // events trace_pipe said were lost ("[LOST N EVENTS]").
  std::vector<TraceLine> Finish(long* lost) {
    stop_ = true;
    thread_.join();
    ReadAll();
    if (fd_ >= 0) close(fd_);
    std::vector<TraceLine> lines;
    std::istringstream in(text_);
    std::string l;
    while (std::getline(in, l)) {
      if (g_env["raw"] == "1") Say("KVMLC-RAW " + l);
      if (auto n = LostEvents(l)) *lost += *n;
      if (auto t = ParseTraceLine(l)) lines.push_back(*t);
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const TraceLine& a, const TraceLine& b) { return a.ts < b.ts; });
    return lines;
  }

 private:
  void ReadAll() {
    char buf[65536];
    ssize_t n;
    while (fd_ >= 0 && (n = read(fd_, buf, sizeof buf)) > 0) text_.append(buf, n);
  }
  int fd_ = -1;
  std::atomic<bool> stop_{false};
  std::string text_;
  std::thread thread_;
};

// Events the ring buffer overwrote or dropped since it was last cleared.
long LostInBuffer() {
  long lost = 0;
  for (int cpu = 0;; ++cpu) {
    std::string stats = std::string(kTrace) + "/per_cpu/cpu" + std::to_string(cpu) + "/stats";
    if (access(stats.c_str(), R_OK) != 0) return lost;
    lost += LostInStats(ReadFile(stats));
  }
}

void ResetTracing() {
  MustWrite(std::string(kTrace) + "/tracing_on", "0");
  WriteFile(std::string(kTrace) + "/events/enable", "0");
  WriteFile(std::string(kFail) + "/inject", "\n");
  MustWrite(std::string(kTrace) + "/kprobe_events", "");
  MustWrite(std::string(kTrace) + "/trace", "");
}

// Returns "ok", "skipped: ..." or "error: ...".
std::string RunScenario(const std::string& path, bool* dirty) {
  Scenario s;
  try {
    s = ParseScenario(ReadFile(path));
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
  const std::string layout = g_env["layout"], platform = g_env["platform"];
  if (!s.AppliesTo(layout, platform)) return "skipped: not for " + layout + "/" + platform;

  ResetTracing();
  for (const auto& l : KprobeEventLines(layout))
    MustWrite(std::string(kTrace) + "/kprobe_events", l + "\n", true);
  MustWrite(std::string(kTrace) + "/events/kvmlc/enable", "1");
  MustWrite(std::string(kTrace) + "/events/module/enable", "1");
  for (const auto& f : s.faults) {
    auto colon = f.fn.find(':');
    std::string fn = ModuleName(f.fn.substr(0, colon), layout) + f.fn.substr(colon);
    MustWrite(std::string(kFail) + "/inject", fn);
    MustWrite(std::string(kFail) + "/" + fn + "/retval",
              std::to_string(static_cast<unsigned long>(f.retval)));
  }
  if (!s.faults.empty()) {
    MustWrite(std::string(kFail) + "/probability", "100");
    MustWrite(std::string(kFail) + "/interval", "1");
    MustWrite(std::string(kFail) + "/verbose", "0");
    MustWrite(std::string(kFail) + "/times", std::to_string(s.faults[0].times));
  }
  MustWrite(std::string(kTrace) + "/tracing_on", "1");
  Drain drain;

  std::map<std::string, std::unique_ptr<Actor>> actors;
  actors["loader"] = std::make_unique<Actor>("loader");
  for (int i = 0; i < s.actors; ++i) {
    std::string n = "user" + std::to_string(i);
    actors[n] = std::make_unique<Actor>(n);
  }
  std::map<int, std::string> tids;
  for (auto& [n, a] : actors) tids[a->tid()] = n;

  // A step that does not return by the deadline (a kernel oops kills the
  // calling thread; a deadlock blocks it) ends the scenario: the trace up
  // to that point is still in the ring buffer and is printed, marked
  // incomplete, and the boot ends.
  int limit = std::atoi(g_env["scenario_timeout"].c_str());
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limit > 0 ? limit : 120);
  std::string stuck;
  auto run = [&](Actor& a, std::function<void()> fn) {
    if (!stuck.empty()) return;
    a.Post(std::move(fn));
    if (!a.WaitUntil(deadline)) stuck = a.name();
  };
  if (!s.concurrent) {
    for (const auto& st : s.steps) {
      Actor& a = *actors[st.actor == "" ? "user0" : st.actor];
      for (int i = 0; i < st.repeat; ++i) run(a, [&] { DoStep(a, st, layout); });
    }
  } else {
    // Every actor runs its own steps, all actors at once: they start
    // together and each does `rounds` rounds, or the users are paced by the
    // loader's calls (users_during_loader_calls).
    // Shared with threads that may outlive this call if one of them hangs.
    auto ready = std::make_shared<std::atomic<int>>(0);
    auto loader_done = std::make_shared<std::atomic<bool>>(false);
    int n = static_cast<int>(actors.size());
    for (auto& [name, a] : actors) {
      Actor* ap = a.get();
      std::vector<Step> mine;
      for (const auto& st : s.steps)
        if (st.actor == name) mine.push_back(st);
      bool is_loader = name == "loader";
      bool paced = !is_loader && s.users_during_loader_calls;
      ap->Post([ap, mine, ready, loader_done, n, &layout, rounds = s.rounds, is_loader, paced] {
        ++*ready;
        while (ready->load() < n) {
        }
        if (paced) {
          // Run the steps whenever the loader is inside finit_module or
          // delete_module (at least once), until it is done.
          for (bool once = false; !once || !loader_done->load();) {
            if (g_loader_calls.load() == 0 && once) {
              std::this_thread::yield();
              continue;
            }
            once = true;
            for (const auto& st : mine)
              for (int i = 0; i < st.repeat; ++i) DoStep(*ap, st, layout);
          }
          return;
        }
        for (int round = 0; round < rounds; ++round)
          for (const auto& st : mine)
            for (int i = 0; i < st.repeat; ++i) DoStep(*ap, st, layout);
        if (is_loader) *loader_done = true;
      });
    }
    for (auto& [name, a] : actors)
      if (stuck.empty() && !a->WaitUntil(deadline)) stuck = name;
  }
  // Close what the scenario left open, as part of the trace.
  for (auto& [n, a] : actors) {
    Actor* ap = a.get();
    run(*ap, [ap, &layout] {
      while (!ap->vm_fds.empty()) DoStep(*ap, CloseStep(ap->name(), "close_vm"), layout);
      if (ap->kvm_fd >= 0) DoStep(*ap, CloseStep(ap->name(), "close"), layout);
    });
  }
  MustWrite(std::string(kTrace) + "/tracing_on", "0");

  Header h{g_env["kernel"], layout, g_env["variant"], g_env["platform_desc"],
           platform, s.name, s.actors, s.faults, ""};
  long lost_in_pipe = 0;
  std::vector<TraceLine> lines = drain.Finish(&lost_in_pipe);
  h.lost = std::max(lost_in_pipe, LostInBuffer());
  h.concurrent = s.concurrent;
  if (!stuck.empty())
    h.incomplete = "actor " + stuck + " did not return within the scenario timeout (oops or hang)";
  Say("===KVMLC-TRACE-BEGIN " + s.name + "===");
  for (const auto& l : Convert(h, tids, lines)) Say(l);
  Say("===KVMLC-TRACE-END " + s.name + "===");

  if (!stuck.empty()) {
    // The stuck thread cannot be joined: leave every actor be and power off.
    for (auto& [n, a] : actors) a.release();
    *dirty = true;
    return "error: " + h.incomplete;
  }
  // Back to a clean kernel: no faults, no probes, no kvm modules.
  ResetTracing();
  for (int round = 0; round < 3; ++round)
    for (const char* m : {"kvm_pr", "kvm_hv", "kvm"})
      syscall(SYS_delete_module, m, O_NONBLOCK);
  // A failed init or unwind may leave stale state behind (6.1's kvm_init
  // unwind leaves its syscore ops registered, for one): the following
  // scenarios get a fresh boot so that a crash is blamed on the right one.
  if (!s.faults.empty()) *dirty = true;
  std::string left;
  if (KvmModulesLoaded(&left)) {
    Say("KVMLC-WARN modules left loaded: " + left);
    *dirty = true;
  }
  if (h.lost > 0) return "error: the ring buffer lost " + std::to_string(h.lost) + " events";
  return "ok";
}

void PowerOff() {
  sync();
  reboot(RB_POWER_OFF);
  for (;;) pause();
}
}  // namespace

int main() {
  mount("proc", "/proc", "proc", 0, nullptr);
  mount("sysfs", "/sys", "sysfs", 0, nullptr);
  mount("devtmpfs", "/dev", "devtmpfs", 0, nullptr);
  mount("debugfs", "/sys/kernel/debug", "debugfs", 0, nullptr);
  mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, nullptr);
  {
    std::istringstream in(ReadFile("/kvmlc.env"));
    std::string l;
    while (std::getline(in, l)) {
      auto eq = l.find('=');
      if (eq != std::string::npos) g_env[l.substr(0, eq)] = l.substr(eq + 1);
    }
  }
  Say("===KVMLC-INIT " + g_env["kernel"] + " " + g_env["layout"] + " " +
      g_env["platform"] + "===");
  // Each CPU's ring buffer (run.sh -b): 8 MB unless told; a small one shows
  // the drain and the lost-event count at work.
  const std::string kb = g_env["buffer_size_kb"];
  MustWrite(std::string(kTrace) + "/buffer_size_kb", kb.empty() ? "8192" : kb);
  // One clock for every CPU: the default "local" clock is per CPU and not
  // meant to order events of different CPUs (the race scenarios run on two).
  MustWrite(std::string(kTrace) + "/trace_clock", "global");
  g_marker = open((std::string(kTrace) + "/trace_marker").c_str(), O_WRONLY | O_CLOEXEC);
  if (g_marker < 0) Say("KVMLC-WARN no trace_marker");

  std::vector<std::string> files;
  if (DIR* d = opendir("/scenarios")) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 5 && n.substr(n.size() - 5) == ".json") files.push_back(n);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    // "NNN-name.json" -> "name"
    std::string name = f.substr(0, f.size() - 5);
    if (name.size() > 4 && name[3] == '-') name = name.substr(4);
    Say("===KVMLC-SCENARIO-BEGIN " + name + "===");
    auto t0 = std::chrono::steady_clock::now();
    bool dirty = false;
    std::string result = RunScenario("/scenarios/" + f, &dirty);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", secs);
    Say("===KVMLC-SCENARIO-END " + name + " " + result + " " + buf + "s===");
    if (dirty) {
      Say("===KVMLC-DIRTY===");
      break;
    }
  }
  Say("===KVMLC-DONE===");
  PowerOff();
}
