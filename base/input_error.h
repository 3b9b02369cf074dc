// Bad input (a variant spec, a trace, a scenario) is reported as
// "FILE:LINE: error: MESSAGE" and exits with kExitBadInput.
#pragma once

#include <stdexcept>
#include <string>

namespace kvmlc {

inline constexpr int kExitBadInput = 2;

struct InputError : std::runtime_error {
  InputError(std::string f, int l, const std::string& msg)
      : std::runtime_error(f + ":" + std::to_string(l) + ": error: " + msg),
        file(std::move(f)),
        line(l) {}
  std::string file;
  int line;
};

}  // namespace kvmlc
