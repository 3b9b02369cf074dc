#include "trace/format.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "base/input_error.h"

namespace kvmlc {

using json = nlohmann::json;

namespace {

const std::set<std::string> kEvents = {"load", "ret", "going", "free", "get",
                                       "put",  "syscall", "step"};
const std::set<std::string> kCalls = {"finit_module", "delete_module", "open",  "create_vm",
                                      "check_extension", "close_vm",    "close"};

}  // namespace

nlohmann::ordered_json event_json(const Event& e, int seq) {
  nlohmann::ordered_json j;
  if (seq > 0) j["seq"] = seq;
  j["actor"] = e.actor;
  j["ev"] = e.ev;
  if (!e.module.empty()) j["module"] = e.module;
  if (!e.fn.empty()) j["fn"] = e.fn;
  if (!e.call.empty()) j["call"] = e.call;
  if (e.call == "create_vm" || e.call == "check_extension") j["arg"] = e.arg;
  if (e.ev == "ret" || e.ev == "syscall") j["ret"] = e.ret;
  if (e.refcnt >= 0) j["refcnt"] = e.refcnt;
  if (e.refcnt_min >= 0) {
    j["refcnt_min"] = e.refcnt_min;
    j["refcnt_max"] = e.refcnt_max;
  }
  if (!e.what.empty()) j["what"] = e.what;
  return j;
}

TraceWriter::TraceWriter(std::ostream& out, const TraceHeader& h) : out_(out) {
  nlohmann::ordered_json j = {{"kvmlc_trace", h.version}, {"kernel", h.kernel},
                              {"layout", h.layout}};
  if (!h.variant.empty()) j["variant"] = h.variant;
  if (!h.platform.empty()) j["platform"] = h.platform;
  if (!h.scenario.empty()) j["scenario"] = h.scenario;
  j["config"] = h.config;
  j["producer"] = h.producer;
  j["actors"] = h.actors;
  j["observes"] = h.observes;
  if (!h.incomplete.empty()) j["incomplete"] = h.incomplete;
  if (h.lost > 0) j["lost"] = h.lost;
  if (!h.delayed.empty()) j["delayed"] = h.delayed;
  if (!h.approximate.empty()) j["approximate"] = h.approximate;
  for (const auto& f : h.faults)
    j["faults"].push_back({{"module", f.module}, {"fn", f.fn}, {"ret", f.ret}, {"times", f.times}});
  out_ << j.dump() << "\n";
}

void TraceWriter::write(const Event& e) { out_ << event_json(e, ++seq_).dump() << "\n"; }

TraceReader::TraceReader(std::istream& in, std::string file) : in_(in), file_(std::move(file)) {
  std::string text;
  if (!read_line(text)) throw InputError(file_, 1, "empty trace: no header");
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error&) {
    throw InputError(file_, line_, "header is not valid JSON");
  }
  auto fail = [&](const std::string& msg) { throw InputError(file_, line_, msg); };
  if (!j.is_object() || !j.contains("kvmlc_trace"))
    fail("missing trace header (first line must have \"kvmlc_trace\")");
  if (!j["kvmlc_trace"].is_number_integer()) fail("\"kvmlc_trace\" must be an integer");
  header_.version = j["kvmlc_trace"].get<int>();
  if (header_.version != kTraceVersion)
    fail("unsupported trace version " + std::to_string(header_.version) + " (this kvmlc reads " +
         std::to_string(kTraceVersion) + ")");
  try {
    header_.kernel = j.at("kernel").get<std::string>();
    header_.layout = j.at("layout").get<std::string>();
    header_.producer = j.at("producer").get<std::string>();
    header_.actors = j.at("actors").get<int>();
    header_.observes = j.at("observes").get<std::vector<std::string>>();
    header_.config = j.at("config").get<std::map<std::string, int>>();
    header_.variant = j.value("variant", "");
    header_.platform = j.value("platform", "");
    header_.scenario = j.value("scenario", "");
    header_.incomplete = j.value("incomplete", "");
    header_.lost = j.value("lost", 0LL);
    header_.delayed = j.value("delayed", std::vector<std::string>());
    header_.approximate = j.value("approximate", std::vector<std::string>());
    for (const auto& f : j.value("faults", json::array())) {
      TraceFault fault{f.value("module", ""), f.at("fn").get<std::string>(), f.at("ret").get<int>(),
                       f.value("times", 1)};
      if (fault.fn.empty() || fault.ret >= 0 || fault.ret < -4095)
        fail("bad header: a fault needs \"fn\" and a \"ret\" between -4095 and -1");
      header_.faults.push_back(fault);
    }
  } catch (const json::exception& e) {
    fail(std::string("bad header: ") + e.what());
  }
  if (header_.actors < 0 || header_.actors > 8) fail("\"actors\" must be between 0 and 8");
  if (header_.lost < 0) fail("\"lost\" must not be negative");
  if (header_.lost > 0 && header_.incomplete.empty())
    fail("a trace that lost events must say so in \"incomplete\"");
}

