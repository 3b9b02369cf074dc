// Replay on model/testdata/mini-split.json: model-written traces conform,
// one-event mutations diverge at the right line, refcnt is a wildcard when
// absent, partial observation, aliases, property violations.
#include "trace/replay.h"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catch2/catch.hpp"
#include "model/semantics.h"
#include "trace/format.h"

namespace kvmlc {
namespace {

const char* kMini = "model/testdata/mini-split.json";
using Verdict = ReplayResult::Verdict;

const std::string kAll = R"(["load","going","free","refcnt","syscall","ret:*","step"])";

std::string header(const std::string& observes = kAll, const std::string& config = R"({"hv_possible":0})",
                   int actors = 1) {
  return R"({"kvmlc_trace":1,"kernel":"model","layout":"split","config":)" + config +
         R"(,"producer":"replay_test","actors":)" + std::to_string(actors) +
         R"(,"observes":)" + observes + "}\n";
}

// The events of a trace as lines; "seq" is filled in.
std::string events(const std::vector<std::string>& lines) {
  std::string out;
  int seq = 0;
  for (const auto& l : lines) out += R"({"seq":)" + std::to_string(++seq) + "," + l + "}\n";
  return out;
}

ReplayResult replay_text(const System& sys, const std::string& text, const Aliases& aliases = {},
                         const ReplayLimits& limits = {}) {
  std::istringstream in(text);
  TraceReader reader(in, "t.jsonl");
  return replay(sys, reader, aliases, limits);
}

// A random run of `sys`, written as the model writes it (every step
// observed, silent ones as "step" events).
std::string random_trace(const System& sys, unsigned seed, int steps) {
  std::mt19937 rng(seed);
  std::vector<State> inits = sys.initial_states();
  State s = inits[rng() % inits.size()];
  TraceHeader h;
  h.kernel = "model";
  h.layout = sys.layout;
  h.variant = sys.variant;
  h.producer = "replay_test";
  h.actors = sys.actors;
  h.observes = {"load", "going", "free", "refcnt", "syscall", "ret:*", "step"};
  for (size_t i = 0; i < sys.vars.size(); ++i)
    if (sys.vars[i].config) h.config[sys.vars[i].name.substr(4)] = get(s, static_cast<int>(i));
  std::ostringstream out;
  TraceWriter w(out, h);
  for (int n = 0; n < steps; ++n) {
    std::vector<size_t> enabled;
    for (size_t t = 0; t < sys.transitions.size(); ++t)
      if (eval(*sys.transitions[t].guard, s)) enabled.push_back(t);
    if (enabled.empty()) break;
    const Transition& t = sys.transitions[enabled[rng() % enabled.size()]];
    w.write(t.model_event(s));
    s = sys.step(s, t);
  }
  return out.str();
}

// Keeps the events of the classes in `keep` and says so in the header.
std::string observe_only(const std::string& trace, const std::vector<std::string>& keep) {
  std::istringstream in(trace);
  std::string line, out;
  std::getline(in, line);
  auto h = nlohmann::ordered_json::parse(line);
  h["observes"] = keep;
  out = h.dump() + "\n";
  TraceHeader probe;
  probe.observes = keep;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    Event e;
    e.ev = j["ev"];
    e.fn = j.value("fn", "");
    if (probe.observes_class(e.event_class())) out += line + "\n";
  }
  return out;
}

// Kvm.ko loading on hv_possible=0: lines 2-6.
const std::vector<std::string> kLoadKvm = {
    R"("actor":"loader","ev":"load","module":"kvm")",
    R"("actor":"loader","ev":"ret","fn":"misc_register","ret":0)",
    R"("actor":"loader","ev":"ret","fn":"kvm_init","ret":0)",
    R"("actor":"loader","ev":"ret","fn":"kvmppc_book3s_init","ret":0)",
    R"("actor":"loader","ev":"syscall","call":"finit_module","module":"kvm","ret":0)",
};

TEST_CASE("traces the model writes conform") {
  for (int actors : {0, 1, 2}) {
    System sys = build_system(read_spec(kMini), {actors});
    for (unsigned seed = 1; seed <= 20; ++seed) {
      std::string trace = random_trace(sys, seed, 300);
      ReplayResult r = replay_text(sys, trace);
      INFO("actors " << actors << " seed " << seed << ": line " << r.line << ": " << r.reason);
      CHECK(r.verdict == Verdict::Conforms);
      // Everything observed: one state at a time, except that a create_vm in
      // flight shows its VM type only when it returns (its get events do not),
      // so each actor may double the set.
      CHECK(r.max_states <= (1u << actors));
    }
  }
}

TEST_CASE("a trace observing only system calls conforms") {
  System sys = build_system(read_spec(kMini), {1});
  for (unsigned seed = 1; seed <= 10; ++seed) {
    std::string trace = observe_only(random_trace(sys, seed, 300), {"syscall"});
    ReplayResult r = replay_text(sys, trace);
    INFO("seed " << seed << ": line " << r.line << ": " << r.reason);
    CHECK(r.verdict == Verdict::Conforms);
    CHECK(r.max_states > 1);
  }
}

TEST_CASE("remembered sets: any cache gives the same verdicts") {
  System sys = build_system(read_spec(kMini), {1});
  std::string trace = observe_only(random_trace(sys, 3, 400), {"syscall"});
  // The default cap (everything remembered), then caps that hold nothing
  // but the current set, some of the states and sets, or all of them.
  std::vector<ReplayLimits> caches(4);
  caches[1].cache_bytes = 1;
  caches[2].cache_bytes = 2048;
  caches[3].cache_bytes = 8192;
  ReplayResult loose = replay_text(sys, trace);
  REQUIRE(loose.verdict == Verdict::Conforms);
  for (const ReplayLimits& l : caches) {
    INFO("cache " << l.cache_bytes << " bytes");
    ReplayResult r = replay_text(sys, trace, {}, l);
    CHECK(r.verdict == Verdict::Conforms);
    CHECK(r.events == loose.events);
    CHECK(r.max_states == loose.max_states);
    CHECK(r.final_states == loose.final_states);
    CHECK(r.violations.size() == loose.violations.size());
  }
  // The same event twice from the same set: the second time from memory.
  std::string twice = header(R"(["syscall"])") +
                      events({R"("actor":"user0","ev":"syscall","call":"open","ret":-2)",
                              R"("actor":"user0","ev":"syscall","call":"open","ret":-2)",
                              R"("actor":"user0","ev":"syscall","call":"open","ret":-2)",
                              R"("actor":"user0","ev":"syscall","call":"open","ret":0)",
                              R"("actor":"user0","ev":"syscall","call":"open","ret":-2)"});
  for (const ReplayLimits& l : caches) {
    ReplayResult r = replay_text(sys, twice, {}, l);
    CHECK(r.verdict == Verdict::Diverges);  // open twice without close
    CHECK(r.line == 6);
  }
}

// Everything a replay reports, as one string to compare.
std::string summary(const ReplayResult& r) {
  std::ostringstream out;
  out << to_string(r.verdict) << " events " << r.events << " max " << r.max_states << " final " << r.final_states
      << " line " << r.line << " reason " << r.reason << " before " << r.states_before << " state " << r.state
      << " allowed " << r.allowed_total << ":";
  for (const Event& e : r.allowed) out << " [" << format_event(e) << "]";
  for (const ReplayViolation& v : r.violations) out << " violates " << v.property << "@" << v.line;
  return out.str();
}

// The trace with the first system call from line `line` on returning
// -EIO, which no model behaviour does.
std::string eio_from(const std::string& trace, int line) {
  std::istringstream in(trace);
  std::string l, out;
  bool done = false;
  for (int n = 1; std::getline(in, l); ++n) {
    if (!done && n >= line && l.find(R"("ev":"syscall")") != std::string::npos) {
      auto j = nlohmann::ordered_json::parse(l);
      j["ret"] = -5;
      l = j.dump();
      done = true;
    }
    out += l + "\n";
  }
  return out;
}

TEST_CASE("the memo and its cap: any cap gives the same verdicts and messages") {
  // Caps that forget all but the current set after every event, now and
  // then, or never; traces that conform, diverge (a wrong errno) and
  // violate properties, with one and two actors, delayed events or not (two
  // actors owing events make sets of ~50,000 states: too slow for cap 0).
  std::vector<ReplayLimits> caps(4);
  caps[1].cache_bytes = 0;
  caps[2].cache_bytes = 4096;
  caps[3].cache_bytes = 1 << 20;
  for (int actors : {1, 2}) {
    System sys = build_system(read_spec(kMini), {actors});
    for (unsigned seed = 1; seed <= 2; ++seed) {
      std::string trace = observe_only(random_trace(sys, seed, 150), {"load", "syscall"});
      for (bool delayed : {false, true}) {
        if (delayed && actors > 1) continue;
        if (delayed) {
          auto end = trace.find('\n');
          auto h = nlohmann::ordered_json::parse(trace.substr(0, end));
          h["delayed"] = {"syscall"};
          trace = h.dump() + trace.substr(end);
        }
        for (int line : {0, 5, 30}) {
          std::string text = line ? eio_from(trace, line) : trace;
          std::string expected = summary(replay_text(sys, text, {}, caps[0]));
          INFO("actors " << actors << " seed " << seed << " delayed " << delayed << " -EIO from line " << line
                         << ": " << expected);
          CHECK(expected.rfind(line ? "diverges" : "conforms", 0) == 0);
          for (const ReplayLimits& l : caps) CHECK(summary(replay_text(sys, text, {}, l)) == expected);
        }
      }
    }
  }
}

TEST_CASE("more consistent states than the limit: unknown") {
  System sys = build_system(read_spec(kMini), {2});
  ReplayLimits limits;
  limits.max_states = 5;
  ReplayResult r = replay_text(sys, header(R"(["syscall"])", "{}", 2), {}, limits);
  CHECK(r.verdict == Verdict::Unknown);
  CHECK(r.line == 1);
}

TEST_CASE("a trace without step events conforms") {
  System sys = build_system(read_spec(kMini), {2});
  std::string trace =
      observe_only(random_trace(sys, 7, 400), {"load", "going", "free", "refcnt", "syscall", "ret:*"});
  CHECK(replay_text(sys, trace).verdict == Verdict::Conforms);
}

TEST_CASE("kvm.ko loading conforms") {
  System sys = build_system(read_spec(kMini), {1});
  ReplayResult r = replay_text(sys, header() + events(kLoadKvm));
  CHECK(r.verdict == Verdict::Conforms);
  CHECK(r.events == 5);
  CHECK(r.violations.empty());
}

TEST_CASE("a reordered event diverges at its line") {
  System sys = build_system(read_spec(kMini), {1});
  auto ev = kLoadKvm;
  std::swap(ev[1], ev[2]);  // kvm_init returns before misc_register
  ReplayResult r = replay_text(sys, header() + events(ev));
  REQUIRE(r.verdict == Verdict::Diverges);
  CHECK(r.line == 3);
  CHECK(r.event.fn == "kvm_init");
  CHECK(r.events == 1);
  REQUIRE(!r.allowed.empty());
  std::vector<std::string> allowed;
  for (const auto& e : r.allowed) allowed.push_back(format_event(e));
  CHECK(std::find(allowed.begin(), allowed.end(), "loader ret misc_register = 0") != allowed.end());
  CHECK(std::find(allowed.begin(), allowed.end(), "loader ret misc_register = -16") != allowed.end());
  CHECK(r.state.find("kvm.state=COMING") != std::string::npos);
}

TEST_CASE("a dropped event diverges at the line of the next one") {
  System sys = build_system(read_spec(kMini), {1});
  auto ev = kLoadKvm;
  ev.erase(ev.begin() + 2);  // no "kvm_init returned"
  ReplayResult r = replay_text(sys, header() + events(ev));
  REQUIRE(r.verdict == Verdict::Diverges);
  CHECK(r.line == 4);
  CHECK(r.event.fn == "kvmppc_book3s_init");
  REQUIRE(r.allowed.size() >= 1);
}

TEST_CASE("a wrong errno diverges; the right one conforms") {
  System sys = build_system(read_spec(kMini), {1});
  auto ev = kLoadKvm;
  ev.resize(2);
  ev.push_back(R"("actor":"loader","ev":"ret","fn":"misc_register","ret":-12)");
  ReplayResult r = replay_text(sys, header() + events(ev));
  REQUIRE(r.verdict == Verdict::Diverges);
  CHECK(r.line == 4);
  ev.back() = R"("actor":"loader","ev":"ret","fn":"misc_register","ret":-16)";
  ev.erase(ev.begin() + 1);
  CHECK(replay_text(sys, header() + events(ev)).verdict == Verdict::Conforms);
}

TEST_CASE("a trace is replayed with the faults its header armed") {
  std::string h = header(R"(["load","going","free","refcnt","syscall","ret:*"])");
  h.insert(h.size() - 2, R"(,"faults":[{"module":"kvm","fn":"kvm_init","ret":-19,"times":1}])");
  std::string text = h + events({R"("actor":"loader","ev":"load","module":"kvm")",
                                 R"("actor":"loader","ev":"ret","fn":"kvm_init","ret":-19)",
                                 R"("actor":"loader","ev":"ret","fn":"kvmppc_book3s_init","ret":-19)",
                                 R"("actor":"loader","ev":"going","module":"kvm")",
                                 R"("actor":"loader","ev":"free","module":"kvm")",
                                 R"("actor":"loader","ev":"syscall","call":"finit_module","module":"kvm","ret":-19)"});
  std::istringstream in(text);
  TraceReader reader(in, "t.jsonl");
  REQUIRE(reader.header().faults.size() == 1);
  CHECK(reader.header().faults[0].module == "kvm");
  ModelOptions o = options_for(reader.header(), "t.jsonl");
  REQUIRE(o.faults.size() == 1);
  CHECK(o.faults[0].fn == "kvm_init");
  CHECK(o.faults[0].err == 19);
  // Without the fault kvm_init can only fail as its body does (-EBUSY).
  ReplayResult plain = replay_text(build_system(read_spec(kMini), {1}), text);
  CHECK(plain.verdict == Verdict::Diverges);
  CHECK(plain.line == 3);
  CHECK(replay_text(build_system(read_spec(kMini), o), text).verdict == Verdict::Conforms);
}

TEST_CASE("a fault the model cannot hold is bad input") {
  TraceHeader h;
  h.faults = {{"kvm", "kvm_init", -200, 1}};
  CHECK_THROWS_WITH(options_for(h, "t.jsonl"), Catch::Contains("t.jsonl:1: error: injected error -200"));
}

TEST_CASE("refcnt is compared only when recorded") {
  System sys = build_system(read_spec(kMini), {1});
  auto ev = kLoadKvm;
  std::string open = R"("actor":"user0","ev":"syscall","call":"open","ret":0)";
  auto with = [&](const std::string& get) {
    auto e = ev;
    e.push_back(get);
    e.push_back(open);
    return replay_text(sys, header(R"(["load","refcnt","syscall","ret:*"])") + events(e));
  };
  CHECK(with(R"("actor":"user0","ev":"get","module":"kvm","refcnt":1)").verdict == Verdict::Conforms);
  CHECK(with(R"("actor":"user0","ev":"get","module":"kvm")").verdict == Verdict::Conforms);
  ReplayResult r = with(R"("actor":"user0","ev":"get","module":"kvm","refcnt":2)");
  REQUIRE(r.verdict == Verdict::Diverges);
  CHECK(r.line == 7);
  REQUIRE(r.allowed.size() >= 1);
}

TEST_CASE("an empty actor matches any actor") {
  System sys = build_system(read_spec(kMini), {1});
  auto ev = kLoadKvm;
  ev[0] = R"("actor":"","ev":"load","module":"kvm")";
  CHECK(replay_text(sys, header() + events(ev)).verdict == Verdict::Conforms);
  ev[0] = R"("actor":"user0","ev":"load","module":"kvm")";
  CHECK(replay_text(sys, header() + events(ev)).verdict == Verdict::Diverges);
}

TEST_CASE("config keys the variant does not know are ignored; unknown ones stay open") {
  System sys = build_system(read_spec(kMini), {1});
  std::string obs = R"(["load","syscall","ret:*"])";
  CHECK(replay_text(sys, header(obs, R"({"hv_possible":0,"radix":1})") + events(kLoadKvm)).verdict ==
        Verdict::Conforms);
  ReplayResult open = replay_text(sys, header(obs, "{}") + events(kLoadKvm));
  CHECK(open.verdict == Verdict::Conforms);
  CHECK(open.final_states > 1);
  // Configuration variables are booleans: another value is bad input.
  CHECK_THROWS_WITH(replay_text(sys, header(obs, R"({"hv_possible":3})") + events(kLoadKvm)),
                    Catch::Contains(":1: error: config \"hv_possible\" must be 0 or 1"));
}

TEST_CASE("an event of a class the header does not observe diverges") {
  System sys = build_system(read_spec(kMini), {1});
  ReplayResult r = replay_text(sys, header(R"(["syscall"])") + events(kLoadKvm));
  REQUIRE(r.verdict == Verdict::Diverges);
  CHECK(r.line == 2);
  CHECK(r.reason == "the header does not observe event class 'load'");
}

TEST_CASE("finit_module and delete_module may name a module by an alias") {
  System sys = build_system(read_spec(kMini), {1});
  Aliases aliases = {{"kvm_book3s", {"kvm"}}, {"kvm", {"kvm"}}};
  auto ev = kLoadKvm;
  ev.back() = R"("actor":"loader","ev":"syscall","call":"finit_module","module":"kvm-book3s","ret":0)";
  CHECK(replay_text(sys, header() + events(ev), aliases).verdict == Verdict::Conforms);
  CHECK(replay_text(sys, header() + events(ev)).verdict == Verdict::Diverges);
}

TEST_CASE("module_aliases maps each alias to its module") {
  nlohmann::json spec = nlohmann::json::parse(std::ifstream(kMini));
  spec["modules"][1]["aliases"] = {"kvm-hv", "kvm_book3s_hv"};
  std::string path = std::string(std::getenv("TEST_TMPDIR") ? std::getenv("TEST_TMPDIR") : "/tmp") +
                     "/alias-spec.json";
  spec["modules"][0]["aliases"] = {"kvm-hv"};  // names both
  std::ofstream(path) << spec.dump();
  Aliases aliases = module_aliases(read_spec(path));
  CHECK(aliases == Aliases{{"kvm", {"kvm"}},
                           {"kvm_hv", {"kvm", "kvm_hv"}},
                           {"kvm_book3s_hv", {"kvm_hv"}}});
}

TEST_CASE("a property every consistent state violates is reported at its event") {
  // open and create_vm while no backend is loaded: ioctl-needs-backend.
  System sys = build_system(read_spec(kMini), {1});
  auto ev = kLoadKvm;
  ev.push_back(R"("actor":"user0","ev":"syscall","call":"open","ret":0)");
  ev.push_back(R"("actor":"user0","ev":"syscall","call":"create_vm","arg":0,"ret":-22)");
  ReplayResult r = replay_text(sys, header(R"(["load","syscall","ret:*"])") + events(ev));
  CHECK(r.verdict == Verdict::Conforms);
  REQUIRE(r.violations.size() == 1);
  CHECK(r.violations[0].property == "ioctl-needs-backend");
  CHECK(r.violations[0].line == 8);
}

TEST_CASE("events after a divergence are not read") {
  System sys = build_system(read_spec(kMini), {1});
  std::string text = header() + events({R"("actor":"loader","ev":"free","module":"kvm")"}) + "not json\n";
  ReplayResult r = replay_text(sys, text);
  CHECK(r.verdict == Verdict::Diverges);
  CHECK(r.line == 2);
}

TEST_CASE("format_event") {
  CHECK(format_event(Event::syscall("user0", "create_vm", 1, -22)) == "user0 syscall create_vm 1 = -22");
  Event g = Event::on_module("user0", "get", "kvm");
  g.refcnt = 2;
  CHECK(format_event(g) == "user0 get kvm refcnt=2");
  CHECK(format_event(Event::returned("loader", "misc_register", -16)) ==
        "loader ret misc_register = -16");
  CHECK(format_event(Event::step("user0", "misc_open", "user0: open returns")) ==
        "user0 step misc_open 'user0: open returns'");
}

}  // namespace
}  // namespace kvmlc
