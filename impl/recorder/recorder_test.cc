// Unit tests of the recorder's kernel-independent part.
#include <catch2/catch.hpp>

#include <dirent.h>

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "impl/recorder/recorder.h"

namespace kvmlc::recorder {
namespace {

std::vector<TraceLine> Lines(const std::vector<std::string>& raw) {
  std::vector<TraceLine> out;
  for (const auto& l : raw)
    if (auto t = ParseTraceLine(l)) out.push_back(*t);
  return out;
}

TEST_CASE("tracefs lines parse with and without the flags column") {
  auto t = ParseTraceLine(
      "        kvmlc-init-57      [001] .....    12.345678: module_load: kvm_hv ");
  REQUIRE(t);
  CHECK(t->tid == 57);
  CHECK(t->cpu == 1);
  CHECK(t->event == "module_load");
  CHECK(t->body == "kvm_hv ");
  auto u = ParseTraceLine(
      " <...>-1-60 [000] 3.500000: r_kvmppc_radix_init: (kvmppc_book3s_init_hv+0x1a0/0x2e0 "
      "<- kvmppc_radix_init) ret=-12");
  REQUIRE(u);
  CHECK(u->tid == 60);
  CHECK(u->event == "r_kvmppc_radix_init");
  auto v = ParseTraceLine("        modprobe-200   [001]  41.000100: module_load:          kvm");
  REQUIRE(v);
  CHECK(v->body == "kvm");
  CHECK_FALSE(ParseTraceLine("# tracer: nop"));
  CHECK_FALSE(ParseTraceLine(""));
}

TEST_CASE("modules resolve per layout") {
  CHECK(ModuleName("kvm_hv", "split") == "kvm_hv");
  CHECK(ModuleFile("kvm_hv", "split") == "kvm-hv.ko");
  CHECK(ModuleName("kvm_pr", "unified") == "kvm");
  CHECK(ModuleFile("kvm_pr", "unified") == "kvm.ko");
  auto lines = KprobeEventLines("unified");
  CHECK(lines.front() == "r:kvmlc/r_kvmppc_book3s_init kvm:kvmppc_book3s_init ret=$retval:s32");
  CHECK(lines.back() == "p:kvmlc/going_kvm kvm:cleanup_module");
  CHECK(KprobeEventLines("split").size() == LifecycleProbes().size() + 3);
}

TEST_CASE("scenarios parse and reject mistakes") {
  auto s = ParseScenario(R"({"name":"x","platforms":["hv"],"steps":[
      {"actor":"loader","op":"load","module":"kvm"},
      {"actor":"user0","op":"create_vm","arg":1}],
      "faults":[{"fn":"kvm_hv:kvmppc_radix_init","retval":-12}]})");
  CHECK(s.steps.size() == 2);
  CHECK(s.steps[1].arg == 1);
  CHECK(s.faults[0].times == 1);
  CHECK(s.AppliesTo("split", "hv"));
  CHECK_FALSE(s.AppliesTo("split", "pr"));
  CHECK_THROWS(ParseScenario("{"));
  CHECK_THROWS(ParseScenario(R"({"name":"x","steps":[{"op":"fly"}]})"));
  CHECK_THROWS(ParseScenario(
      R"({"name":"x","steps":[{"actor":"user0","op":"load","module":"kvm"}]})"));
  CHECK_THROWS(ParseScenario(
      R"({"name":"x","steps":[{"actor":"user1","op":"open"}]})"));
  CHECK_THROWS(ParseScenario(R"({"name":"x","faults":[{"fn":"nomodule"}],
      "steps":[{"op":"open"}]})"));
}

