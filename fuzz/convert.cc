// Fuzz target: the tracefs converter (impl/recorder/recorder.cc: ReadBuffer
// and Convert, what `convert` runs). Any input must convert or throw
// LineError.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "impl/recorder/recorder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  kvmlc::recorder::Header h;
  h.kernel = "fuzz", h.layout = "split", h.platform = "hv", h.scenario = "fuzz";
  try {
    kvmlc::recorder::Convert(h, {{60, "user0"}}, kvmlc::recorder::ReadBuffer(in));
  } catch (const kvmlc::recorder::LineError&) {
  }
  return 0;
}