// One line of at most kMaxTraceLine bytes; a longer one is an error without
// being buffered whole.
bool TraceReader::read_line(std::string& line) {
  line.clear();
  int c;
  bool any = false;
  while ((c = in_.get()) != EOF) {
    any = true;
    if (c == '\n') break;
    if (line.size() >= kMaxTraceLine)
      throw InputError(file_, line_ + 1, "line longer than " + std::to_string(kMaxTraceLine) + " bytes");
    line += static_cast<char>(c);
  }
  if (!any) return false;
  ++line_;
  return true;
}

bool TraceReader::next(Event& e) {
  std::string text;
  if (!read_line(text)) return false;
  auto fail = [&](const std::string& msg) { throw InputError(file_, line_, msg); };
  if (text.empty()) fail("empty line");
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error&) {
    fail(in_.eof() ? "truncated or invalid JSON (last line)" : "invalid JSON");
  }
  if (!j.is_object()) fail("an event must be a JSON object");
  try {
    long long seq = j.at("seq").get<long long>();
    if (seq <= seq_) fail("seq " + std::to_string(seq) + " does not increase (previous " +
                          std::to_string(seq_) + ")");
    seq_ = seq;
    e = Event();
    e.actor = j.at("actor").get<std::string>();
    e.ev = j.at("ev").get<std::string>();
    if (!kEvents.count(e.ev)) fail("unknown event '" + e.ev + "'");
    e.module = j.value("module", "");
    e.fn = j.value("fn", "");
    e.call = j.value("call", "");
    e.arg = j.value("arg", 0);
    e.ret = j.value("ret", 0);
    e.refcnt = j.value("refcnt", -1);
    e.refcnt_min = j.value("refcnt_min", -1);
    e.refcnt_max = j.value("refcnt_max", -1);
    e.what = j.value("what", "");
  } catch (const json::exception& x) {
    fail(std::string("bad event: ") + x.what());
  }
  if (e.ev == "syscall" && !kCalls.count(e.call)) fail("unknown system call '" + e.call + "'");
  if ((e.ev == "ret" || e.ev == "step") && e.fn.empty()) fail("'" + e.ev + "' event without \"fn\"");
  if ((e.ev == "load" || e.ev == "going" || e.ev == "free" || e.ev == "get" || e.ev == "put") &&
      e.module.empty())
    fail("'" + e.ev + "' event without \"module\"");
  if (e.refcnt_min >= 0 || e.refcnt_max >= 0) {
    if (std::find(header_.approximate.begin(), header_.approximate.end(), "refcnt") ==
        header_.approximate.end())
      fail("\"refcnt_min\"/\"refcnt_max\" in a trace whose header has no \"approximate\": [\"refcnt\"]");
    if (!(0 <= e.refcnt_min && e.refcnt_min <= e.refcnt && e.refcnt <= e.refcnt_max))
      fail("a refcnt range needs 0 <= refcnt_min <= refcnt <= refcnt_max");
  }
  return true;
}

}  // namespace kvmlc
