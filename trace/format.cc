#include "trace/format.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "base/input_error.h"
#include "base/json_input.h"

namespace kvmlc {

using json = nlohmann::json;

namespace {

// Looked up for every event: a few short names, compared in place.
constexpr std::string_view kEvents[] = {"load", "ret", "going", "free", "get", "put", "syscall", "step"};
constexpr std::string_view kCalls[] = {"finit_module", "delete_module", "open",  "create_vm",
                                       "check_extension", "close_vm",    "close"};
template <size_t N>
bool one_of(const std::string_view (&names)[N], std::string_view s) {
  return std::any_of(std::begin(names), std::end(names), [&](std::string_view n) { return same_text(n, s); });
}

// The fields of an event after "seq", in the order the reference parser
// reads them. Each number fits an int: the ranges say so.
struct TextField {
  std::string_view key;  // of a literal: data() is a C string
  std::string Event::*to;
  bool required;
};
constexpr TextField kTextFields[] = {
    {"actor", &Event::actor, true}, {"ev", &Event::ev, true},     {"module", &Event::module, false},
    {"fn", &Event::fn, false},      {"call", &Event::call, false}, {"what", &Event::what, false}};
struct IntField {
  std::string_view key;
  int Event::*to;
  long long lo, hi;
};
constexpr IntField kIntFields[] = {{"arg", &Event::arg, INT_MIN, INT_MAX},
                                   {"ret", &Event::ret, INT_MIN, INT_MAX},
                                   {"refcnt", &Event::refcnt, 0, INT_MAX},
                                   {"refcnt_min", &Event::refcnt_min, 0, INT_MAX},
                                   {"refcnt_max", &Event::refcnt_max, 0, INT_MAX}};

// simdjson reads up to this many bytes past the end of its input.
constexpr size_t kLinePadding = 64;
static_assert(kLinePadding >= simdjson::SIMDJSON_PADDING);

// Printable ASCII without a backslash: no escapes to decode and no encoding
// or control-character rule on which two JSON parsers could differ. Eight
// bytes at a time (it runs on every line): a byte's top bit is set in
// `low` if it is below 0x20, in `high` if above 0x7e, in `slash` if it is
// a backslash (the byte tests of "Bit Twiddling Hacks": hasless, hasmore,
// haszero).
bool plain(std::string_view text) {
  constexpr std::uint64_t kOnes = ~std::uint64_t{0} / 255, kTops = kOnes * 0x80;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    std::uint64_t low = (w - kOnes * 0x20) & ~w;
    std::uint64_t high = (w + kOnes * (127 - 0x7e)) | w;
    std::uint64_t b = w ^ (kOnes * '\\');
    std::uint64_t slash = (b - kOnes) & ~b;
    if ((low | high | slash) & kTops) return false;
  }
  for (; i < text.size(); ++i)
    if (text[i] < 0x20 || text[i] >= 0x7f || text[i] == '\\') return false;
  return true;
}

}  // namespace

