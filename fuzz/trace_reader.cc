// Fuzz target: the trace reader (trace/format.cc). Any input must either
// read as a trace or throw InputError; anything else (another exception, a
// crash, a sanitizer report) is a bug.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "base/input_error.h"
#include "trace/format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    kvmlc::TraceReader reader(in, "fuzz.jsonl");
    kvmlc::Event e;
    while (reader.next(e)) {
    }
  } catch (const kvmlc::InputError&) {
  }
  return 0;
}
