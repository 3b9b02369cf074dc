// Progress of a long run on stderr, like TLC and SPIN print theirs: one
// line at most every `interval` seconds of wall time (progress is for the
// person watching, so wall time is right here; no verdict depends on it).
// Disabled (--quiet, or not wanted) it prints nothing.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

namespace kvmlc {

class Progress {
 public:
  explicit Progress(bool enabled = false, double interval = 2.0)
      : enabled_(enabled), interval_(interval), last_(Clock::now()) {}

  bool enabled() const { return enabled_; }
  // Whether a line is due now; cheap enough to ask in an inner loop (the
  // clock is read every `every` calls; 1 for a loop of long steps).
  bool due(unsigned long every = 1024) {
    if (!enabled_ || ++calls_ % every != 0) return false;
    auto now = Clock::now();
    if (std::chrono::duration<double>(now - last_).count() < interval_) return false;
    last_ = now;
    return true;
  }
  // Prints "kvmlc: LINE" on stderr when enabled, whether due or not.
  void print(const std::string& line) const {
    if (enabled_) std::fprintf(stderr, "kvmlc: %s\n", line.c_str());
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  double interval_;
  Clock::time_point last_;
  unsigned long calls_ = 0;
};

}  // namespace kvmlc