TEST_CASE("scenario numbers are exact integers in range; every JSON problem is a runtime_error") {
  auto err = [](const std::string& text) {
    try {
      ParseScenario(text);
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string steps = R"("steps":[{"actor":"user0","op":"create_vm","arg":1}])";
  CHECK(err(R"({"name":"x","actors":1.5,)" + steps + "}") ==
        "'actors' must be an integer from 1 to 8");
  CHECK(err(R"({"name":"x","actors":4294967297,)" + steps + "}") ==
        "'actors' must be an integer from 1 to 8");
  CHECK(err(R"({"name":"x","steps":[{"actor":"user0","op":"create_vm","arg":4294967296}]})") ==
        "'arg' must be an integer from 0 to 2147483647");
  CHECK(err(R"({"name":"x","faults":[{"fn":"kvm:kvm_init","retval":1e400}],)" + steps + "}") ==
        "scenario is not JSON: number 1e400 is out of range at byte 52");
  CHECK(err(R"({"name":"x","concurrent":"yes",)" + steps + "}") == "'concurrent' must be true or false");
  CHECK(err(R"({"name":"x","steps":5})") == "'steps' must be a list");
  CHECK(err("[" + std::string(100000, '[')) == "scenario is not JSON: nested deeper than 64 levels at byte 64");
}

TEST_CASE("tracefs lines: the rightmost '-TID [CPU]' wins, and a long line is not an event") {
  auto t = ParseTraceLine(" a-b [1] x-12 [003] ..... 5.25: module_load: kvm");
  REQUIRE(t);
  CHECK(t->tid == 12);
  CHECK(t->cpu == 3);
  CHECK(t->body == "kvm");
  CHECK_FALSE(ParseTraceLine(" x-99999999999 [000] 5.25: module_load: kvm"));
  CHECK_FALSE(ParseTraceLine(" x-1 [000] 5.25: module_load: " + std::string(kMaxBufferLine, 'k')));
}

TEST_CASE("every catalogue scenario parses") {
  int n = 0;
  if (DIR* d = opendir("impl/recorder/scenarios")) {
    while (dirent* e = readdir(d)) {
      std::string f = e->d_name;
      if (f.size() < 6 || f.substr(f.size() - 5) != ".json") continue;
      std::ifstream in("impl/recorder/scenarios/" + f);
      std::stringstream ss;
      ss << in.rdbuf();
      INFO(f);
      CHECK_NOTHROW(ParseScenario(ss.str()));
      ++n;
    }
    closedir(d);
  }
  CHECK(n > 0);
}

TEST_CASE("conversion normalises refcnt and synthesises going") {
  std::map<int, std::string> tids = {{10, "loader"}, {11, "user0"}};
  auto lines = Lines({
      " a-10 [000] ..... 1.0: module_load: kvm ",
      " a-10 [000] ..... 1.1: module_get: kvm call_site=try_module_get refcnt=3",
      " a-10 [000] ..... 1.2: module_put: kvm call_site=do_init_module refcnt=2",
      " a-10 [000] ..... 1.3: tracing_mark_write: kvmlc "
      "{\"actor\":\"loader\",\"ev\":\"syscall\",\"call\":\"finit_module\",\"module\":\"kvm\",\"ret\":0}",
      " b-11 [000] ..... 1.4: module_put: kvm call_site=kvm_arch_destroy_vm [kvm] refcnt=1",
      " a-10 [000] ..... 1.5: module_load: kvm_hv ",
      " a-10 [000] ..... 1.6: r_kvmppc_book3s_init_hv: (do_one_initcall <- kvmppc_book3s_init_hv) ret=-19",
      " a-10 [000] ..... 1.7: module_put: kvm_hv call_site=do_init_module refcnt=1",
      " a-10 [000] ..... 1.8: module_free: kvm_hv",
      " a-10 [000] ..... 1.9: going_kvm: (kvm:cleanup_module+0x0/0x20)",
      " a-10 [000] ..... 2.0: module_free: kvm",
  });
  Header h{"6.1.192", "split", "stock", "qemu", "hv", "t", 1};
  auto out = Convert(h, tids, lines);
  REQUIRE(out.size() == 11);
  CHECK(out[0].find("\"kvmlc_trace\":1") != std::string::npos);
  CHECK(out[1] == R"({"seq":1,"actor":"loader","ev":"load","module":"kvm"})");
  // raw 3 during init = base 1 + loader 1 + one real reference
  CHECK(out[2] == R"({"seq":2,"actor":"loader","ev":"get","module":"kvm","refcnt":1})");
  CHECK(out[3] ==
        R"({"seq":3,"actor":"loader","ev":"syscall","call":"finit_module","module":"kvm","ret":0})");
  CHECK(out[4] == R"({"seq":4,"actor":"user0","ev":"put","module":"kvm","refcnt":0})");
  CHECK(out[6] ==
        R"({"seq":6,"actor":"loader","ev":"ret","fn":"kvmppc_book3s_init_hv","ret":-19})");
  CHECK(out[7] == R"({"seq":7,"actor":"loader","ev":"going","module":"kvm_hv"})");
  CHECK(out[8] == R"({"seq":8,"actor":"loader","ev":"free","module":"kvm_hv"})");
  CHECK(out[9] == R"({"seq":9,"actor":"loader","ev":"going","module":"kvm"})");
  CHECK(out[10] == R"({"seq":10,"actor":"loader","ev":"free","module":"kvm"})");
  CHECK(out[0].find("faults") == std::string::npos);
}

TEST_CASE("the header lists the armed faults by real module name, and why a trace is cut short") {
  Header h{"6.1.192", "unified", "unified", "qemu", "pr", "t", 1};
  h.faults = {{"kvm_pr:kvmppc_mmu_hpte_sysinit", -12, 1}};
  h.incomplete = "oops";
  auto hdr = nlohmann::json::parse(Convert(h, {}, {})[0]);
  CHECK(hdr["faults"] == nlohmann::json::parse(
                             R"([{"module":"kvm","fn":"kvmppc_mmu_hpte_sysinit","ret":-12,"times":1}])"));
  CHECK(hdr["incomplete"] == "oops");
}

TEST_CASE("lost events are read from trace_pipe, the trace header and the per-CPU statistics") {
  CHECK(LostEvents("CPU:1 [LOST 1204 EVENTS]") == 1204L);
  CHECK(LostEvents("CPU:0 [LOST EVENTS]") == 1L);
  CHECK(LostEvents("# entries-in-buffer/entries-written: 91575/118320   #P:2") == 26745L);
  CHECK(LostEvents("# entries-in-buffer/entries-written: 12/12   #P:2") == 0L);
  CHECK_FALSE(LostEvents("# tracer: nop"));
  CHECK_FALSE(LostEvents(" a-10 [000] ..... 1.0: module_load: kvm "));
  CHECK(LostInStats("entries: 9\noverrun: 20\ncommit overrun: 1\nbytes: 4000\n"
                    "oldest event ts:  1.000000\nnow ts:  2.000000\ndropped events: 3\n"
                    "read events: 7\n") == 24);
  CHECK(LostInStats("entries: 9\noverrun: 0\ncommit overrun: 0\ndropped events: 0\n") == 0);
}

TEST_CASE("a trace that lost events says how many, and is incomplete") {
  Header h{"6.1.192", "split", "stock", "qemu", "hv", "t", 1};
  h.lost = 26745;
  auto hdr = nlohmann::json::parse(Convert(h, {}, {})[0]);
  CHECK(hdr["lost"] == 26745);
  CHECK(hdr["incomplete"] == "the ring buffer lost 26745 events");
  h.incomplete = "actor user0 did not return";
  hdr = nlohmann::json::parse(Convert(h, {}, {})[0]);
  CHECK(hdr["incomplete"] == "actor user0 did not return; the ring buffer lost 26745 events");
}

// Two users take a reference each on two CPUs at about the same time. Both
// events print the count after both atomic_inc()s (3, normalised 2): user1's
// get (CPU 1) was reserved after user0's but incremented before user0's
// event read the count. In trace order user0's get made it 1.
TEST_CASE("with concurrent actors a refcnt is a range: the gets and puts of other CPUs it may include") {
  std::map<int, std::string> tids = {{10, "loader"}, {11, "user0"}, {12, "user1"}};
  auto lines = Lines({
      " a-10 [000] ..... 0.900: module_load: kvm ",
      " a-10 [000] ..... 0.950: module_put: kvm call_site=do_init_module refcnt=1",
      " b-11 [000] ..... 1.000: module_get: kvm call_site=misc_open refcnt=3",
      " c-12 [001] ..... 1.001: module_get: kvm call_site=misc_open refcnt=3",
      " b-11 [000] ..... 1.002: tracing_mark_write: kvmlc "
      "{\"actor\":\"user0\",\"ev\":\"syscall\",\"call\":\"open\",\"ret\":0}",
      " c-12 [001] ..... 1.003: tracing_mark_write: kvmlc "
      "{\"actor\":\"user1\",\"ev\":\"syscall\",\"call\":\"open\",\"ret\":0}",
      // Started after user0's get was written, and after CPU 1 wrote at 1.003.
      " c-12 [001] ..... 1.010: module_put: kvm call_site=fput refcnt=2",
  });
  Header h{"6.1.192", "split", "stock", "qemu", "hv", "t", 2};
  h.concurrent = true;
  auto out = Convert(h, tids, lines);
  auto hdr = nlohmann::json::parse(out[0]);
  CHECK(hdr["delayed"] == nlohmann::json::parse(R"(["syscall","going"])"));
  CHECK(hdr["approximate"] == nlohmann::json::parse(R"(["refcnt"])"));
  CHECK(out[2] ==
        R"({"seq":2,"actor":"user0","ev":"get","module":"kvm","refcnt":2,"refcnt_min":1,"refcnt_max":2})");
  // Nothing after user1's get can have been counted: exact.
  CHECK(out[3] == R"({"seq":3,"actor":"user1","ev":"get","module":"kvm","refcnt":2})");
  CHECK(out[6] == R"({"seq":6,"actor":"user1","ev":"put","module":"kvm","refcnt":1})");
  // The same lines from one thread at a time: the counts are exact.
  h.concurrent = false;
  CHECK(Convert(h, tids, lines)[2] == R"({"seq":2,"actor":"user0","ev":"get","module":"kvm","refcnt":2})");
}

// delete_module of a module in use takes MODULE_REF_BASE away and gives it
// back (try_release_module_ref): a count read meanwhile is one lower.
TEST_CASE("a refused delete_module in flight may lower a printed count by one") {
  std::map<int, std::string> tids = {{10, "loader"}, {11, "user0"}};
  auto lines = Lines({
      " a-10 [000] ..... 1.000: tracing_mark_write: kvmlc "
      "{\"actor\":\"loader\",\"ev\":\"syscall\",\"call\":\"finit_module\",\"module\":\"kvm\",\"ret\":0}",
      " b-11 [001] ..... 1.001: module_put: kvm call_site=fput refcnt=1",
      " b-11 [001] ..... 1.002: tracing_mark_write: kvmlc "
      "{\"actor\":\"user0\",\"ev\":\"syscall\",\"call\":\"close\",\"ret\":0}",
      " a-10 [000] ..... 1.003: tracing_mark_write: kvmlc "
      "{\"actor\":\"loader\",\"ev\":\"syscall\",\"call\":\"delete_module\",\"module\":\"kvm\",\"ret\":-11}",
  });
  Header h{"6.1.192", "split", "stock", "qemu", "hv", "t", 1};
  h.concurrent = true;
  CHECK(Convert(h, tids, lines)[2] ==
        R"({"seq":2,"actor":"user0","ev":"put","module":"kvm","refcnt":0,"refcnt_min":0,"refcnt_max":1})");
}

}  // namespace
}  // namespace kvmlc::recorder
