// Fuzz target: the trace reader (trace/format.cc). Any input must either
// read as a trace or throw InputError; anything else (another exception, a
// crash, a sanitizer report) is a bug. Its two event parsers (simdjson for
// plain lines, the nlohmann reference) must read the input alike: the same
// events, or the same error; a difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "base/input_error.h"
#include "trace/format.h"

namespace {

// Every field of every event read, or the error.
std::string read(const std::string& text, bool fast) {
  std::istringstream in(text);
  std::ostringstream out;
  try {
    kvmlc::TraceReader reader(in, "fuzz.jsonl", fast);
    kvmlc::Event e;
    while (reader.next(e))
      out << e.actor << '|' << e.ev << '|' << e.module << '|' << e.fn << '|' << e.call << '|' << e.arg
          << '|' << e.ret << '|' << e.refcnt << '|' << e.refcnt_min << '|' << e.refcnt_max << '|'
          << e.what << '\n';
  } catch (const kvmlc::InputError& err) {
    out << err.what();
  }
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (read(text, true) != read(text, false)) std::abort();
  return 0;
}
