// Fuzz target: the spec loader, reading and compiling (model/spec.cc,
// model/spec_check.cc, model/semantics.cc). Any input must either compile
// to a System or throw InputError.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/semantics.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    kvmlc::Spec spec = kvmlc::parse_spec(std::string(reinterpret_cast<const char*>(data), size),
                                         "fuzz.json");
    kvmlc::build_system(spec, {1});
  } catch (const kvmlc::InputError&) {
  }
  return 0;
}
