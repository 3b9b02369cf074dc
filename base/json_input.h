// JSON from untrusted input (specs, traces, scenarios, trace_marker lines):
// one place that turns everything nlohmann/json can throw, and what it
// silently accepts, into one error with a byte offset, and reads integers
// exactly. Header-only and C++17, so the cross-compiled recorder uses it too.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace kvmlc {

// Deeper nesting is an error: our own walks of a document (LineIndex in
// model/spec.cc) recurse per level. No kvmlc file nests more than 6 deep.
inline constexpr int kMaxJsonDepth = 64;

// Invalid JSON; `offset` is the byte the problem was found at.
struct JsonError : std::runtime_error {
  JsonError(size_t at, const std::string& msg) : std::runtime_error(msg), offset(at) {}
  size_t offset;
};

namespace json_input_detail {

inline bool number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// What nlohmann's parser accepts but we must not, found in one pass over
// the text with the parser's own string rules: a NUL byte (the parser
// stops there and ignores the rest), nesting deeper than kMaxJsonDepth,
// and a number too large for a double (the parser throws out_of_range,
// without an offset).
inline void prescan(const std::string& t) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '\0') throw JsonError(i, "NUL byte");
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth)
        throw JsonError(i, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (number_char(c)) {
      size_t end = i;
      while (end < t.size() && number_char(t[end])) ++end;
      std::string number = t.substr(i, end - i);
      if (std::isinf(std::strtod(number.c_str(), nullptr)))
        throw JsonError(i, "number " + number.substr(0, 40) + " is out of range");
      i = end - 1;
    }
  }
}

}  // namespace json_input_detail

// Parses untrusted text (into an ordered_json to keep the key order).
// Throws JsonError and nothing else.
template <typename Json = nlohmann::json>
Json parse_json(const std::string& text) {
  json_input_detail::prescan(text);
  try {
    return Json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw JsonError(e.byte ? e.byte - 1 : 0, "invalid JSON");
  } catch (const nlohmann::json::exception& e) {
    throw JsonError(0, std::string("invalid JSON: ") + e.what());
  }
}

// `v` if it is an integer (not 1.0, not 1e3) in [lo, hi].
inline std::optional<long long> exact_int(const nlohmann::json& v, long long lo, long long hi) {
  if (v.is_number_unsigned()) {
    auto u = v.get<std::uint64_t>();
    if (hi < 0 || u > static_cast<std::uint64_t>(hi) || static_cast<long long>(u) < lo)
      return std::nullopt;
    return static_cast<long long>(u);
  }
  if (!v.is_number_integer()) return std::nullopt;
  auto n = v.get<std::int64_t>();
  if (n < lo || n > hi) return std::nullopt;
  return n;
}

// "an integer from LO to HI", for error messages.
inline std::string int_range(long long lo, long long hi) {
  return "an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
}

}  // namespace kvmlc
