// Reading and writing traces (docs/trace-format.md). The only place that
// knows the JSON Lines layout.
#pragma once

#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "trace/event.h"
#include "trace/line_reader.h"

namespace kvmlc {

inline constexpr size_t kMaxTraceLine = 64 * 1024;
inline constexpr int kMaxActors = 8;

// One event as a JSON object, keys in a fixed, readable order; `seq` is
// left out when 0 (events shown in reports rather than written to a trace).
nlohmann::ordered_json event_json(const Event& e, int seq = 0);

class TraceWriter {
 public:
  TraceWriter(std::ostream& out, const TraceHeader& header);
  void write(const Event& e);

 private:
  std::ostream& out_;
  int seq_ = 0;
};

// Streams a trace: the header is read by the constructor, events one at a
// time. Every malformed input throws InputError naming the file and line.
//
// Two parsers read an event line. A well-formed line (printable ASCII, no
// escapes, known fields of the right types) is parsed by simdjson's
// on-demand parser; any other line by nlohmann/json, the reference, which
// names what is wrong. The fast parser only accepts lines the reference
// reads the same way, so both give the same events and the same errors.
class TraceReader {
 public:
  // fast = false: every line goes to the reference parser (the test that
  // compares them).
  TraceReader(std::istream& in, std::string file, bool fast = true);
  ~TraceReader();
  const TraceHeader& header() const { return header_; }
  bool next(Event& e);  // false at the end of the trace
  int line() const { return line_; }
  const std::string& file() const { return file_; }

 private:
  struct FastParser;  // simdjson, kept out of this header

  bool read_line(std::string_view& line);
  [[noreturn]] void fail(const std::string& msg) const;
  void event(std::string_view text, Event& e);  // the reference parser
  // What no field's type says: checked in this order by both parsers.
  void check_seq(long long seq);
  void check_kind(const Event& e) const;
  void check_fields(const Event& e) const;
  // Field readers: each throws InputError (this line) for a missing or
  // mistyped field or a number out of its documented range.
  nlohmann::json parse(const std::string& text, const std::string& what) const;
  std::string string(const nlohmann::json& j, const char* key, bool required = false) const;
  long long integer(const nlohmann::json& j, const char* key, long long lo, long long hi) const;
  std::vector<std::string> strings(const nlohmann::json& j, const char* key) const;
  std::map<std::string, int> config(const nlohmann::json& j) const;
  std::vector<TraceFault> faults(const nlohmann::json& j) const;

  LineReader lines_;
  std::unique_ptr<FastParser> fast_;
  std::string file_;
  TraceHeader header_;
  int line_ = 0;
  long long seq_ = 0;
};

}  // namespace kvmlc
