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
    auto lines = kvmlc::recorder::ReadBuffer(in);
    // As convert does: events of several CPUs are concurrent (RefcntBounds).
    for (const auto& l : lines) h.concurrent |= l.cpu != lines[0].cpu;
    kvmlc::recorder::Convert(h, {{60, "user0"}}, lines);
  } catch (const kvmlc::recorder::LineError&) {
  }
  return 0;
}
