// Reading and writing traces (docs/trace-format.md). The only place that
// knows the JSON Lines layout.
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "trace/event.h"

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
class TraceReader {
 public:
  TraceReader(std::istream& in, std::string file);
  const TraceHeader& header() const { return header_; }
  bool next(Event& e);  // false at the end of the trace
  int line() const { return line_; }
  const std::string& file() const { return file_; }

 private:
  bool read_line(std::string& line);
  [[noreturn]] void fail(const std::string& msg) const;
  // Field readers: each throws InputError (this line) for a missing or
  // mistyped field or a number out of its documented range.
  nlohmann::json parse(const std::string& text, const std::string& what) const;
  std::string string(const nlohmann::json& j, const char* key, bool required = false) const;
  long long integer(const nlohmann::json& j, const char* key, long long lo, long long hi) const;
  std::vector<std::string> strings(const nlohmann::json& j, const char* key) const;
  std::map<std::string, int> config(const nlohmann::json& j) const;
  std::vector<TraceFault> faults(const nlohmann::json& j) const;

  std::istream& in_;
  std::string file_;
  TraceHeader header_;
  int line_ = 0;
  long long seq_ = 0;
};

}  // namespace kvmlc
