// Fuzz target: the condition parser (model/condition.cc). Identifiers a..e
// and held(x) resolve, everything else is unknown; any input must parse to
// an Expr that evaluates, or throw std::invalid_argument.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "model/spec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto resolve = [](const std::string& f, const std::string& x) {
    if ((f.empty() || f == "held") && x.size() == 1 && x[0] >= 'a' && x[0] <= 'e')
      return kvmlc::var(x[0] - 'a' + (f.empty() ? 0 : 5));
    throw std::invalid_argument("unknown name '" + x + "'");
  };
  try {
    kvmlc::ExprP e =
        kvmlc::parse_condition(std::string(reinterpret_cast<const char*>(data), size), resolve);
    kvmlc::eval(*e, kvmlc::State(10, '\1'));
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
