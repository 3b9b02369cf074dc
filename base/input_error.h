// Bad input (a variant spec, a trace, a scenario) is reported as
// "FILE:LINE: error: MESSAGE" and exits with kExitBadInput. An error about
// the file as a whole (it cannot be read) has no line: "FILE: error: ..."
// (line 0), as the GNU coding standards write it.
#pragma once

#include <stdexcept>
#include <string>

namespace kvmlc {

inline constexpr int kExitBadInput = 2;

// Messages quote the input ("unknown key '...'"); whatever it holds, the
// error stays one readable line: control bytes are shown as '?' and the
// message is cut at kMaxErrorBytes (room for a quote and two file paths:
// under Bazel's sandbox a path alone is over 200 bytes).
inline constexpr size_t kMaxErrorBytes = 1000;

inline std::string one_line(std::string msg) {
  for (char& c : msg)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  if (msg.size() > kMaxErrorBytes) msg = msg.substr(0, kMaxErrorBytes) + "...";
  return msg;
}

struct InputError : std::runtime_error {
  InputError(std::string f, int l, const std::string& msg)
      : std::runtime_error(f + (l > 0 ? ":" + std::to_string(l) : "") + ": error: " + one_line(msg)),
        file(std::move(f)),
        line(l) {}
  std::string file;
  int line;
};

}  // namespace kvmlc