// simdjson's on-demand parser for the common line: plain text, one object
// of known fields, each once, of the right type and in range. Anything else
// (an unknown or repeated key, escapes, a syntax error, a number out of
// range) is left to the reference parser, which reads it or names the
// error; so this parser decides nothing the reference would decide
// otherwise.
//
// It also remembers the lines it read by what follows their "seq": a trace
// repeats a few hundred distinct events millions of times, and a line
// `{"seq":N,REST` whose REST was read before (with another seq) is that
// event again, passed every check then but check_seq(). Bounded: past
// kRemembered bytes it forgets them all.
struct TraceReader::FastParser {
  simdjson::ondemand::parser parser;
  static constexpr size_t kRemembered = 1 << 20;
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;  // found by a string_view into the line
  };
  std::unordered_map<std::string, Event, Hash, std::equal_to<>> seen;
  size_t seen_bytes = 0;

  // Where REST begins in a line `{"seq":N,REST` (N without a sign or a
  // leading zero, at most 18 digits), or 0.
  static size_t rest(std::string_view line, long long& seq) {
    constexpr std::string_view kSeq = R"({"seq":)";
    if (!line.starts_with(kSeq)) return 0;
    size_t i = kSeq.size();
    if (i == line.size() || line[i] < '1' || line[i] > '9') return 0;
    seq = 0;
    for (; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i) {
      if (i - kSeq.size() == 18) return 0;
      seq = seq * 10 + (line[i] - '0');
    }
    return i < line.size() && line[i] == ',' ? i + 1 : 0;
  }

  // A line whose REST was read before: its event.
  bool remembered(std::string_view line, Event& e, long long& seq) {
    size_t at = rest(line, seq);
    if (at == 0) return false;
    auto it = seen.find(line.substr(at));
    if (it == seen.end()) return false;
    e = it->second;
    return true;
  }

  // `e`, parsed from `line` and checked.
  void remember(std::string_view line, const Event& e) {
    long long seq;
    size_t at = rest(line, seq);
    if (at == 0) return;
    if (seen_bytes > kRemembered) seen.clear(), seen_bytes = 0;
    seen_bytes += line.size() - at + sizeof(Event) + 64;
    seen.emplace(line.substr(at), e);
  }

  // false: not such a line. `line` is followed by kLinePadding readable bytes.
  bool parse(std::string_view line, Event& e, long long& seq) {
    if (!plain(line)) return false;
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (parser.iterate(line.data(), line.size(), line.size() + kLinePadding).get(doc) ||
        doc.get_object().get(object))
      return false;
    clear(e);
    unsigned seen = 0;  // bit 0: seq, then kTextFields, then kIntFields
    for (auto field : object) {
      std::string_view key;
      if (field.unescaped_key().get(key)) return false;
      int i = index(key);
      if (i < 0 || seen & 1u << i) return false;
      seen |= 1u << i;
      if (!value(i, field.value(), e, seq)) return false;
    }
    const char* rest;  // the document must end with the object
    return (seen & 0b111) == 0b111 && doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS;
  }

  // An empty event; its strings keep their buffers.
  static void clear(Event& e) {
    for (const TextField& f : kTextFields) (e.*f.to).clear();
    e.arg = e.ret = 0;
    e.refcnt = e.refcnt_min = e.refcnt_max = -1;
  }

  static int index(std::string_view key) {
    if (same_text(key, "seq")) return 0;
    for (int i = 0; i < std::ssize(kTextFields); ++i)
      if (same_text(key, kTextFields[i].key)) return 1 + i;
    for (int i = 0; i < std::ssize(kIntFields); ++i)
      if (same_text(key, kIntFields[i].key)) return 1 + std::ssize(kTextFields) + i;
    return -1;
  }

  static bool value(int i, simdjson::ondemand::value v, Event& e, long long& seq) {
    std::int64_t n;
    if (i == 0) return !v.get_int64().get(n) && n >= 1 && (seq = n, true);
    if (i <= std::ssize(kTextFields)) {
      std::string_view text;
      if (v.get_string().get(text)) return false;
      e.*kTextFields[i - 1].to = text;
      return true;
    }
    const IntField& f = kIntFields[i - 1 - std::ssize(kTextFields)];
    if (v.get_int64().get(n) || n < f.lo || n > f.hi) return false;
    e.*f.to = static_cast<int>(n);
    return true;
  }
};

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

TraceReader::TraceReader(std::istream& in, std::string file, bool fast)
    : lines_(in, kMaxTraceLine, kLinePadding),
      fast_(fast ? std::make_unique<FastParser>() : nullptr),
      file_(std::move(file)) {
  std::string_view text;
  if (!read_line(text)) throw InputError(file_, 1, "empty trace: no header");
  json j = parse(std::string(text), "header is not valid JSON");
  if (!j.is_object() || !j.contains("kvmlc_trace"))
    fail("missing trace header (first line must have \"kvmlc_trace\")");
  header_.version = static_cast<int>(integer(j, "kvmlc_trace", 0, INT_MAX));
  if (header_.version != kTraceVersion)
    fail("unsupported trace version " + std::to_string(header_.version) + " (this kvmlc reads " +
         std::to_string(kTraceVersion) + ")");
  header_.kernel = string(j, "kernel", true);
  header_.layout = string(j, "layout", true);
  header_.producer = string(j, "producer", true);
  header_.actors = static_cast<int>(integer(j, "actors", 0, kMaxActors));
  header_.observes = strings(j, "observes");
  header_.config = config(j);
  header_.variant = string(j, "variant");
  header_.platform = string(j, "platform");
  header_.scenario = string(j, "scenario");
  header_.incomplete = string(j, "incomplete");
  header_.faults = faults(j);
  if (j.contains("lost")) header_.lost = integer(j, "lost", 0, LLONG_MAX);
  if (j.contains("delayed")) header_.delayed = strings(j, "delayed");
  if (j.contains("approximate")) header_.approximate = strings(j, "approximate");
  if (header_.lost > 0 && header_.incomplete.empty())
    fail("a trace that lost events must say so in \"incomplete\"");
}

TraceReader::~TraceReader() = default;

void TraceReader::fail(const std::string& msg) const { throw InputError(file_, line_, msg); }

json TraceReader::parse(const std::string& text, const std::string& what) const {
  try {
    return parse_json(text);
  } catch (const JsonError& e) {
    fail(what + (e.what() == std::string("invalid JSON") ? "" : std::string(": ") + e.what()));
  }
}

// An optional string field (required: an error when absent).
std::string TraceReader::string(const json& j, const char* key, bool required) const {
  if (!j.contains(key)) {
    if (required) fail(std::string("missing \"") + key + "\"");
    return "";
  }
  if (!j[key].is_string()) fail(std::string("\"") + key + "\" must be a string");
  return j[key].get<std::string>();
}

// A required integer field in [lo, hi], read exactly (no wrapping, no rounding).
long long TraceReader::integer(const json& j, const char* key, long long lo, long long hi) const {
  if (!j.contains(key)) fail(std::string("missing \"") + key + "\"");
  auto n = exact_int(j[key], lo, hi);
  if (!n) fail(std::string("\"") + key + "\" must be " + int_range(lo, hi));
  return *n;
}

std::vector<std::string> TraceReader::strings(const json& j, const char* key) const {
  if (!j.contains(key)) fail(std::string("missing \"") + key + "\"");
  if (!j[key].is_array()) fail(std::string("\"") + key + "\" must be a list of strings");
  std::vector<std::string> out;
  for (const auto& v : j[key]) {
    if (!v.is_string()) fail(std::string("\"") + key + "\" must be a list of strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

// Configuration variables are booleans: 0 or 1.
std::map<std::string, int> TraceReader::config(const json& j) const {
  if (!j.contains("config")) fail("missing \"config\"");
  if (!j["config"].is_object()) fail("\"config\" must be an object");
  std::map<std::string, int> out;
  for (const auto& [name, v] : j["config"].items()) {
    auto n = exact_int(v, 0, 1);
    if (!n) fail("config \"" + name + "\" must be 0 or 1");
    out[name] = static_cast<int>(*n);
  }
  return out;
}

std::vector<TraceFault> TraceReader::faults(const json& j) const {
  std::vector<TraceFault> out;
  if (!j.contains("faults")) return out;
  if (!j["faults"].is_array()) fail("\"faults\" must be a list");
  for (const auto& f : j["faults"]) {
    if (!f.is_object()) fail("a fault must be an object");
    TraceFault fault{string(f, "module"), string(f, "fn", true),
                     static_cast<int>(integer(f, "ret", -4095, -1)),
                     f.contains("times") ? static_cast<int>(integer(f, "times", -1, INT_MAX)) : 1};
    if (fault.fn.empty() || fault.times == 0)
      fail("a fault needs a function and \"times\" -1 (every call) or at least 1");
    out.push_back(fault);
  }
  return out;
}

// One line of at most kMaxTraceLine bytes; a longer one is an error without
// being buffered whole.
bool TraceReader::read_line(std::string_view& line) {
  switch (lines_.next(line)) {
    case LineReader::Status::End: return false;
    case LineReader::Status::TooLong:
      throw InputError(file_, line_ + 1, "line longer than " + std::to_string(kMaxTraceLine) + " bytes");
    case LineReader::Status::Line: break;
  }
  ++line_;
  return true;
}

bool TraceReader::next(Event& e) {
  std::string_view text;
  if (!read_line(text)) return false;
  long long seq;
  if (fast_ && fast_->remembered(text, e, seq)) {
    check_seq(seq);
  } else if (fast_ && fast_->parse(text, e, seq)) {
    check_seq(seq);
    check_kind(e);
    check_fields(e);
    fast_->remember(text, e);
  } else {
    event(text, e);
  }
  return true;
}

void TraceReader::event(std::string_view text, Event& e) {
  if (text.empty()) fail("empty line");
  json j = parse(std::string(text), lines_.unterminated() ? "truncated or invalid JSON (last line)" : "invalid JSON");
  if (!j.is_object()) fail("an event must be a JSON object");
  if (!j.contains("seq")) fail("missing \"seq\"");
  auto seq = exact_int(j["seq"], 1, LLONG_MAX);
  if (!seq) fail("\"seq\" must be " + int_range(1, LLONG_MAX));
  check_seq(*seq);
  e = Event();
  for (const TextField& f : kTextFields) {
    e.*f.to = string(j, f.key.data(), f.required);
    if (f.to == &Event::ev) check_kind(e);
  }
  for (const IntField& f : kIntFields)
    if (j.contains(f.key.data())) e.*f.to = static_cast<int>(integer(j, f.key.data(), f.lo, f.hi));
  check_fields(e);
}

void TraceReader::check_seq(long long seq) {
  if (seq <= seq_)
    fail("seq " + std::to_string(seq) + " does not increase (previous " + std::to_string(seq_) + ")");
  seq_ = seq;
}

void TraceReader::check_kind(const Event& e) const {
  if (!one_of(kEvents, e.ev)) fail("unknown event '" + e.ev + "'");
}

void TraceReader::check_fields(const Event& e) const {
  auto is = [&](std::string_view kind) { return same_text(e.ev, kind); };
  if (is("syscall") && !one_of(kCalls, e.call)) fail("unknown system call '" + e.call + "'");
  if ((is("ret") || is("step")) && e.fn.empty()) fail("'" + e.ev + "' event without \"fn\"");
  if ((is("load") || is("going") || is("free") || is("get") || is("put")) && e.module.empty())
    fail("'" + e.ev + "' event without \"module\"");
  if (e.refcnt_min >= 0 || e.refcnt_max >= 0) {
    if (std::find(header_.approximate.begin(), header_.approximate.end(), "refcnt") ==
        header_.approximate.end())
      fail("\"refcnt_min\"/\"refcnt_max\" in a trace whose header has no \"approximate\": [\"refcnt\"]");
    if (!(0 <= e.refcnt_min && e.refcnt_min <= e.refcnt && e.refcnt <= e.refcnt_max))
      fail("a refcnt range needs 0 <= refcnt_min <= refcnt <= refcnt_max");
  }
}

}  // namespace kvmlc
